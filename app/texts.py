"""Russian texts produced by the foundation (data folder, database, backups, CLI).

Every area of ``app/`` keeps the Russian it shows the user in one ``texts.py`` like this
one (``app/<area>/texts.py``); code never inlines Russian sentences elsewhere. Templates
use ``str.format`` fields named after what they hold.
"""

# Academic year
YEAR_OUT_OF_RANGE = "Учебный год {year} вне допустимого диапазона."
YEAR_BAD_FORMAT = "«{text}» — не учебный год. Ожидается запись вида «2024-2025»."
YEAR_NOT_CONSECUTIVE = "«{text}» — годы учебного года должны идти подряд, например «2024-2025»."

# Dates typed by people (app/dates.py)
DATE_BAD_FORMAT = "Дата должна быть в виде ДД.ММ.ГГГГ."
NO_SUCH_DATE = "Такой даты нет: {value}. Проверьте число и месяц."

# Installation and data folder
INSTALL_EXISTS = "В папке {folder} уже есть установка «Перехода». Выберите пустую папку."
INSTALL_MISSING = (
    "В папке {folder} нет установки «Перехода». "
    "Создайте её командой «perekhod init» или запустите программу без команды."
)
FOLDER_NOT_EMPTY = (
    "Папка {folder} не пуста. Демонстрационные данные создаются только в пустой папке."
)
FOLDER_NOT_WRITABLE = "Нет доступа на запись в папку {folder}."
NOT_A_FOLDER = (
    "В папке данных вместо папки «{name}» лежит файл {path}. "
    "Переименуйте или переместите его, и программа создаст папку заново."
)
KEYS_MISSING = (
    "Нет папки ключей электронной подписи {path}: данные в базе целы, но пакеты этой установки "
    "нечем подписать. Верните папку keys из копии папки данных; если копии нет, перенесите "
    "данные в новую папку через «Восстановить из резервной копии» в мастере первого запуска "
    "(будет создан новый ключ)."
)
STATE_OTHER_ORGANISATION = (
    "Файл состояния {path} относится к другой организации, чем база данных в этой папке. "
    "Верните файл состояния из копии папки данных или перенесите данные в новую папку через "
    "«Восстановить из резервной копии»."
)
STATE_OTHER_MODE = (
    "Файл состояния {path} указывает режим «{state}», а база данных в этой папке — режима "
    "«{database}». Верните файл состояния из копии папки данных."
)
BACKUP_OTHER_ORGANISATION = (
    "Копия {path} — данные другой организации, а не этой установки. Чтобы перенести их на "
    "этот компьютер, создайте новую папку данных через «Восстановить из резервной копии» "
    "в мастере первого запуска."
)
STATE_DAMAGED = "Файл состояния {path} повреждён: {reason}"
STATE_NOT_JSON = "содержимое не в формате файла состояния (JSON)"
STATE_UNREADABLE = "не удаётся прочитать файл"
STATE_FIELD_MISSING = "нет поля «{field}»"
STATE_FIELD_INVALID = "недопустимое значение поля «{field}»"
NAME_REQUIRED = "Укажите название."
WRONG_MODE = "Эта команда доступна только в режиме «{mode}»."
MODE_SCHOOL = "школа"
MODE_MUNICIPALITY = "муниципалитет"

