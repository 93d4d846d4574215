<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConsolidatedSection</name>
    <message>
        <source>Indicators by school and year</source>
        <translation>Показатели по школам и годам</translation>
    </message>
    <message>
        <source>Planned results achieved</source>
        <translation>Степень достижения результатов</translation>
    </message>
    <message>
        <source>Roadmap execution</source>
        <translation>Исполнение дорожных карт</translation>
    </message>
    <message>
        <source>Partnership criteria</source>
        <translation>Критерии сетевого взаимодействия</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самодиагностика</translation>
    </message>
    <message>
        <source>Consolidated data</source>
        <translation>Сводные данные</translation>
    </message>
    <message>
        <source>The schools&apos; data side by side, from their latest packages. Double-click a school&apos;s row to see its own screens.</source>
        <translation>Данные школ рядом — по их последним пакетам. Двойной щелчок по строке школы открывает её разделы.</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>все годы</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Reading the schools&apos; data…</source>
        <translation>Чтение данных школ…</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <source>below: %1</source>
        <translation>ниже: %1</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Выгрузка в Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Запись книги…</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <source>Annual summary</source>
        <translation>Годовой отчёт</translation>
    </message>
    <message>
        <source>What is due:</source>
        <translation>Что сдаётся:</translation>
    </message>
    <message>
        <source>Packages count from:</source>
        <translation>Пакеты принимаются с:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Срок сдачи:</translation>
    </message>
</context>
<context>
    <name>MunicipalityCommon</name>
    <message>
        <source>low results (ШНОР)</source>
        <translation>ШНОР</translation>
    </message>
    <message>
        <source>hard social conditions</source>
        <translation>сложные социальные условия</translation>
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
        <source>Only:</source>
        <translation>Только:</translation>
    </message>
</context>
<context>
    <name>SchoolWindow</name>
    <message>
        <source>%1 — view only</source>
        <translation>%1 — только просмотр</translation>
    </message>
    <message>
        <source>Data of «%1» from its latest package. View only: only the school can change it. Reports can be printed.</source>
        <translation>Данные школы «%1» из её последнего пакета. Только просмотр: изменить их может только сама школа. Отчёты можно напечатать.</translation>
    </message>
</context>
<context>
    <name>SchoolsSection</name>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Last package No.</source>
        <translation>Последний пакет №</translation>
    </message>
    <message>
        <source>Package date</source>
        <translation>Дата пакета</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Пакетов</translation>
    </message>
    <message>
        <source>By the deadline</source>
        <translation>Сдача к сроку</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <source>Schools whose packages were loaded and schools expected, with the last package and whether it came by the deadline. Double-click a school to see its data.</source>
        <translation>Школы, чьи пакеты загружены, и ожидаемые школы: последний пакет и сдан ли он к сроку. Двойной щелчок по школе открывает её данные.</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Поиск по названию…</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Open school</source>
        <translation>Открыть школу</translation>
    </message>
    <message>
        <source>Expect a school…</source>
        <translation>Ожидать школу…</translation>
    </message>
    <message>
        <source>Remove expected</source>
        <translation>Убрать ожидаемую</translation>
    </message>
    <message>
        <source>New deadline…</source>
        <translation>Новый срок…</translation>
    </message>
    <message>
        <source>Remove deadline</source>
        <translation>Удалить срок</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не выбран</translation>
    </message>
    <message>
        <source>Shown %1 of %2</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <source>Expect a school</source>
        <translation>Ожидаемая школа</translation>
    </message>
    <message>
        <source>School name as it will send packages:</source>
        <translation>Название школы, как оно будет в её пакетах:</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Выгрузка в Excel</translation>
    </message>
    <message>
        <source>Schools.xlsx</source>
        <translation>Школы.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
</TS>
