"""Freeze the current schema head from the full demo school, for the upgrade tests.

    uv run python build/freeze_schema.py

Writes ``tests/fixtures/schemas/<head>_demo_school.sqlite``: the demo school (every area's
demo step), plus what the demo leaves empty — the director's conclusions, the school's
own reason, direction and indicator (with a baseline) and the municipality the school
reports to — so every table holds rows. Run it once for every released head; never
rewrite a frozen file (tests/test_migration_data.py upgrades each one to the newest head
and checks every row survives).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FROZEN = ROOT / "tests" / "fixtures" / "schemas"
TODAY = date(2026, 11, 30)


def main() -> int:
    from app.academic_year import AcademicYear
    from app.data_folder import DataFolder
    from app.demo import create_demo_school
    from app.indicators.catalogue import IndicatorInput, add_indicator
    from app.indicators.values import ValueChange, set_values
    from app.partnership.agreements import save_direction
    from app.programme.reasons import ReasonRow, save_reason
    from app.reports.conclusions import Conclusions, save_conclusions
    from db.migrate import script_directory
    from db.models import MunicipalityProfile

    head = script_directory().get_current_head()
    target = FROZEN / f"{head}_demo_school.sqlite"
    if target.exists():
        print(f"{target.name} exists: a released schema is frozen once", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        installation = create_demo_school(DataFolder(Path(tmp) / "data"), today=TODAY)
        scope = installation.scope
        save_reason(scope, ReasonRow(None, "Болезнь учителя (своя причина)"))
        save_direction(scope, "Совместные каникулярные школы (своё направление)")
        own = add_indicator(
            scope, IndicatorInput("Доля родителей на собраниях (свой показатель)", "%")
        ).value
        year = AcademicYear(2025)
        set_values(
            scope,
            [
                ValueChange(own, AcademicYear(2023), "baseline", 41.0),
                ValueChange(own, year, "target", 60.0),
                ValueChange(own, year, "actual", 55.5),
            ],
        )
        save_conclusions(
            scope,
            year,
            Conclusions(
                directions="Развитие сетевого взаимодействия",
                problems="Кадровый дефицит",
                internal_resources="Методическое объединение",
                external_resources="Школа-лидер",
                next_year_tasks="Повысить качество знаний",
            ),
        )
        with installation.db.unit_of_work() as session:
            session.add(
                MunicipalityProfile(
                    id=uuid.uuid4(),
                    name="Отдел образования администрации Заречного района",
                    short_name="Заречный РОО",
                    methodologist="Соколова Т. В.",
                )
            )
        database = installation.folder.database
        installation.close()
        with sqlite3.connect(database) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
        conn = sqlite3.connect(database)
        conn.execute("VACUUM")
        conn.close()
        shutil.copy(database, target)
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
