<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Cooperation agreement</source>
        <translation>Соглашение о сотрудничестве</translation>
    </message>
    <message>
        <source>Prolonged until</source>
        <translation>Пролонгировано до</translation>
    </message>
    <message>
        <source>Partner school</source>
        <translation>Школа-партнёр</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата заключения</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Prolongation terms</source>
        <translation>Условия пролонгации</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет соглашения</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Our obligations</source>
        <translation>Обязательства нашей школы</translation>
    </message>
    <message>
        <source>Partner&apos;s obligations</source>
        <translation>Обязательства школы-партнёра</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Заключено</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Prolongation</source>
        <translation>Пролонгация</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера поддержки</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Responsible (ours)</source>
        <translation>Ответственный (наш)</translation>
    </message>
    <message>
        <source>Responsible (partner)</source>
        <translation>Ответственный (партнёр)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Add agreement…</source>
        <translation>Добавить соглашение…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Directions catalogue…</source>
        <translation>Справочник направлений…</translation>
    </message>
    <message>
        <source>Plan of targeted support measures</source>
        <translation>План адресных мер поддержки</translation>
    </message>
    <message>
        <source>Add measure…</source>
        <translation>Добавить меру…</translation>
    </message>
    <message>
        <source>Edit measure…</source>
        <translation>Изменить меру…</translation>
    </message>
    <message>
        <source>Delete measure…</source>
        <translation>Удалить меру…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Загрузить из Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>Соглашений пока нет.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Предмет: %1</translation>
    </message>
    <message>
        <source>Directions of cooperation:</source>
        <translation>Направления сотрудничества:</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Plan / held</source>
        <translation>План / проведение</translation>
    </message>
    <message>
        <source>Add event on this day…</source>
        <translation>Добавить мероприятие на этот день…</translation>
    </message>
    <message>
        <source>held as planned</source>
        <translation>проведено по плану</translation>
    </message>
    <message>
        <source>held without plan</source>
        <translation>проведено вне плана</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>planned, not held</source>
        <translation>запланировано, не проведено</translation>
    </message>
    <message>
        <source>Events in %1 %2</source>
        <translation>Мероприятия: %1 %2</translation>
    </message>
</context>
<context>
    <name>DirectionsDialog</name>
    <message>
        <source>Directions of cooperation</source>
        <translation>Направления сотрудничества</translation>
    </message>
    <message>
        <source>Double-click one of your directions to rename it. Directions supplied with the program (in grey) cannot be renamed or deleted.</source>
        <translation>Дважды щёлкните своё направление, чтобы переименовать его. Направления, поставляемые с программой (серые), нельзя переименовать или удалить.</translation>
    </message>
    <message>
        <source>Add direction</source>
        <translation>Добавить направление</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Supplied with the program: cannot be changed</source>
        <translation>Поставляется с программой: изменить нельзя</translation>
    </message>
    <message>
        <source>New direction</source>
        <translation>Новое направление</translation>
    </message>
    <message>
        <source>Delete the direction «%1»? Agreements and events lose this link.</source>
        <translation>Удалить направление «%1»? Соглашения и мероприятия потеряют эту связь.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Joint event</source>
        <translation>Совместное мероприятие</translation>
    </message>
    <message>
        <source>New joint event</source>
        <translation>Новое совместное мероприятие</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Partner school</source>
        <translation>Школа-партнёр</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Support measure</source>
        <translation>Мера поддержки</translation>
    </message>
    <message>
        <source>Roadmap activity</source>
        <translation>Мероприятие дорожной карты</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <source>Admin.</source>
        <translation>Админ.</translation>
    </message>
    <message>
        <source>Our school</source>
        <translation>Наша школа</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Directions of cooperation served</source>
        <translation>Направления сотрудничества</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Reflection and feedback</source>
        <translation>Рефлексия и отзывы</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Plan / held</source>
        <translation>План / проведение</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Наших</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Партнёра</translation>
    </message>
    <message>
        <source>Support measure</source>
        <translation>Мера поддержки</translation>
    </message>
    <message>
        <source>Roadmap activity</source>
        <translation>Мероприятие дорожной карты</translation>
    </message>
    <message>
        <source>Filter: topic, type, partner…</source>
        <translation>Поиск: тема, вид, партнёр…</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Все мероприятия</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Planned and held</source>
        <translation>Запланировано и проведено</translation>
    </message>
    <message>
        <source>Planned, not held</source>
        <translation>Запланировано, не проведено</translation>
    </message>
    <message>
        <source>Held without plan</source>
        <translation>Проведено вне плана</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Добавить мероприятие…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Загрузить из Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Загрузка мероприятий</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Выгрузка мероприятий</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Targeted support measure</source>
        <translation>Адресная мера поддержки</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера поддержки</translation>
    </message>
    <message>
        <source>Deficit it addresses</source>
        <translation>Дефицит, на который направлена</translation>
    </message>
    <message>
        <source>Responsible (our school)</source>
        <translation>Ответственный (наша школа)</translation>
    </message>
    <message>
        <source>Responsible (partner)</source>
        <translation>Ответственный (партнёр)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Partner school</source>
        <translation>Школа-партнёр</translation>
    </message>
    <message>
        <source>One line per area, e.g. «Chemistry: lessons»</source>
        <translation>По строке на область, например «Химия: уроки педагога»</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
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
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>What it can offer (by area)</source>
        <translation>Что может предложить (по областям)</translation>
    </message>
    <message>
        <source>What it needs</source>
        <translation>В чём нуждается</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>Роль сейчас</translation>
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
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Role history, offers and needs</source>
        <translation>История ролей, предложения и потребности</translation>
    </message>
    <message>
        <source>Add role…</source>
        <translation>Добавить роль…</translation>
    </message>
    <message>
        <source>Delete role…</source>
        <translation>Удалить роль…</translation>
    </message>
    <message>
        <source>Add partner…</source>
        <translation>Добавить партнёра…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Can offer</source>
        <translation>Может предложить</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Нуждается</translation>
    </message>
