"""Russian texts of the Excel import/export."""


def error_value(code: object) -> str:
    """An Excel error cell (``#N/A``…) worded as Russian Excel shows it."""
    russian = ERROR_CODES.get(str(code).strip().upper())
    return ERROR_VALUE.format(value=russian) if russian else ERROR_ANY


NOT_A_WORKBOOK = "Файл {name} не является книгой Excel (.xlsx) или повреждён."
NO_SHEET = "В книге нет листа «{sheet}»."
BAD_HEADER = "Заголовок столбца должен быть «{expected}», а не «{found}»."
MISSING_HEADER = "Не найден столбец «{expected}»."
TOO_MANY_ROWS = "Слишком много строк: больше {limit}. Разделите таблицу на несколько файлов."
IMPORT_REFUSED = "Файл не загружен: найдено ошибок — {count}. Ничего не изменено."
UNKNOWN_SHEET = "лист"

# Refused before the workbook is read
NO_FILE = "Файл не найден: {path}."
UNREADABLE = "Файл {name} не удаётся прочитать: {reason}."
LINK = "Файл {name} — ссылка на другой файл; выберите сам файл книги Excel."
FOLDER = "{name} — это папка, а не книга Excel."
NOT_REGULAR = "{name} — не обычный файл (устройство или канал); выберите книгу Excel (.xlsx)."
NOT_ZIP = "Файл {name} не является книгой Excel (.xlsx): формат не распознан."
BROKEN_ZIP = "Файл {name} повреждён: часть книги не распаковывается."
ENCRYPTED = "Файл {name} защищён паролем; снимите защиту в Excel и сохраните книгу заново."
TOO_MANY_MEMBERS = "Файл {name} не похож на книгу Excel: в нём больше {limit} частей."
TOO_BIG = "Файл {name} слишком велик: после распаковки больше {limit} МБ."
BOMB = (
    "Файл {name} отклонён: часть книги сжата более чем в {limit} раз "
    "(так бывает у вредоносных файлов)."
)
PART_TOO_BIG = "Файл {name} отклонён: служебная часть книги слишком велика."
BROKEN_XML = (
    "Файл {name} повреждён: содержимое книги не читается (испорченная разметка или кодировка)."
)
TOO_MANY_FORMATS = "Файл {name} отклонён: в книге больше {limit} форматов ячеек."
TOO_MANY_STRINGS = "Файл {name} отклонён: в книге больше {limit} строк текста."
LONG_SHARED_TEXT = "Файл {name} отклонён: в книге есть текст длиннее {limit} символов."
LONG_TEXT_PART = "Файл {name} отклонён: в служебной части книги текст длиннее {limit} символов."
BROKEN_SHEET = "Лист повреждён: его строки не читаются (после строки {row})."

# Problems at a cell of the imported sheet
LONG_TEXT = "Текст длиннее {limit} символов (предел Excel для одной ячейки)."
TOO_MANY_CELLS = "Слишком много ячеек: больше {limit}."
FORMULA = "Формула не загружается: замените её значением (Копировать → Вставить значения)."
MERGED = "Объединённые ячейки {range}: разъедините их и заполните каждую ячейку."
ERROR_VALUE = "В ячейке ошибка Excel «{value}»: введите значение."
ERROR_ANY = "В ячейке ошибка Excel: введите значение."
ERROR_CODES = {  # as Russian Excel shows them
    "#VALUE!": "#ЗНАЧ!",
    "#N/A": "#Н/Д",
    "#REF!": "#ССЫЛКА!",
    "#DIV/0!": "#ДЕЛ/0!",
    "#NAME?": "#ИМЯ?",
    "#NUM!": "#ЧИСЛО!",
    "#NULL!": "#ПУСТО!",
}
BAD_NUMBER = "Число записано неправильно."
NOT_FINITE = "Недопустимое число (не число или бесконечность)."
HUGE_NUMBER = "Число слишком большое."
BAD_SHARED = "Текст ячейки не найден в книге: файл повреждён."
BAD_BOOLEAN = "Логическое значение записано неправильно."
OUT_OF_ORDER = "Строки или ячейки листа идут не по порядку: файл повреждён."
