"""A hub's methodologists edit the same recommendation at once (PostgreSQL, real processes):
both open version N and save; exactly one save is stored, the other is refused with
«Рекомендация изменена другим пользователем. Обновите данные и повторите.»; a commit that
lands between a save's read and its write is refused the same way (StaleDataError); and
the list of return packages written is one for all of the hub's PCs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, update
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.errors import ConflictError
from app.installation import Installation, MunicipalityInfo, create_municipality, open_installation
from app.municipality import returns
from app.scope import SchoolScope
from db.models.organisation import SchoolProfile
from db.models.returns import Recommendation

ROOT = Path(__file__).resolve().parents[2]
YEAR = AcademicYear(2026)
ISSUED = date(2026, 11, 2)
ORIGINAL = "Разобрать результаты ВПР по математике"
CHANGED = "Рекомендация изменена другим пользователем. Обновите данные и повторите."
REMOVED = "Рекомендация удалена другим пользователем."

# One methodologist's PC: opens the recommendation, says which version it read, waits for
# the word, then saves its own text (or removes the recommendation) as read.
EDITOR = r"""
import json, sys, uuid
from app.errors import ConflictError
from app.municipality import returns
from app.scope import SchoolScope
from db.engine import Database

url, owner, school, row_id, action, text = sys.argv[1:7]
database = Database.at(url)
scope = SchoolScope(database, uuid.UUID(owner))
school, row_id = uuid.UUID(school), uuid.UUID(row_id)
row = returns.recommendation(scope, school, row_id)
print(json.dumps({"loaded": row.version}), flush=True)
sys.stdin.readline()
try:
    if action == "save":
        data = returns.RecommendationInput(row.year, text, row.topic, row.issued_on)
        returns.save_recommendation(scope, school, data, row.id, row.version)
    else:
        returns.remove_recommendation(scope, row.id, row.version)
    print(json.dumps({"done": True}), flush=True)
except ConflictError as err:
    print(json.dumps({"refused": err.message}), flush=True)
finally:
    database.dispose()
"""


@dataclass(frozen=True)
class Hub:
    installation: Installation
    school: uuid.UUID

    @property
    def scope(self) -> SchoolScope:
        return self.installation.scope


@pytest.fixture
def hub(pg_migrated_url, tmp_path):
    """A hub's first PC with one school in its database."""
    folder = DataFolder(tmp_path / "pc1", database_url=pg_migrated_url)
    installation = create_municipality(folder, MunicipalityInfo(name="Отдел образования"))
    school = SchoolProfile(id=uuid.uuid4(), full_name="МБОУ «Озёрная ООШ»", short_name="Озёрная")
    with installation.db.unit_of_work() as session:
        session.add(school)
    yield Hub(installation, school.id)
    installation.close()


@pytest.fixture
def made(hub) -> uuid.UUID:
    data = returns.RecommendationInput(YEAR, ORIGINAL, "ВПР", ISSUED)
    return returns.save_recommendation(hub.scope, hub.school, data).value


def _held(hub, row_id) -> returns.RecommendationRow | None:
    return returns.recommendation(hub.scope, hub.school, row_id)


