"""A small hand-built partnership: two partners, two agreements, four measures, nine events.

The expected criteria are worked out by hand in test_criteria.py from the table below.

| # | partner | date       | planned | held | organiser | kind            | stage        | dirs |
|---|---------|------------|---------|------|-----------|-----------------|--------------|------|
| 1 | A       | 2023-09-10 | yes     | yes  | partner   | seminar         | acquaintance | d1   |
| 2 | A       | 2023-10-05 | yes     | yes  | we        | master_class    | joint_work   | d2   |
| 3 | A       | 2023-10-20 | yes     | no   | joint     | webinar         | joint_work   | d3   |
| 4 | A       | 2023-12-01 | no      | yes  | joint     | conference      | joint_work   | d2   |
| 5 | A       | 2024-02-14 | yes     | yes  | we        | teacher_council | joint_work   | —    |
| 6 | A       | 2024-04-10 | yes     | no   | partner   | seminar         | joint_work   | —    |
| 7 | B       | 2024-01-20 | no      | yes  | partner   | sport_culture   | acquaintance | d4   |
| 8 | A       | 2022-11-11 | yes     | yes  | partner   | seminar         | joint_work   | —    |
| 9 | A       | 2022-12-12 | yes     | yes  | we        | open_lesson     | joint_work   | —    |
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.partnership.agreements import AgreementInput, list_directions, save_agreement
from app.partnership.events import EventInput, save_event
from app.partnership.measures import MeasureInput, save_measure
from app.partnership.partners import PartnerInput, save_partner

TODAY = date(2024, 3, 15)


@dataclass
class Built:
    a: object
    b: object
    d: list


def build(scope) -> Built:
    a = save_partner(scope, PartnerInput("Школа А полное", "Школа А")).value
    b = save_partner(scope, PartnerInput("Школа Б полное", "Школа Б")).value
    d = [row.id for row in list_directions(scope)]
    agr_a = save_agreement(
        scope, AgreementInput(a, "1", date(2023, 9, 1), date(2024, 8, 31), direction_ids=d[:3])
    ).value
    save_agreement(
        scope, AgreementInput(b, "2", date(2021, 9, 1), date(2022, 8, 31), direction_ids=[d[3]])
    )
    for text, first, last, status in (
        ("m1", date(2023, 9, 1), date(2023, 12, 31), "done"),
        ("m2", date(2024, 1, 10), date(2024, 5, 31), "in_progress"),
        ("m3", date(2023, 10, 1), date(2024, 2, 28), "cancelled"),
        ("m4", date(2022, 9, 1), date(2023, 5, 31), "done"),
    ):
        save_measure(scope, MeasureInput(agr_a, text, first, last, status=status))
    events = (
        (
            a,
            "2023-09-10",
            True,
            True,
            "partner",
            "seminar",
            "acquaintance",
            [d[0]],
            {"our_teachers": 4, "partner_teachers": 6},
        ),
        (
            a,
            "2023-10-05",
            True,
            True,
            "we",
            "master_class",
            "joint_work",
            [d[1]],
            {"our_teachers": 3, "partner_teachers": 5},
        ),
        (a, "2023-10-20", True, False, "joint", "webinar", "joint_work", [d[2]], {}),
        (
            a,
            "2023-12-01",
            False,
            True,
            "joint",
            "conference",
            "joint_work",
            [d[1]],
            {"our_pupils": 12, "partner_pupils": 15, "our_parents": 2},
        ),
        (
            a,
            "2024-02-14",
            True,
            True,
            "we",
            "teacher_council",
            "joint_work",
            [],
            {"our_admin": 2, "partner_admin": 1},
        ),
        (a, "2024-04-10", True, False, "partner", "seminar", "joint_work", [], {}),
        (
            b,
            "2024-01-20",
            False,
            True,
            "partner",
            "sport_culture",
            "acquaintance",
            [d[3]],
            {"our_pupils": 10, "partner_pupils": 8},
        ),
        (a, "2022-11-11", True, True, "partner", "seminar", "joint_work", [], {}),
        (a, "2022-12-12", True, True, "we", "open_lesson", "joint_work", [], {}),
    )
    for partner, day, planned, held, organiser, kind, stage, dirs, counts in events:
        info = EventInput(
            partner,
            kind,
            date.fromisoformat(day),
            f"Тема {day}",
            planned,
            held,
            stage=stage,
            organiser=organiser,
            direction_ids=dirs,
            counts=counts,
        )
        save_event(scope, info, today=TODAY)
    return Built(a, b, d)
