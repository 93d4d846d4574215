<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Perekhod %1&lt;/h3&gt;&lt;p&gt;Keeping the school&apos;s transition programme to effective work: roadmap, indicators, partnership with leader schools, deficit self-assessment and reports for the municipality. Works without the Internet.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Переход %1&lt;/h3&gt;&lt;p&gt;Ведение программы перехода школы в эффективный режим работы: дорожная карта, показатели, партнёрство со школами-лидерами, самодиагностика дефицитов и отчёты для муниципалитета. Работает без интернета.&lt;/p&gt;&lt;p&gt;Папка данных: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Perekhod</source>
        <translation>О программе «Переход»</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 — activities: %2, joint events: %3, self-assessments: %4</source>
        <translation>%1 — мероприятий: %2, совместных мероприятий: %3, самодиагностик: %4</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>A backup is a complete copy of the programme&apos;s data. Make one before big changes and keep a copy on a USB stick.</source>
        <translation>Резервная копия — полная копия данных программы. Делайте её перед большими изменениями и храните копию на флешке.</translation>
    </message>
    <message>
        <source>Filter by date, reason or file name</source>
        <translation>Поиск по дате, причине или имени файла</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>The programme neither makes nor restores copies of the shared database: its backups are made by the server&apos;s administrator with PostgreSQL&apos;s own tools, for example every day by a scheduled pg_dump. A copy is restored with pg_restore into the database while no one works with the programme.</source>
        <translation>Программа не создаёт и не восстанавливает копии общей базы: их делает администратор сервера средствами PostgreSQL — например, ежедневно по расписанию командой pg_dump. Копия восстанавливается командой pg_restore, пока с программой никто не работает.</translation>
    </message>
    <message>
        <source>Shared database:</source>
        <translation>Общая база:</translation>
    </message>
    <message>
        <source>&amp;Make a backup</source>
        <translation>Созд&amp;ать резервную копию</translation>
    </message>
    <message>
        <source>Save a copy &amp;as…</source>
        <translation>Сохранить копию &amp;как…</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Восстановить &amp;из файла…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>An automatic backup is made when the programme closes and every 30 minutes of work with changes. Older automatic backups are thinned: all of the last two days, then one a day for a week, one a week for a month and one a month for a year. Other backups are kept until you delete them.</source>
        <translation>Автоматическая резервная копия делается при закрытии программы и каждые 30 минут работы с изменениями. Старые автоматические копии прореживаются: все за последние два дня, затем по одной в день за неделю, по одной в неделю за месяц и по одной в месяц за год. Остальные копии хранятся, пока вы их не удалите.</translation>
    </message>
    <message>
        <source>The data is kept in the shared PostgreSQL database on a server, not on this computer.</source>
        <translation>Данные хранятся в общей базе PostgreSQL на сервере, а не на этом компьютере.</translation>
    </message>
    <message>
        <source>Commands for the server (the &amp;database&apos;s name: %1):</source>
        <translation>Команды для сервера (имя &amp;базы — %1):</translation>
    </message>
    <message>
        <source>The log files and the municipality&apos;s keys stay in this computer&apos;s data folder; they are not in the database. Copy the keys folder separately and keep it safe: without it the centre cannot sign packages or read the schools&apos; ones.</source>
        <translation>Журналы работы и ключи муниципалитета остаются в папке данных этого компьютера — в базе их нет. Папку keys копируйте отдельно и храните надёжно: без неё центр не сможет подписывать пакеты и читать пакеты школ.</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>Открыть папку &amp;данных</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Enter or a double click restores the selected backup</source>
        <translation>Enter или двойной щелчок — восстановить выбранную копию</translation>
    </message>
    <message>
        <source>Backups in the folder: %1. Folder: %2</source>
        <translation>Резервных копий в папке: %1. Папка: %2</translation>
    </message>
    <message>
        <source>There are no backups yet. Folder: %2</source>
        <translation>Резервных копий пока нет. Папка: %2</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Save a copy of the data</source>
        <translation>Сохранить копию данных</translation>
    </message>
    <message>
        <source>Perekhod backups (*%1)</source>
        <translation>Резервные копии «Перехода» (*%1)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Select a backup in the list first.</source>
        <translation>Сначала выберите резервную копию в списке.</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>резервную копию от %1</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Восстановить из файла резервной копии</translation>
    </message>
    <message>
        <source>Restore data</source>
        <translation>Восстановление данных</translation>
    </message>
    <message>
        <source>Replace the programme&apos;s data with %1?