def _race(hub, row_id, *actions: tuple[str, str]) -> list[dict]:
    """Run one editor process per (action, text); release them together once every one
    has read the recommendation; their answers, in the order given."""
    url = hub.installation.db.engine.url.render_as_string(hide_password=False)
    args = [url, str(hub.scope.school_id), str(hub.school), str(row_id)]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    editors = [
        subprocess.Popen(
            [sys.executable, "-c", EDITOR, *args, action, text],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for action, text in actions
    ]
    try:
        loaded = [json.loads(editor.stdout.readline() or "{}") for editor in editors]
        version = _held(hub, row_id).version
        assert loaded == [{"loaded": version}] * len(editors), [e.stderr.read() for e in editors]
        for editor in editors:  # "go" to all of them at once
            editor.stdin.write("go\n")
            editor.stdin.flush()
        answers = []
        for editor in editors:
            out, err = editor.communicate(timeout=60)
            assert editor.returncode == 0, err
            answers.append(json.loads(out))
        return answers
    finally:
        for editor in editors:
            if editor.poll() is None:
                editor.kill()
                editor.wait()


def test_two_processes_save_the_same_version_one_wins_the_other_is_told(hub, made):
    first, second = "Текст методиста Ивановой", "Текст методиста Петровой"
    for round_ in range(2):  # from version 1, then again from the winner's version 2
        answers = _race(hub, made, ("save", f"{first} {round_}"), ("save", f"{second} {round_}"))
        assert sorted(answers, key=lambda a: "refused" in a) == [
            {"done": True},
            {"refused": CHANGED},
        ]
        winner = (first, second)[answers.index({"done": True})]
        held = _held(hub, made)
        assert (held.text, held.version) == (f"{winner} {round_}", round_ + 2)


def test_a_save_and_a_removal_of_the_same_version_one_wins(hub, made):
    answers = _race(hub, made, ("save", "Исправленный текст"), ("remove", ""))
    held = _held(hub, made)
    if answers[0] == {"done": True}:  # the save came first: the removal names version 1
        assert answers[1] == {"refused": CHANGED}
        assert (held.text, held.version) == ("Исправленный текст", 2)
    else:  # the removal came first: the save finds nothing to change
        assert answers == [{"refused": REMOVED}, {"done": True}]
        assert held is None


def test_a_commit_between_read_and_write_is_refused_and_the_other_text_stays(hub, made):
    """The second session commits after the use case read version 1 and checked it, before
    its flush: PostgreSQL's UPDATE … WHERE version = 1 matches no row (StaleDataError)."""
    table = Recommendation.__table__
    meddled = []

    def other_user_commits(session, _context, _instances) -> None:
        if meddled:
            return
        meddled.append(True)
        with hub.installation.db.engine.begin() as connection:
            connection.execute(
                update(table)
                .where(table.c.id == made)
                .values(text="Текст другого методиста", version=table.c.version + 1)
            )

    data = returns.RecommendationInput(YEAR, "Мой текст", "ВПР", ISSUED)
    event.listen(Session, "before_flush", other_user_commits)
    try:
        with pytest.raises(ConflictError) as refused:
            returns.save_recommendation(hub.scope, hub.school, data, made, 1)
    finally:
        event.remove(Session, "before_flush", other_user_commits)
    assert meddled and str(refused.value) == CHANGED
    held = _held(hub, made)
    assert (held.text, held.version) == ("Текст другого методиста", 2)
    returns.save_recommendation(hub.scope, hub.school, data, made, 2)  # reloaded: stored
    assert (_held(hub, made).text, _held(hub, made).version) == ("Мой текст", 3)


def test_return_packages_written_on_either_pc_are_listed_on_both(pg_migrated_url, tmp_path, demo):
    from app.sync.outgoing import write_school_package
    from app.sync.receive import Outcome, receive
    from app.sync.returns_out import returns_written, write_return_packages

    stick = tmp_path / "stick"
    stick.mkdir()
    first = create_municipality(
        DataFolder(tmp_path / "pc1", database_url=pg_migrated_url),
        MunicipalityInfo(name="Отдел образования"),
    )
    try:
        package = write_school_package(demo, stick, today=ISSUED).path
        assert receive(first, [package])[0].outcome is Outcome.ACCEPTED
        school = demo.scope.school_id
        # the second PC: the municipality's key pair and state.json (as import-key leaves)
        shutil.copytree(first.folder.keys, tmp_path / "pc2" / "keys")
        shutil.copy(first.folder.state_file, tmp_path / "pc2" / first.folder.state_file.name)
        second = open_installation(DataFolder(tmp_path / "pc2"))
        try:
            (one,) = write_return_packages(first, stick, [school], today=date(2026, 11, 3))
            (two,) = write_return_packages(second, stick, [school], today=date(2026, 11, 4))
            assert (one.sequence, two.sequence) == (1, 2)  # one count for the hub
            assert one.file_name != two.file_name
            assert returns_written(first) == returns_written(second) == [one, two]
            assert (two.school_id, two.written_on) == (school, date(2026, 11, 4))
        finally:
            second.close()
        for pc in ("pc1", "pc2"):  # nothing in a PC's data folder
            assert not (tmp_path / pc / "exchange" / "returns.json").exists()
    finally:
        first.close()
