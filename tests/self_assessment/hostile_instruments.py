"""A seeded corpus of hostile instrument files (JSON, and paths that are not files).

``generate(seed, folder)`` writes every case into ``folder`` and returns them: each with
the words its one-line Russian refusal must hold. Classes: deep nesting, numbers of
thousands of digits, NaN/Infinity, control characters in texts, huge files, wrong types,
missing fields, repeated keys, invalid UTF-8, byte-order marks, and links, FIFOs, folders
and devices where a file is expected. Variants (which field, how deep, which byte, where)
come from ``random.Random(seed)``.
"""

from __future__ import annotations

import copy
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.self_assessment.conftest import SMALL

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    path: Path
    expected: str  # a fragment of the refusal


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)


# Where a text lives in SMALL, and where a number does.
TEXT_SPOTS: list[Callable[[dict], tuple[dict | list, str | int]]] = [
    lambda d: (d, "title"),
    lambda d: (d, "sample_note"),
    lambda d: (d["areas"][0], "title"),
    lambda d: (d["areas"][1]["items"][0], "text"),
    lambda d: (d["areas"][0]["items"][1], "evidence"),
    lambda d: (d["areas"][0]["keywords"], 0),
    lambda d: (d["scales"]["four"][2], "descriptor"),
    lambda d: (d["areas"][1]["items"][1]["scale"][0], "descriptor"),
]
NUMBER_SPOTS = [
    ('"high": 30', "high"),
    ('"weak_item": 34', "weak_item"),
    ('"level": 2', "level"),
    ('"level": 0', "level"),
]
REQUIRED = [
    lambda d: d.pop("id"),
    lambda d: d.pop("version"),
    lambda d: d.pop("title"),
    lambda d: d.pop("areas"),
    lambda d: d["areas"][1].pop("id"),
    lambda d: d["areas"][0].pop("items"),
    lambda d: d["areas"][0]["items"][2].pop("text"),
    lambda d: d["areas"][1]["items"][0].pop("scale"),
    lambda d: d["scales"]["four"][1].pop("descriptor"),
    lambda d: d["areas"][1]["items"][1]["scale"][2].pop("level"),
]
WRONG_TYPES: list[tuple[Callable[[dict], None], str]] = [
    (lambda d: d.__setitem__("id", 5), "неверный тип"),
    (lambda d: d.__setitem__("areas", {"a": 1}), "неверный тип"),
    (lambda d: d["areas"][0].__setitem__("items", "пункты"), "неверный тип"),
    (lambda d: d["scales"]["four"][0].__setitem__("level", "0"), "неверный тип"),
    (lambda d: d["scales"]["four"][0].__setitem__("level", 1.5), "неверный тип"),
    (lambda d: d["areas"][0]["items"][2].__setitem__("offer", "да"), "неверный тип"),
    (lambda d: d.__setitem__("thresholds", [30, 60]), "неверный тип"),
    (lambda d: d["areas"][0].__setitem__("keywords", "методич"), "неверный тип"),
    (lambda d: d["areas"][1]["items"][0].__setitem__("scale", 4), "поле areas[1].items[0].scale"),
    (lambda d: d.__setitem__("scales", []), "неверный тип"),
]
WHOLE: list[tuple[str, str]] = [
    ("[]", "неверный тип"),
    ('"инструмент"', "неверный тип"),
    ("42", "неверный тип"),
    ("null", "неверный тип"),
    ("", "это не JSON"),
    ("   \n\t ", "это не JSON"),
    ('{"id": "x",', "это не JSON"),
]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\ufffe"]


