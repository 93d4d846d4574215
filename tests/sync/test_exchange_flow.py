"""A school's package travels to the municipality: preview, import, the same file twice,
a newer package with changes, a stale one, encrypted and not."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import date

from sqlalchemy import select

from app.sync.keyfile import own_keys
from app.sync.keyring import Keyring
from app.sync.outgoing import changes_since_last_sent, write_school_package
from app.sync.receive import Outcome, receive
from db.models.programme import RoadmapActivity

TODAY = date(2026, 11, 23)


def dump(installation, school_id=None) -> list:
    """Every row of every table, sorted: the database's whole content."""
    with sqlite3.connect(installation.folder.database) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [
            (t, sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"')))) for t in sorted(tables)
        ]


def school_rows(installation, school_id) -> int:
    with sqlite3.connect(installation.folder.database) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if "school_id" in [c[1] for c in conn.execute(f'PRAGMA table_info("{r[0]}")')]
        ]
        return sum(
            conn.execute(
                f'SELECT count(*) FROM "{t}" WHERE school_id = ?', (school_id.hex,)
            ).fetchone()[0]
            for t in tables
        )


def test_a_school_package_is_previewed_then_imported_once(demo, municipality, stick):
    sent = write_school_package(demo, stick, today=TODAY)
    assert sent.path.name == f"{demo.state.display_name.replace(' ', '_')}_2026-11-23_№_1.perekhod"
    assert not sent.encrypted
    names = set(zipfile.ZipFile(sent.path).namelist())
    assert names == {"manifest.json", "manifest.sig", "data.json", "summary.pdf"}

    before = dump(municipality)
    (preview,) = receive(municipality, [sent.path], dry_run=True)
    assert preview.outcome is Outcome.ACCEPTED, preview.reason
    assert sum(c.added for c in preview.changes) == sent.rows
    assert dump(municipality) == before

    (verdict,) = receive(municipality, [sent.path])
    assert verdict.outcome is Outcome.ACCEPTED, verdict.reason
    school_id = demo.scope.school_id
    assert school_rows(municipality, school_id) == school_rows(demo, school_id) == sent.rows

    after = dump(municipality)
    (again,) = receive(municipality, [sent.path])
    assert again.outcome is Outcome.DUPLICATE
    assert dump(municipality) == after


def test_a_newer_package_replaces_the_school_rows_and_an_older_one_is_stale(
    demo, municipality, stick
):
    first = write_school_package(demo, stick, today=TODAY)
    assert receive(municipality, [first.path])[0].outcome is Outcome.ACCEPTED
    with demo.scope.unit_of_work() as session:
        activity = session.scalars(select(RoadmapActivity).limit(1)).one()
        activity.title = activity.title + " (уточнено)"
        removed = session.scalars(select(RoadmapActivity).offset(1).limit(1)).one()
        session.delete(removed)
    changes = {c.section: c for c in changes_since_last_sent(demo)}
    assert changes["programme"].changed == 1
    assert changes["programme"].removed >= 1
    second = write_school_package(demo, stick, today=TODAY)
    assert second.sequence == 2
    (verdict,) = receive(municipality, [second.path])
    assert verdict.outcome is Outcome.ACCEPTED, verdict.reason
    programme = {c.section: c for c in verdict.changes}["programme"]
    assert programme.changed == 1 and programme.removed == changes["programme"].removed
    school_id = demo.scope.school_id
    assert school_rows(municipality, school_id) == school_rows(demo, school_id)

    before = dump(municipality)
    first.path.rename(stick / "старый.perekhod")
    with sqlite3.connect(municipality.folder.database) as conn:  # forget it was held
        conn.execute("DELETE FROM received_package WHERE sequence = 1")
    before = dump(municipality)
    (stale,) = receive(municipality, [stick / "старый.perekhod"])
    assert stale.outcome is Outcome.REFUSED
    assert "устаревший пакет: №1, а уже загружен №2" in stale.reason
    assert dump(municipality) == before


def test_with_the_municipality_key_the_package_is_encrypted(demo, municipality, stick, tmp_path):
    Keyring(demo.folder.keys).pin(own_keys(municipality))
    sent = write_school_package(demo, stick, today=TODAY)
    assert sent.encrypted
    names = set(zipfile.ZipFile(sent.path).namelist())
    assert names == {"manifest.json", "manifest.sig", "data.json.enc", "summary.pdf.enc"}
    archive = zipfile.ZipFile(sent.path)
    assert demo.state.display_name in archive.read("manifest.json").decode()  # names the school
    data = archive.read("data.json.enc")
    assert "Берёзовская".encode() not in data and not archive.read("summary.pdf.enc").startswith(
        b"%PDF"
    )

    (verdict,) = receive(municipality, [sent.path])
    assert verdict.outcome is Outcome.ACCEPTED, verdict.reason
    assert verdict.encrypted


def test_a_package_for_another_municipality_is_refused(demo, municipality, stick, tmp_path):
    from app.data_folder import DataFolder
    from app.installation import MunicipalityInfo, create_municipality

    other = create_municipality(
        DataFolder(tmp_path / "other"), MunicipalityInfo(name="Другой отдел")
    )
    try:
        Keyring(demo.folder.keys).pin(own_keys(other))
    finally:
        other.close()
    sent = write_school_package(demo, stick, today=TODAY)
    before = dump(municipality)
    (verdict,) = receive(municipality, [sent.path])
    assert verdict.outcome is Outcome.REFUSED
    assert verdict.reason.startswith("пакет зашифрован для другого получателя")
    assert dump(municipality) == before


def test_a_changed_school_key_is_refused_until_a_person_accepts_it(demo, municipality, stick):
    first = write_school_package(demo, stick, today=TODAY)
    assert receive(municipality, [first.path])[0].outcome is Outcome.ACCEPTED
    from app.keys import generate_key_pair

    for name in ("own.key", "own.pub"):
        (demo.folder.keys / name).unlink()
    generate_key_pair(demo.folder.keys)  # the school moved to a new PC
    second = write_school_package(demo, stick, today=TODAY)
    before = dump(municipality)
    (verdict,) = receive(municipality, [second.path])
    assert verdict.outcome is Outcome.REFUSED
    assert (
        "ключ подписи школы" in verdict.reason and "perekhod trust --fingerprint" in verdict.reason
    )
    assert dump(municipality) == before
    keyring = Keyring(municipality.folder.keys)
    new = own_keys(demo)
    pending = keyring.pending(new.fingerprint)
    assert pending is not None and pending.signing_key == new.signing_key
    keyring.pin(pending)
    (accepted,) = receive(municipality, [second.path])
    assert accepted.outcome is Outcome.ACCEPTED, accepted.reason


def test_a_school_package_at_a_school_is_refused(demo, stick, tmp_path):
    from app.data_folder import DataFolder
    from app.installation import SchoolInfo, create_school

    sent = write_school_package(demo, stick, today=TODAY)
    other = create_school(
        DataFolder(tmp_path / "s2"), SchoolInfo(full_name="Другая школа", short_name="")
    )
    try:
        before = dump(other)
        (verdict,) = receive(other, [sent.path])
        assert verdict.outcome is Outcome.REFUSED
        assert (
            verdict.reason
            == "это пакет школы; школа загружает только пакеты муниципалитета и квитанции"
        )
        assert dump(other) == before
    finally:
        other.close()
