"""Russian texts of the partnership area: catalogue labels, messages, column headers."""

from __future__ import annotations

ROLES = {
    "leader": "школа-лидер / наставник",
    "peer": "равный партнёр",
    "mentee": "наставляемая школа",
}

EVENT_KINDS = {
    "seminar": "семинар",
    "webinar": "вебинар",
    "master_class": "мастер-класс",
    "open_lesson": "открытый урок / взаимопосещение уроков",
    "teacher_council": "совместный педагогический совет",
    "consultation": "консультация",
    "internship": "стажировка",
    "conference": "конференция",
    "competition": "олимпиада или конкурс",
    "sport_culture": "спортивное или культурное мероприятие",
    "partner_lesson": "урок педагога школы-партнёра",
    "focus_group": "фокус-группа",
    "other": "другое",
}

FORMS = {
    "in_person": "очно",
    "remote": "дистанционно",
    "visiting": "выездное",
}

STAGES = {
    "acquaintance": "знакомство",
    "joint_work": "совместная деятельность по дорожной карте",
    "reflective": "рефлексивно-обобщающий",
}

ORGANISERS = {
    "we": "наша школа",
    "partner": "школа-партнёр",
    "joint": "совместно",
}

MEASURE_STATUSES = {
    "planned": "запланировано",
    "in_progress": "выполняется",
    "done": "выполнено",
    "partially_done": "выполнено частично",
    "not_done": "не выполнено",
    "cancelled": "отменено",
}

CATEGORIES = {
    "teachers": "педагоги",
    "pupils": "обучающиеся",
    "parents": "родители",
    "admin": "администрация",
}

EVENT_PLANNED_HELD = "запланировано, проведено"
EVENT_PLANNED_NOT_HELD = "запланировано, не проведено"
EVENT_UNPLANNED_HELD = "проведено вне плана"

# Validation
NAME_REQUIRED = "Укажите полное наименование школы-партнёра."
UNKNOWN_VALUE = "Недопустимое значение «{value}» в поле «{field}»."
TOPIC_REQUIRED = "Укажите тему мероприятия."
DATE_REQUIRED = "Укажите дату мероприятия."
EVENT_NEITHER = "Мероприятие должно быть запланированным или проведённым (или и тем и другим)."
HELD_IN_FUTURE = "Мероприятие не может быть проведено в будущем ({day})."
NEGATIVE_COUNT = "Число участников не может быть отрицательным."
PARTNER_REQUIRED = "Выберите школу-партнёра."
AGREEMENT_DATES = "Срок действия соглашения не может закончиться раньше даты заключения."
PROLONGATION_DATES = "Пролонгация не может закончиться раньше срока действия соглашения."
MEASURE_REQUIRED = "Опишите меру поддержки."
MEASURE_DATES = "Окончание срока меры не может быть раньше начала."
DIRECTION_REQUIRED = "Введите название направления сотрудничества."
DIRECTION_SHIPPED = (
    "Направление «{title}» поставляется с программой: его нельзя переименовать, скрыть "
    "или удалить. Добавьте своё направление."
)
ROLE_DUPLICATE = "С этой даты роль школы уже указана."
NOT_FOUND = "Запись не найдена: возможно, её уже удалили."
MEASURE_OTHER_PARTNER = "Мера поддержки относится к соглашению с другой школой."

