"""The Russian catalogues are complete, current and compiled (one per UI area)."""

import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
import i18n  # noqa: E402

AREAS = i18n.areas()
PLACEHOLDER = re.compile(r"%\d")


def keys(ts: Path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _ in i18n.messages(ts)}


@pytest.mark.parametrize("area", sorted(AREAS))
def test_catalogue_holds_every_string_of_the_code(area, tmp_path):
    committed = i18n.ts_path(area)
    assert committed.exists(), f"run: uv run python build/i18n.py update ({area})"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    i18n.lupdate(AREAS[area], fresh)
    missing = keys(fresh) - keys(committed)
    assert not missing, f"strings not in {committed.name}: {sorted(missing)[:5]}"
    stale = keys(committed) - keys(fresh)
    assert not stale, f"strings no longer in the code: {sorted(stale)[:5]}"


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_string_is_translated_with_matching_placeholders(area):
    problems = []
    for context, source, message in i18n.messages(i18n.ts_path(area)):
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        if translation is None or translation.get("type") or not text.strip():
            problems.append(f"{context}: {source!r} is not translated")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} placeholders differ in {text!r}")
    assert problems == []


@pytest.mark.parametrize("area", sorted(AREAS))
def test_compiled_catalogue_is_current(area, tmp_path):
    fresh = tmp_path / f"{area}.qm"
    i18n.lrelease(i18n.ts_path(area), fresh)
    assert i18n.qm_path(area).read_bytes() == fresh.read_bytes()


def test_russian_is_what_the_user_sees(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_translations, remove_translations

    loaded = install_translations(qapp)
    try:
        assert "qtbase_ru.qm" in loaded
        assert QCoreApplication.translate("Sections", "Roadmap") == "Дорожная карта"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    finally:
        remove_translations(qapp)
    assert QCoreApplication.translate("Sections", "Roadmap") == "Roadmap"


def test_checker_notices_an_unfinished_entry(tmp_path):
    ts = tmp_path / "x_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru_RU">'
        "<context><name>C</name><message><source>Hello</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    assert i18n.unfinished(ts) == [{"context": "C", "source": "Hello", "translation": ""}]
