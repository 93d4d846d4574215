"""Russian texts of the self-assessment area (app side)."""

from __future__ import annotations

# Instruments
BAD_JSON = "Файл «{file}»: это не JSON ({reason})."
BAD_FIELD = "Файл «{file}»: поле {path}: {reason}."
FILE_UNREADABLE = "Файл «{file}» не удалось прочитать: {reason}."
FILE_TOO_BIG = (
    "Файл «{file}» слишком велик для инструмента ({size} байт, допускается не больше {limit} МБ)."
)
FILE_IS_LINK = "Файл «{file}» — это ссылка на другой файл. Выберите сам файл инструмента."
FILE_IS_FOLDER = "«{file}» — это папка, а не файл инструмента."
FILE_NOT_REGULAR = "«{file}» — не обычный файл (канал или устройство), инструмент не загрузить."
NOT_UTF8 = "Файл «{file}» не в кодировке UTF-8 (ошибка на байте {offset}). Сохраните его в UTF-8."
NOT_UTF8_BOM = "Файл «{file}» в кодировке UTF-16, а нужна UTF-8. Сохраните его в UTF-8."
JSON_AT = "строка {line}, позиция {column}"
JSON_NOT_FINITE = "значение «{value}» не число (NaN и бесконечность не допускаются)"
JSON_NUMBER_TOO_LONG = "слишком длинное число ({digits} знаков, допускается не больше {limit})"
JSON_DUPLICATE_KEY = "поле «{key}» повторяется в одном объекте"
JSON_TOO_DEEP = "вложенность глубже {limit} уровней"
JSON_TOO_MANY = "больше {limit} значений"
JSON_BAD_VALUE = "недопустимое значение"
TEXT_TOO_LONG = "текст длиннее {limit} знаков ({length})"
CONTROL_CHAR = "недопустимый управляющий символ {code} (знак {at})"
FIELD_TOO_LONG = "слишком длинное значение (не больше {limit} знаков)"
LEVEL_RANGE = "уровень шкалы должен быть от 0 до 100"
UNKNOWN_FORMAT = "Файл «{file}»: неизвестный формат инструмента «{found}»."
UNSUPPORTED_FILE = "Файл «{file}»: можно загрузить инструмент из файла .json или .xlsx."
FIELD_MISSING = "обязательное поле отсутствует"
FIELD_EMPTY = "значение не может быть пустым"
FIELD_TYPE = "неверный тип значения (ожидается {expected})"
FIELD_EXTRA = "неизвестное поле"
FIELD_INVALID = "недопустимое значение"
EXPECTED = {
    "string": "текст",
    "int": "целое число",
    "float": "число",
    "bool": "да/нет",
    "list": "список",
    "dict": "объект",
    "model": "объект",
}
DUPLICATE_AREA = "повторяется идентификатор направления «{id}»"
DUPLICATE_ITEM = "повторяется идентификатор пункта «{id}»"
DUPLICATE_LEVEL = "повторяется уровень {level}"
TOO_FEW_LEVELS = "в шкале должно быть не меньше двух уровней"
UNKNOWN_SCALE = "нет шкалы «{name}» в разделе scales"
NO_ITEMS = "в направлении нет ни одного пункта"
NO_AREAS = "в инструменте нет ни одного направления"
BAD_THRESHOLDS = "пороги должны расти: high < medium ≤ strength (0–100)"
BAD_ID = "идентификатор может содержать только латинские буквы, цифры, «_», «-» и «.»"
INSTRUMENT_EXISTS = (
    "Инструмент «{title}» версии {version} уже загружен. Чтобы изменить его, "
    "выпустите новую версию."
)
INSTRUMENT_NOT_FOUND = "Инструмент не найден."
BLANK_UNKNOWN = "Инструмента самодиагностики с кодом «{code}» нет. Можно указать: {known}."
BLANK_CHOICE = "{code} — «{title}»"
INSTRUMENT_BUILTIN = "Инструмент «{title}» входит в программу, его нельзя удалить."
INSTRUMENT_IN_USE = "Инструмент «{title}» версии {version} используется в самодиагностиках."
# XLSX template
XLSX_INSTRUMENT_SHEET = "Инструмент"
XLSX_AREAS_SHEET = "Направления"
XLSX_ITEMS_SHEET = "Пункты"
XLSX_LEVELS_SHEET = "Шкалы"
XLSX_KEY = "Поле"
XLSX_VALUE = "Значение"
XLSX_AREA_ID = "Код направления"
XLSX_AREA_TITLE = "Направление"
XLSX_KEYWORDS = "Ключевые слова (через запятую)"
XLSX_ITEM_ID = "Код пункта"
XLSX_ITEM_TEXT = "Пункт"
XLSX_GUIDANCE = "Пояснение"
XLSX_EVIDENCE = "Подтверждение"
XLSX_SCALE = "Шкала"
XLSX_OFFER = "Что можем предложить (да/нет)"
XLSX_SCALE_NAME = "Шкала"
XLSX_LEVEL = "Уровень"
XLSX_DESCRIPTOR = "Описание уровня"
XLSX_FIELDS = {
    "id": "Код инструмента",
    "version": "Версия",
    "title": "Название",
    "description": "Описание",
    "guidance": "Указания",
    "sample_note": "Пометка о примере",
    "high": "Порог высокого риска",
    "medium": "Порог среднего риска",
    "strength": "Порог сильной стороны",
    "weak_item": "Порог слабого пункта",
}
XLSX_BAD = "Файл «{file}»: лист «{sheet}», строка {row}: {reason}."
YES = "да"

