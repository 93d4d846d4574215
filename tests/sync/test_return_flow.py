"""The municipality answers: recommendations, a partner assignment, monitoring figures and
deadlines travel to the school in a return package (previewed, then imported once), the
school answers, and the answers come back in its next package — encrypted both ways once
the school holds the municipality's key from that first return package."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from app.academic_year import AcademicYear
from app.errors import NotFoundError, ValidationError
from app.indicators.catalogue import builtin_definitions
from app.municipality import returns as mreturns
from app.municipality.expectations import add_deadline
from app.received import add_assigned_partner, answer_recommendation, received
from app.sync.keyfile import own_keys
from app.sync.keyring import Keyring
from app.sync.manifest import PackageKind
from app.sync.outgoing import write_school_package
from app.sync.receipts import write_receipt
from app.sync.receive import Outcome, receive
from app.sync.returns_in import receive_at_school
from app.sync.returns_out import return_targets, returns_written, write_return_packages
from db.base import catalogue_id
from tests.sync.test_exchange_flow import dump

TODAY = date(2026, 11, 23)
YEAR = AcademicYear(2025)


@pytest.fixture
def heard(demo, municipality, stick):
    """The municipality holds the demo school's first package."""
    sent = write_school_package(demo, stick, today=TODAY)
    assert receive(municipality, [sent.path])[0].outcome is Outcome.ACCEPTED
    return demo.scope.school_id


def _indicator_id() -> object:
    return catalogue_id("indicator", builtin_definitions()[0]["code"])


def _fill(municipality, school_id) -> dict:
    scope = municipality.scope
    first = mreturns.save_recommendation(
        scope,
        school_id,
        mreturns.RecommendationInput(
            YEAR, "Проанализировать результаты ВПР по математике", topic="ВПР"
        ),
    ).value
    second = mreturns.save_recommendation(
        scope,
        school_id,
        mreturns.RecommendationInput(
            YEAR, "Включить в дорожную карту наставничество", respond_by=date(2027, 1, 15)
        ),
    ).value
    partner = mreturns.assign_partner(
        scope, school_id, "МБОУ «Лицей № 2»", "leader", date(2026, 9, 1), "по математике"
    ).value
    figure = mreturns.set_figure(scope, school_id, _indicator_id(), YEAR, 61.5).value
    add_deadline(scope, "Годовой отчёт", date(2027, 5, 1), date(2027, 6, 1))
    return {"first": first, "second": second, "partner": partner, "figure": figure}


