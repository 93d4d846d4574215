"""Russian texts of the indicators area."""

DIRECTIONS = {"higher": "чем больше, тем лучше", "lower": "чем меньше, тем лучше"}
DIRECTIONS_SHORT = {"higher": "↑ больше — лучше", "lower": "↓ меньше — лучше"}
SOURCES = {"school": "школа", "municipal": "муниципальный мониторинг"}
KINDS = {"baseline": "базовое значение", "target": "цель", "actual": "факт"}
ACHIEVED = {True: "цель достигнута", False: "цель не достигнута", None: "нет данных"}

NAME_REQUIRED = "Укажите название показателя."
NAME_TOO_LONG = "Название показателя длиннее {limit} символов."
UNIT_TOO_LONG = "Единица измерения длиннее {limit} символов."
NAME_TAKEN = "Показатель «{name}» уже есть в каталоге."
BAD_DIRECTION = "Неизвестное направление «{value}»: выберите «больше — лучше» или «меньше — лучше»."
BAD_SOURCE = "Неизвестный источник «{value}»: выберите «школа» или «муниципальный мониторинг»."
NOT_FOUND = "Показатель не найден: возможно, его уже удалили."
BUILTIN_NOT_EDITABLE = (
    "Показатель «{name}» входит в стандартный каталог, поставляемый с программой: "
    "изменить его нельзя. Добавьте свой показатель."
)
BUILTIN_NOT_DELETABLE = "Показатель «{name}» входит в стандартный каталог, его нельзя удалить."
BAD_KIND = "Неизвестный вид значения «{value}»."

NOT_A_NUMBER = "«{text}» — не число. Введите число, например 12,5."
NOT_FINITE = "Значение должно быть конечным числом."
PERCENT_RANGE = "Процент должен быть от 0 до 100, а не {value}."
COUNT_NOT_WHOLE = "Количество человек должно быть целым неотрицательным числом, а не {value}."
NEGATIVE = "Значение не может быть отрицательным: {value}."

# Excel
SHEET_VALUES = "Значения"
SHEET_CATALOGUE = "Каталог"
COL_CODE = "Код"
COL_NAME = "Показатель"
COL_UNIT = "Ед. изм."
COL_YEAR = "Учебный год"
COL_BASELINE = "Базовое значение"
COL_TARGET = "Цель"
COL_ACTUAL = "Факт"
COL_DIRECTION = "Направление"
COL_SOURCE = "Источник"
COL_DESCRIPTION = "Описание"
COL_BUILTIN = "Стандартный"
UNKNOWN_CODE = "Нет показателя с кодом «{code}» (коды — на листе «Каталог»)."
CODE_REQUIRED = "Не указан код показателя."
YEAR_REQUIRED = "Не указан учебный год."
DUPLICATE_ROW = "Строка для показателя «{code}» и года {year} уже была в строке {first}."
TWO_BASELINES = "У показателя «{code}» базовое значение указано дважды (строки {first} и {second})."