The current data will first be saved as a separate backup in the backups folder, so it can be brought back. The data will then be reopened.</source>
        <translation>Заменить данные программы на %1?

Текущие данные сначала будут сохранены отдельной резервной копией в папке копий, так что их можно будет вернуть. После этого данные будут открыты заново.</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This section is being prepared and will arrive in an update.</source>
        <translation>Этот раздел готовится и появится в одном из обновлений.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error occurred. The details are written to the log file in the data folder&apos;s logs subfolder.</source>
        <translation>Произошла непредвиденная ошибка. Подробности записаны в журнал в подпапке logs папки данных.</translation>
    </message>
    <message>
        <source>Perekhod</source>
        <translation>Переход</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message>
        <source>No program on this computer opens folders.

The folder: %1</source>
        <translation>На этом компьютере нет программы, которая открывает папки.

Папка: %1</translation>
    </message>
    <message>
        <source>No program on this computer opens this file (for a PDF, install a PDF viewer).

The file is here: %1</source>
        <translation>На этом компьютере нет программы, которая открывает этот файл (для PDF установите программу просмотра PDF).

Файл находится здесь: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Perekhod — first start</source>
        <translation>Переход — первый запуск</translation>
    </message>
    <message>
        <source>Creating the installation…</source>
        <translation>Создание установки…</translation>
    </message>
    <message>
        <source>Restoring from the backup…</source>
        <translation>Восстановление из резервной копии…</translation>
    </message>
    <message>
        <source>Perekhod</source>
        <translation>Переход</translation>
    </message>
    <message>
        <source>Stop the first start? Nothing has been saved; the wizard will open again at the next start.</source>
        <translation>Прервать первый запуск? Ничего не сохранено; мастер откроется снова при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Go to backups</source>
        <translation>К резервным копиям</translation>
    </message>
    <message>
        <source>Current academic year: %1</source>
        <translation>Текущий учебный год: %1</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>сельская</translation>
    </message>
    <message>
        <source>small</source>
        <translation>малокомплектная</translation>
    </message>
    <message>
        <source>low educational results</source>
        <translation>низкие образовательные результаты (ШНОР)</translation>
    </message>
    <message>
        <source>difficult social conditions</source>
        <translation>сложные социальные условия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Характеристики</translation>
    </message>
    <message>
        <source>Pupils / teachers / classes</source>
        <translation>Учащихся / учителей / классов</translation>
    </message>
    <message>
        <source>Education authority</source>
        <translation>Орган управления образованием</translation>
    </message>
    <message>
        <source>Methodologist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <source>No backup has been made yet. Make one and keep a copy on a USB stick.</source>
        <translation>Резервная копия ещё не создавалась. Создайте её и сохраните копию на флешку.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Последняя резервная копия: %1.</translation>
    </message>
</context>
<context>
    <name>HubConnectionDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Общая база</translation>
    </message>
