"""The one comparison key of the program: lower case, «ё» read as «е», no outer spaces.

Russian users type «е» for «ё» as often as not, so every search, sort and «same name?»
check compares folded texts.
"""

from __future__ import annotations


def fold(text: object) -> str:
    """``text`` as a comparison key: «Ёлка » → «елка» (``None`` → ``""``)."""
    if text is None:
        return ""
    return str(text).lower().replace("ё", "е").strip()


def fold_join(*parts: object) -> str:
    """One search key of several fields (``None`` parts skipped)."""
    return fold(" ".join(str(p) for p in parts if p is not None))
