"""Caps on a package read from a stick that passed through many hands (README documents them)."""

from __future__ import annotations

MAX_PACKAGE_BYTES = 50 * 1024 * 1024  # the package file itself
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # all members together, once unpacked
MAX_RATIO = 100  # uncompressed ÷ compressed, per member (zip bombs)
MAX_JSON_DEPTH = 32  # nesting of the data and manifest JSON