def test_a_return_package_is_previewed_imported_answered_and_the_answer_comes_back(
    demo, municipality, stick, heard
):
    ids = _fill(municipality, heard)
    (written,) = write_return_packages(municipality, stick, [heard], today=TODAY)
    path = stick / written.file_name
    assert written.file_name.startswith("Отдел_образования_района_2026-11-23_для_")
    assert (written.recommendations, written.partners, written.figures) == (2, 1, 1)
    assert returns_written(municipality) == [written]
    archive = zipfile.ZipFile(path)
    assert set(archive.namelist()) == {"manifest.json", "manifest.sig", "data.json.enc"}
    assert "наставничество".encode() not in archive.read("data.json.enc")  # encrypted

    before = dump(demo)
    (preview,) = receive_at_school(demo, [path], dry_run=True)
    assert preview.outcome is Outcome.ACCEPTED, preview.reason
    assert preview.kind is PackageKind.RETURN
    counts = {c.section: (c.added, c.changed, c.removed) for c in preview.changes}
    assert counts == {
        "recommendations": (2, 0, 0),
        "partners": (1, 0, 0),
        "figures": (1, 0, 0),
        "deadlines": (1, 0, 0),
    }
    assert dump(demo) == before
    assert Keyring(demo.folder.keys).municipality() is None  # a preview pins nothing

    (verdict,) = receive_at_school(demo, [path])
    assert verdict.outcome is Outcome.ACCEPTED, verdict.reason
    assert (
        Keyring(demo.folder.keys).municipality().signing_key == own_keys(municipality).signing_key
    )
    inbox = received(demo.scope)
    assert inbox.municipality == "Отдел образования района"
    assert {r.id for r in inbox.recommendations} == {ids["first"], ids["second"]}
    assert inbox.unanswered() == 2
    (assignment,) = inbox.partners
    assert assignment.assignment.partner_name == "МБОУ «Лицей № 2»"
    assert assignment.partner_id is None
    (figure,) = inbox.figures
    assert (figure.value, figure.year, figure.indicator) == (
        61.5,
        YEAR,
        builtin_definitions()[0]["name"],
    )
    assert [(d.title, d.due_on) for d in inbox.deadlines] == [("Годовой отчёт", date(2027, 6, 1))]
    after = dump(demo)
    assert receive_at_school(demo, [path])[0].outcome is Outcome.DUPLICATE
    assert dump(demo) == after

    answer_recommendation(demo.scope, ids["first"], "done", "Анализ проведён на педсовете")
    with pytest.raises(ValidationError):
        answer_recommendation(demo.scope, ids["second"], "disagree", "  ")
    partner_id = add_assigned_partner(demo.scope, assignment.assignment.id).value
    again = received(demo.scope)
    assert again.unanswered() == 1
    assert again.partners[0].partner_id == partner_id

    sent = write_school_package(demo, stick, today=TODAY)
    assert sent.encrypted  # the first return package brought the municipality's key
    (back,) = receive(municipality, [sent.path])
    assert back.outcome is Outcome.ACCEPTED, back.reason
    assert {c.section for c in back.changes} >= {"recommendations", "partnership"}
    held = mreturns.for_school(municipality.scope, heard)
    answers = {r.id: r.answer for r in held.recommendations}
    assert answers[ids["first"]].status == "done"
    assert answers[ids["first"]].text == "Анализ проведён на педсовете"
    assert answers[ids["second"]] is None


def test_a_newer_return_replaces_what_the_school_held_and_an_older_one_is_stale(
    demo, municipality, stick, heard
):
    ids = _fill(municipality, heard)
    (first,) = write_return_packages(municipality, stick, [heard], today=TODAY)
    assert receive_at_school(demo, [stick / first.file_name])[0].outcome is Outcome.ACCEPTED
    answer_recommendation(demo.scope, ids["second"], "accepted", "")

    mreturns.remove_recommendation(municipality.scope, ids["first"])
    mreturns.set_figure(municipality.scope, heard, _indicator_id(), YEAR, 64.0, "уточнено")
    (second,) = write_return_packages(municipality, stick, [heard], today=TODAY)
    (preview,) = receive_at_school(demo, [stick / second.file_name], dry_run=True)
    counts = {c.section: (c.added, c.changed, c.removed) for c in preview.changes}
    assert counts == {"recommendations": (0, 0, 1), "figures": (0, 1, 0)}
    assert receive_at_school(demo, [stick / second.file_name])[0].outcome is Outcome.ACCEPTED
    inbox = received(demo.scope)
    assert [r.id for r in inbox.recommendations] == [ids["second"]]
    assert inbox.recommendations[0].answer.status == "accepted"  # the school's answer stays
    assert inbox.figures[0].value == 64.0

    before = dump(demo)
    (again,) = receive_at_school(demo, [stick / first.file_name])
    assert again.outcome is Outcome.DUPLICATE  # the very same file: already held
    assert dump(demo) == before
    with pytest.raises(NotFoundError):
        answer_recommendation(demo.scope, ids["first"], "done", "")


