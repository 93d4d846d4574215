<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AchievementDialog</name>
    <message>
        <source>Degree of achievement — %1</source>
        <translation>Степень достижения — %1</translation>
    </message>
    <message>
        <source>e.g. Developed, partly implemented</source>
        <translation>например: Разработана, частично реализуется</translation>
    </message>
    <message>
        <source>Printed instead of the degree&apos;s standard title when filled in</source>
        <translation>Если заполнено, печатается вместо стандартного названия степени</translation>
    </message>
    <message>
        <source>Planned result:</source>
        <translation>Планируемый результат:</translation>
    </message>
    <message>
        <source>Degree:</source>
        <translation>Степень достижения:</translation>
    </message>
    <message>
        <source>In your own words:</source>
        <translation>Своими словами:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Подтверждение:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>— no task —</source>
        <translation>— без задачи —</translation>
    </message>
    <message>
        <source>— no section —</source>
        <translation>— без раздела —</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>unit, e.g. %</source>
        <translation>единица, например %</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Задача:</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Раздел плана:</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Position / role:</source>
        <translation>Должность / роль:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <source>Forecast (number):</source>
        <translation>Прогноз (число):</translation>
    </message>
    <message>
        <source>Forecast result:</source>
        <translation>Прогнозируемый результат:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Actual result:</source>
        <translation>Фактический результат:</translation>
    </message>
    <message>
        <source>Catalogue…</source>
        <translation>Справочник…</translation>
    </message>
    <message>
        <source>Reason for non-execution:</source>
        <translation>Причина невыполнения:</translation>
    </message>
    <message>
        <source>Reason, details:</source>
        <translation>Пояснение причины:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Рекомендации:</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ресурсы:</translation>
    </message>
    <message>
        <source>Resources, details:</source>
        <translation>Ресурсы, описание:</translation>
    </message>
    <message>
        <source>Evidence documents:</source>
        <translation>Подтверждающие документы:</translation>
    </message>
    <message>
        <source>The forecast number must be a number.</source>
        <translation>Прогноз (число) должен быть числом.</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>NewProgrammeDialog</name>
    <message>
        <source>New programme</source>
        <translation>Новая программа</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Improving the quality of education in schools with low results</source>
        <translation>Повышение качества образования в школах с низкими результатами обучения</translation>
    </message>
    <message>
        <source>Programme of transition to effective operation</source>
        <translation>Программа перехода в эффективный режим работы</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>From academic year:</source>
        <translation>С учебного года:</translation>
    </message>
    <message>
        <source>To academic year:</source>
        <translation>По учебный год:</translation>
    </message>
</context>
<context>
    <name>PeriodEditor</name>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Четверть</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
