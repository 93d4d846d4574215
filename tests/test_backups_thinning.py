"""Thinning of automatic backups (Anki's policy), expected sets computed by hand.

``now`` is Monday 2026-11-23 12:00 UTC. Windows by age: < 2 days every backup (at most
12), < 7 days one per day, < 4 weeks one per ISO week, < 365 days one per month, older
none; the newest of a period is the one kept, and a period that already holds a kept
backup gets no other. Manual, before-migration and before-restore backups are never
chosen.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from app.auto_backups import to_delete
from app.backups import BackupEntry

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def auto(stamp: str, kind: str = "auto", zone=UTC) -> BackupEntry:
    moment = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
    return BackupEntry(Path(f"{kind}-{stamp}"), moment.astimezone(UTC), 1, "", kind)


def deleted(backups: list[BackupEntry], now: datetime = NOW) -> set[str]:
    return {b.path.name.split("-", 1)[1] for b in to_delete(backups, now)}


# (stamp, kept?) — the reason for each verdict in the comment
CALENDAR = [
    # recent: younger than 2 days (after 2026-11-21 12:00): all kept
    ("2026-11-23 11:30", True),
    ("2026-11-23 11:00", True),
    ("2026-11-23 10:30", True),
    ("2026-11-22 09:00", True),
    ("2026-11-21 13:00", True),  # 47 h old
    # daily: 2 to 7 days old
    ("2026-11-21 08:00", False),  # 21 Nov already has the 13:00 one
    ("2026-11-20 18:00", True),  # newest of 20 Nov
    ("2026-11-20 09:00", False),  # same day
    ("2026-11-18 10:00", True),
    ("2026-11-17 10:00", True),  # 6 days 2 h
    # weekly: 7 days to 4 weeks old (ISO weeks start on Monday)
    ("2026-11-16 10:00", False),  # week 16–22 Nov already has 17 Nov
    ("2026-11-15 20:00", True),  # week 9–15 Nov, its newest
    ("2026-11-12 10:00", False),  # same week
    ("2026-11-03 10:00", True),  # week 2–8 Nov
    ("2026-10-27 10:00", True),  # week 26 Oct – 1 Nov, 27 days 2 h old
    # monthly: 4 weeks to 365 days old
    ("2026-10-20 10:00", False),  # October already has 27 Oct
    ("2026-09-30 10:00", True),  # newest of September
    ("2026-09-01 10:00", False),  # same month
    ("2026-01-15 10:00", True),
    ("2025-12-01 10:00", True),
    ("2025-11-24 10:00", True),  # 363 days 2 h
    # older than a year
    ("2025-11-20 10:00", False),
    ("2024-05-01 10:00", False),
]


def test_calendar_of_automatic_backups():
    backups = [auto(stamp) for stamp, _ in CALENDAR]
    expected = {stamp for stamp, kept in CALENDAR if not kept}
    assert deleted(backups) == expected
    assert len(expected) == 8


def test_order_of_the_input_does_not_matter():
    backups = [auto(stamp) for stamp, _ in reversed(CALENDAR)]
    assert deleted(backups) == {stamp for stamp, kept in CALENDAR if not kept}


def test_other_backups_are_never_thinned_nor_counted():
    backups = [
        auto("2020-01-01 10:00", "manual"),
        auto("2026-11-23 11:59", "before-migration"),
        auto("2025-01-01 10:00", "before-restore"),
        auto("2026-11-23 11:00"),
        auto("2026-11-18 10:00"),
        auto("2026-11-18 09:00"),
    ]
    # the before-migration copy of 11:59 does not take the place of the 11:00 one,
    # the manual one of 2020 stays; only the second backup of 18 Nov goes
    assert deleted(backups) == {"2026-11-18 09:00"}


def test_at_most_twelve_recent_then_one_per_day():
    # every 5 minutes from 10:45 to 11:55 on 23 Nov: 15 backups
    stamps = [f"2026-11-23 {10 + (45 + 5 * i) // 60}:{(45 + 5 * i) % 60:02d}" for i in range(15)]
    assert stamps[0] == "2026-11-23 10:45" and stamps[-1] == "2026-11-23 11:55"
    backups = [auto(stamp) for stamp in stamps]
    # the 12 newest (11:00 … 11:55) stay; 10:45, 10:50, 10:55 fall to the daily rule
    # and 23 Nov already has a kept backup
    assert deleted(backups) == {"2026-11-23 10:45", "2026-11-23 10:50", "2026-11-23 10:55"}


def test_days_follow_the_time_zone_of_now():
    ekb = timezone(timedelta(hours=5))
    now = datetime(2026, 11, 23, 12, 0, tzinfo=ekb)
    backups = [
        # 19 Nov 20:00 UTC is 20 Nov 01:00 in Yekaterinburg; 18:00 UTC is 19 Nov 23:00
        auto("2026-11-19 20:00"),
        auto("2026-11-19 18:00"),
        auto("2026-11-19 17:00"),  # 19 Nov 22:00 local: the second of 19 Nov
    ]
    assert deleted(backups, now) == {"2026-11-19 17:00"}
    # in UTC all three fall on 19 Nov: only the newest stays
    assert deleted(backups, NOW) == {"2026-11-19 18:00", "2026-11-19 17:00"}


def test_nothing_to_thin():
    assert to_delete([], NOW) == []
    assert deleted([auto("2026-11-10 10:00")]) == set()
