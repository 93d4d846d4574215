<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnalyticalReportSection</name>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Сохранить &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Word…</source>
        <translation>Сохранить &amp;Word…</translation>
    </message>
    <message>
        <source>Export tables to &amp;Excel…</source>
        <translation>Выгрузить таблицы в &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>Preview of the whole report</source>
        <translation>Просмотр всей справки</translation>
    </message>
    <message>
        <source>Academic &amp;year</source>
        <translation>Учебный &amp;год</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Тексты</translation>
    </message>
    <message>
        <source>The whole report as it reads; the PDF and the Word document lay it out.</source>
        <translation>Вся справка целиком, как она читается; вёрстку страниц даёт PDF или документ Word.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Analytical report</source>
        <translation>Аналитическая справка</translation>
    </message>
    <message>
        <source>The order and the analytical report on the municipal project and the schools&apos; projects: each text is prefilled from the year&apos;s data until you write your own.</source>
        <translation>Распоряжение и аналитическая справка по муниципальному проекту и проектам школ: каждый текст заполнен по данным года, пока вы не напишете свой.</translation>
    </message>
    <message>
        <source>Proposed: %1 — the report is due for the year now ending.</source>
        <translation>Предложен %1 — справка составляется за заканчивающийся учебный год.</translation>
    </message>
    <message>
        <source>Proposed: %1 — the report is due for the last finished year.</source>
        <translation>Предложен %1 — справка составляется за последний завершённый учебный год.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Чтение данных справки…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Обновление просмотра…</translation>
    </message>
    <message>
        <source>Restore the default text of «%1»? The report will print the text prefilled from the year&apos;s data; your wording of it is deleted.</source>
        <translation>Вернуть текст по умолчанию для «%1»? В справке будет текст, заполненный по данным года; ваша редакция этого текста будет удалена.</translation>
    </message>
    <message>
        <source>Restore the default text</source>
        <translation>Вернуть текст по умолчанию</translation>
    </message>
    <message>
        <source>Word document, editable (*.docx)</source>
        <translation>Документ Word для правки (*.docx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Analytical report %1</source>
        <translation>Аналитическая справка %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить справку</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Создание справки…</translation>
    </message>
    <message>
        <source>Folder for the report&apos;s tables</source>
        <translation>Папка для таблиц справки</translation>
    </message>
    <message>
        <source>Exporting the tables…</source>
        <translation>Выгрузка таблиц…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Tables saved: %1, in %2</source>
        <translation>Выгружено таблиц: %1, в папку %2</translation>
    </message>
</context>
<context>
    <name>AssignmentForm</name>
    <message>
        <source>Assign a partner school</source>
        <translation>Назначить школу-партнёра</translation>
    </message>
    <message>
        <source>Full name of the partner school</source>
        <translation>Полное название школы-партнёра</translation>
    </message>
    <message>
        <source>Partner school</source>
        <translation>Школа-партнёр</translation>
    </message>
    <message>
        <source>Its role for the school</source>
        <translation>Её роль для школы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С какого числа</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
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
    <name>FigureForm</name>
    <message>
        <source>Correct monitoring figure</source>
        <translation>Исправить данные мониторинга</translation>
    </message>
    <message>
        <source>Monitoring figure</source>
        <translation>Данные мониторинга</translation>
    </message>
    <message>
        <source>e.g. 72,5</source>
        <translation>например, 72,5</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
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
    <name>RecommendationForm</name>
    <message>
        <source>Edit recommendation</source>
        <translation>Изменить рекомендацию</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Новая рекомендация</translation>
    </message>
    <message>
        <source>e.g. «Preparation for the state exams»</source>
        <translation>например, «Подготовка к ГИА»</translation>
    </message>
    <message>
        <source>What the school is recommended to do</source>
        <translation>Что рекомендуется сделать школе</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Reload data</source>
        <translation>Обновить данные</translation>
    </message>
    <message>
        <source>The recommendation as saved now</source>
        <translation>Рекомендация в том виде, в каком она сохранена сейчас</translation>
    </message>
    <message>
        <source>The recommendation was removed by another user. Your text is kept: Save adds it as a new recommendation, Cancel drops it.</source>
        <translation>Рекомендация удалена другим пользователем. Ваш текст остался в форме: «Сохранить» добавит его как новую рекомендацию, «Отмена» — откажется от него.</translation>
    </message>
    <message>
        <source>Below is the recommendation as saved now. Your text is kept in the form: Save replaces the saved version with it, Cancel keeps the saved one.</source>
        <translation>Ниже — рекомендация в том виде, в каком она сохранена сейчас. Ваш текст остался в форме: «Сохранить» заменит им сохранённый вариант, «Отмена» оставит сохранённый.</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <source>Edit resource</source>
        <translation>Изменить ресурс</translation>
    </message>
    <message>
        <source>New municipal resource</source>
        <translation>Новый муниципальный ресурс</translation>
    </message>
    <message>
        <source>e.g. Municipal seminar «Individual learning path: theory and practice»</source>
        <translation>например, Муниципальный семинар «Индивидуальный образовательный маршрут: теория и практика»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>e.g. 2020–2021 academic year</source>
        <translation>например, 2020–2021 учебный год</translation>
    </message>
    <message>
        <source>e.g. the methodical centre</source>
        <translation>например, информационно-методический центр</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ResourcesSection</name>
    <message>
        <source>Municipal resources</source>
        <translation>Муниципальные ресурсы</translation>
    </message>
    <message>
        <source>Projects, seminars, methodical associations, monitoring, courses, tutors… and the tasks of the schools&apos; projects they serve; the schools see them in their next return package.</source>
        <translation>Проекты, семинары, ММО, мониторинги, курсы, тьюторы… и задачи школьных проектов, которые они обеспечивают; школы увидят их в следующем пакете для школы.</translation>
    </message>
    <message>
        <source>Resource catalogue</source>
        <translation>Перечень ресурсов</translation>
    </message>
    <message>
        <source>School tasks</source>
        <translation>Задачи школ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задач</translation>
    </message>
    <message>
        <source>Add resource…</source>
        <translation>Добавить ресурс…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>School&apos;s project</source>
        <translation>Проект школы</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Search by school, task or resource…</source>
        <translation>Поиск по школе, задаче или ресурсу…</translation>
    </message>
    <message>
        <source>only tasks without resources</source>
        <translation>только задачи без ресурсов</translation>
    </message>
    <message>
        <source>Assign resources…</source>
        <translation>Назначить ресурсы…</translation>
    </message>
    <message>
        <source>The task and its resources in full</source>
        <translation>Задача и её ресурсы полностью</translation>
    </message>
    <message>
        <source>Resources: %1</source>
        <translation>Ресурсов: %1</translation>
    </message>
    <message>
        <source>Tasks without municipal resources: %1 of %2</source>
        <translation>Задач без муниципальных ресурсов: %1 из %2</translation>
    </message>
    <message>
        <source>%1 — project «%2»</source>
        <translation>%1 — проект «%2»</translation>
    </message>
    <message>
        <source>Municipal resources:</source>
        <translation>Муниципальные ресурсы:</translation>
    </message>
    <message>
        <source>No municipal resource serves this task yet.</source>
        <translation>Муниципальных ресурсов для этой задачи пока нет.</translation>
    </message>
    <message>
        <source>Delete the resource «%1»?</source>
        <translation>Удалить ресурс «%1»?</translation>
    </message>
    <message>
        <source>It serves %1 tasks of the schools&apos; projects; they will lose it, and the schools will see that after their next return package.</source>
        <translation>Он назначен задачам школьных проектов (%1): назначения будут сняты, и школы увидят это в следующем пакете для школы.</translation>
    </message>
    <message>
        <source>Municipal resources.xlsx</source>
        <translation>Муниципальные ресурсы.xlsx</translation>
    </message>
    <message>
        <source>Municipal resources for school tasks.xlsx</source>
        <translation>Муниципальные ресурсы для задач школ.xlsx</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Выгрузка в Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>For school: %1</source>
        <translation>Для школы: %1</translation>
    </message>
    <message>
        <source>What goes to «%1» in its next return package («Exchange» → «Packages for schools»). The school&apos;s answers come back in its own packages.</source>
        <translation>Всё это уйдёт школе «%1» в следующем пакете для школы («Обмен со школами» → «Пакеты для школ»). Ответы школы приходят в её пакетах.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>School&apos;s answer</source>
        <translation>Ответ школы</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The recommendation in full</source>
        <translation>Рекомендация полностью</translation>
    </message>
    <message>
        <source>Partner school</source>
        <translation>Школа-партнёр</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Всего: %1</translation>
    </message>
    <message>
        <source>The school has not answered yet.</source>
        <translation>Школа ещё не ответила.</translation>
    </message>
    <message>
        <source>The school&apos;s answer of %1: %2</source>
        <translation>Ответ школы от %1: %2</translation>
    </message>
    <message>
        <source>Delete the recommendation «%1»? The school will no longer see it.</source>
        <translation>Удалить рекомендацию «%1»? Со следующим пакетом она исчезнет и у школы.</translation>
    </message>
    <message>
        <source>Delete the assignment of «%1»?</source>
        <translation>Удалить назначение школы-партнёра «%1»?</translation>
    </message>
    <message>
        <source>Delete the monitoring figure «%1»?</source>
        <translation>Удалить данные мониторинга «%1»?</translation>
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
    <message>
        <source>Recommendations and assignments…</source>
        <translation>Рекомендации и назначения…</translation>
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
        <source>Recommendations and assignments…</source>
        <translation>Рекомендации и назначения…</translation>
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
        <source>Recommendations and assignments</source>
        <translation>Рекомендации и назначения</translation>
    </message>
    <message>
        <source>Choose a school whose package has been loaded.</source>
        <translation>Выберите школу, пакет которой уже загружен.</translation>
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
<context>
    <name>TaskResourcesDialog</name>
    <message>
        <source>Municipal resources for a task</source>
        <translation>Муниципальные ресурсы для задачи</translation>
    </message>
    <message>
        <source>%1, task %2:</source>
        <translation>%1, задача %2:</translation>
    </message>
    <message>
        <source>Find a resource…</source>
        <translation>Найти ресурс…</translation>
    </message>
    <message>
        <source>Resources of the catalogue</source>
        <translation>Ресурсы из перечня</translation>
    </message>
    <message>
        <source>The catalogue is empty: add the district&apos;s resources with «New resource…».</source>
        <translation>Перечень пуст: добавьте ресурсы района кнопкой «Новый ресурс…».</translation>
    </message>
    <message>
        <source>New resource…</source>
        <translation>Новый ресурс…</translation>
    </message>
    <message>
        <source>Tick the resources that serve this task:</source>
        <translation>Отметьте ресурсы, которые обеспечивают эту задачу:</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Ctrl+S or Ctrl+Enter</source>
        <translation>Ctrl+S или Ctrl+Enter</translation>
    </message>
    <message>
        <source>Restore the &amp;default text</source>
        <translation>&amp;Вернуть текст по умолчанию</translation>
    </message>
    <message>
        <source>The text is changed but not saved. Save the changes?</source>
        <translation>Текст изменён, но не сохранён. Сохранить изменения?</translation>
    </message>
    <message>
        <source>Your own text: the report prints it instead of the default.</source>
        <translation>Ваш текст: справка печатает его вместо текста по умолчанию.</translation>
    </message>
    <message>
        <source>The default text, prefilled from the year&apos;s data.</source>
        <translation>Текст по умолчанию, заполненный по данным года.</translation>
    </message>
</context>
<context>
    <name>TextList</name>
    <message>
        <source>Search in titles and texts…</source>
        <translation>Поиск по названиям и текстам…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Свой</translation>
    </message>
    <message>
        <source>Texts of the report</source>
        <translation>Тексты справки</translation>
    </message>
</context>
</TS>