</context>
<context>
    <name>HubDatabaseBox</name>
    <message>
        <source>Shared database (regional centre)</source>
        <translation>Общая база (региональный центр)</translation>
    </message>
    <message>
        <source>in a file on this computer</source>
        <translation>в файле на этом компьютере</translation>
    </message>
    <message>
        <source>in the shared PostgreSQL database on a server</source>
        <translation>в общей базе PostgreSQL на сервере</translation>
    </message>
    <message>
        <source>The data is kept:</source>
        <translation>Где хранятся данные:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База:</translation>
    </message>
    <message>
        <source>&amp;Shared database address:</source>
        <translation>Адрес &amp;общей базы:</translation>
    </message>
    <message>
        <source>Password file:</source>
        <translation>Файл паролей:</translation>
    </message>
    <message>
        <source>Do not type the password into the address: the programme never stores passwords. PostgreSQL reads it from its password file on this computer, one line per database: server:port:database:user:password. A new address is used once the data is opened again.</source>
        <translation>Не вводите пароль в адрес: программа не хранит паролей. PostgreSQL берёт пароль из файла паролей на этом компьютере — по строке на базу: сервер:порт:база:пользователь:пароль. Новый адрес действует, когда данные открываются заново.</translation>
    </message>
    <message>
        <source>&amp;Check the connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Save the add&amp;ress</source>
        <translation>Сохранить ад&amp;рес</translation>
    </message>
    <message>
        <source>&amp;Go back to the database on this computer</source>
        <translation>&amp;Вернуться к базе на этом компьютере</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
    <message>
        <source>Checking the address and saving it…</source>
        <translation>Проверка и сохранение адреса…</translation>
    </message>
    <message>
        <source>Checking the database on this computer…</source>
        <translation>Проверка базы на этом компьютере…</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Updating the database…</source>
        <translation>Обновление базы данных…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>The shared database cannot be opened</source>
        <translation>Общая база не открывается</translation>
    </message>
    <message>
        <source>Check that the server is running and reachable from this computer, then try again, or change the database&apos;s address.</source>
        <translation>Проверьте, что сервер работает и доступен с этого компьютера, и повторите попытку — или измените адрес базы.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Database &amp;address…</source>
        <translation>&amp;Адрес базы…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>%1

Restore the data from this backup now? The damaged file is kept.</source>
        <translation>%1

Восстановить данные из этой копии сейчас? Повреждённый файл будет сохранён.</translation>
    </message>
    <message>
        <source>The data cannot be opened</source>
        <translation>Данные не открываются</translation>
    </message>
    <message>
        <source>Restoring the data from the backup…</source>
        <translation>Восстановление данных из резервной копии…</translation>
    </message>
    <message>
        <source>The data was restored from %1.

The previous data was saved as %2.</source>
        <translation>Данные восстановлены из %1.