def test_an_older_return_package_is_refused_as_stale(demo, municipality, stick, heard):
    _fill(municipality, heard)
    (first,) = write_return_packages(municipality, stick, [heard], today=TODAY)
    first_bytes = (stick / first.file_name).read_bytes()
    (stick / first.file_name).unlink()
    (second,) = write_return_packages(municipality, stick, [heard], today=TODAY)
    assert receive_at_school(demo, [stick / second.file_name])[0].outcome is Outcome.ACCEPTED
    old = stick / "old.perekhod"
    old.write_bytes(first_bytes)
    before = dump(demo)
    (verdict,) = receive_at_school(demo, [old])
    assert verdict.outcome is Outcome.REFUSED
    assert verdict.reason == (
        f"устаревший пакет: №{first.sequence}, а уже загружен №{second.sequence}"
    )
    assert dump(demo) == before


def test_a_return_for_another_school_and_a_return_at_the_municipality_are_refused(
    demo, municipality, stick, heard, tmp_path
):
    from app.data_folder import DataFolder
    from app.installation import SchoolInfo, create_school

    _fill(municipality, heard)
    (written,) = write_return_packages(municipality, stick, [heard], today=TODAY)
    other = create_school(
        DataFolder(tmp_path / "s2"), SchoolInfo(full_name="Другая школа", short_name="")
    )
    try:
        before = dump(other)
        (verdict,) = receive_at_school(other, [stick / written.file_name])
        assert verdict.outcome is Outcome.REFUSED
        assert verdict.reason.startswith("пакет предназначен другой школе")
        assert dump(other) == before
    finally:
        other.close()
    before = dump(municipality)
    (at_municipality,) = receive(municipality, [stick / written.file_name])
    assert at_municipality.outcome is Outcome.REFUSED
    assert "муниципалитет загружает пакеты школ" in at_municipality.reason
    assert dump(municipality) == before


def test_a_changed_municipality_key_waits_for_a_person(demo, municipality, stick, heard):
    from app.keys import generate_key_pair
    from app.sync.keyfile import trust

    _fill(municipality, heard)
    (first,) = write_return_packages(municipality, stick, [heard], today=TODAY)
    assert receive_at_school(demo, [stick / first.file_name])[0].outcome is Outcome.ACCEPTED
    old = own_keys(municipality).fingerprint
    for name in ("own.key", "own.pub"):
        (municipality.folder.keys / name).unlink()
    generate_key_pair(municipality.folder.keys)  # the methodologist's new PC
    new = own_keys(municipality).fingerprint
    (second,) = write_return_packages(municipality, stick, [heard], today=TODAY)
    before = dump(demo)
    (verdict,) = receive_at_school(demo, [stick / second.file_name])
    assert verdict.outcome is Outcome.REFUSED
    assert (verdict.pinned_fingerprint, verdict.new_fingerprint) == (old, new)
    assert old in verdict.reason and new in verdict.reason
    assert dump(demo) == before
    trust(demo, new)
    assert receive_at_school(demo, [stick / second.file_name])[0].outcome is Outcome.ACCEPTED


def test_a_receipt_goes_through_the_same_door(demo, municipality, stick, heard):
    school_keys = Keyring(municipality.folder.keys).pinned(heard)
    receipt = write_receipt(municipality, school_keys, 1, stick)
    (preview,) = receive_at_school(demo, [receipt], dry_run=True)
    assert (preview.outcome, preview.kind, preview.receipt_for) == (
        Outcome.ACCEPTED,
        PackageKind.RECEIPT,
        1,
    )
    (verdict,) = receive_at_school(demo, [receipt])
    assert verdict.outcome is Outcome.ACCEPTED and verdict.received_on == date.today()
    assert receive_at_school(demo, [receipt])[0].outcome is Outcome.DUPLICATE


def test_only_schools_heard_from_get_return_packages(municipality, stick, demo, heard):
    import uuid

    assert [t.school_id for t in return_targets(municipality)] == [heard]
    with pytest.raises(ValidationError, match="ещё не загружено ни одного пакета"):
        write_return_packages(municipality, stick, [uuid.uuid4()], today=TODAY)
    with pytest.raises(ValidationError):
        write_return_packages(demo, stick, today=TODAY)  # a school writes its own package


