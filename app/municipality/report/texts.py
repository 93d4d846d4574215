"""Russian wording of the municipality's annual report (seed 002): the fixed titles, table
headers and notes. The texts a methodologist edits are in ``editable.py`` (their defaults
in ``defaults.py``)."""

from __future__ import annotations

DOCUMENT_TITLE = "Распоряжение и аналитическая справка по итогам {year} учебного года"
YEAR_LABEL = "{year} учебный год"
IN_PROGRESS = "Учебный год не завершён: сведения на {day}."

OBLIGE = "ОБЯЗЫВАЮ:"
DISTRIBUTION = "РАССЫЛКА:"

ANALYSIS_INDICATORS_LEAD = "Для проведения анализа были определены следующие показатели:"
ANALYSIS_INDICATORS = (
    "Степень достижения запланированных результатов проекта «{title}»;",
    "Соответствие запланированных действий проекта целям и задачам образовательных "
    "организаций — участников проекта;",
    "Степень достижения запланированных результатов школьных проектов;",
    "Достаточность муниципальных ресурсов для решения задач школьных проектов перехода "
    "в эффективный режим работы.",
)

H_PROJECT_RESULTS = "1. Степень достижения запланированных результатов проекта «{title}»"
H_PLAN = (
    "Степень реализации муниципального плана мероприятий, направленных на повышение "
    "качества образования в школах с низкими результатами обучения и в школах, "
    "функционирующих в неблагоприятных условиях, на {year} учебный год"
)
H_CORRESPONDENCE = (
    "2. Соответствие запланированных действий проекта целям и задачам образовательных "
    "организаций — участников проекта"
)
H_SCHOOL_RESULTS = "3. Степень достижения запланированных результатов школьных проектов"
H_RESOURCES = (
    "4. Достаточность муниципальных ресурсов для решения задач школьных проектов перехода "
    "в эффективный режим работы"
)
H_CONCLUSIONS = "Выводы"
H_COMPLETENESS = "Приложение к аналитической справке. Представление данных школами"
FINDINGS_LEAD = "Выводы."

NO_PROJECT = (
    "Муниципальный проект, действующий в {year} учебном году, не внесён: результаты "
    "и план мероприятий проекта не приводятся."
)
NO_PLAN = "Мероприятия муниципального плана на {year} учебный год не внесены."

# tables
NUMBER = "№ п/п"
RESULT = "Планируемый результат"
DEGREE = "Степень достижения"
PERIOD = "Период реализации отдельного действия плана"
ACTION = "Наименование мероприятия"
FORECAST = "Прогнозируемый результат (количественные характеристики результата)"
EXECUTION = "Исполнение"
REASONS = "Причины невыполнения"
RECOMMENDATION = "Рекомендации: {text}"
SCHOOL_TASK = "Задача школьного проекта"
MUNICIPAL_RESOURCES = "Муниципальные ресурсы"
ROADMAP_ACTIVITY = "Мероприятие дорожной карты"
INDICATOR = "Показатель"
CHANGE = "Изменение"
TARGET = "Цель на {year}"
SCHOOL = "Школа"
PACKAGES = "Пакетов получено"
LAST_PACKAGE = "Последний пакет"
LAST_PACKAGE_TEXT = "№ {number}, получен {day}"
NO_PACKAGES = "пакетов не было"
DEADLINE = "{title} (срок {due})"

NOT_ASSESSED = "не оценено"
LEVELS = {
    "achieved": "Достигнуто",
    "partial": "Частично достигнуто",
    "not_achieved": "Не достигнуто",
}
STATUSES = {
    "planned": "Запланировано",
    "in_progress": "Выполняется",
    "done": "Выполнено",
    "partial": "Выполнено частично",
    "not_done": "Не выполнено",
    "cancelled": "Отменено",
}
OVERDUE = "Просрочено"