</context>
<context>
    <name>ProgrammeSection</name>
    <message>
        <source>Programme:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Проект:</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Новая программа</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Make current</source>
        <translation>Сделать текущей</translation>
    </message>
    <message>
        <source>Make it current</source>
        <translation>Сделать текущим</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Удалить программу</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <source>Programme card</source>
        <translation>Карточка программы</translation>
    </message>
    <message>
        <source>Project card</source>
        <translation>Карточка проекта</translation>
    </message>
    <message>
        <source>Tasks and planned results</source>
        <translation>Задачи и планируемые результаты</translation>
    </message>
    <message>
        <source>Plan sections and planned results</source>
        <translation>Разделы плана и планируемые результаты</translation>
    </message>
    <message>
        <source>No programme yet: press «New programme» to start one.</source>
        <translation>Программы пока нет: нажмите «Новая программа», чтобы создать её.</translation>
    </message>
    <message>
        <source>No project yet: press «New project» to start one.</source>
        <translation>Муниципального проекта пока нет: нажмите «Новый проект», чтобы создать его.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>от</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Сохранить карточку</translation>
    </message>
    <message>
        <source>The programme card has unsaved changes. Save them?</source>
        <translation>В карточке программы есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>The project card has unsaved changes. Save them?</source>
        <translation>В карточке проекта есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Period (academic years):</source>
        <translation>Период (учебные годы):</translation>
    </message>
    <message>
        <source>Approval order:</source>
        <translation>Приказ об утверждении:</translation>
    </message>
    <message>
        <source>Approving order:</source>
        <translation>Распоряжение об утверждении:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Problem analysis:</source>
        <translation>Проблемный анализ:</translation>
    </message>
    <message>
        <source>current</source>
        <translation>текущая</translation>
    </message>
    <message>
        <source>current project</source>
        <translation>текущий</translation>
    </message>
    <message>
        <source>Delete the programme «%1» with its tasks and planned results? Roadmap activities stay, without a task.</source>
        <translation>Удалить программу «%1» вместе с задачами и планируемыми результатами? Мероприятия дорожной карты останутся, но без задачи.</translation>
    </message>
    <message>
        <source>Delete the project «%1» with its plan sections and planned results? The plan&apos;s actions stay, without a section.</source>
        <translation>Удалить проект «%1» вместе с разделами плана и планируемыми результатами? Мероприятия плана останутся, но без раздела.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ProgrammeWidgets</name>
    <message>
        <source>Sheet «%1»: %2</source>
        <translation>Лист «%1»: %2</translation>
    </message>
    <message>
        <source>Sheet «%1», row %2, column %3: %4</source>
        <translation>Лист «%1», строка %2, столбец %3: %4</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <source>Reasons for non-execution</source>
        <translation>Причины невыполнения</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Hide / offer</source>
        <translation>Скрыть / предлагать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Built-in reasons come with the program and cannot be changed; add your own. A reason of your own that is in use cannot be deleted; hide it so it is no longer offered.</source>
        <translation>Встроенные причины поставляются с программой, изменить их нельзя — добавьте свою. Свою причину, указанную у мероприятий, удалить нельзя: скройте её, чтобы она больше не предлагалась.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Delete the reason «%1»?</source>
        <translation>Удалить причину «%1»?</translation>
    </message>
</context>
<context>
    <name>ReasonsModel</name>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предлагается</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыта</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>встроенная</translation>
    </message>
    <message>
        <source>own</source>
        <translation>своя</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Roadmap reminders</source>
        <translation>Напоминания дорожной карты</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Просроченных мероприятий нет.</translation>
    </message>
    <message>
        <source>Ending in the next %1 days: %2</source>
        <translation>Срок истекает в ближайшие %1 дней: %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Planned result</source>
        <translation>Планируемый результат</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Задача:</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Раздел плана:</translation>
    </message>
    <message>
        <source>Planned result:</source>
        <translation>Планируемый результат:</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Planned result</source>
        <translation>Планируемый результат</translation>
    </message>
</context>
<context>
    <name>RoadmapActions</name>
    <message>
        <source>Delete %1 activities</source>
        <translation>Удаление мероприятий: %1</translation>
    </message>
    <message>
        <source>Delete the activity «%1»?</source>
        <translation>Удалить мероприятие «%1»?</translation>
    </message>
    <message>
        <source>Delete %1 selected activities?</source>
        <translation>Удалить выбранные мероприятия (%1)?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Удаление можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Nothing was pasted: fix these rows and copy them again.</source>
        <translation>Ничего не вставлено: исправьте эти строки и скопируйте их снова.</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Вставить строки</translation>
    </message>
    <message>
        <source>Activities added: %1</source>
        <translation>Добавлено мероприятий: %1</translation>
    </message>
    <message>
        <source>Copy the unfinished activities of %1 into %2 as planned?</source>
        <translation>Перенести невыполненные мероприятия %1 учебного года в %2 учебный год со статусом «запланировано»?</translation>
    </message>
    <message>
        <source>Carry unfinished to next year</source>
        <translation>Перенести невыполненные на следующий год</translation>
    </message>
    <message>
        <source>Activities copied into %1: %2</source>
        <translation>Перенесено мероприятий в %1 учебный год: %2</translation>
    </message>
    <message>
        <source>Copying activities…</source>
        <translation>Перенос мероприятий…</translation>
    </message>
    <message>
        <source>Export the roadmap</source>
        <translation>Экспорт дорожной карты</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the roadmap…</source>
        <translation>Экспорт дорожной карты…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Import the roadmap</source>
        <translation>Импорт дорожной карты</translation>
    </message>
    <message>
        <source>Added: %1, updated: %2.</source>
        <translation>Добавлено: %1, обновлено: %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Importing the roadmap…</source>
        <translation>Импорт дорожной карты…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>RoadmapModel</name>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Forecast result</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation>Фактический результат</translation>
    </message>
    <message>
        <source>Reasons for non-execution</source>
        <translation>Причины невыполнения</translation>
    </message>
    <message>
        <source>Reason for non-execution</source>
        <translation>Причина невыполнения</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>No section</source>
        <translation>Без раздела</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Без задачи</translation>
    </message>
    <message>
        <source>No period</source>
        <translation>Срок не указан</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Ответственный не назначен</translation>
    </message>