def test_the_municipality_checks_what_it_writes(municipality, heard):
    scope = municipality.scope
    with pytest.raises(ValidationError, match="текст рекомендации"):
        mreturns.save_recommendation(scope, heard, mreturns.RecommendationInput(YEAR, "  "))
    with pytest.raises(ValidationError, match="раньше даты рекомендации"):
        mreturns.save_recommendation(
            scope,
            heard,
            mreturns.RecommendationInput(
                YEAR, "x", issued_on=date(2026, 11, 1), respond_by=date(2026, 10, 1)
            ),
        )
    with pytest.raises(ValidationError, match="роль"):
        mreturns.assign_partner(scope, heard, "Лицей", "boss", date(2026, 9, 1))
    with pytest.raises(ValidationError, match="числом"):
        mreturns.set_figure(scope, heard, _indicator_id(), YEAR, float("nan"))
    import uuid

    with pytest.raises(ValidationError, match="показателя"):
        mreturns.set_figure(scope, heard, uuid.uuid4(), YEAR, 1.0)
    with pytest.raises(ValidationError):
        mreturns.save_recommendation(
            scope, uuid.uuid4(), mreturns.RecommendationInput(YEAR, "текст")
        )


def test_the_content_of_a_return_is_read_strictly():
    from app.sync.errors import PackageRefused
    from app.sync.return_content import parse_return

    good = {"recipient_id": "00000000-0000-4000-8000-000000000001"}
    assert parse_return(good).item_count() == 0
    bad = [
        {**good, "extra": 1},
        {**good, "format": 2},
        {
            **good,
            "figures": [
                {
                    "id": "00000000-0000-4000-8000-000000000002",
                    "indicator_id": "00000000-0000-4000-8000-000000000003",
                    "year": "2025-2027",
                    "value": 1.0,
                }
            ],
        },
        {
            **good,
            "partners": [
                {
                    "id": "00000000-0000-4000-8000-000000000002",
                    "partner_name": "x",
                    "role": "boss",
                    "starts_on": "2026-09-01",
                }
            ],
        },
    ]
    for data in bad:
        with pytest.raises(PackageRefused):
            parse_return(json.loads(json.dumps(data)))


def test_a_new_instrument_version_reaches_the_school(demo, municipality, stick, heard):
    from app.self_assessment.catalogue import import_instrument_json, list_instruments

    shipped = Path(__file__).parents[2] / "resources/instruments/school_deficits_resources.json"
    source = json.loads(shipped.read_text(encoding="utf-8"))
    source["version"] = "2027.1"
    source["title"] = source["title"] + " (региональная редакция)"
    import_instrument_json(municipality.scope, json.dumps(source, ensure_ascii=False), "файл")
    (written,) = write_return_packages(municipality, stick, [heard], today=TODAY)
    (preview,) = receive_at_school(demo, [stick / written.file_name], dry_run=True)
    assert {c.section: c.added for c in preview.changes} == {"instruments": 1}
    assert receive_at_school(demo, [stick / written.file_name])[0].outcome is Outcome.ACCEPTED
    versions = {(row.title, row.version) for row in list_instruments(demo.scope)}
    assert (source["title"], "2027.1") in versions


def test_deadlines_due_on_the_same_day_arrive_in_the_order_of_their_titles(
    demo, municipality, stick, heard
):
    scope = municipality.scope
    due = date(2027, 6, 1)
    for title in ["Отчёт о самообследовании", "Анкета руководителя", "Дорожная карта"]:
        add_deadline(scope, title, date(2027, 5, 1), due)
    add_deadline(scope, "Входная диагностика", date(2027, 4, 1), date(2027, 5, 15))
    (written,) = write_return_packages(municipality, stick, [heard], today=TODAY)
    (verdict,) = receive_at_school(demo, [stick / written.file_name])
    assert verdict.outcome is Outcome.ACCEPTED, verdict.reason
    assert [d.title for d in received(demo.scope).deadlines] == [
        "Входная диагностика",
        "Анкета руководителя",
        "Дорожная карта",
        "Отчёт о самообследовании",
    ]
