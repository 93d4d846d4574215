"""Russian wording of the municipality's register and consolidated views."""

from __future__ import annotations

NO_PACKAGES = "пакетов не было"
ON_TIME = "в срок"
LATE = "просрочено на {days} дн."
NOT_RECEIVED = "не получено"
AWAITED = "ожидается до {due}"

EXPECTED_NAME_REQUIRED = "Укажите название школы."
EXPECTED_DUPLICATE = "Школа «{name}» уже есть в списке ожидаемых."
DEADLINE_TITLE_REQUIRED = "Укажите, что должно быть сдано (например, «Годовой отчёт»)."
DEADLINE_ORDER = "Срок сдачи ({due}) раньше начала приёма ({opens})."
NOT_FOUND = "Запись не найдена: возможно, её уже удалили."
SCHOOL_UNKNOWN = (
    "Школы {school} нет среди загруженных: укажите идентификатор школы, чей пакет "
    "загружен в эту базу."
)
SCHOOL_NEEDS_MUNICIPALITY = "Параметр --school работает только в установке муниципалитета."

CATEGORIES = {
    "low_results": "ШНОР",
    "hard_social_conditions": "сложные социальные условия",
    "is_rural": "сельская",
    "is_small": "малокомплектная",
}

# register columns (also the XLSX headers)
SCHOOL = "Школа"
FULL_NAME = "Полное название"
CATEGORY = "Категория"
LAST_NUMBER = "Последний пакет №"
LAST_DATE = "Дата пакета"
RECEIVED = "Получен"
PACKAGES = "Пакетов"
COMPLETENESS = "Сдача к сроку"
SCHOOLS_SHEET = "Школы"

YEAR = "Учебный год"
INDICATOR = "Показатель"
UNIT = "Ед. изм."
BASELINE = "Базовое"
ACHIEVED = "Достигнуто"
PARTIAL = "Частично достигнуто"
NOT_ACHIEVED = "Не достигнуто"
RESULTS_TOTAL = "Всего результатов"
ACHIEVED_SHARE = "Достигнуто, %"
ACTIVITIES = "Мероприятий"
DONE = "Выполнено"
PARTIAL_DONE = "Выполнено частично"
NOT_DONE = "Не выполнено"
CANCELLED = "Отменено"
UNDER_WAY = "Запланировано / в работе"
EXECUTION = "Исполнение, %"
REASON = "Причина невыполнения"
TIMES = "Мероприятий с этой причиной"
SCHOOLS = "Школ"
PLANNED_EVENTS = "Запланировано мероприятий"
PLANNED_HELD = "Из них проведено"
PLANNED_SHARE = "Проведено из запланированного, %"
HELD = "Проведено всего"
BY_US = "Организовала школа"
JOINT = "Совместно"
BY_PARTNER = "Организовал партнёр"
SHARE_US = "Доля школы-организатора, %"
PARTICIPANTS = "Участников"
DIRECTIONS = "Направлений охвачено"
PARTNERS = "Партнёров"
INSTRUMENT = "Инструмент"
AREA = "Направление"
SCORE = "Балл (0–100)"
RISK = "Риск"
RISKS = {"high": "высокий", "medium": "средний", "low": "низкий"}
DEFICITS = "Дефицитов"
OWN_ITEM = "(своя причина школы)"
MEAN = "Среднее"
MIN = "Наименьшее"
MAX = "Наибольшее"

VIEW_TITLES = {
    "indicators": "Показатели по школам и годам",
    "achievement": "Степень достижения планируемых результатов",
    "roadmap": "Исполнение дорожных карт",
    "partnership": "Критерии сетевого взаимодействия",
    "self-assessment": "Самодиагностика: баллы по направлениям",
}
VIEW_SHEETS = {  # sheet names: at most 31 characters, no «:»
    "indicators": "Показатели по школам",
    "achievement": "Достижение результатов",
    "roadmap": "Исполнение дорожных карт",
    "partnership": "Сетевое взаимодействие",
    "self-assessment": "Баллы самодиагностики",
}
SHEET_TITLES = {
    "district": "Показатели по району",
    "reasons": "Причины невыполнения",
    "deficits": "Частые дефициты",
}

# return packages: recommendations, partner assignments, monitoring figures
RECOMMENDATION_TEXT_REQUIRED = "Напишите текст рекомендации."
RESPOND_BY_ORDER = "Срок ответа ({due}) раньше даты рекомендации ({issued})."
PARTNER_NAME_REQUIRED = "Укажите школу-партнёра."
PARTNER_ROLE_UNKNOWN = "Выберите роль школы-партнёра."
FIGURE_NOT_NUMBER = "Значение показателя должно быть числом."
FIGURE_INDICATOR_UNKNOWN = "Такого показателя у школы нет."
INDICATOR_GONE = "(показатель удалён школой)"
ANSWER_STATUSES = {
    "accepted": "принято к исполнению",
    "in_progress": "выполняется",
    "done": "выполнено",
    "disagree": "школа не согласна",
}
NO_ANSWER = "ответа нет"
RECOMMENDATION_CHANGED = "Рекомендация изменена другим пользователем. Обновите данные и повторите."
RECOMMENDATION_REMOVED = "Рекомендация удалена другим пользователем."

# municipal resources × school tasks
RESOURCE_KINDS = {
    "project": "муниципальный проект",
    "programme": "муниципальная программа",
    "seminar": "семинар",
    "association": "методическое объединение (ММО)",
    "monitoring": "мониторинг",
    "course": "курсы повышения квалификации (КПК)",
    "tutor": "тьюторы, наставники",
    "network": "сетевое взаимодействие",
    "other": "другое",
}
RESOURCE_NAME_REQUIRED = "Укажите название ресурса."
RESOURCE_KIND_REQUIRED = "Выберите вид ресурса."
RESOURCE_DUPLICATE = "Ресурс «{name}» уже есть в перечне."
TASK_GONE = "Этой задачи школьной программы больше нет: возможно, школа прислала новый пакет."