def generate(seed: int, folder: Path) -> list[Case]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def add(name: str, content: bytes | str, expected: str, suffix: str = ".json") -> None:
        path = folder / f"{len(cases):03d}-{name}{suffix}"
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogatepass")
        path.write_bytes(content)
        cases.append(Case(name, path, expected))

    base = _json(SMALL)

    # Deep nesting: inside a text field's place, as the whole file, arrays and objects.
    for depth in (40, 900, 1200, 5000, 100_000, 33 + rng.randrange(200)):
        deep = "[" * depth + "]" * depth
        if rng.random() < 0.5:
            deep = '{"a":' * depth + "1" + "}" * depth
        add(f"deep-{depth}", base.replace('"sample_note": "пример"', f'"sample_note": {deep}'), "")
    add("deep-whole", "[" * 50_000 + "]" * 50_000, "вложенность")

    # Numbers of thousands of digits, NaN and Infinity.
    for digits in (19, 400, 4301, 5000, 20_000, 10_000 + rng.randrange(40_000)):
        spot, field = rng.choice(NUMBER_SPOTS)
        number = str(rng.randrange(1, 10)) + "".join(rng.choices("0123456789", k=digits - 1))
        add(f"digits-{digits}-{field}", base.replace(spot, f'"{field}": {number}', 1), "число")
    add("float-5000", base.replace('"high": 30', '"high": 3.' + "3" * 5000), "число")
    add("exp-huge", base.replace('"medium": 60', '"medium": 1e400'), "число")
    add("exp-neg-huge", base.replace('"high": 30', '"high": -1e999'), "число")
    for literal in ("NaN", "Infinity", "-Infinity"):
        spot, field = rng.choice(NUMBER_SPOTS)
        add(f"{literal}-{field}", base.replace(spot, f'"{field}": {literal}', 1), "не число")
    add("level-101", base.replace('"level": 3', '"level": 101', 1), "от 0 до 100")
    add("level-negative", base.replace('"level": 0', '"level": -5', 1), "от 0 до 100")

    # Control characters in texts (the XLSX template could not hold them), lone surrogates.
    for char in CONTROL:
        data = copy.deepcopy(SMALL)
        holder, key = rng.choice(TEXT_SPOTS)(data)
        text = holder[key]
        at = rng.randrange(len(text) + 1)
        holder[key] = text[:at] + char + text[at:]
        add(f"control-U{ord(char):04X}", _json(data), "управляющий символ")
    add("surrogate", base.replace("Пункт Б3", "Пункт \\ud800Б3"), "управляющий символ")
    data = copy.deepcopy(SMALL)
    data["scales"]["fo\x01ur"] = data["scales"].pop("four")
    add("control-in-key", _json(data), "управляющий символ")

    # Huge: over the limit (refused before reading), and just under it (refused quickly).
    for size in (10 * MB + 1, 64 * MB, 2 * 1024 * MB):
        path = folder / f"{len(cases):03d}-huge-{size}.json"
        with open(path, "wb") as handle:
            handle.truncate(size)  # sparse: nothing is written
        cases.append(Case(f"huge-{size}", path, "слишком велик"))
    long_text = "а" * (4 * MB)
    add("text-4M-chars", base.replace("Пункт Б1", long_text), "текст длиннее")
    numbers = ",".join("0" for _ in range(4 * MB))
    add("array-4M-values", base.replace('"keywords": ["методич"]', f'"keywords": [{numbers}]'), "")
    add("long-id", base.replace('"id": "small"', '"id": "' + "s" * 101 + '"'), "длинное")
    add("long-version", base.replace('"version": "1"', '"version": "1.' + "9" * 5000 + '"'), "")
    long_format = base.replace('"id": "small"', '"format": "' + "x" * 1000 + '", "id": "small"')
    add("long-format", long_format, "неизвестный формат")

    # Wrong types, missing fields, the wrong thing as the whole file.
    for index in rng.sample(range(len(WRONG_TYPES)), len(WRONG_TYPES)):
        change, expected = WRONG_TYPES[index]
        data = copy.deepcopy(SMALL)
        change(data)
        add(f"type-{index}", _json(data), expected)
    for index in rng.sample(range(len(REQUIRED)), 6):
        data = copy.deepcopy(SMALL)
        REQUIRED[index](data)
        add(f"missing-{index}", _json(data), "")
    for index, (content, expected) in enumerate(WHOLE):
        add(f"whole-{index}", content, expected)

    # Repeated keys (a JSON object), repeated ids (the format).
    add("dup-key-top", base.replace('"id": "small"', '"id": "small", "id": "other"'), "повторяется")
    add("dup-key-item", base.replace('"id": "a1"', '"id": "a1", "text": "x", "id": "a9"'), "")
    add("dup-key-level", base.replace('"level": 1,', '"level": 1, "level": 2,', 1), "повторяется")
    add("dup-item-id", base.replace('"id": "b2"', '"id": "a1"'), "повторяется")
    add("dup-area-id", base.replace('"id": "b"', '"id": "a"'), "повторяется")
    two_lines = base.replace('"id": "a1"', '"id": "x\\ny"').replace('"id": "b2"', '"id": "x\\ny"')
    add("dup-item-two-line-id", two_lines, "повторяется")

    # Invalid UTF-8, another encoding, byte-order marks.
    raw = base.encode("utf-8")
    for index in range(3):
        at = rng.randrange(len(raw))
        bad = bytes([rng.choice([0x80, 0xC0, 0xFF, 0xFE, 0xED])])
        add(f"bad-utf8-{index}", raw[:at] + bad + raw[at:], "")
    add("cp1251", base.encode("cp1251"), "UTF-8")
    add("cut-multibyte", raw + "я".encode()[:1], "UTF-8")
    add("utf16-le-bom", b"\xff\xfe" + base.encode("utf-16-le"), "UTF-16")
    add("utf16-be-bom", b"\xfe\xff" + base.encode("utf-16-be"), "UTF-16")
    add("utf16-no-bom", base.encode("utf-16-le"), "")
    add("utf32-bom", base.encode("utf-32"), "UTF-16")
    add("double-bom", b"\xef\xbb\xbf\xef\xbb\xbf" + raw, "это не JSON")
    add("bom-inside", raw[:1] + b"\xef\xbb\xbf" + raw[1:], "это не JSON")

    # Paths that are not regular files.
    good = folder / "good-target.data"
    good.write_text(base, encoding="utf-8")

    def special(name: str, make: Callable[[Path], object], expected: str, suffix: str) -> None:
        path = folder / f"{len(cases):03d}-{name}{suffix}"
        make(path)
        cases.append(Case(name, path, expected))

    special("link-to-good", lambda p: p.symlink_to(good), "ссылка", ".json")
    special("link-to-zero", lambda p: p.symlink_to("/dev/zero"), "ссылка", ".json")
    special("link-dangling", lambda p: p.symlink_to(folder / "nowhere"), "ссылка", ".json")
    special("link-xlsx-zero", lambda p: p.symlink_to("/dev/zero"), "ссылка", ".xlsx")
    if hasattr(os, "mkfifo"):
        special("fifo", lambda p: os.mkfifo(p), "не обычный файл", ".json")
        special("fifo-xlsx", lambda p: os.mkfifo(p), "не обычный файл", ".xlsx")
    special("folder", lambda p: p.mkdir(), "папка", ".json")
    special("missing", lambda p: None, "не найден", ".json")
    return cases
