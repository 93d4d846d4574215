"""The nesting check before a package's JSON is parsed counts brackets outside strings
only, whatever escapes the strings hold (depths counted by hand)."""

from __future__ import annotations

import pytest

from app.sync import jsonsafe
from app.sync.errors import PackageRefused
from app.sync.limits import MAX_JSON_DEPTH


@pytest.mark.parametrize(
    ("raw", "depth"),
    [
        (b"", 0),
        (b"[]", 1),
        (b'{"a":[1,[2]]}', 3),
        (b'"[[["', 0),  # brackets in a string
        (b'{"a\\"[[":[[1]]}', 3),  # an escaped quote does not end the string
        (b'"a\\\\"[]', 1),  # an escaped backslash does not escape the quote after it
        (b'["a\\\\\\"]"]', 1),  # \\ then \" : still one string
        (b'["x","[","b",[[1]]]', 3),
        (b'["a\\n",[1]]', 2),
        (b"{[]}", 2),
        (b"[[[[", 4),  # unclosed brackets all count
        (b'["\\u005b\\u005b", [0]]', 2),
    ],
)
def test_depth_counts_brackets_outside_strings(raw, depth):
    assert jsonsafe._depth(raw) == depth


def test_deep_nesting_is_refused_before_parsing():
    deep = b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1)
    with pytest.raises(PackageRefused):
        jsonsafe.loads(deep)
    shallow = b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH
    assert jsonsafe.loads(shallow) is not None
    with pytest.raises(PackageRefused):
        jsonsafe.loads(b'["a", "' + b"[" * 100_000)  # unterminated string after brackets
