"""The one ё→е folding helper and the rule that nothing else folds by hand."""

from __future__ import annotations

import re
from pathlib import Path

from app.folding import fold, fold_join

ROOT = Path(__file__).resolve().parents[1]


def test_fold_lowers_reads_yo_as_ye_and_trims() -> None:
    assert fold("  Ёлочный КОНЦЕРТ ") == "елочный концерт"
    assert fold("Берёзовская") == fold("березовская") == "березовская"
    assert fold(None) == ""
    assert fold(0) == "0"
    assert fold(12.5) == "12.5"


def test_fold_join_skips_missing_parts() -> None:
    assert fold_join("Семёнова", None, "Ёлка", 3) == "семенова елка 3"
    assert fold_join() == ""


def test_no_module_folds_yo_by_hand() -> None:
    by_hand = re.compile(r"""replace\(\s*["']ё["']""")
    found = [
        str(path.relative_to(ROOT))
        for folder in ("app", "ui", "db")
        for path in (ROOT / folder).rglob("*.py")
        if by_hand.search(path.read_text(encoding="utf-8"))
    ]
    assert found == ["app/folding.py"]


def test_no_module_re_exports_what_it_imports() -> None:
    """Import from the source: a «noqa: F401 (re-exported)» shim hides where code lives."""
    shims = [
        str(path.relative_to(ROOT))
        for folder in ("app", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if "re-export" in path.read_text(encoding="utf-8")
    ]
    assert shims == []
