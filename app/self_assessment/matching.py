"""Partner matching: who can help with a deficit, and who needs what we do well.

Partners state offers and needs as lines «Направление: текст» (app.partnership). A line
matches an area when it contains one of the area's keywords (from the instrument) or a
word stem of the area's title; comparison is lower-case with ё read as е.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.folding import fold
from app.scope import SchoolScope
from app.self_assessment.catalogue import parse_definition
from app.self_assessment.deficits import DeficitRow, StrengthRow, deficits_in, strengths_in
from db.models.partnership import PartnerSchool
from db.models.self_assessment import InstrumentVersion

STEM = 6  # letters of a title word used as its stem
_WORD = re.compile(r"[а-яa-z]+")
_STOP = {"уровень", "низкий", "низкое", "высокая", "работа", "школы", "школа", "обучающихся"}


@dataclass(frozen=True, slots=True)
class PartnerMatch:
    partner_id: uuid.UUID
    partner_name: str
    lines: tuple[str, ...]  # the partner's lines that matched


@dataclass(frozen=True, slots=True)
class DeficitMatch:
    deficit: DeficitRow
    partners: tuple[PartnerMatch, ...]


@dataclass(frozen=True, slots=True)
class StrengthMatch:
    strength: StrengthRow
    partners: tuple[PartnerMatch, ...]


def area_keywords(title: str, keywords: Iterable[str] = ()) -> tuple[str, ...]:
    """The instrument's keywords; stems of the title's longer words when there are none."""
    known = {fold(k) for k in keywords if k.strip()}
    if known:
        return tuple(sorted(known))
    stems = {w[:STEM] for w in _WORD.findall(fold(title)) if len(w) > 4 and w not in _STOP}
    return tuple(sorted(stems))


def matching_lines(text: str, keywords: Iterable[str]) -> tuple[str, ...]:
    """Lines of ``text`` whose area (the part before «:», else the whole line) contains
    any of ``keywords`` (already folded). Lines also split at «;»."""
    words = tuple(keywords)
    result = []
    for line in text.replace(";", "\n").splitlines():
        line = line.strip(" -•\t")
        area, sep, _ = line.partition(":")
        target = fold(area if sep else line)
        if line and any(k in target for k in words):
            result.append(line)
    return tuple(result)


def partner_matching(
    scope: SchoolScope, year: AcademicYear | None = None
) -> tuple[list[DeficitMatch], list[StrengthMatch]]:
    """For each deficit the partners offering help; for each strength the partners needing it."""
    with scope.reading() as session:
        keywords = _instrument_keywords(session)
        partners = [
            (p.id, p.short_name or p.full_name, p.offers, p.needs)
            for p in session.scalars(select(PartnerSchool).order_by(PartnerSchool.short_name))
        ]
        found_deficits = deficits_in(session, year)
        found_strengths = strengths_in(session, year)
    deficits = [DeficitMatch(d, _find(partners, 2, _keys(d, keywords))) for d in found_deficits]
    strengths = [StrengthMatch(s, _find(partners, 3, _keys(s, keywords))) for s in found_strengths]
    return deficits, strengths


def _keys(row: DeficitRow | StrengthRow, known: dict[tuple[str, str], list[str]]) -> tuple:
    return area_keywords(row.area_title, known.get((row.instrument_key, row.area_key), ()))


def _find(partners: list[tuple], column: int, keys: tuple[str, ...]) -> tuple[PartnerMatch, ...]:
    if not keys:
        return ()
    result = []
    for partner in partners:
        lines = matching_lines(partner[column], keys)
        if lines:
            result.append(PartnerMatch(partner[0], partner[1], lines))
    return tuple(result)


def _instrument_keywords(session: Session) -> dict[tuple[str, str], list[str]]:
    definitions = session.scalars(select(InstrumentVersion.definition)).all()
    result: dict[tuple[str, str], list[str]] = {}
    for definition in definitions:
        instrument = parse_definition(definition)
        for area in instrument.areas:
            result.setdefault((instrument.id, area.id), []).extend(area.keywords)
    return result