</context>
<context>
    <name>PartnershipActions</name>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Add a partner school first.</source>
        <translation>Сначала добавьте школу-партнёра.</translation>
    </message>
    <message>
        <source>Delete the event «%1»?</source>
        <translation>Удалить мероприятие «%1»?</translation>
    </message>
    <message>
        <source>Exporting events…</source>
        <translation>Выгрузка мероприятий…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузка из Excel</translation>
    </message>
    <message>
        <source>Delete the partner school «%1» with its agreements and events?</source>
        <translation>Удалить школу-партнёра «%1» вместе с её соглашениями и мероприятиями?</translation>
    </message>
    <message>
        <source>Delete the role entry «%1»?</source>
        <translation>Удалить запись о роли «%1»?</translation>
    </message>
    <message>
        <source>Delete the agreement %1 with its support plan?</source>
        <translation>Удалить соглашение %1 вместе с планом мер поддержки?</translation>
    </message>
    <message>
        <source>Delete the support measure «%1»?</source>
        <translation>Удалить меру поддержки «%1»?</translation>
    </message>
    <message>
        <source>Import support measures</source>
        <translation>Загрузка мер поддержки</translation>
    </message>
    <message>
        <source>Export support measures</source>
        <translation>Выгрузка мер поддержки</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Importing from Excel…</source>
        <translation>Загрузка из Excel…</translation>
    </message>
    <message>
        <source>Exporting support measures…</source>
        <translation>Выгрузка мер поддержки…</translation>
    </message>
</context>
<context>
    <name>PartnershipDashboard</name>
    <message>
        <source>Planned events held</source>
        <translation>Проведено запланированных мероприятий</translation>
    </message>
    <message>
        <source>Held without plan</source>
        <translation>Проведено вне плана</translation>
    </message>
    <message>
        <source>Organised by our school</source>
        <translation>Организовано нашей школой</translation>
    </message>
    <message>
        <source>Organised jointly</source>
        <translation>Организовано совместно</translation>
    </message>
    <message>
        <source>Support measures done</source>
        <translation>Выполнено мер поддержки</translation>
    </message>
    <message>
        <source>Agreement directions covered</source>
        <translation>Охвачено направлений соглашения</translation>
    </message>
    <message>
        <source>Who organised held events, by year</source>
        <translation>Кто организовал проведённые мероприятия, по годам</translation>
    </message>
    <message>
        <source>Held events by type</source>
        <translation>Проведённые мероприятия по видам</translation>
    </message>
    <message>
        <source>Participants by category</source>
        <translation>Участники по категориям</translation>
    </message>
    <message>
        <source>Held events by stage</source>
        <translation>Проведённые мероприятия по этапам</translation>
    </message>
    <message>
        <source>Directions of the agreements</source>
        <translation>Направления соглашений</translation>
    </message>
    <message>
        <source>our school</source>
        <translation>наша школа</translation>
    </message>
    <message>
        <source>jointly</source>
        <translation>совместно</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>наши</translation>
    </message>
    <message>
        <source>Every month had events.</source>
        <translation>В каждом месяце были мероприятия.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>held in all: %1</source>
        <translation>всего проведено: %1</translation>
    </message>
    <message>
        <source>Months without events (summer holidays not counted)</source>
        <translation>Месяцы без мероприятий (летние каникулы не считаются)</translation>
    </message>
    <message>
        <source>partner: %1</source>
        <translation>партнёр: %1</translation>
    </message>
    <message>
        <source>served by held events</source>
        <translation>затронуто проведёнными мероприятиями</translation>
    </message>
    <message>
        <source>%1 of %2 due</source>
        <translation>%1 из %2, срок которых наступил</translation>
    </message>
    <message>
        <source>%1 more later</source>
        <translation>ещё %1 — позже</translation>
    </message>
    <message>
        <source>No agreement in force this year.</source>
        <translation>В этом году нет действующих соглашений.</translation>
    </message>
</context>
<context>
    <name>PartnershipSection</name>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Partner schools</source>
        <translation>Школы-партнёры</translation>
    </message>
    <message>
        <source>Agreements and support plan</source>
        <translation>Соглашения и план поддержки</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Все партнёры</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>Role relative to us</source>
        <translation>Роль по отношению к нам</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
</TS>
