"""Parts (1) and (2) of the analytical report: the degree of achievement of the municipal
project's results, the execution of the municipal plan by section with its «Выводы», and
each school's project (goal, tasks) beside the municipal resources serving it."""

from __future__ import annotations

from app.folding import fold
from app.municipality.report import texts as t
from app.municipality.report.defaults import participants
from app.municipality.report.editable import school_key
from app.municipality.report.model import PlanAction, ReportData, ResultLine, SchoolData
from app.reports.document import Block, Gap, data_table, heading, key_values, para, paragraphs

RESULT_WIDTHS = (0.08, 0.6, 0.32)
PLAN_HEADER = (t.NUMBER, t.PERIOD, t.ACTION, t.FORECAST, t.EXECUTION, t.REASONS)
PLAN_WIDTHS = (0.07, 0.13, 0.22, 0.22, 0.21, 0.15)


def results_table(results: list[ResultLine]):
    rows = [(f"{n}.", r.text, r.degree) for n, r in enumerate(results, start=1)]
    return data_table((t.NUMBER, t.RESULT, t.DEGREE), rows, RESULT_WIDTHS)


def project_blocks(data: ReportData, texts: dict[str, str]) -> list[Block]:
    year = data.year
    blocks: list[Block] = [heading(t.H_PROJECT_RESULTS.format(title=data.title or "…"))]
    if data.project is None:
        blocks.append(para(t.NO_PROJECT.format(year=year)))
    elif data.project.results:
        blocks.append(results_table(data.project.results))
    blocks += paragraphs(texts["results.summary"])
    blocks += [Gap(3), heading(t.H_PLAN.format(year=year), 2)]
    if not data.plan:
        blocks.append(para(t.NO_PLAN.format(year=year)))
        return blocks
    blocks.append(plan_table(data))
    findings = paragraphs(texts["plan.findings"])
    if findings:
        findings[0] = para(f"{t.FINDINGS_LEAD} {findings[0].text}")
    return blocks + findings


def plan_table(data: ReportData):
    rows: list[tuple[str, ...]] = []
    groups: list[int] = []
    for number, title in data.sections.items():
        actions = [a for a in data.plan if a.section == number]
        if not actions:
            continue
        groups.append(len(rows))
        rows.append((f"{number}. {title}", "", "", "", "", ""))
        for index, action in enumerate(actions, start=1):
            rows.append(
                (f"{number}.{index}.", action.period, action.title, action.forecast,
                 execution(action), reasons(action))
            )  # fmt: skip
    loose = [a for a in data.plan if a.section not in data.sections]
    for index, action in enumerate(loose, start=1):
        rows.append(
            (f"{index}.", action.period, action.title, action.forecast, execution(action),
             reasons(action))
        )  # fmt: skip
    return data_table(PLAN_HEADER, rows, PLAN_WIDTHS, groups=groups)


def _same(a: str, b: str) -> bool:
    return fold(a).rstrip(".") == fold(b).rstrip(".")


def execution(action: PlanAction) -> str:
    """«Выполнено. <what was done>» and the recommendation under it, as seed 002's cells."""
    text = f"{action.status_text}."
    if action.actual.strip() and not _same(action.actual, action.forecast):
        text += f" {action.actual.strip()}"
    advice = action.recommendation.strip()
    if advice:
        if len(advice) > 1 and advice[1].islower():  # «Рекомендации: подготовить …»
            advice = advice[0].lower() + advice[1:]
        text += "\n" + t.RECOMMENDATION.format(text=advice)
    return text


def reasons(action: PlanAction) -> str:
    if not (action.reason or action.reason_text):
        return ""
    if action.reason and action.reason_text:
        return f"{action.reason}. {action.reason_text}"
    return action.reason or action.reason_text


def correspondence_blocks(data: ReportData, texts: dict[str, str]) -> list[Block]:
    blocks: list[Block] = [heading(t.H_CORRESPONDENCE), *paragraphs(texts["correspondence.intro"])]
    for school in participants(data):
        blocks += _school_correspondence(school, texts)
    return blocks


def _school_correspondence(school: SchoolData, texts: dict[str, str]) -> list[Block]:
    programme = school.programme
    served: list[str] = []
    for task in programme.tasks:
        served += [name for name in task.resources if name not in served]
    tasks = "\n".join(f"{task.number}. {task.text}" for task in programme.tasks)
    rows = [
        (t.PROJECT_LABEL, programme.title),
        (t.GOAL_LABEL, programme.goal or "—"),
        (t.TASKS_LABEL, tasks or "—"),
        (t.SERVING_LABEL, "\n".join(served) or t.NONE_ASSIGNED),
    ]
    return [
        heading(t.SCHOOL_PROJECT.format(school=school.school.short_name, title=programme.title), 2),
        key_values(rows),
        *paragraphs(texts.get(school_key(school.school.id), "")),
    ]
