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
MUNICIPAL_NOT_YET = "Аналитический отчёт муниципалитета появится в следующей версии программы."
SCHOOL_ONLY = "Этот отчёт формируется в установке школы."
NO_YEAR = "В базе пока нет данных ни за один учебный год; укажите год параметром --year."
OUT_NOT_PDF = "Имя файла отчёта должно оканчиваться на .pdf."
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

# Title block.
TITLE_SCHOOL = "Образовательная организация"
TITLE_MUNICIPALITY = "Муниципальное образование"
TITLE_YEAR = "Учебный год"
TITLE_DIRECTOR = "Директор"
TITLE_DATE = "Дата составления"
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
STATUS_DONE = "выполнено"
NO_PROGRAMME = "Программа, охватывающая этот учебный год, не введена."
PROGRAMME_PERIOD = "Срок реализации: {period}"
PROGRAMME_APPROVAL = "; утверждена: {approval}"
NOT_ASSESSED = "не оценено"
H_INDICATORS = "Показатели"
COLS_INDICATORS = ("Показатель", "Ед.", "Базовое", "Цель", "Факт", "Динамика", "Достигнуто")
INDICATORS_CHARTS = "Динамика показателей по годам"
CHARTS_LEGEND = "Синяя линия — фактические значения по годам; красный пунктир — цель года."
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
COLS_EVENTS = ("Дата", "Партнёр", "Мероприятие", "Вид", "Организатор", "Проведено")
EVENTS_SUMMARY = (
    "Запланировано мероприятий: {planned}; из них проведено: {planned_held}; "
    "проведено сверх плана: {unplanned_held}; всего проведено: {held}."
)
H_CRITERIA = "Критерии сетевого взаимодействия"
COLS_CRITERIA = ("Критерий", "Значение")
CRIT_PLANNED = "Запланировано совместных мероприятий"
CRIT_HELD = "Проведено совместных мероприятий"
CRIT_PLANNED_HELD = "Проведено из запланированных"
CRIT_DIRECTIONS = "Охвачено направлений сотрудничества"
CRIT_MEASURES = "Выполнено мер поддержки"
CRIT_IDLE = "Месяцев без совместных мероприятий"
OF = "{part} из {whole}"
ORGANISER_MIX = "Кто организует совместные мероприятия (по годам)"
H_SELF = "Самооценка"
H_DEFICITS = "Дефициты"
H_STRENGTHS = "Сильные стороны"
COLS_AREAS = ("Направление", "Балл", "Риск", "Прежний балл", "Изменение")
COLS_ITEMS = ("Критерий", "Уровень", "Балл", "Подтверждение", "Комментарий")
RUN_HEADING = "{title} (версия {version}), начата {started}"
RUN_OVERALL = "Итоговый балл: {overall}. Ответов: {answered} из {total}."
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
    ("next_year_tasks", "Задачи на следующий год"),
)
CONCLUSIONS_EMPTY = "Выводы за этот год ещё не записаны."
NO_DATA = "Данных за этот учебный год нет."

# Blank form.
BLANK_TITLE = "Бланк самооценки: {title} (версия {version})"
BLANK_COLS = ("Критерий", "Уровни", "Выбранный уровень", "Подтверждение")
BLANK_PARTICIPANTS = "Участники заседания: ______________________________________________"
BLANK_DATE = "Дата заседания: ____.____.________"

# Conclusions use cases.
CONCLUSION_TOO_LONG = "Текст раздела «{part}» слишком длинный (больше {limit} знаков)."
