"""The navigation: which sections exist in each mode, and what builds each one.

``factory`` is "module:Class" (a :class:`ui.sections.base.Section`), imported when the
section is first opened; ``None`` shows a page saying what the section will hold.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class SectionSpec:
    key: str
    title: str  # English source; shown through QCoreApplication.translate("Sections", …)
    factory: str | None = None
    coming: str = ""  # what the section will hold, while it is not built


SCHOOL_SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("home", QT_TRANSLATE_NOOP("Sections", "Home"), "ui.sections.home:HomeSection"),
    SectionSpec(
        "programme",
        QT_TRANSLATE_NOOP("Sections", "Transition programme"),
        "ui.programme.programme_section:ProgrammeSection",
        QT_TRANSLATE_NOOP(
            "Sections",
            "The transition programme: goal, problem analysis, tasks, planned results "
            "and their degree of achievement year by year.",
        ),
    ),
    SectionSpec(
        "roadmap",
        QT_TRANSLATE_NOOP("Sections", "Roadmap"),
        "ui.programme.roadmap_section:RoadmapSection",
        QT_TRANSLATE_NOOP(
            "Sections",
            "The roadmap: activities with periods, responsible people, forecast and actual "
            "results, status and reasons for non-execution; overdue reminders.",
        ),
    ),
    SectionSpec(
        "indicators",
        QT_TRANSLATE_NOOP("Sections", "Indicators"),
        "ui.indicators.section:IndicatorsSection",
        QT_TRANSLATE_NOOP(
            "Sections",
            "Indicators with baseline, target and actual values per academic year, "
            "charts and a dashboard.",
        ),
    ),
    SectionSpec(
        "partnership",
        QT_TRANSLATE_NOOP("Sections", "Partnership"),
        "ui.partnership.section:PartnershipSection",
        QT_TRANSLATE_NOOP(
            "Sections",
            "Partner schools, cooperation agreements, targeted support plans, joint events "
            "and network-interaction criteria.",
        ),
    ),
    SectionSpec(
        "self_assessment",
        QT_TRANSLATE_NOOP("Sections", "Self-assessment"),
        "ui.self_assessment.section:SelfAssessmentSection",
        QT_TRANSLATE_NOOP(
            "Sections",
            "Deficit self-assessment by versioned instruments, comparison over years and "
            "the trail from each deficit to the actions taken.",
        ),
    ),
    SectionSpec(
        "reports",
        QT_TRANSLATE_NOOP("Sections", "Reports"),
        "ui.reports.section:ReportsSection",
        QT_TRANSLATE_NOOP(
            "Sections",
            "PDF reports for the municipality (annual summary, roadmap, partnership, "
            "self-assessment) and Excel exports.",
        ),
    ),
    SectionSpec(
        "exchange",
        QT_TRANSLATE_NOOP("Sections", "Exchange with municipality"),
        "ui.exchange.section:ExchangeSection",
        QT_TRANSLATE_NOOP(
            "Sections",
            "Signed exchange files for the USB stick: send the school's data to the "
            "municipality and load its recommendations.",
        ),
    ),
    SectionSpec(
        "backups",
        QT_TRANSLATE_NOOP("Sections", "Backups"),
        "ui.sections.backups:BackupsSection",
    ),
    SectionSpec(
        "settings",
        QT_TRANSLATE_NOOP("Sections", "Settings"),
        "ui.sections.settings:SettingsSection",
    ),
)

MUNICIPALITY_SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("home", QT_TRANSLATE_NOOP("Sections", "Home"), "ui.sections.home:HomeSection"),
    SectionSpec(
        "schools",
        QT_TRANSLATE_NOOP("Sections", "Schools"),
        "ui.municipality.schools_section:SchoolsSection",
        QT_TRANSLATE_NOOP(
            "Sections",
            "Schools whose exchange files were loaded, side by side: programmes, roadmap "
            "execution, indicators, partnerships and deficits.",
        ),
    ),
    # The school's programme and roadmap screens, on the municipality's own rows (they
    # read the mode and speak of a project and its plan, as seed 002 does).
    SectionSpec(
        "municipal_project",
        QT_TRANSLATE_NOOP("Sections", "Municipal project"),
        "ui.programme.programme_section:ProgrammeSection",
        QT_TRANSLATE_NOOP(
            "Sections",
            "The municipality's own project: approving order, period, goal, the sections of "
            "its plan and the planned results with their degree of achievement year by year.",
        ),
    ),
    SectionSpec(
        "municipal_plan",
        QT_TRANSLATE_NOOP("Sections", "Plan of actions"),
        "ui.programme.roadmap_section:RoadmapSection",
        QT_TRANSLATE_NOOP(
            "Sections",
            "The municipal plan of actions by sections: periods, forecast results, "
            "execution, reasons for non-execution and recommendations.",
        ),
    ),
    SectionSpec(
        "consolidated",
        QT_TRANSLATE_NOOP("Sections", "Consolidated data"),
        "ui.municipality.consolidated_section:ConsolidatedSection",
    ),
    SectionSpec(
        "resources",
        QT_TRANSLATE_NOOP("Sections", "Resources"),
        "ui.municipality.resources_section:ResourcesSection",
    ),
    SectionSpec(
        "analytical_report",
        QT_TRANSLATE_NOOP("Sections", "Analytical report"),
        "ui.municipality.report_section:AnalyticalReportSection",
        QT_TRANSLATE_NOOP(
            "Sections",
            "The municipality's annual analytical report built from the schools' data.",
        ),
    ),
    SectionSpec(
        "exchange",
        QT_TRANSLATE_NOOP("Sections", "Exchange with schools"),
        "ui.exchange.municipality:MunicipalityExchangeSection",
        QT_TRANSLATE_NOOP(
            "Sections",
            "Load the schools' exchange files and send back recommendations, partner "
            "assignments, monitoring figures and instruments.",
        ),
    ),
    SectionSpec(
        "backups",
        QT_TRANSLATE_NOOP("Sections", "Backups"),
        "ui.sections.backups:BackupsSection",
    ),
    SectionSpec(
        "settings",
        QT_TRANSLATE_NOOP("Sections", "Settings"),
        "ui.sections.settings:SettingsSection",
    ),
)


def section_class(spec: SectionSpec) -> type:
    """The page class of a built section, imported on first use (the one place that loads
    section modules by name; build/hidden_imports.py lists them for the bundle)."""
    from importlib import import_module

    if spec.factory is None:
        raise KeyError(f"section {spec.key!r} is not built yet")
    module_name, class_name = spec.factory.split(":")
    return getattr(import_module(module_name), class_name)


def school_section(key: str) -> SectionSpec:
    return next(spec for spec in SCHOOL_SECTIONS if spec.key == key)
