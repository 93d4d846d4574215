"""The editable texts prefilled from the year's data (seed 002's wording): what the report
prints until the methodologist writes her own. One function per group of texts; each
returns {key: text}."""

from __future__ import annotations

from collections import Counter

from app.folding import fold
from app.municipality.report import texts as t
from app.municipality.report.editable import school_key
from app.municipality.report.model import ReportData, SchoolData
from app.municipality.report.people import capitalised, centre, head, initials
from app.reports.format import fmt_date

BLANK_DATE = "«___» ____________ {year} г."
BLANK_NUMBER = "№ ______"
_PLAN = (
    "мероприятий, направленных на повышение качества образования в школах с низкими "
    "результатами обучения и в школах, функционирующих в неблагоприятных условиях, "
    "на {year} учебный год"
)
PLAN_NAME = "муниципальным планом " + _PLAN  # «в соответствии с …»
PLAN_OF = "муниципального плана " + _PLAN  # «выполнение …»
SCHOOL_PROJECTS = "школьных проектов по переводу в эффективный режим функционирования"
CONCLUSION_POINTS = 8  # the most frequent points of the schools' conclusions per part


def default_texts(data: ReportData) -> dict[str, str]:
    found = {}
    for part in (_order, _signatures, _analysis, _project_parts, _school_parts, _conclusions):
        found.update(part(data))
    return found


def participants(data: ReportData) -> list[SchoolData]:
    """The schools with a project (programme) covering the year."""
    return [s for s in data.schools if s.programme is not None]


def _title(data: ReportData) -> str:
    return data.title or "________________"


def _approved(data: ReportData) -> str:
    """«, утверждённого распоряжением от 29.10.2020 № 214-р» (empty without an order)."""
    project = data.project
    if project is None or not (project.order_number or project.order_date):
        return ""
    text = ", утверждённого распоряжением"
    if project.order_date is not None:
        text += f" от {fmt_date(project.order_date)}"
    if project.order_number:
        text += f" № {project.order_number}"
    return text


def _order(data: ReportData) -> dict[str, str]:
    year, title = data.year, _title(data)
    centre_ = centre(data)
    if centre_ is None:
        support = (
            "Обеспечить методическое сопровождение руководителей образовательных "
            "организаций — участников проекта с целью повышения эффективности деятельности."
        )
    else:
        who = f"{centre_.name} ({centre_.head.name})" if centre_.head else centre_.name
        support = (
            f"{who} обеспечить методическое сопровождение руководителей образовательных "
            "организаций — участников проекта с целью повышения эффективности деятельности."
        )
    return {
        "order.authority": data.municipality.full_name.upper(),
        "order.kind": "РАСПОРЯЖЕНИЕ",
        "order.date": BLANK_DATE.format(year=year.end_year),
        "order.number": BLANK_NUMBER,
        "order.title": (
            f"О результатах комплексного анализа реализации муниципального проекта «{title}», "
            f"{SCHOOL_PROJECTS} на {year} учебный год"
        ),
        "order.preamble": (
            f"В соответствии с {PLAN_NAME.format(year=year)}"
            + (
                f", в рамках муниципального проекта «{title}»{_approved(data)}"
                if data.title
                else ""
            )
            + ", в целях совершенствования системы работы со школами с низкими "
            "образовательными результатами и школами, функционирующими в сложных социальных "
            "условиях,"
        ),
        "order.point1": (
            f"Утвердить аналитическую справку по итогам реализации проекта «{title}», "
            f"{SCHOOL_PROJECTS} на {year} учебный год (Приложение)."
        ),
        "order.point2": (
            "Информацию о результатах комплексного анализа довести до руководителей "
            "общеобразовательных организаций — участников муниципального проекта "
            f"«{title}»."
        ),
        "order.point3": _recommend(data),
        "order.point4": support,
        "order.point5": "Контроль за исполнением распоряжения оставляю за собой.",
    }


def calls_for_action(school: SchoolData, finished: bool = True) -> bool:
    """A school whose year calls for the order's recommendation: no conclusions or
    management decisions (once the year is over), a result not achieved, an activity not
    done in full or overdue, or a key indicator worse than the year before."""
    if finished and not (school.has_conclusions and school.has_decisions):
        return True
    programme = school.programme
    if programme is not None and any(r.level == "not_achieved" for r in programme.results):
        return True
    roadmap = school.roadmap
    if roadmap.not_done or roadmap.partial or roadmap.overdue:
        return True
    return any(line.worse for line in school.indicators)