# Excel
EVENTS_SHEET = "Совместные мероприятия"
MEASURES_SHEET = "Меры поддержки"
COL_ID = "Идентификатор"
COL_PARTNER = "Школа-партнёр"
COL_DATE = "Дата"
COL_KIND = "Вид"
COL_TOPIC = "Тема"
COL_PLANNED = "Запланировано"
COL_HELD = "Проведено"
COL_FORM = "Формат"
COL_STAGE = "Этап"
COL_ORGANISER = "Организатор"
COL_OUR = "Наши: {category}"
COL_THEIR = "Партнёр: {category}"
COL_OUTCOMES = "Результаты"
COL_REFLECTION = "Рефлексия / отзывы"
COL_DIRECTIONS = "Направления"
COL_MEASURE = "Мера поддержки"
COL_AGREEMENT = "Соглашение"
COL_DEFICIT = "Дефицит"
COL_RESP_OURS = "Ответственный (наша школа)"
COL_RESP_PARTNER = "Ответственный (партнёр)"
COL_STARTS = "Начало"
COL_ENDS = "Окончание"
COL_STATUS = "Статус"
COL_RESULT = "Результат"
AGREEMENT_LABEL = "№ {number} от {day}"
BAD_FLAG = "Ожидается «да» или «нет»."
BAD_DATE = "Ожидается дата в виде ДД.ММ.ГГГГ."
BAD_ID = "Идентификатор повреждён: оставьте ячейку пустой, чтобы добавить новую строку."
UNKNOWN_ID = (
    "Строки с таким идентификатором нет в этой таблице школы; "
    "очистите ячейку, чтобы добавить новую строку."
)
DUPLICATE_ID = "Этот идентификатор уже встречался в строке {row}."
UNKNOWN_PARTNER = "Школа-партнёр «{name}» не найдена: сначала добавьте её."
UNKNOWN_DIRECTION = "Направление «{name}» не найдено в справочнике."
UNKNOWN_MEASURE = "Такой меры поддержки нет в плане этой школы-партнёра."
BAD_COUNT = "Ожидается целое неотрицательное число участников."
IMPORTED = "Загружено: добавлено {added}, обновлено {updated}, без изменений {unchanged}."
UNKNOWN_AGREEMENT = "У этой школы-партнёра нет соглашения с таким номером."
AGREEMENT_REQUIRED = "Выберите соглашение, к которому относится мера поддержки."

# Printout (the partnership section of the reports), worded as seed 003 words it
H_PARTNERS = "Школы-партнёры и их роль"
COLS_PARTNERS = ("Школа-партнёр", "Роль во взаимодействии")
ROLE_SINCE = "с {day} — {role}"
ROLE_NONE = "роль не указана"
STAGE_HEADINGS = {
    "acquaintance": "Этап знакомства",
    "joint_work": "Этап совместной деятельности по реализации дорожной карты",
    "reflective": "Рефлексивно-обобщающий этап",
}
STAGES_LINE = "Проведено по этапам: {stages}."
COLS_EVENTS = ("Дата", "Партнёр", "Мероприятие", "Вид", "Формат", "Организатор", "Проведено")
HELD_YES = "да"
HELD_NO = "нет"
HELD_AHEAD = "предстоит"
EVENTS_LINE = (
    "Запланировано мероприятий: {planned}; из них проведено: {planned_held}; "
    "проведено сверх плана: {unplanned_held}; всего проведено: {held}."
)
EVENTS_AHEAD = (
    "Учебный год не закончен: запланированных мероприятий после {day} — {ahead}; "
    "в процент выполнения они не входят."
)
H_CRITERIA = "Критерии сетевого взаимодействия"
COLS_CRITERIA = ("Критерий", "Значение")
CRIT_PERCENT = "Процент выполнения запланированных мероприятий"
CRIT_PERCENT_AHEAD = "{percent} (ещё {ahead} запланировано после {day})"
CRIT_PARTICIPANTS = "Увеличение числа активных участников"
CRIT_PARTICIPANTS_VALUE = "{total} участников ({before})"
CRIT_BEFORE = "годом ранее — {before}, изменение: {change}"
CRIT_BEFORE_SAME_DATE = "годом ранее к {day} — {before}, изменение: {change}"
CRIT_BEFORE_NONE = "годом ранее совместных мероприятий не было"
CRIT_LEADERS = "Множественность лидеров и уровней взаимодействия"
CRIT_LEADERS_VALUE = "школ-организаторов: {leaders} ({organisers}); участвовали: {levels}"
CRIT_VARIETY = "Разнообразие видов деятельности, форматов взаимодействия"
CRIT_VARIETY_VALUE = "видов: {kinds} ({kind_list}); форматов: {forms} ({form_list})"
CRIT_DIRECTIONS = "Охват направлений сотрудничества по соглашениям"
CRIT_MEASURES = "Выполнение плана адресных мер поддержки"
CRIT_MEASURES_AHEAD = "{done} из {total} (ещё {ahead} начнутся после {day})"
CRIT_IDLE = "Месяцы без совместных мероприятий (без летних каникул)"
COUNT_OF = "{part} из {whole}"
PERCENT = "{value} %"
ITEM_COUNT = "{label} — {count}"
NOTHING = "нет"
