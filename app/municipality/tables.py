"""The municipality's tables in the Excel registry (``perekhod export-xlsx --table``): the
register of schools, one table per consolidated view, the catalogue of municipal resources,
the tasks of the schools' projects with their resources, and every table of the annual
analytical report (``municipal-*``, seed 002). Export only: they are built from the
schools' packages (the only way their data changes) or edited on their screens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.academic_year import AcademicYear
from app.errors import ValidationError
from app.municipality import texts
from app.scope import SchoolScope

MUNICIPALITY_ONLY = "Таблица «{name}» есть только в установке муниципалитета."


def _require_municipality(scope: SchoolScope, name: str) -> None:
    from sqlalchemy import select

    from db.models.organisation import Organisation

    with scope.db.reading() as session:
        kind = session.scalar(select(Organisation.kind).where(Organisation.id == scope.school_id))
    if scope.read_only or kind != "municipality":
        raise ValidationError(MUNICIPALITY_ONLY.format(name=name))


@dataclass(frozen=True)
class RegisterTable:
    name: str = "schools"
    importable: bool = False

    def export(self, scope: SchoolScope, path: Path, year: AcademicYear | None) -> Path:
        from app.municipality.register import export_register, school_register

        _require_municipality(scope, self.name)
        return export_register(school_register(scope), path)

    def import_file(self, scope, path, dry_run):  # never: importable is False
        raise ValidationError(MUNICIPALITY_ONLY.format(name=self.name))


@dataclass(frozen=True)
class ViewTable:
    name: str
    view: str
    importable: bool = False

    def export(self, scope: SchoolScope, path: Path, year: AcademicYear | None) -> Path:
        from app.municipality.consolidated import consolidated_view, export_view
        from app.municipality.schools import Filter

        _require_municipality(scope, self.name)
        return export_view(consolidated_view(scope, self.view, Filter(year=year)), path)

    def import_file(self, scope, path, dry_run):  # never: importable is False
        raise ValidationError(MUNICIPALITY_ONLY.format(name=self.name))


@dataclass(frozen=True)
class ResourceTable:
    """``resources``: the catalogue; ``resource-sufficiency``: every task of every school's
    current programme with its resources (no academic year: a programme spans several)."""

    name: str
    importable: bool = False

    def export(self, scope: SchoolScope, path: Path, year: AcademicYear | None) -> Path:
        from app.municipality import resources as res

        _require_municipality(scope, self.name)
        if self.name == "resources":
            return res.export_resources(res.resources(scope), path)
        return res.export_sufficiency(res.school_tasks(scope), path)

    def import_file(self, scope, path, dry_run):  # never: importable is False
        raise ValidationError(MUNICIPALITY_ONLY.format(name=self.name))


@dataclass(frozen=True)
class ReportTable:
    """``municipal-*``: a table of the annual analytical report
    (:func:`app.municipality.report.municipal_tables`) for one academic year — by default
    the year the report is due for (:func:`app.reports.years.due_year`)."""

    name: str
    importable: bool = False

    def export(
        self,
        scope: SchoolScope,
        path: Path,
        year: AcademicYear | None,
        today: date | None = None,
    ) -> Path:
        from app.municipality.report import municipal_tables
        from app.reports.years import due_year

        _require_municipality(scope, self.name)
        today = today or date.today()
        tables = municipal_tables(scope, year or due_year(today), today)
        return write_report_table(path, tables[self.name])

    def import_file(self, scope, path, dry_run):  # never: importable is False
        raise ValidationError(MUNICIPALITY_ONLY.format(name=self.name))


def write_report_table(path: Path, table: tuple[str, list[str], list[tuple]]) -> Path:
    """One report table (sheet name, header, rows) as a workbook of one sheet."""
    from app.excel.writer import Column, write_table

    sheet, header, rows = table
    columns = [Column(title, lambda row, i=i: row[i]) for i, title in enumerate(header)]
    return write_table(path, sheet, columns, rows)


def export_report_tables(
    scope: SchoolScope, year: AcademicYear, folder: Path, today: date | None = None
) -> list[Path]:
    """Every table of the report of ``year`` into ``folder``, a workbook per table (the
    same workbooks as ``export-xlsx --table municipal-…``), named by sheet and year; files
    of the same names are replaced. The paths written, in the report's order."""
    from app.municipality.report import municipal_tables

    _require_municipality(scope, "municipal-*")
    tables = municipal_tables(scope, year, today or date.today())
    return [
        write_report_table(folder / f"{table[0]} {year}.xlsx", table) for table in tables.values()
    ]


SCHOOLS_TABLE = RegisterTable()
INDICATORS_VIEW = ViewTable("consolidated-indicators", "indicators")
ACHIEVEMENT_VIEW = ViewTable("consolidated-achievement", "achievement")
ROADMAP_VIEW = ViewTable("consolidated-roadmap", "roadmap")
PARTNERSHIP_VIEW = ViewTable("consolidated-partnership", "partnership")
SELF_ASSESSMENT_VIEW = ViewTable("consolidated-self-assessment", "self-assessment")
RESOURCES_TABLE = ResourceTable("resources")
SUFFICIENCY_TABLE = ResourceTable("resource-sufficiency")
REPORT_RESULTS = ReportTable("municipal-results")
REPORT_PLAN = ReportTable("municipal-plan")
REPORT_SCHOOL_RESULTS = ReportTable("municipal-school-results")
REPORT_ROADMAPS = ReportTable("municipal-roadmaps")
REPORT_INDICATORS = ReportTable("municipal-indicators")
REPORT_CONCLUSIONS = ReportTable("municipal-conclusions")
REPORT_RESOURCES = ReportTable("municipal-resources")
REPORT_COMPLETENESS = ReportTable("municipal-completeness")
TITLES = {
    "schools": "школы района: последний пакет, сдача к сроку (муниципалитет)",
    **{f"consolidated-{k}": f"{t.lower()} (муниципалитет)" for k, t in texts.VIEW_TITLES.items()},
    "resources": "муниципальные ресурсы: вид, сроки, ответственные (муниципалитет)",
    "resource-sufficiency": "задачи школьных проектов и их муниципальные ресурсы (муниципалитет)",
    # the annual analytical report's tables (seed 002), for one academic year
    "municipal-results": "справка: результаты муниципального проекта (муниципалитет)",
    "municipal-plan": "справка: исполнение муниципального плана мероприятий (муниципалитет)",
    "municipal-school-results": "справка: результаты школьных проектов (муниципалитет)",
    "municipal-roadmaps": "справка: исполнение дорожных карт школ (муниципалитет)",
    "municipal-indicators": "справка: ключевые показатели школ за год (муниципалитет)",
    "municipal-conclusions": "справка: выводы и управленческие решения школ (муниципалитет)",
    "municipal-resources": "справка: задачи школьных проектов и ресурсы (муниципалитет)",
    "municipal-completeness": "справка: представление данных школами (муниципалитет)",
}