# Runs
STATUS = {"in_progress": "идёт", "finished": "завершена"}
RUN_NOT_FOUND = "Самодиагностика не найдена."
RUN_LOCKED = (
    "Самодиагностика завершена. Чтобы изменить ответы, откройте её снова с указанием причины."
)
RUN_NOT_LOCKED = "Самодиагностика ещё не завершена."
REOPEN_REASON_REQUIRED = "Укажите причину, по которой самодиагностика открывается снова."
RUN_EXISTS = "Самодиагностика по инструменту «{title}» за {year} уже есть."
ITEM_UNKNOWN = "В инструменте нет пункта «{item}»."
LEVEL_UNKNOWN = "Уровень {level} не предусмотрен шкалой пункта «{item}»."
MEMBER_NAME_REQUIRED = "Укажите имя участника команды."
UNANSWERED_ON_FINISH = "Нельзя завершить: без ответа {count} пункт(ов). Ответьте на все пункты."

# Scoring / deficits
RISK = {"high": "высокий риск", "medium": "средний риск", "low": "низкий риск"}
CHANGE = {
    "improved": "улучшилось",
    "worse": "ухудшилось",
    "same": "без изменений",
    "new": "нет данных",
}
DEFICIT_FROM_AREA = "{area} ({risk}, {score:.0f} из 100)"
DEFICIT_FROM_ITEM = "{area}: {item}"
STRENGTH_FROM_AREA = "{area} ({score:.0f} из 100)"
STRENGTH_FROM_ITEM = "{area}: {item}"
STRENGTH_OFFER = "Можем предложить партнёрам: {item}"
# A strength found in a risk profile is worded as the strength, not with the risk's title
# (the ten profiles of «500+»; a title not listed here is already neutral).
STRENGTH_TITLES = {
    "Низкий уровень оснащения школы": "Хорошее оснащение школы",
    "Дефицит педагогических кадров": "Школа обеспечена педагогическими кадрами",
    "Недостаточная предметная и методическая компетентность педагогических работников": (
        "Предметная и методическая компетентность педагогических работников"
    ),
    "Риски низкой адаптивности учебного процесса": "Адаптивность учебного процесса",
    "Несформированность внутришкольной системы повышения квалификации": (
        "Сформированная внутришкольная система повышения квалификации"
    ),
    "Низкое качество преодоления языковых и культурных барьеров": (
        "Преодоление языковых и культурных барьеров"
    ),
    "Пониженный уровень качества школьной образовательной и воспитательной среды": (
        "Качественная школьная образовательная и воспитательная среда"
    ),
    "Низкий уровень вовлечённости родителей": "Вовлечённость родителей",
    "Высокая доля обучающихся с рисками учебной неуспешности": (
        "Невысокая доля обучающихся с рисками учебной неуспешности"
    ),
    "Низкий уровень дисциплины в классе": "Дисциплина в классе",
}
DEFICIT_TEXT_REQUIRED = "Опишите дефицит."
STRENGTH_TEXT_REQUIRED = "Опишите сильную сторону."
DEFICIT_NOT_FOUND = "Дефицит не найден."
STRENGTH_NOT_FOUND = "Сильная сторона не найдена."
SOURCE = {"run": "самодиагностика", "manual": "вручную"}
MANUAL_AREA = "Прочее"

# Trail
MEASURE_FROM_DEFICIT = "Адресная поддержка: {text}"
LINK_TARGET_MISSING = "Связываемая запись не найдена."
AGREEMENT_LABEL = "{partner}, соглашение № {number} от {day}"

# Excel table «deficits»
SHEET_DEFICITS = "Дефициты"
SHEET_STRENGTHS = "Сильные стороны"
COL_ID = "Код записи"
COL_YEAR = "Учебный год"
COL_AREA = "Направление"
COL_DEFICIT = "Дефицит"
COL_STRENGTH = "Сильная сторона"
COL_RISK = "Риск"
COL_SCORE = "Оценка"
COL_SOURCE = "Источник"
COL_CONFIRMED = "Подтверждено (да/нет)"
COL_OFFER = "Предлагаем партнёрам (да/нет)"
XL_TEXT_REQUIRED = "нужен текст"
XL_BAD_YES_NO = "ожидается «да» или «нет», а не «{value}»"
XL_UNKNOWN_ID = "нет записи с кодом «{value}»"
XL_DUPLICATE_ID = "код записи «{value}» уже встречался в строке {row}"
XL_BAD_ID = "код записи «{value}» не распознан"

# Printout (the self-assessment section of the reports)
RUN_SCORE = "Итоговый балл: {overall} из 100."
RUN_UNFINISHED_NOW = (
    "Самодиагностика ещё идёт: {answered} из {total} ответов, баллы предварительные."
)
RUN_UNFINISHED = "Самодиагностика не была завершена: {answered} из {total} ответов."