# Database
DB_NEWER = (
    "База данных создана более новой версией «Перехода» (схема {revision}). "
    "Установите новую версию программы; база данных не изменена."
)
DB_NOT_PERERHOD = "Файл {path} не является базой данных «Перехода»."
DB_OPEN_FAILED = "Не удалось открыть базу данных {path}: {reason}"
DB_MISSING = "Файл базы данных {path} не найден."
DB_EMPTY = "Файл базы данных {path} пуст (0 байт); файл не изменён."
DB_NOT_SQLITE = "Файл {path} не является базой данных SQLite; файл не изменён."
DB_DAMAGED = "База данных {path} повреждена; файл не изменён."
DB_FOREIGN = "Файл {path} — база данных другой программы, а не «Перехода»; файл не изменён."
DB_NEWEST_BACKUP = (
    "Восстановите последнюю исправную резервную копию: «perekhod restore --from {backup}» "
    "(или раздел «Резервные копии»)."
)
DB_NO_BACKUP = (
    "Исправных резервных копий в папке {folder} нет: восстановите базу из копии на другом "
    "носителе («perekhod restore --from ФАЙЛ»)."
)
DISK_FULL = (
    "Недостаточно места на диске ({path}). Освободите место и повторите: "
    "изменения не сохранены, данные остались прежними."
)
DISK_FULL_FILE = (
    "Недостаточно места на диске ({path}): файл {name} не записан. "
    "Освободите место или выберите другой диск и повторите."
)
READ_ONLY_DISK = (
    "Диск защищён от записи ({path}): изменения не сохранены, данные остались прежними. "
    "Снимите защиту от записи и повторите."
)
READ_ONLY_DISK_FILE = (
    "Диск защищён от записи ({path}): файл {name} не записан. "
    "Снимите защиту от записи или выберите другой диск и повторите."
)
FILE_WRITE_FAILED = "Не удалось записать файл {path}: {reason}."
MIGRATING = "Обновление структуры базы данных…"
MIGRATED = "База данных обновлена до версии схемы {revision}."
UP_TO_DATE = "База данных в актуальном состоянии (схема {revision})."

# Backups
BACKUP_WRITTEN = "Резервная копия сохранена: {path}"
BACKUP_FAILED = "Не удалось создать резервную копию: {reason}"
BACKUP_BAD_NAME = "Файл резервной копии должен иметь расширение .perekhod-backup."
BACKUP_NOT_FOUND = "Файл резервной копии {path} не найден."
BACKUP_IS_FOLDER = "{path} — это папка, а не файл резервной копии."
BACKUP_DAMAGED = "Файл {path} повреждён или не является резервной копией «Перехода»: {reason}"
BACKUP_RESTORED = "База данных восстановлена из {path}. Прежняя база сохранена как {previous}."
BACKUP_NO_TABLES = "нет таблиц программы"
BACKUP_NOT_SQLITE = "это не база данных SQLite"
BACKUP_BROKEN = "файл повреждён или обрезан (проверка целостности не пройдена)"
BACKUP_NO_VERSION = "не указана версия схемы базы"
BACKUP_SCHEMA_DIFFERS = "таблица или индекс «{name}» не совпадает со схемой {revision}"
BACKUP_EXTRA_OBJECTS = "в копии есть посторонний объект «{name}» (триггер или представление)"
BACKUP_NO_ORGANISATION = "в копии нет данных организации"
BACKUP_WRONG_KIND = (
    "Файл {path} — резервная копия установки режима «{theirs}», а эта установка — "
    "режима «{ours}». Восстановление отменено, данные не изменены."
)
BACKUP_RESTORED_NO_PREVIOUS = "База данных восстановлена из {path}."
BACKUP_RESTORED_DAMAGED = (
    "База данных восстановлена из {path}. Прежний файл базы сохранён как {previous}."
)
READ_ONLY = "Данные этой школы открыты только для просмотра: изменить их может только сама школа."
OWN_ORGANISATION_MISSING = (
    "В базе данных не найдена организация этой установки. Восстановите базу из резервной копии."
)
STORE_FAILED = "Ошибка базы данных: {reason}"
STORE_REASON_OTHER = "подробности записаны в журнал программы"
BACKUP_REASON_MANUAL = "вручную"
BACKUP_REASON_MIGRATION = "перед обновлением схемы"
BACKUP_REASON_RESTORE = "перед восстановлением"
BACKUP_REASON_AUTO = "автоматически"