</context>
<context>
    <name>RoadmapSection</name>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>By task</source>
        <translation>По задачам</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>По разделам</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>By responsible</source>
        <translation>По ответственным</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Search: activity, responsible, task, reason…</source>
        <translation>Поиск: мероприятие, ответственный, задача, причина…</translation>
    </message>
    <message>
        <source>Search: action, responsible, section, reason, recommendation…</source>
        <translation>Поиск: мероприятие, ответственный, раздел, причина, рекомендация…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Задача:</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Раздел:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Вставить строки</translation>
    </message>
    <message>
        <source>Carry unfinished to next year</source>
        <translation>Перенести невыполненные на следующий год</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Все задачи</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>Shown %1 of %2</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>просрочено: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Plan section</source>
        <translation>Раздел плана</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>Формулировка:</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Plan section</source>
        <translation>Раздел плана</translation>
    </message>
    <message>
        <source>Municipal resources</source>
        <translation>Муниципальные ресурсы</translation>
    </message>
</context>
<context>
    <name>TasksResultsPage</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Filter planned results…</source>
        <translation>Фильтр планируемых результатов…</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Добавить задачу</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Добавить раздел</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Изменить раздел</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Удалить задачу</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Удалить раздел</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>Добавить результат</translation>
    </message>
    <message>
        <source>Edit result</source>
        <translation>Изменить результат</translation>
    </message>
    <message>
        <source>Delete result</source>
        <translation>Удалить результат</translation>
    </message>
    <message>
        <source>Degree and comment…</source>
        <translation>Степень и комментарий…</translation>
    </message>
    <message>
        <source>Tasks of the programme</source>
        <translation>Задачи программы</translation>
    </message>
    <message>
        <source>Sections of the plan of actions (the project&apos;s tasks)</source>
        <translation>Разделы плана мероприятий (задачи проекта)</translation>
    </message>
    <message>
        <source>Planned results and their degree of achievement by academic year (double-click a year cell to choose; * marks a comment)</source>
        <translation>Планируемые результаты и степень их достижения по учебным годам (двойной щелчок по ячейке года — выбор; * — есть комментарий)</translation>
    </message>
    <message>
        <source>Planned results of the project and their degree of achievement by academic year (double-click a year cell to choose; * marks a comment)</source>
        <translation>Планируемые результаты проекта и степень их достижения по учебным годам (двойной щелчок по ячейке года — выбор; * — есть комментарий)</translation>
    </message>
    <message>
        <source>Delete task %1 with its planned results? Its roadmap activities stay, without a task.</source>
        <translation>Удалить задачу %1 вместе с планируемыми результатами? Её мероприятия дорожной карты останутся, но без задачи.</translation>
    </message>
    <message>
        <source>Delete section %1 of the plan with its planned results? Its actions stay, without a section.</source>
        <translation>Удалить раздел %1 плана вместе с планируемыми результатами? Его мероприятия останутся, но без раздела.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add a task first.</source>
        <translation>Сначала добавьте задачу.</translation>
    </message>
    <message>
        <source>Add a plan section first.</source>
        <translation>Сначала добавьте раздел плана.</translation>
    </message>
    <message>
        <source>Delete the planned result «%1»?</source>
        <translation>Удалить планируемый результат «%1»?</translation>
    </message>
    <message>
        <source>Degree of achievement</source>
        <translation>Степень достижения</translation>
    </message>
    <message>
        <source>Choose a year cell first.</source>
        <translation>Сначала выберите ячейку учебного года.</translation>
    </message>
    <message>
        <source>The degree of achievement was not saved.</source>
        <translation>Степень достижения не сохранена.</translation>
    </message>
</context>
</TS>
