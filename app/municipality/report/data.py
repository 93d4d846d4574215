"""Read the municipal report's data for one academic year: a bounded number of grouped
queries (``queries``) whatever the number of schools, and the schools' completeness from
the register (one register read per deadline of the year)."""

from __future__ import annotations

from datetime import date, timedelta

from app.academic_year import AcademicYear
from app.folding import fold
from app.municipality import register
from app.municipality.expectations import deadlines
from app.municipality.report import queries
from app.municipality.report.model import ReportData, RoadmapCounts, SchoolData
from app.scope import SchoolScope


def overdue_day(year: AcademicYear, today: date) -> date:
    """«Просрочено» is judged on today in a year in progress, the day after the year for
    a past one (so a past year's report does not change as time goes on)."""
    return today if today < year.last_day else year.last_day + timedelta(days=1)


def read_report_data(scope: SchoolScope, year: AcademicYear, today: date) -> ReportData:
    """Everything the report of ``year`` shows, for the municipality ``scope`` works on."""
    owner = scope.school_id
    late = overdue_day(year, today)
    with scope.db.engine.connect() as conn:
        municipality, schools = queries.organisations(conn, owner)
        programmes = queries.programmes(conn, year)
        plan, sections = queries.plan(conn, year, owner, late)
        counts = queries.roadmap_counts(conn, year, late)
        shortfalls = queries.shortfalls(conn, year)
        indicators = queries.key_indicators(conn, year)
        conclusions = queries.conclusions(conn, year)
        assigned = queries.assigned_resources(conn, owner)
        people = queries.resource_people(conn, owner)
    project = programmes.get(owner)
    if project is not None:
        project.results.sort(key=lambda r: (r.position, r.task_number))
        for task in project.tasks:
            sections.setdefault(task.number, task.text)
    rows = []
    for school in sorted(schools, key=lambda s: (fold(s.short_name), str(s.id))):
        programme = programmes.get(school.id)
        if programme is not None:
            programme.tasks = queries.with_resources(programme.tasks, assigned)
        rows.append(
            SchoolData(
                school=school,
                programme=programme,
                roadmap=counts.get(school.id, RoadmapCounts()),
                shortfalls=shortfalls.get(school.id, []),
                indicators=indicators.get(school.id, []),
                conclusions=conclusions.get(school.id),
            )
        )
    data = ReportData(
        year=year,
        today=today,
        municipality=municipality,
        project=project,
        plan=plan,
        sections=dict(sorted(sections.items())),
        schools=rows,
        resource_people=people,
    )
    _completeness(scope, data)
    return data


def _completeness(scope: SchoolScope, data: ReportData) -> None:
    """The register (every school heard from and every expected one) and, per deadline due
    in the year, each school's state against it."""
    data.register = register.school_register(scope, today=data.today)
    for row in sorted(deadlines(scope), key=lambda d: d.due_on):
        if data.year.contains(row.due_on):
            rows = register.school_register(scope, row.id, today=data.today)
            data.deadlines.append((row.title, row.due_on, rows))