# per school (parts 2–4)
SCHOOL_PROJECT = "{school}: проект «{title}»"
SCHOOL_NO_PROJECT = "{school}: проект (программа перехода) на {year} учебный год не представлен"
PROJECT_LABEL = "Проект"
GOAL_LABEL = "Цель"
TASKS_LABEL = "Задачи"
SERVING_LABEL = "Муниципальные ресурсы, направленные на задачи школы"
NONE_ASSIGNED = "не назначены"
RESULTS_LEAD = "Степень достижения планируемых результатов проекта школы:"
NO_RESULTS = "Планируемые результаты проекта школы не внесены."
ROADMAP_LINE = (
    "Исполнение дорожной карты: мероприятий — {total}; выполнено — {done}, выполнено "
    "частично — {partial}, не выполнено — {not_done}, отменено — {cancelled}"
)
ROADMAP_UNDER_WAY = ", запланировано или выполняется — {under_way}"
ROADMAP_OVERDUE = " (из них просрочено — {overdue})"
NO_ROADMAP = "Мероприятия дорожной карты на {year} учебный год не внесены."
SHORTFALLS_LEAD = "Не выполнены в полном объёме:"
INDICATORS_LEAD = "Ключевые показатели:"
NO_INDICATORS = "Данных о ключевых показателях (КПК, ВПР, ГИА) за {year} учебный год нет."
SCHOOL_CONCLUSIONS_LEAD = "Выводы школы по итогам учебного года:"
MANAGEMENT_DECISIONS = "Управленческие решения:"
NO_CONCLUSIONS = (
    "Школа не представила выводы и управленческие решения по итогам {year} учебного года."
)
NO_DECISIONS = "Школа не представила управленческие решения по итогам {year} учебного года."
TASKS_WITHOUT = "Задач без муниципальных ресурсов: {without} из {total}."
NO_TASKS = "Задачи проекта школы не внесены."

# the four parts of the conclusions (the school's and the overall ones)
CONCLUSION_PARTS = (
    (
        "directions",
        "Перспективные направления развития, которые могут обеспечить улучшение "
        "образовательных результатов обучающихся:",
    ),
    (
        "problems",
        "Ключевые проблемы, которые необходимо решить для повышения результатов обучения:",
    ),
    (
        "internal_resources",
        "Внутренние ресурсы, которые могут быть использованы для развития этих "
        "направлений и решения проблем:",
    ),
    ("external_resources", "Необходимые внешние ресурсы:"),
)

# completeness appendix
COMPLETENESS_SUMMARY = "Данные прислали {heard} из {total} школ."
COMPLETENESS_DEADLINE = (
    "К сроку «{title}» ({due}): в срок — {on_time}, с опозданием — {late}, не получено — {missing}."
)
COMPLETENESS_NO_DEADLINES = "Сроки сдачи данных на {year} учебный год не установлены."

# XLSX sheets (at most 31 characters)
SHEET_RESULTS = "Результаты проекта"
SHEET_PLAN = "План мероприятий"
SHEET_SCHOOL_RESULTS = "Результаты школьных проектов"
SHEET_ROADMAPS = "Дорожные карты школ"
SHEET_INDICATORS = "Ключевые показатели"
SHEET_CONCLUSIONS = "Выводы школ"
SHEET_RESOURCES = "Ресурсы для задач школ"
SHEET_COMPLETENESS = "Представление данных"
SECTION = "Раздел плана"
STATUS = "Статус"
ACTUAL = "Исполнение (текст)"
REASON_TEXT = "Причина невыполнения"
RECOMMENDATIONS = "Рекомендации"
YEAR = "Учебный год"
PREVIOUS = "Значение {year}"
CURRENT = "Значение {year}"
UNIT = "Ед. изм."
PART = "Часть выводов"
DECISIONS_PART = "Управленческие решения"
TEXT = "Текст"
PROJECT = "Проект школы"
TASK_NUMBER = "№ задачи"
RESOURCE_COUNT = "Ресурсов"
ROADMAP_COLUMNS = (
    "Мероприятий",
    "Выполнено",
    "Выполнено частично",
    "Не выполнено",
    "Отменено",
    "Запланировано / выполняется",
    "Просрочено",
)
COMPLETENESS_STATE = "Сдача к сроку"


def plural(count: int, one: str, few: str, many: str) -> str:
    """The noun agreeing with ``count`` (1 школа, 2 школы, 5 школ)."""
    tens, units = count % 100, count % 10
    if 11 <= tens <= 14:
        return many
    if units == 1:
        return one
    if 2 <= units <= 4:
        return few
    return many
