"""Translation upkeep for ui/: one Russian catalogue per UI area.

    uv run python build/i18n.py update            # extract strings, compile .qm
    uv run python build/i18n.py missing [AREA]    # list untranslated strings as JSON
    uv run python build/i18n.py fill FILE.json    # set translations, then run update

FILE.json is a list of {"context": ..., "source": ..., "translation": ...}.
An area is a folder under ui/ (its own catalogue ``<area>_ru.ts``); the modules directly
in ui/, ui/sections/ and ui/widgets/ form the ``shell`` area.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGE = "ru"
SHELL_FOLDERS = ("", "sections", "widgets")
BIN = Path(sys.executable).parent


def areas() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {"shell": []}
    for folder in SHELL_FOLDERS:
        found["shell"] += sorted((UI / folder).glob("*.py"))
    for sub in sorted(p for p in UI.iterdir() if p.is_dir() and p.name not in SHELL_FOLDERS):
        files = sorted(sub.rglob("*.py"))
        if files and not sub.name.startswith("__"):
            found[sub.name] = files
    return found


def ts_path(area: str) -> Path:
    return TRANSLATIONS / f"{area}_{LANGUAGE}.ts"


def qm_path(area: str) -> Path:
    return TRANSLATIONS / f"{area}_{LANGUAGE}.qm"


def lupdate(files: list[Path], ts: Path) -> None:
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            "ru_RU",
            *map(str, files),
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def unfinished(ts: Path) -> list[dict[str, str]]:
    return [
        {"context": c, "source": s, "translation": ""}
        for c, s, m in messages(ts)
        if m.find("translation") is not None and m.find("translation").get("type")
    ]


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for area, files in areas().items():
        lupdate(files, ts_path(area))
        lrelease(ts_path(area), qm_path(area))
        left = len(unfinished(ts_path(area)))
        print(f"{area}: {len(messages(ts_path(area)))} strings, {left} untranslated")


def fill(source: Path) -> None:
    wanted = {
        (e["context"], e["source"]): e["translation"] for e in json.loads(source.read_text("utf-8"))
    }
    for area in areas():
        ts = ts_path(area)
        if not ts.exists():
            continue
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "")
                if wanted.get(key):
                    translation = message.find("translation")
                    translation.text = wanted[key]
                    translation.attrib.pop("type", None)
                    changed = True
        if changed:
            ET.indent(tree)
            with open(ts, "wb") as handle:
                handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
                tree.write(handle, encoding="utf-8", xml_declaration=False)
    update()


def main(argv: list[str]) -> int:
    if not argv or argv[0] == "update":
        update()
    elif argv[0] == "missing":
        wanted = argv[1:] or list(areas())
        entries = [e for a in wanted if ts_path(a).exists() for e in unfinished(ts_path(a))]
        print(json.dumps(entries, ensure_ascii=False, indent=1))
    elif argv[0] == "fill":
        fill(Path(argv[1]))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
