"""Russian texts of the programme and roadmap area: labels, messages, column headers."""

from __future__ import annotations

STATUSES = {
    "planned": "запланировано",
    "in_progress": "выполняется",
    "done": "выполнено",
    "partial": "выполнено частично",
    "not_done": "не выполнено",
    "cancelled": "отменено",
}
OVERDUE = "просрочено"

ACHIEVEMENTS = {
    "achieved": "достигнуто",
    "partial": "частично достигнуто",
    "not_achieved": "не достигнуто",
}

RESOURCE_KINDS = {
    "internal": "внутренние",
    "municipal": "муниципальные",
    "partner": "партнёрские",
    "external": "внешние",
}

MONTHS = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
QUARTERS = ("I четверть", "II четверть", "III четверть", "IV четверть")
WHOLE_YEAR = "в течение года"

# Messages
TITLE_REQUIRED = "Укажите название мероприятия."
PROGRAMME_TITLE_REQUIRED = "Укажите название программы."
PROGRAMME_YEARS_ORDER = "Год окончания программы не может быть раньше года начала."
TASK_TEXT_REQUIRED = "Укажите формулировку задачи."
TASK_NUMBER_BAD = "Номер задачи должен быть целым числом больше нуля."
TASK_NUMBER_TAKEN = "Задача № {number} в этой программе уже есть."
RESULT_TEXT_REQUIRED = "Укажите формулировку планируемого результата."
REASON_TITLE_REQUIRED = "Укажите название причины."
REASON_IN_USE = "Причина «{title}» указана у мероприятий ({count}); её можно только скрыть."
REASON_SHIPPED = (
    "Пункт справочника, поставляемый с программой, изменить нельзя. Добавьте свой пункт."
)
DATES_ORDER = "Дата окончания ({end}) раньше даты начала ({start})."
DATES_OUTSIDE_YEAR = "Срок мероприятия должен лежать в {year} учебном году."
REASON_NEEDED = "Для статуса «{status}» укажите причину невыполнения."
UNKNOWN_VALUE = "Неизвестное значение «{value}» в поле «{field}»."
BAD_PERIOD = (
    "Срок «{value}» не распознан: укажите даты (01.09.2025–30.09.2025), месяц (сентябрь), "
    "четверть (II четверть) или «в течение года»."
)
BAD_DATE = "Дата должна быть в виде ДД.ММ.ГГГГ."
BAD_NUMBER = "Здесь должно быть число."
BAD_ID = "Идентификатор строки повреждён; оставьте ячейку пустой для новой строки."
UNKNOWN_ID = "Строки с таким идентификатором нет в базе; очистите ячейку для новой строки."
UNKNOWN_TASK = "Задачи № {value} нет в текущей программе."
NO_PROGRAMME = "Сначала создайте программу перехода."
NOT_FOUND = "Запись не найдена: возможно, её уже удалили."
NOTHING_TO_COPY = "В {year} учебном году нет невыполненных мероприятий."
PASTE_EMPTY = "В буфере обмена нет строк для вставки."
PASTE_ROW = "Строка {row}, столбец «{column}»: {reason}"
PASTE_TOO_FEW = "Строка {row}: нет названия мероприятия (второй столбец)."
COPY_NOTE = "Перенесено из {year} учебного года."

# Excel
ROADMAP_SHEET = "Дорожная карта"
RESULTS_SHEET = "Планируемые результаты"
COL_ID = "Идентификатор"
COL_YEAR = "Учебный год"
COL_TASK = "№ задачи"
COL_TITLE = "Мероприятие"
COL_PERIOD = "Срок"
COL_START = "Начало"
COL_END = "Окончание"
COL_RESPONSIBLE = "Ответственный"
COL_ROLE = "Должность"
COL_PARTICIPANTS = "Участники"
COL_FORECAST_VALUE = "Прогноз, число"
COL_FORECAST_UNIT = "Единица"
COL_FORECAST_TEXT = "Прогнозируемый результат"
COL_STATUS = "Статус"
COL_ACTUAL = "Фактический результат"
COL_REASON = "Причина невыполнения"
COL_REASON_TEXT = "Пояснение причины"
COL_RESOURCE_KIND = "Ресурсы"
COL_RESOURCE_TEXT = "Ресурсы, описание"
COL_RESULT = "Планируемый результат"
COL_TASK_TEXT = "Задача"
COL_EVIDENCE = "Подтверждение"
COL_COMMENT = "Комментарий"
BAD_YEAR = "Учебный год должен быть в виде 2025-2026."
DUPLICATE_ID = "Этот идентификатор уже встречался в строке {row}."
NEW_ACTIVITY = "Новое мероприятие"
IMPORTED = "Загружено из Excel: добавлено {added}, обновлено {updated}, без изменений {unchanged}."
COL_LEVEL = "Степень достижения"
COL_WORDING = "Степень достижения своими словами"
WORDING_TOO_LONG = "Формулировка степени достижения длиннее {limit} знаков."
UNKNOWN_RESULT = "Планируемого результата с таким идентификатором нет в текущей программе."
YEAR_OUTSIDE_PROGRAMME = "Учебный год {year} не входит в срок программы."
DUPLICATE_RESULT_YEAR = "Этот результат и год уже встречались в строке {row}."
COL_DOCS = "Подтверждающие документы"
BAD_DOC = (
    "Документ «{value}» не распознан: пишите «Название № номер от ДД.ММ.ГГГГ», по одному в строке."
)
