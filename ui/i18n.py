"""Load the Russian catalogues: ours (one .qm per UI area) and Qt's own qtbase_ru."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from app.resources import resource_path

TRANSLATIONS_DIR = resource_path("translations")
LANGUAGE = "ru"

_installed: list[QTranslator] = []  # translators must outlive the call

# Qt 6 gave these captions of its file dialog a mnemonic; its qtbase_ru.qm still has only
# the old wording, so they showed in English. Ours (shell_ru, installed after qtbase_ru,
# so consulted first) carries them.
QT_CAPTIONS_QTBASE_LACKS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def install_translations(app: QCoreApplication, language: str = LANGUAGE) -> list[str]:
    """Install every ``*_<language>.qm`` of ours plus Qt's base catalogue; return their names."""
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [Path(qt_dir) / f"qtbase_{language}.qm"]
    candidates += sorted(TRANSLATIONS_DIR.glob(f"*_{language}.qm"))
    for path in candidates:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path.name)
    return loaded


def remove_translations(app: QCoreApplication) -> None:
    """Undo :func:`install_translations` (tests that expect the English sources)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.c())