# CLI
CLI_UNEXPECTED = "Непредвиденная ошибка. Подробности записаны в {log}."
CLI_FILE_FAILED = "Не удалось выполнить команду с файлом {path}: {reason}."
CLI_OS_FAILED = "Не удалось выполнить команду: {reason}."
CLI_INIT_DONE = "Установка создана: {folder}"
CLI_DEMO_DONE = "Демонстрационная школа создана: {folder}"
CLI_DEMO_MUNICIPALITY_DONE = "Демонстрационный муниципалитет создан (школ: {schools}): {folder}"
DEMO_SCHOOLS_RANGE = "число школ — целое от 1 до {limit}"
CLI_NOT_BUILT = "Команда «{command}» появится в следующей версии программы."
CLI_POSTGRES_LATER = (
    "Работа с базой PostgreSQL (--database-url) появится в следующей версии программы."
)
CLI_GUI_UNAVAILABLE = "Графический интерфейс недоступен в этой сборке."

# Excel tables (CLI)
TABLE_UNKNOWN = "Неизвестная таблица «{name}». Доступны: {known}."
TABLE_NOT_IMPORTABLE = "Таблицу «{name}» можно только выгрузить, загрузка не предусмотрена."
XLSX_WRITTEN = "Таблица сохранена: {path}"
XLSX_IMPORTED = "Загружено: добавлено {added}, обновлено {updated}, без изменений {unchanged}."
XLSX_DRY_RUN = (
    "Проверка пройдена: будет добавлено {added}, обновлено {updated}, без изменений {unchanged}."
)

# Files and folders a person names (app/files.py)
OS_REASONS = {  # errno names → the reason, in Russian, for «…: {reason}»
    "ENOENT": "файл или папка не найдены",
    "EACCES": "нет доступа",
    "EPERM": "нет доступа",
    "ENOSPC": "недостаточно места на диске",
    "EDQUOT": "недостаточно места на диске (исчерпана квота)",
    "EROFS": "диск защищён от записи",
    "EISDIR": "это папка, а не файл",
    "ENOTDIR": "в пути к файлу вместо папки стоит файл",
    "ELOOP": "это ссылка, а не файл",
    "EIO": "ошибка чтения или записи на диске",
    "ENAMETOOLONG": "слишком длинное имя файла",
    "EEXIST": "файл уже существует",
    "EBUSY": "файл занят другой программой",
    "ETXTBSY": "файл занят другой программой",
    "EINVAL": "недопустимое имя файла",
    "ENOTEMPTY": "папка не пуста",
    "EMFILE": "открыто слишком много файлов",
    "ENFILE": "открыто слишком много файлов",
    "EXDEV": "файл нельзя перенести на другой диск",
    "ENXIO": "устройство недоступно",
    "ENODEV": "устройство недоступно",
}
OS_REASON_IN_USE = "файл открыт в другой программе (например, в Excel): закройте его"
OS_REASON_OTHER = "ошибка файловой системы (код {code})"
FILE_MISSING = "Файл не найден: {path}."
FILE_IS_FOLDER = "{path} — это папка, а не файл."
FILE_IS_LINK = "{path} — ссылка на другой файл; укажите сам файл."
FILE_NOT_REGULAR = "{path} — не обычный файл (устройство или канал)."
FILE_UNREADABLE = "Файл {path} не удаётся прочитать: {reason}."
OUT_IS_FOLDER = "{path} — это папка; укажите имя файла, например {path}{sep}{example}."
OUT_WRONG_SUFFIX = "Имя файла {name} должно оканчиваться на {suffix}."
OUT_NO_FOLDER = "Папка {folder} не существует: создайте её или укажите другую папку."
OUT_PARENT_NOT_FOLDER = "{folder} — это файл, а не папка: укажите другую папку."
OUT_NOT_REGULAR = "{path} — не обычный файл (устройство или канал): укажите другое имя."
DATA_DIR_IS_FILE = "{path} — это файл, а не папка данных: укажите папку в --data-dir."

# Start of the window: system libraries Qt needs (app/system_libraries.py)
QT_LIBRARIES_MISSING = (
    "«Переход» не может открыть окно: в системе нет библиотек {libraries}. "
    "Установите пакеты {packages} (например: sudo apt install {packages}) и запустите "
    "программу снова."
)
QT_NO_DISPLAY = (
    "«Переход» не может открыть окно: нет графического сеанса (переменная DISPLAY не задана). "
    "Запустите программу с рабочего стола или используйте команды (perekhod --help)."
)
