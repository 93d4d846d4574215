"""Municipal resources × school tasks: the catalogue, assignments to the tasks of a school's
current programme, the tasks left without any, assignments surviving a newer school
package, and travelling to the school in a return package."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date

import pytest

from app.errors import ValidationError
from app.municipality import resources as res
from app.received import task_resources
from app.sync.outgoing import write_school_package
from app.sync.receive import Outcome, receive
from app.sync.returns_in import receive_at_school
from app.sync.returns_out import write_return_packages

TODAY = date(2026, 11, 23)


def _current_tasks(school) -> list[tuple[uuid.UUID, int, str]]:
    """The demo school's current programme tasks, read straight from its own file."""
    with sqlite3.connect(school.folder.database) as conn:
        rows = conn.execute(
            "SELECT t.id, t.number, t.text FROM programme_task t "
            "JOIN programme p ON p.id = t.programme_id WHERE p.is_current ORDER BY t.number"
        ).fetchall()
    return [(uuid.UUID(hex=i), n, text) for i, n, text in rows]


@pytest.fixture
def heard(demo, municipality, stick):
    sent = write_school_package(demo, stick, today=TODAY)
    assert receive(municipality, [sent.path])[0].outcome is Outcome.ACCEPTED
    return demo.scope.school_id


def test_resources_serve_school_tasks_and_the_gaps_are_listed(demo, municipality, stick, heard):
    scope = municipality.scope
    monitoring = res.save_resource(
        scope,
        res.ResourceInput("monitoring", "Муниципальная программа мониторинга качества образования"),
    ).value
    seminar = res.save_resource(
        scope,
        res.ResourceInput(
            "seminar", "Семинар «Индивидуальный образовательный маршрут»", "2020-2021", "ИМЦ"
        ),
    ).value
    with pytest.raises(ValidationError, match="уже есть"):
        res.save_resource(
            scope,
            res.ResourceInput("other", "муниципальная  программа мониторинга качества образования"),
        )
    with pytest.raises(ValidationError, match="вид ресурса"):
        res.save_resource(scope, res.ResourceInput("party", "Праздник"))

    expected = _current_tasks(demo)
    assert len(expected) >= 2
    tasks = res.school_tasks(scope)
    assert [(t.task_id, t.number, t.text) for t in tasks] == expected
    first, second = expected[0][0], expected[1][0]
    res.assign_resource(scope, monitoring, first)
    res.assign_resource(scope, seminar, first)
    res.assign_resource(scope, monitoring, first)  # twice: nothing new
    res.assign_resource(scope, seminar, second)

    tasks = res.school_tasks(scope)
    assert [name for _, name in tasks[0].resources] == [
        "Муниципальная программа мониторинга качества образования",
        "Семинар «Индивидуальный образовательный маршрут»",
    ]
    gaps = res.tasks_without_resources(tasks)
    assert [t.task_id for t in gaps] == [t[0] for t in expected[2:]]
    assert {r.name: r.tasks for r in res.resources(scope)} == {
        "Муниципальная программа мониторинга качества образования": 1,
        "Семинар «Индивидуальный образовательный маршрут»": 2,
    }

    # a newer package of the school replaces its rows; the assignments stay
    newer = write_school_package(demo, stick, today=TODAY)
    assert receive(municipality, [newer.path])[0].outcome is Outcome.ACCEPTED
    assert res.school_tasks(scope)[0].resources == tasks[0].resources

    (written,) = write_return_packages(municipality, stick, [heard], today=TODAY)
    (preview,) = receive_at_school(demo, [stick / written.file_name], dry_run=True)
    counts = {c.section: c.added for c in preview.changes}
    assert counts == {"resources": 2, "assignments": 3}
    assert receive_at_school(demo, [stick / written.file_name])[0].outcome is Outcome.ACCEPTED
    beside = task_resources(demo.scope)
    assert beside[first] == [
        "Муниципальная программа мониторинга качества образования",
        "Семинар «Индивидуальный образовательный маршрут»",
    ]
    assert beside[second] == ["Семинар «Индивидуальный образовательный маршрут»"]

    res.unassign_resource(scope, seminar, second)
    res.remove_resource(scope, monitoring)
    (again,) = write_return_packages(municipality, stick, [heard], today=TODAY)
    assert receive_at_school(demo, [stick / again.file_name])[0].outcome is Outcome.ACCEPTED
    assert task_resources(demo.scope) == {
        first: ["Семинар «Индивидуальный образовательный маршрут»"]
    }
