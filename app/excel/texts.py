"""Russian texts of the Excel import/export."""

NOT_A_WORKBOOK = "Файл {path} не является книгой Excel (.xlsx) или повреждён: {reason}"
NO_SHEET = "В книге нет листа «{sheet}»."
BAD_HEADER = "Заголовок столбца должен быть «{expected}», а не «{found}»."
MISSING_HEADER = "Не найден столбец «{expected}»."
TOO_MANY_ROWS = "Слишком много строк: {rows} (не более {limit})."
IMPORT_REFUSED = "Файл не загружен: найдено ошибок — {count}. Ничего не изменено."