def _recommend(data: ReportData) -> str:
    named = [s for s in participants(data) if calls_for_action(s, not data.in_progress)]
    if not named:
        return (
            "Рекомендовать руководителям общеобразовательных организаций — участников "
            "проекта продолжить реализацию школьных проектов по переводу в эффективный "
            "режим функционирования."
        )
    schools = ", ".join(_with_director(s) for s in named)
    return (
        f"Рекомендовать руководителям общеобразовательных организаций: {schools} провести "
        "анализ результатов мониторинга и организовать работу по выполнению рекомендаций."
    )


def _with_director(school: SchoolData) -> str:
    """«<full name> (Фамилия И. О.)», as the order names a school and its director."""
    director = school.school.director.strip()
    return (
        f"{school.school.full_name} ({initials(director)})" if director else school.school.full_name
    )


def _signatures(data: ReportData) -> dict[str, str]:
    signer, centre_ = head(data), centre(data)
    year = data.year.end_year
    approvals = ""
    if centre_ is not None and centre_.head is not None:
        position = capitalised(centre_.head.position) or f"Руководитель {centre_.name}"
        approvals = (
            f"{position}\n__________________ {centre_.head.name}\n«___» ____________ {year} года"
        )
    executor = "\n".join(
        line for line in (data.municipality.methodologist, data.municipality.phone) if line
    )
    copies = ["В дело: 1 экз."]
    if centre_ is not None:
        copies.append(f"В {centre_.name}: 1 экз.")
    copies.append("В общеобразовательные организации — электронной почтой")
    position = capitalised(signer.position) if signer and signer.position else "Руководитель"
    return {
        "order.signatory_position": position,
        "order.signatory_name": signer.name if signer else "________________",
        "order.approvals": approvals,
        "order.executor": executor,
        "order.distribution": "\n".join(copies),
    }


def _analysis(data: ReportData) -> dict[str, str]:
    year, title = data.year, _title(data)
    names = [s.school.short_name for s in participants(data) or data.schools]
    return {
        "appendix.header": (
            f"Приложение\nк распоряжению\nот «___» ____________ {year.end_year} года № ____"
        ),
        "appendix.title": (
            f"Аналитическая справка по итогам реализации проекта «{title}», "
            f"{SCHOOL_PROJECTS} на {year} учебный год"
        ),
        "analysis.basis": (
            "Комплексный анализ реализации муниципального проекта поддержки школ с низкими "
            "образовательными результатами и школ, функционирующих в сложных социальных "
            "условиях, и школьных проектов перехода в эффективный режим работы проводился "
            f"в соответствии с {PLAN_NAME.format(year=year)}.\n"
            "На муниципальном уровне на основе анализа результативности школьных проектов "
            "перехода в эффективный режим работы, выполненного руководителями "
            "образовательных организаций, был осуществлён анализ результативности "
            f"реализации муниципального проекта «{title}»{_approved(data)}."
        ),
        "analysis.dates": f"Сроки проведения комплексного анализа: {_analysis_dates(data)}.",
        "analysis.goals": (
            f"Цели: экспертиза эффективности реализации муниципального проекта «{title}», "
            "школьных проектов перехода в эффективный режим работы участников мероприятия "
            f"в {year} учебном году; формирование на основе проведённой экспертизы "
            "муниципальных, школьных проектов повышения качества образования; планов "
            "методической работы с управленческими командами и учителями-предметниками "
            "школ — участников мероприятий."
        ),
        "analysis.participants": (
            "В мероприятиях, направленных на повышение качества образования в школах "
            "с низкими результатами обучения и в школах, функционирующих в неблагоприятных "
            f"условиях, участвуют: {', '.join(names)}."
        ),
    }


def _analysis_dates(data: ReportData) -> str:
    """The plan's own analysis action gives the dates; else June of the year's end."""
    for action in data.plan:
        if fold(action.title).startswith("анализ реализации") and action.period:
            if any(ch.isdigit() for ch in action.period):
                return action.period
            return f"{action.period} {data.year.end_year} года"
    return f"июнь {data.year.end_year} года"


def _project_parts(data: ReportData) -> dict[str, str]:
    return {"results.summary": _results_summary(data), "plan.findings": _plan_findings(data)}


def _results_summary(data: ReportData) -> str:
    results = data.project.results if data.project else []
    levels = Counter(r.level for r in results)
    if not results or levels[None] == len(results):
        return f"Степень достижения результатов проекта за {data.year} учебный год не оценена."
    text = (
        f"Из {len(results)} {t.plural(len(results), 'планируемого', 'планируемых', 'планируемых')} "
        f"{t.plural(len(results), 'результата', 'результатов', 'результатов')} проекта "
        f"достигнуто — {levels['achieved']}, частично достигнуто — {levels['partial']}, "
        f"не достигнуто — {levels['not_achieved']}"
    )
    if levels[None]:
        text += f", не оценено — {levels[None]}"
    comments = [r.comment.strip() for r in results if r.comment.strip()]
    return "\n".join([text + ".", *comments])