Прежние данные сохранены как %2.</translation>
    </message>
    <message>
        <source>Data restored</source>
        <translation>Данные восстановлены</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Perekhod — %1</source>
        <translation>Переход — %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Разделы</translation>
    </message>
    <message>
        <source>&amp;Section list</source>
        <translation>&amp;Список разделов</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Perekhod</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
    <message>
        <source>Shared database: server %1</source>
        <translation>Общая база: сервер %1</translation>
    </message>
    <message>
        <source>Last backup: none yet</source>
        <translation>Последняя резервная копия: ещё не было</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Последняя резервная копия: %1</translation>
    </message>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation>Автоматическая резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Не удалось сделать автоматическую резервную копию: %1</translation>
    </message>
    <message>
        <source>Saving an automatic backup…</source>
        <translation>Сохраняется автоматическая резервная копия…</translation>
    </message>
    <message>
        <source>Saving an automatic backup before closing…</source>
        <translation>Перед закрытием сохраняется автоматическая резервная копия…</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Welcome to Perekhod</source>
        <translation>Добро пожаловать в «Переход»</translation>
    </message>
    <message>
        <source>Who will work with the programme on this computer?</source>
        <translation>Кто будет работать с программой на этом компьютере?</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Школа</translation>
    </message>
    <message>
        <source>&amp;Municipality (education authority)</source>
        <translation>&amp;Муниципалитет (орган управления образованием)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup / move from another computer</source>
        <translation>&amp;Восстановить из резервной копии / перенести с другого компьютера</translation>
    </message>
    <message>
        <source>The school keeps its transition programme, roadmap, indicators, partnership and self-assessment, and sends reports to the municipality.</source>
        <translation>Школа ведёт программу перехода, дорожную карту, показатели, партнёрство и самодиагностику и отправляет отчёты в муниципалитет.</translation>
    </message>
    <message>
        <source>The municipality loads the schools&apos; exchange files, compares the schools and prepares the analytical report.</source>
        <translation>Муниципалитет загружает файлы обмена от школ, сравнивает школы и готовит аналитическую справку.</translation>
    </message>
    <message>
        <source>The data is taken from a backup file (for example, one saved on a USB stick on the old computer): the school or authority stays the same, a new signing key is made on this computer.</source>
        <translation>Данные берутся из файла резервной копии (например, сохранённой на флешку на старом компьютере): школа или орган управления остаются теми же, на этом компьютере создаётся новый ключ подписи.</translation>
    </message>
    <message>
        <source>The programme was started with the address of a shared PostgreSQL database (%1): only a municipality works with one. A school keeps its data in a file on its own computer, and a backup file cannot be restored into a shared database.</source>
        <translation>Программа запущена с адресом общей базы PostgreSQL (%1): с такой базой работает только муниципалитет. Школа хранит данные в файле на своём компьютере, а резервную копию нельзя восстановить в общую базу.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. Municipal school «Berezovka basic school»</source>
        <translation>например, МОУ «Берёзовская основная школа»</translation>
    </message>
    <message>
        <source>e.g. Berezovka BS</source>
        <translation>например, Берёзовская ОШ</translation>
    </message>
    <message>
        <source>district or city district</source>
        <translation>муниципальный район или городской округ</translation>
    </message>
    <message>
        <source>surname, first name, patronymic</source>
        <translation>фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>&amp;Full name*</source>
        <translation>&amp;Полное наименование*</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>&amp;Краткое наименование</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Муниципалитет (район)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>Director and contacts</source>
        <translation>Директор и контакты</translation>
    </message>
    <message>
        <source>&amp;Director</source>
        <translation>Д&amp;иректор</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>R&amp;ural school</source>
        <translation>С&amp;ельская школа</translation>
    </message>
    <message>
        <source>S&amp;mall school (few pupils per class)</source>
        <translation>Ма&amp;локомплектная школа</translation>
    </message>
    <message>
        <source>School with &amp;low educational results</source>
        <translation>Школа с низкими о&amp;бразовательными результатами (ШНОР)</translation>
    </message>
    <message>
        <source>School in &amp;difficult social conditions</source>
        <translation>Школа в сл&amp;ожных социальных условиях</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Характеристики</translation>
    </message>
    <message>
        <source>P&amp;upils:</source>
        <translation>&amp;Учащихся:</translation>
    </message>
    <message>
        <source>&amp;Teachers:</source>
        <translation>У&amp;чителей:</translation>
    </message>
    <message>
        <source>C&amp;lasses:</source>
        <translation>Классо&amp;в:</translation>
    </message>
    <message>
        <source>e.g. Education department of Lesnoy district</source>
        <translation>например, Управление образования администрации Лесного района</translation>
    </message>
    <message>
        <source>e.g. Lesnoy education department</source>
        <translation>например, УО Лесного района</translation>
    </message>
    <message>
        <source>Education authority</source>
        <translation>Орган управления образованием</translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation>Н&amp;аименование*</translation>
    </message>
    <message>
        <source>Responsible &amp;methodologist</source>
        <translation>Ответственный &amp;методист</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Укажите наименование организации.</translation>
    </message>
    <message>
        <source>The e-mail address looks wrong: %1</source>
        <translation>Адрес электронной почты указан с ошибкой: %1</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>About the school</source>
        <translation>О школе</translation>
    </message>
    <message>
        <source>About the education authority</source>
        <translation>Об органе управления образованием</translation>
    </message>
    <message>
        <source>Fields marked * are required; everything can be changed later in Settings.</source>
        <translation>Поля со звёздочкой * обязательны; всё можно изменить позже в разделе «Настройки».</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose a backup file (*.perekhod-backup). It is checked completely before anything is created.</source>
        <translation>Выберите файл резервной копии (*.perekhod-backup). Он полностью проверяется до того, как что-либо будет создано.</translation>
    </message>
    <message>
        <source>Path to the backup file</source>
        <translation>Путь к файлу резервной копии</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Файл резервной копии:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Выберите файл резервной копии</translation>
    </message>
    <message>
        <source>Perekhod backups (*%1)</source>
        <translation>Резервные копии «Перехода» (*%1)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Roadmap activities</source>
        <translation>Мероприятия дорожной карты</translation>
    </message>
    <message>
        <source>Joint events</source>
        <translation>Совместные мероприятия</translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>Самодиагностики</translation>
    </message>
    <message>
        <source>The backup is fine. Press Finish to create the installation from it. The private signing key is never inside a backup: a new one will be created, and the municipality will be asked to accept it once.</source>
        <translation>Резервная копия в порядке. Нажмите «Завершить», чтобы создать из неё установку. Закрытого ключа подписи в резервной копии никогда нет: будет создан новый, и муниципалитет один раз подтвердит его.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Transition programme</source>
        <translation>Программа перехода</translation>
    </message>
    <message>
        <source>The transition programme: goal, problem analysis, tasks, planned results and their degree of achievement year by year.</source>
        <translation>Программа перехода: цель, проблемный анализ, задачи, планируемые результаты и степень их достижения по годам.</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>The roadmap: activities with periods, responsible people, forecast and actual results, status and reasons for non-execution; overdue reminders.</source>
        <translation>Дорожная карта: мероприятия со сроками, ответственными, прогнозными и фактическими результатами, статусом и причинами невыполнения; напоминания о просроченных.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Indicators with baseline, target and actual values per academic year, charts and a dashboard.</source>
        <translation>Показатели с базовыми, целевыми и фактическими значениями по учебным годам, графики и сводная панель.</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Partner schools, cooperation agreements, targeted support plans, joint events and network-interaction criteria.</source>
        <translation>Школы-партнёры, соглашения о сотрудничестве, планы адресной поддержки, совместные мероприятия и критерии сетевого взаимодействия.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самодиагностика</translation>
    </message>
    <message>
        <source>Deficit self-assessment by versioned instruments, comparison over years and the trail from each deficit to the actions taken.</source>
        <translation>Самодиагностика дефицитов по версионным инструментам, сравнение по годам и связь каждого дефицита с принятыми мерами.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>PDF reports for the municipality (annual summary, roadmap, partnership, self-assessment) and Excel exports.</source>
        <translation>Отчёты в PDF для муниципалитета (годовая справка, дорожная карта, партнёрство, самодиагностика) и выгрузки в Excel.</translation>
    </message>
    <message>
        <source>Exchange with municipality</source>
        <translation>Обмен с муниципалитетом</translation>
    </message>
    <message>
        <source>Signed exchange files for the USB stick: send the school&apos;s data to the municipality and load its recommendations.</source>
        <translation>Подписанные файлы обмена для флешки: отправка данных школы в муниципалитет и загрузка его рекомендаций.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <source>Schools whose exchange files were loaded, side by side: programmes, roadmap execution, indicators, partnerships and deficits.</source>
        <translation>Школы, чьи файлы обмена загружены, в сравнении: программы, выполнение дорожных карт, показатели, партнёрства и дефициты.</translation>
    </message>
    <message>
        <source>Municipal project</source>
        <translation>Муниципальный проект</translation>
    </message>
    <message>
        <source>The municipality&apos;s own project: approving order, period, goal, the sections of its plan and the planned results with their degree of achievement year by year.</source>
        <translation>Собственный проект муниципалитета: распоряжение об утверждении, период, цель, разделы плана мероприятий и планируемые результаты со степенью их достижения по годам.</translation>
    </message>
    <message>
        <source>Plan of actions</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <source>The municipal plan of actions by sections: periods, forecast results, execution, reasons for non-execution and recommendations.</source>
        <translation>Муниципальный план мероприятий по разделам: сроки, прогнозируемые результаты, исполнение, причины невыполнения и рекомендации.</translation>
    </message>
    <message>
        <source>Consolidated data</source>
        <translation>Сводные данные</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>Analytical report</source>
        <translation>Аналитическая справка</translation>
    </message>
    <message>
        <source>The municipality&apos;s annual analytical report built from the schools&apos; data.</source>
        <translation>Ежегодная аналитическая справка муниципалитета по данным школ.</translation>
    </message>
    <message>
        <source>Exchange with schools</source>
        <translation>Обмен со школами</translation>
    </message>
    <message>
        <source>Load the schools&apos; exchange files and send back recommendations, partner assignments, monitoring figures and instruments.</source>
        <translation>Загрузка файлов обмена от школ и отправка им рекомендаций, закреплений партнёров, данных мониторинга и инструментов.</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The organisation&apos;s profile and where the programme keeps its data.</source>
        <translation>Сведения об организации и место хранения данных программы.</translation>
    </message>
    <message>
        <source>School profile</source>
        <translation>Сведения о школе</translation>
    </message>
    <message>
        <source>Authority profile</source>
        <translation>Сведения об органе управления образованием</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Отме&amp;нить изменения</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Установка</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>Открыть папку &amp;данных</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>school</source>
        <translation>школа</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>муниципалитет</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>Installation number:</source>
        <translation>Номер установки:</translation>
    </message>
    <message>
        <source>Programme version:</source>
        <translation>Версия программы:</translation>
    </message>
    <message>
        <source>%1

