"""Parts (3) and (4) of the analytical report, school by school: results × degree, the
roadmap's execution with the reasons, the key indicators' change over the year, the
school's own conclusions and management decisions (or a note that it gave none), and the
municipal resources serving each task of its project (tasks without any kept and counted)."""

from __future__ import annotations

from app.municipality.report import texts as t
from app.municipality.report.defaults import participants
from app.municipality.report.model import ReportData, SchoolData
from app.municipality.report.project_part import results_table
from app.reports.document import Block, bullets, data_table, heading, para, paragraphs
from app.reports.format import fmt_change, fmt_num

SHORTFALL_WIDTHS = (0.5, 0.18, 0.32)
INDICATOR_WIDTHS = (0.44, 0.13, 0.13, 0.13, 0.17)
RESOURCE_WIDTHS = (0.08, 0.5, 0.42)
NOT_PARTICIPATING = "Проект (программу перехода) на {year} учебный год не представили: {schools}."
NO_FINDINGS = "Школа не представила выводы по итогам {year} учебного года."
NOT_YET = "Выводы по итогам учебного года школа подготовит после его завершения."


def _title(school: SchoolData) -> str:
    return t.SCHOOL_PROJECT.format(school=school.school.short_name, title=school.programme.title)


def school_results_blocks(data: ReportData, texts: dict[str, str]) -> list[Block]:
    blocks: list[Block] = [heading(t.H_SCHOOL_RESULTS)]
    absent = [s.school.short_name for s in data.schools if s.programme is None]
    if absent:
        blocks.append(para(NOT_PARTICIPATING.format(year=data.year, schools=", ".join(absent))))
    for school in participants(data):
        blocks += [heading(_title(school), 2), *_results(school)]
        blocks += _roadmap(data, school)
        blocks += _indicators(data, school)
        blocks += _conclusions(data, school)
    return blocks + paragraphs(texts["school_results.summary"])


def _results(school: SchoolData) -> list[Block]:
    results = school.programme.results
    if not results:
        return [para(t.NO_RESULTS)]
    return [para(t.RESULTS_LEAD), results_table(results)]


def _roadmap(data: ReportData, school: SchoolData) -> list[Block]:
    counts = school.roadmap
    if not counts.total:
        return [para(t.NO_ROADMAP.format(year=data.year))]
    line = t.ROADMAP_LINE.format(
        total=counts.total, done=counts.done, partial=counts.partial,
        not_done=counts.not_done, cancelled=counts.cancelled,
    )  # fmt: skip
    if counts.under_way:
        line += t.ROADMAP_UNDER_WAY.format(under_way=counts.under_way)
        if counts.overdue:
            line += t.ROADMAP_OVERDUE.format(overdue=counts.overdue)
    blocks: list[Block] = [para(line + ".")]
    if school.shortfalls:
        rows = [
            (s.title, t.STATUSES[s.status], _reason(s.reason, s.reason_text))
            for s in school.shortfalls
        ]
        header = (t.ROADMAP_ACTIVITY, t.EXECUTION, t.REASONS)
        blocks += [para(t.SHORTFALLS_LEAD), data_table(header, rows, SHORTFALL_WIDTHS)]
    return blocks


def _reason(reason: str, note: str) -> str:
    if reason and note:
        return f"{reason}. {note}"
    return reason or note or "—"


def _indicators(data: ReportData, school: SchoolData) -> list[Block]:
    if not school.indicators:
        return [para(t.NO_INDICATORS.format(year=data.year), "small")]
    year = data.year
    header = (t.INDICATOR, str(year.previous()), str(year), t.CHANGE, t.TARGET.format(year=year))
    rows = [
        (
            f"{line.name}, {line.unit}" if line.unit else line.name,
            fmt_num(line.previous),
            fmt_num(line.actual),
            fmt_change(line.change),
            fmt_num(line.target),
        )
        for line in school.indicators
    ]
    return [
        para(t.INDICATORS_LEAD),
        data_table(header, rows, INDICATOR_WIDTHS, numeric=(1, 2, 3, 4)),
    ]


def _conclusions(data: ReportData, school: SchoolData) -> list[Block]:
    year = data.year
    if not school.has_conclusions and not school.has_decisions:
        note = NOT_YET if data.in_progress else t.NO_CONCLUSIONS.format(year=year)
        return [para(note)]
    blocks: list[Block] = []
    if school.has_conclusions:
        blocks.append(para(t.SCHOOL_CONCLUSIONS_LEAD))
        number = 0
        for part, label in t.CONCLUSION_PARTS:
            points = school.conclusions.points(part)
            if points:
                number += 1
                blocks += [para(f"{number}. {label}"), bullets(points)]
    else:
        blocks.append(para(NO_FINDINGS.format(year=year)))
    if school.has_decisions:
        blocks += [
            para(t.MANAGEMENT_DECISIONS),
            bullets(school.conclusions.points("management_decisions")),
        ]
    else:
        blocks.append(para(t.NO_DECISIONS.format(year=year)))
    return blocks


def resources_blocks(data: ReportData, texts: dict[str, str]) -> list[Block]:
    blocks: list[Block] = [heading(t.H_RESOURCES), *paragraphs(texts["resources.intro"])]
    for school in participants(data):
        blocks += resource_table(school)
    return blocks


def resource_table(school: SchoolData) -> list[Block]:
    """Headed by the school's project; a task without resources keeps its empty cell."""
    programme = school.programme
    heading_ = heading(school.school.short_name, 2)
    if not programme.tasks:
        return [heading_, para(t.NO_TASKS)]
    rows = [(f"Проект «{programme.title}»", "", "")]
    rows += [(f"{task.number}.", task.text, "\n".join(task.resources)) for task in programme.tasks]
    table = data_table((t.NUMBER, t.SCHOOL_TASK, t.MUNICIPAL_RESOURCES), rows, RESOURCE_WIDTHS,
                       groups=(0,))  # fmt: skip
    without = len(school.tasks_without)
    note = t.TASKS_WITHOUT.format(without=without, total=len(programme.tasks))
    return [heading_, table, para(note, "small")]
