"""A seeded generator of hostile variants of one genuine school package.

Each variant is ``(label, bytes, expected)``: the words its refusal must contain. Variants
that need a valid signature are re-signed with the school's real key (a school can sign
anything; the municipality must still refuse what is malformed)."""

from __future__ import annotations

import hashlib
import io
import json
import random
import warnings
import zipfile
from collections.abc import Iterator

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.sync.crypto import raw_public, sign

Variant = tuple[str, bytes, str]


def members_of(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def zip_raw(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", compression=method) as archive:
        warnings.simplefilter("ignore")  # duplicate names are the point of some variants
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


def resign(members: dict[str, bytes], key: Ed25519PrivateKey, edit=None, data_edit=None) -> bytes:
    """Re-seal the package after editing its manifest (``edit(dict)``) and/or its plain data
    member (``data_edit(bytes) -> bytes``), with fresh hashes and a real signature."""
    members = dict(members)
    manifest = json.loads(members.pop("manifest.json"))
    members.pop("manifest.sig")
    if data_edit is not None:
        members["data.json"] = data_edit(members["data.json"])
    manifest["members"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}
    manifest["signing_key"] = raw_public(key).hex()
    if edit is not None:
        edit(manifest)
    raw = json.dumps(manifest).encode()
    entries = [("manifest.json", raw), ("manifest.sig", sign(key, raw)), *members.items()]
    return zip_raw(entries)


def _data_json(edit):
    def apply(raw: bytes) -> bytes:
        data = json.loads(raw)
        edit(data)
        return json.dumps(data).encode()

    return apply


def _table(data: dict, name: str) -> dict:
    return data["tables"][name]


def _set_first(name: str, column: str, value) -> callable:
    def edit(data):
        table = _table(data, name)
        table["rows"][0][table["columns"].index(column)] = value

    return edit


def variants(genuine: bytes, school_key: Ed25519PrivateKey, seed: int = 2026) -> Iterator[Variant]:
    rng = random.Random(seed)
    members = members_of(genuine)
    yield from _byte_level(genuine, rng)
    yield from _container_level(members, rng)
    yield from _signature_level(members, school_key)
    yield from _content_level(members, school_key)


def _byte_level(genuine: bytes, rng: random.Random) -> Iterator[Variant]:
    for number in range(120):
        data = bytearray(genuine)
        for _ in range(rng.randint(1, 4)):
            position = rng.randrange(len(data))
            data[position] ^= 1 << rng.randrange(8)
        yield f"bit flip {number}", bytes(data), ""
    for number in range(40):
        yield f"truncated {number}", genuine[: rng.randrange(len(genuine))], ""
    yield "empty", b"", "повреждён"
    yield "not a zip", b"%PDF-1.4 hello", "повреждён"


def _container_level(members: dict[str, bytes], rng: random.Random) -> Iterator[Variant]:
    listing = list(members.items())
    for name in ("../data.json", "/etc/passwd", "data/../data.json", "C:\\x", "extra.txt"):
        yield f"name {name}", zip_raw([*listing, (name, b"x")]), "недопустимый элемент"
    yield "duplicate data", zip_raw([*listing, ("data.json", b"{}")]), "дважды"
    bomb = b"\0" * (30 * 1024 * 1024)
    yield (
        "bomb",
        zip_raw([*[(n, d) for n, d in listing if n != "summary.pdf"], ("summary.pdf", bomb)]),
        "zip-бомба",
    )
    without = [(n, d) for n, d in listing if n != "data.json"]
    yield "data missing", zip_raw(without), "нет обязательного элемента"
    no_sig = [(n, d) for n, d in listing if n != "manifest.sig"]
    yield "signature missing", zip_raw(no_sig), "нет обязательного элемента"
    for number in range(10):
        data = bytearray(members["data.json"])
        data[rng.randrange(len(data))] ^= 0x20
        edited = [(n, bytes(data) if n == "data.json" else d) for n, d in listing]
        yield f"data edited {number}", zip_raw(edited), "не совпадает с описью"


def _signature_level(members: dict[str, bytes], school_key: Ed25519PrivateKey) -> Iterator[Variant]:
    manifest = json.loads(members["manifest.json"])
    for field, value in (("sequence", 99), ("sender_name", "Чужая школа"), ("kind", "return")):
        changed = dict(manifest, **{field: value})
        raw = json.dumps(changed).encode()
        entries = [
            ("manifest.json", raw),
            *[(n, d) for n, d in members.items() if n != "manifest.json"],
        ]
        yield f"manifest {field} changed", zip_raw(entries), "подпись пакета неверна"
    stranger = Ed25519PrivateKey.generate()
    forged = [("manifest.sig", sign(stranger, members["manifest.json"]))]
    entries = [*forged, *[(n, d) for n, d in members.items() if n != "manifest.sig"]]
    yield "signature of another key", zip_raw(entries), "подпись пакета неверна"
    yield (
        "impersonation",
        resign(members, stranger, edit=lambda m: m.update(sequence=50)),
        "ключ подписи школы",
    )


def _content_level(members: dict[str, bytes], key: Ed25519PrivateKey) -> Iterator[Variant]:
    later = {"sequence": 60}

    def bump(extra=None):
        def edit(manifest):
            manifest.update(later)
            if extra:
                extra(manifest)

        return edit

    yield (
        "future format",
        resign(members, key, edit=bump(lambda m: m.update(format=7, app_version="9.1.0"))),
        "более новой версией программы «Переход» (9.1.0)",
    )
    yield (
        "unknown manifest field",
        resign(members, key, edit=bump(lambda m: m.update(extra=1))),
        "не соответствуют формату",
    )
    yield "stale", resign(members, key, edit=lambda m: m.update(sequence=1)), "устаревший пакет"
    raw_edits = {
        "NaN": (
            lambda raw: raw.replace(b'"format":1', b'"format":1,"x":NaN', 1),
            "недопустимое число",
        ),
        "duplicate key": (
            lambda raw: raw.replace(b'"format":1', b'"format":1,"format":1', 1),
            "повторяется",
        ),
        "deep nesting": (
            lambda raw: raw.replace(b'"format":1', b'"format":1,"x":' + b"[" * 200 + b"]" * 200, 1),
            "вложенность",
        ),
        "not json": (lambda raw: raw[: len(raw) // 2], "не являются корректным JSON"),
    }
    for label, (edit, words) in raw_edits.items():
        yield label, resign(members, key, edit=bump(), data_edit=edit), words
    other = "00000000-0000-4000-8000-000000000001"
    data_edits = {
        "unknown table": (
            lambda d: d["tables"].update(secrets={"columns": ["id"], "rows": []}),
            "не соответствуют формату",
        ),
        "unknown column": (
            lambda d: _table(d, "programme")["columns"].append("evil"),
            "не соответствуют формату",
        ),
        "wrong type": (_set_first("programme", "title", 12), "не соответствуют формату"),
        "bad date": (
            _set_first("roadmap_activity", "year", "2020-2022"),
            "не соответствуют формату",
        ),
        "another school's row": (_set_first("programme", "school_id", other), "другой организации"),
        "foreign reference": (
            _set_first("programme_task", "programme_id", other),
            "ссылается на чужие данные",
        ),
        "unknown catalogue": (_set_first("indicator_value", "indicator_id", other), "справочника"),
        "status outside the list": (
            _set_first("roadmap_activity", "status", "evil"),
            "правило базы данных",
        ),
        "sender is someone else": (
            lambda d: d["organisation"].update(kind="municipality"),
            "не соответствуют формату",
        ),
    }
    for label, (edit, words) in data_edits.items():
        yield label, resign(members, key, edit=bump(), data_edit=_data_json(edit)), words
