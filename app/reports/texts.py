"""Russian texts of the reports area: headings, column headers, messages."""

from __future__ import annotations

# Report kinds, as the user sees them.
KINDS = {
    "summary": "Годовой отчёт для муниципалитета",
    "roadmap": "Дорожная карта",
    "partnership": "Сетевое партнёрство за год",
    "self-assessment": "Самооценка за год",
    "blank-self-assessment": "Бланк самооценки",
    "municipal": "Аналитический отчёт муниципалитета",
}
KIND_UNKNOWN = "Неизвестный вид отчёта «{kind}». Возможные: {known}."
MUNICIPALITY_ONLY = (
    "Аналитическая справка муниципалитета формируется в установке муниципалитета (без --school)."
)
SCHOOL_ONLY = "Этот отчёт формируется в установке школы."
OUT_NOT_PDF = "Имя файла отчёта должно оканчиваться на .pdf или .docx."
OUT_FOLDER_MISSING = "Папки {folder} нет: укажите существующую папку для файла отчёта."
YEAR_WITHOUT_DATA = "За {year} учебный год данных нет. Годы с данными: {years}."
NO_YEARS = "В базе пока нет данных ни за один учебный год."
WRITE_FAILED = "Не удалось записать файл {path}: {reason}"
WRITTEN = "{path}"

# Running header / footer.
PAGE_OF = "стр. {page} из {total}"
YEAR_HEADER = "{year} учебный год"
ACADEMIC_YEAR = "{year} учебный год"

# Progress labels.
PROGRESS_COLLECT = "Сбор данных…"
PROGRESS_SECTION = "Раздел: {title}"
PROGRESS_LAYOUT = "Вёрстка PDF…"
PROGRESS_LAYOUT_DOCX = "Запись документа Word…"

# Title block.
TITLE_SCHOOL = "Образовательная организация"
TITLE_MUNICIPALITY = "Муниципальное образование"
TITLE_YEAR = "Учебный год"
TITLE_DIRECTOR = "Директор"
TITLE_DATE = "Дата составления"
TITLE_AS_OF = "Данные по состоянию на"
TITLE_CATEGORY = "Категория школы"
CATEGORY_LOW_RESULTS = "школа с низкими образовательными результатами (ШНОР)"
CATEGORY_HARD_CONDITIONS = "школа, функционирующая в сложных социальных условиях"
CATEGORY_RURAL = "сельская"
CATEGORY_SMALL = "малокомплектная"
YEAR_IN_PROGRESS = "Учебный год ещё не завершён: данные на {day}"
NOT_SET = "не указано"
SIGNATURE = "Директор ____________________ {director}"

