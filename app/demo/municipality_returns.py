"""What the demo office sends back: recommendations for most schools, a leader school (and
now and then a peer) assigned to some, monitoring figures of the ВПР/ГИА indicators for some.
Every third school from the first gets its leader and every other one its figures, so
the first school (which answers, below) shows every kind.

A few schools answer through the real path: the office writes their return packages, the
school installation (still in the builder's workshop) imports its own, answers, and writes
its next package, which the office imports — as on a methodologist's USB stick.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from app.academic_year import AcademicYear
from app.demo.municipality_returns_data import (
    FIGURE_CODES,
    FIGURE_NOTE,
    LAST_YEAR,
    LEADER_NOTE,
    PEER_NOTE,
    RECOMMENDATIONS,
    DemoRecommendation,
)
from app.demo.municipality_variation import Variant, rename
from app.installation import Installation
from app.municipality import returns
from app.partnership.demo_data import LEADER_FULL
from db.base import catalogue_id

ANSWERING_EVERY = 4  # schools 0, 4, 8, … answer through the real path


@dataclass(frozen=True, slots=True)
class Sent:
    """What the office wrote for one school: the recommendations and their demo texts."""

    school_id: uuid.UUID
    recommendations: list[tuple[uuid.UUID, DemoRecommendation]]


def fill_returns(
    office: Installation, variants: list[Variant], ids: dict[int, uuid.UUID], today: date
) -> list[Sent]:
    """Recommendations, assignments and figures for each school (``ids``: index → id)."""
    scope = office.scope
    year = AcademicYear.current(today)
    sent = []
    for variant in variants:
        rng = random.Random(f"returns/{variant.seed}")
        school = ids[variant.index]
        chosen = _recommendations(scope, school, variant, rng, year, today)
        sent.append(Sent(school, chosen))
        if variant.index % 3 == 0 or (variant.info.low_results and rng.random() < 0.4):
            leader = rename(LEADER_FULL, variant)
            returns.assign_partner(scope, school, leader, "leader", year.first_day, LEADER_NOTE)
        peers = [v for v in variants if v.index != variant.index]
        if peers and rng.random() < 0.2:
            peer = rng.choice(peers).info.full_name
            returns.assign_partner(scope, school, peer, "peer", year.first_day, PEER_NOTE)
        if variant.index % 2 == 0 or rng.random() < 0.3:
            _figures(office, school, year.previous(), rng)
    return sent


def _recommendations(
    scope, school: uuid.UUID, variant: Variant, rng: random.Random, year, today: date
) -> list[tuple[uuid.UUID, DemoRecommendation]]:
    if variant.index % ANSWERING_EVERY and rng.random() < 0.15:
        return []  # a school the office has written nothing to yet
    info = variant.info
    suited = [
        r
        for r in RECOMMENDATIONS
        if (r.for_low and info.low_results) or (r.for_hard and info.hard_social_conditions)
    ]
    picked = rng.sample(suited, k=min(len(suited), rng.choice((2, 3, 3, 4))))
    made = []
    spring = date(year.start_year, 5, 20)
    if rng.random() < 0.5 and spring < today:
        data = returns.RecommendationInput(
            year.previous(), LAST_YEAR.text, LAST_YEAR.topic, spring, spring + timedelta(30)
        )
        made.append((returns.save_recommendation(scope, school, data).value, LAST_YEAR))
    for number, item in enumerate(picked):
        issued = today - timedelta(days=rng.randint(5, 70) + 7 * number)
        issued = max(issued, year.first_day)
        respond_by = issued + timedelta(days=rng.choice((30, 45))) if rng.random() < 0.8 else None
        data = returns.RecommendationInput(year, item.text, item.topic, issued, respond_by)
        made.append((returns.save_recommendation(scope, school, data).value, item))
    return made


def _figures(office: Installation, school: uuid.UUID, year: AcademicYear, rng) -> None:
    """The monitoring's own measure of the school's ВПР/ГИА results last year: near what
    the school reported, now and then a few points lower (checked by other teachers)."""
    from db.models.indicators import IndicatorValue

    values = IndicatorValue.__table__
    with office.db.engine.connect() as connection:
        reported = dict(
            connection.execute(
                select(values.c.indicator_id, values.c.actual).where(
                    values.c.school_id == school, values.c.year == year
                )
            ).all()
        )
    for code in FIGURE_CODES:
        indicator = catalogue_id("indicator", code)
        actual = reported.get(indicator)
        if actual is None:
            continue
        value = round(max(0.0, actual - rng.choice((0.0, 0.0, 1.5, 3.0, 4.5))), 1)
        returns.set_figure(office.scope, school, indicator, year, value, FIGURE_NOTE)


def answer_through_packages(
    office: Installation, workshop: Path, sent: list[Sent], today: date
) -> int:
    """Every ``ANSWERING_EVERY``-th school with recommendations imports its return package,
    answers (one recommendation left unanswered) and sends its next package back; returns
    how many schools answered."""
    from app.data_folder import DataFolder
    from app.errors import InstallationError
    from app.installation import open_installation
    from app.received import answer_recommendation
    from app.sync.outgoing import write_school_package
    from app.sync.receive import Outcome, receive
    from app.sync.returns_in import receive_at_school
    from app.sync.returns_out import write_return_packages

    answering = [
        (index, s)
        for index, s in enumerate(sent)
        if index % ANSWERING_EVERY == 0 and s.recommendations
    ]
    if not answering:
        return 0
    stick = workshop / "returns"
    stick.mkdir(exist_ok=True)
    written = write_return_packages(office, stick, [s.school_id for _i, s in answering], today)
    files = {w.school_id: stick / w.file_name for w in written}
    answers = []
    for index, item in answering:
        school = open_installation(DataFolder(workshop / f"school-{index}"))
        try:
            (verdict,) = receive_at_school(school, [files[item.school_id]])
            if verdict.outcome is not Outcome.ACCEPTED:
                raise InstallationError(f"{verdict.file.name}: {verdict.reason}")
            for rec_id, demo in item.recommendations[:-1]:
                status, text = demo.answer
                answer_recommendation(school.scope, rec_id, status, text, today)
            answers.append(write_school_package(school, workshop, today).path)
        finally:
            school.close()
    refused = [v for v in receive(office, answers) if v.outcome is not Outcome.ACCEPTED]
    if refused:
        raise InstallationError(f"{refused[0].file.name}: {refused[0].reason}")
    return len(answers)