Reopen the data now? Otherwise the change takes effect at the programme&apos;s next start.</source>
        <translation>%1

Открыть данные заново сейчас? Иначе изменение вступит в силу при следующем запуске программы.</translation>
    </message>
    <message>
        <source>%1 The change takes effect at the programme&apos;s next start.</source>
        <translation>%1 Изменение вступит в силу при следующем запуске программы.</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Общая база</translation>
    </message>
    <message>
        <source>The organisation&apos;s profile has unsaved changes. Save them?</source>
        <translation>Сведения об организации изменены, но не сохранены. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check and finish</source>
        <translation>Проверьте и завершите</translation>
    </message>
    <message>
        <source>Press Finish to create the installation.</source>
        <translation>Нажмите «Завершить», чтобы создать установку.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Education authority</source>
        <translation>Орган управления образованием</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>Methodologist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>The data will be kept in the folder %1. A unique installation number and a signing key for exchange files will be created there.</source>
        <translation>Данные будут храниться в папке %1. Там же будут созданы уникальный номер установки и ключ подписи файлов обмена.</translation>
    </message>
    <message>
        <source>The data will be kept in the shared PostgreSQL database %1. The folder %2 on this computer keeps the settings, the logs and the municipality&apos;s keys; the centre&apos;s other computers get the keys with «perekhod export-key --private» here and «perekhod import-key» there.</source>
        <translation>Данные будут храниться в общей базе PostgreSQL %1. Папка %2 на этом компьютере хранит настройки, журналы и ключи муниципалитета; на другие компьютеры центра ключи переносятся командами «perekhod export-key --private» здесь и «perekhod import-key» там.</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>сельская</translation>
    </message>
    <message>
        <source>small</source>
        <translation>малокомплектная</translation>
    </message>
    <message>
        <source>low educational results</source>
        <translation>низкие образовательные результаты (ШНОР)</translation>
    </message>
    <message>
        <source>difficult social conditions</source>
        <translation>сложные социальные условия</translation>
    </message>
    <message>
        <source>%1 pupils, %2 teachers, %3 classes</source>
        <translation>учащихся: %1, учителей: %2, классов: %3</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Характеристики</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
</context>
</TS>