# Sections.
H_PROGRAMME = "Программа перехода в эффективный режим работы"
H_GOAL = "Цель программы"
H_TASKS = "Задачи программы"
H_RESULTS = "Планируемые результаты и степень их достижения"
COLS_RESULTS = ("№", "Планируемый результат", "Задача", "Степень достижения", "Комментарий")
H_ROADMAP = "Исполнение дорожной карты"
COLS_ROADMAP = (
    "№ п/п",
    "Период реализации",
    "Наименование мероприятия",
    "Прогнозируемый результат",
    "Исполнение",
    "Причины невыполнения",
)
ROADMAP_SUMMARY = "Всего мероприятий: {total}; выполнено: {done}; просрочено: {overdue}."
ROADMAP_AHEAD = "Учебный год ещё идёт: из них запланировано после {day}: {ahead}."
TASK_GROUP = "Задача {number}. {text}"
NO_TASK = "Без задачи"
H_PROBLEMS = "Проблемный анализ"
STATUS_DONE = "выполнено"
NO_PROGRAMME = "Программа, охватывающая этот учебный год, не введена."
PROGRAMME_PERIOD = "Срок реализации: {period}"
PROGRAMME_APPROVAL = "; утверждена: {approval}"
NOT_ASSESSED = "не оценено"
H_INDICATORS = "Показатели"
COLS_INDICATORS = ("Показатель", "Ед.", "Базовое", "Цель", "Факт", "Динамика", "Достигнуто")
INDICATORS_MISSING = "Без значений за этот учебный год: {names}."
INDICATORS_IN_PROGRESS = (
    "Учебный год ещё не завершён: фактические значения приведены по состоянию на {day}."
)
INDICATORS_CHARTS = "Динамика показателей по годам"
CHARTS_LEGEND = "Синяя линия — фактические значения по годам; красный пунктир — цель года."
# In a Word document a chart is replaced by its figures.
CHARTS_TABLE_INDICATOR = "Показатель"
CHARTS_TABLE_TARGET = "Цель года"
ORGANISER_MIX_YEAR = "Учебный год"
CHART_IN_PDF = "Диаграмма «{title}» есть в PDF-версии отчёта."
# The Word document's own paragraph styles, as Word lists them.
DOCX_STYLES = {
    "Note": "Примечание",
    "Centered": "Текст по центру",
    "RightBlock": "Блок справа",
    "Letterhead": "Шапка документа",
    "SignatureLine": "Строка подписи",
    "NumberedItem": "Пункт нумерованного списка",
    "TableText": "Текст таблицы",
    "TableNumber": "Число в таблице",
    "TableHeading": "Заголовок таблицы",
}
TREND = {"up": "рост", "down": "снижение", "flat": "без изменений"}
YES = "да"
NO = "нет"
DASH = "—"
H_PARTNERSHIP = "Сетевое партнёрство"
H_AGREEMENTS = "Соглашения о сотрудничестве"
COLS_AGREEMENTS = ("Партнёр", "№ соглашения", "Заключено", "Действует до", "Направления")
H_MEASURES = "План адресной поддержки"
COLS_MEASURES = ("Мероприятие", "Партнёр", "Дефицит", "Сроки", "Статус", "Результат")
H_EVENTS = "Совместные мероприятия"
ORGANISER_MIX = "Кто организует совместные мероприятия (по годам)"
H_SELF = "Самооценка"
H_DEFICITS = "Дефициты"
H_STRENGTHS = "Сильные стороны"
COLS_AREAS = ("Направление", "Балл", "Риск", "Прежний балл", "Изменение")
COLS_ITEMS = ("Критерий", "Уровень", "Балл", "Подтверждение", "Комментарий")
RUN_HEADING = "{title} (версия {version}), начата {started}"
RUN_PREVIOUS = "Сравнение с самооценкой {year} учебного года."
H_TRAIL = "След дефицитов в работе школы"
TRAIL_LINE = (
    "{deficit}: задач — {tasks}, мероприятий дорожной карты — {activities}; "
    "меры поддержки: {measures}; события: {events}; показатели: {indicators}."
)
NONE = "нет"
H_CONCLUSIONS = "Выводы"
CONCLUSION_PARTS = (
    (
        "directions",
        "Перспективные направления развития, которые могут обеспечить "
        "улучшение образовательных результатов обучающихся",
    ),
    ("problems", "Ключевые проблемы, которые необходимо решить для повышения результатов обучения"),
    (
        "internal_resources",
        "Внутренние ресурсы, которые могут быть использованы для "
        "развития этих направлений и решения проблем",
    ),
    ("external_resources", "Необходимые внешние ресурсы"),
    ("management_decisions", "Управленческие решения"),
    ("next_year_tasks", "Задачи на следующий год"),
)
H_ROADMAP_FINDINGS = "Выводы"
CONCLUSIONS_EMPTY = "Выводы за этот год ещё не записаны."
NO_DATA = "Данных за этот учебный год нет."

# Blank form.
BLANK_TITLE = "Бланк самооценки: {title} (версия {version})"
BLANK_COLS = ("Критерий", "Уровни", "Выбранный уровень", "Подтверждение")
BLANK_PARTICIPANTS = "Участники заседания: ______________________________________________"
BLANK_DATE = "Дата заседания: ____.____.________"

# Conclusions use cases.
CONCLUSION_TOO_LONG = "Текст раздела «{part}» слишком длинный (больше {limit} знаков)."
