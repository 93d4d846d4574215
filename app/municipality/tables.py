"""The municipality's tables in the Excel registry (``perekhod export-xlsx --table``): the
register of schools, one table per consolidated view, the catalogue of municipal resources
and the tasks of the schools' projects with their resources. Export only: they are built
from the schools' packages (the only way their data changes) or edited on their screens."""

from __future__ import annotations

from dataclasses import dataclass
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


SCHOOLS_TABLE = RegisterTable()
INDICATORS_VIEW = ViewTable("consolidated-indicators", "indicators")
ACHIEVEMENT_VIEW = ViewTable("consolidated-achievement", "achievement")
ROADMAP_VIEW = ViewTable("consolidated-roadmap", "roadmap")
PARTNERSHIP_VIEW = ViewTable("consolidated-partnership", "partnership")
SELF_ASSESSMENT_VIEW = ViewTable("consolidated-self-assessment", "self-assessment")
RESOURCES_TABLE = ResourceTable("resources")
SUFFICIENCY_TABLE = ResourceTable("resource-sufficiency")
TITLES = {
    "schools": "школы района: последний пакет, сдача к сроку (муниципалитет)",
    **{f"consolidated-{k}": f"{t.lower()} (муниципалитет)" for k, t in texts.VIEW_TITLES.items()},
    "resources": "муниципальные ресурсы: вид, сроки, ответственные (муниципалитет)",
    "resource-sufficiency": "задачи школьных проектов и их муниципальные ресурсы (муниципалитет)",
}
