"""The restore drill (issue 15): every backup the rotation keeps — after weeks of work with
changes, automatic backups thinned — restores into a fresh folder and opens there, holding
the data of its moment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.auto_backups import auto_backup
from app.backups import create_from_backup, list_backups
from app.data_folder import DataFolder
from app.installation import SchoolInfo, open_installation
from app.profile import own_school, update_own_profile

START = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)


def _rename(installation, short_name: str) -> None:
    info = own_school(installation)
    fields = {name: getattr(info, name) for name in info.__slots__}
    update_own_profile(installation, SchoolInfo(**{**fields, "short_name": short_name}))


def test_every_kept_backup_restores_into_a_fresh_folder_and_opens(school, tmp_path):
    names_by_moment = {}
    moment = START
    for day in range(40):  # forty working days, two sessions with changes a day
        for hour in (9, 15):
            moment = START + timedelta(days=day, hours=hour - 9)
            name = f"Школа, день {day + 1}, {hour} ч"
            _rename(school, name)
            result = auto_backup(school, now=moment)
            assert result.written is not None
            names_by_moment[result.written.name] = name
    kept = [entry for entry in list_backups(school.folder) if entry.kind == "auto"]
    assert 5 <= len(kept) < 80  # thinned, yet more than a handful
    newest_name = own_school(school).short_name
    for index, entry in enumerate(kept):
        target = DataFolder(tmp_path / f"drill-{index}")
        create_from_backup(target, entry.path).close()
        restored = open_installation(target)
        try:
            assert restored.scope.school_id == school.scope.school_id
            assert own_school(restored).short_name == names_by_moment[entry.path.name]
        finally:
            restored.close()
    assert own_school(school).short_name == newest_name