def _plan_findings(data: ReportData) -> str:
    actions = data.plan
    if not actions:
        return ""
    statuses = Counter(a.status for a in actions)
    n = len(actions)
    events = t.plural(n, "мероприятия", "мероприятий", "мероприятий")
    text = (
        f"Анализируя выполнение {PLAN_OF.format(year=data.year)}, установлено: из {n} "
        f"{events} выполнено — {statuses['done']}, выполнено частично — "
        f"{statuses['partial']}, не выполнено — {statuses['not_done']}"
    )
    if statuses["cancelled"]:
        text += f", отменено — {statuses['cancelled']}"
    under_way = statuses["planned"] + statuses["in_progress"]
    if under_way:
        text += f", запланировано или выполняется — {under_way}"
    text += "."
    short = [
        number for number in data.sections
        if any(a.section == number and a.status in ("partial", "not_done") for a in actions)
    ]  # fmt: skip
    if short:
        named = "; ".join(f"«{data.sections[number]}»" for number in short)
        text += f" Не удалось в полном объёме реализовать направления плана: {named}."
    elif not under_way:
        text += " Главные направления плана реализованы."
    return text


def _school_parts(data: ReportData) -> dict[str, str]:
    schools = participants(data)
    found = {school_key(s.school.id): _correspondence(s) for s in schools}
    tasks = [task for s in schools for task in s.programme.tasks]
    served = sum(1 for task in tasks if task.resources)
    share = served / len(tasks) if tasks else 0
    verdict = (
        "в основном соответствуют" if share >= 0.75
        else "частично соответствуют" if share >= 0.5
        else "в недостаточной степени соответствуют"
    )  # fmt: skip
    found["correspondence.intro"] = (
        f"Запланированные действия муниципального проекта {verdict} целям и задачам "
        f"образовательных организаций: муниципальные ресурсы назначены для {served} из "
        f"{len(tasks)} {t.plural(len(tasks), 'задачи', 'задач', 'задач')} школьных проектов."
    )
    found["school_results.summary"] = _school_results_summary(data, schools)
    without = len(tasks) - served
    found["resources.intro"] = (
        "В таблицах, представленных ниже, показано ресурсное обеспечение школьных проектов "
        "перехода в эффективный режим работы. Задач школьных проектов без муниципальных "
        f"ресурсов — {without} из {len(tasks)}."
        + (
            " Следует отметить недостаточность муниципальных ресурсов для реализации "
            "школьных проектов." if without else ""
        )
    )  # fmt: skip
    return found


def _correspondence(school: SchoolData) -> str:
    tasks = school.programme.tasks
    served = [task for task in tasks if task.resources]
    text = (
        f"Муниципальные ресурсы назначены для {len(served)} из {len(tasks)} "
        f"{t.plural(len(tasks), 'задачи', 'задач', 'задач')} проекта школы."
    )
    gaps = [str(task.number) for task in tasks if not task.resources]
    if gaps:
        text += f" Без муниципальной поддержки остаются задачи № {', '.join(gaps)}."
    return text


def _school_results_summary(data: ReportData, schools: list[SchoolData]) -> str:
    done = sum(s.roadmap.done for s in schools)
    counted = sum(s.roadmap.total - s.roadmap.cancelled for s in schools)
    text = (
        f"Таким образом, школами — участниками проекта выполнено {done} из {counted} "
        f"{t.plural(counted, 'мероприятия', 'мероприятий', 'мероприятий')} дорожных карт"
    )
    text += f" ({round(done * 100 / counted)} %)." if counted else "."
    if data.in_progress:  # conclusions come when the year is over
        return text
    silent = [s.school.short_name for s in schools if not s.has_conclusions]
    if silent:
        text += (
            " Однако по результатам реализации школьных проектов отсутствуют выводы "
            f"и управленческие решения: {', '.join(silent)}."
        )
    undecided = [s.school.short_name for s in schools if s.has_conclusions and not s.has_decisions]
    if undecided:
        text += f" Не представлены управленческие решения: {', '.join(undecided)}."
    return text


def _conclusions(data: ReportData) -> dict[str, str]:
    """Each part: the schools' points, the most frequent first (same words folded)."""
    found = {}
    for part, _label in t.CONCLUSION_PARTS:
        counts: Counter[str] = Counter()
        first: dict[str, str] = {}
        for school in participants(data):
            if school.conclusions is None:
                continue
            for point in school.conclusions.points(part):
                key = fold(point).rstrip(".;")
                counts[key] += 1
                first.setdefault(key, point.rstrip(";"))
        ranked = sorted(counts, key=lambda k: -counts[k])[:CONCLUSION_POINTS]
        found[f"conclusions.{part}"] = "\n".join(first[k] for k in ranked)
    return found
