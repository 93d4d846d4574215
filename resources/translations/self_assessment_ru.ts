<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Wording:</source>
        <translation>Формулировка:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Instrument:</source>
        <translation>Инструмент:</translation>
    </message>
    <message>
        <source>No self-assessments yet.</source>
        <translation>Самодиагностик пока нет.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source> (in progress)</source>
        <translation> (идёт)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Improved since the previous run: %1. Got worse: %2.</source>
        <translation>Улучшилось по сравнению с прошлой самодиагностикой: %1. Ухудшилось: %2.</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>улучшилось</translation>
    </message>
    <message>
        <source>got worse</source>
        <translation>ухудшилось</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>no earlier data</source>
        <translation>нет прежних данных</translation>
    </message>
</context>
<context>
    <name>DeficitsPage</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сильная сторона</translation>
    </message>
    <message>
        <source>Offer to partners</source>
        <translation>Предлагаем партнёрам</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Загрузить из Excel…</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
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
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Unconfirm</source>
        <translation>Снять подтверждение</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Request support measure…</source>
        <translation>Запросить меру поддержки…</translation>
    </message>
    <message>
        <source>Show trail</source>
        <translation>Показать след</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Deficits</source>
        <translation>Дефициты</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Delete %1 selected record(s)?</source>
        <translation>Удалить выбранные записи (%1)?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>There is no cooperation agreement yet: add one in the Partnership section.</source>
        <translation>Соглашений о сотрудничестве пока нет: добавьте соглашение в разделе «Партнёрство».</translation>
    </message>
    <message>
        <source>Support measure</source>
        <translation>Мера поддержки</translation>
    </message>
    <message>
        <source>Export deficits</source>
        <translation>Выгрузка дефицитов</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import deficits</source>
        <translation>Загрузка дефицитов</translation>
    </message>
    <message>
        <source>Added: %1, updated: %2.</source>
        <translation>Добавлено: %1, обновлено: %2.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Strength</source>
        <translation>Сильная сторона</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <source>Confirmed by the team</source>
        <translation>Подтверждено командой</translation>
    </message>
    <message>
        <source>We can offer this to partners</source>
        <translation>Можем предложить партнёрам</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
</context>
<context>
    <name>InstrumentsPage</name>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Направлений</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пунктов</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Самодиагностик</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>загружен</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Загрузить…</translation>
    </message>
    <message>
        <source>Save as Excel template…</source>
        <translation>Сохранить как шаблон Excel…</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Сохранить как файл JSON…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>New instruments and versions come as JSON files or as the Excel template written here; a file is checked completely before anything is stored.</source>
        <translation>Новые инструменты и версии поступают файлами JSON или в шаблоне Excel, который можно сохранить здесь; файл проверяется целиком, прежде чем что-либо сохраняется.</translation>
    </message>
    <message>
        <source>Import instrument</source>
        <translation>Загрузка инструмента</translation>
    </message>
    <message>
        <source>Instruments (*.json *.xlsx)</source>
        <translation>Инструменты (*.json *.xlsx)</translation>
    </message>
    <message>
        <source>Loaded «%1», version %2.</source>
        <translation>Загружен инструмент «%1», версия %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Файл JSON (*.json)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save instrument</source>
        <translation>Сохранение инструмента</translation>
    </message>
    <message>
        <source>Delete the instrument «%1», version %2?</source>
        <translation>Удалить инструмент «%1», версия %2?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>— not answered —</source>
        <translation>— нет ответа —</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Ожидается: %1</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Подтверждение:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>What the school can offer others (not part of the score)</source>
        <translation>Что школа может предложить другим (не входит в оценку)</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Our deficit</source>
        <translation>Наш дефицит</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>What the partner offers</source>
        <translation>Что предлагает партнёр</translation>
    </message>
    <message>
        <source>Our strength</source>
        <translation>Наша сильная сторона</translation>
    </message>
    <message>
        <source>What the partner needs</source>
        <translation>Что нужно партнёру</translation>
    </message>
    <message>
        <source>Who can help with our deficits</source>
        <translation>Кто может помочь с нашими дефицитами</translation>
    </message>
    <message>
        <source>Who needs what we do well</source>
        <translation>Кому нужно то, что мы делаем хорошо</translation>
    </message>
    <message>
        <source>Matches come from the partners&apos; stated offers and needs (Partnership section) and the areas of our confirmed deficits and strengths.</source>
        <translation>Совпадения подобраны по тому, что партнёры предлагают и в чём нуждаются (раздел «Партнёрство»), и по направлениям наших подтверждённых дефицитов и сильных сторон.</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>— no partner offers this yet</source>
        <translation>— пока никто из партнёров этого не предлагает</translation>
    </message>
    <message>
        <source>— no partner has asked for this</source>
        <translation>— пока ни один партнёр не просил об этом</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Request a support measure</source>
        <translation>Запрос меры поддержки</translation>
    </message>
    <message>
        <source>Targeted support: %1</source>
        <translation>Адресная поддержка: %1</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Соглашение:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Мера:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
</context>
<context>
    <name>NewRunDialog</name>
    <message>
        <source>New self-assessment</source>
        <translation>Новая самодиагностика</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Инструмент:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Team taking part (names and roles):</source>
        <translation>Команда (ФИО и роли):</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reopen the self-assessment</source>
        <translation>Открыть самодиагностику снова</translation>
    </message>
    <message>
        <source>Why is the finished self-assessment opened again? The reason is recorded.</source>
        <translation>Почему завершённая самодиагностика открывается снова? Причина будет записана.</translation>
    </message>
</context>
<context>
    <name>RunEditor</name>
    <message>
        <source>Team…</source>
        <translation>Команда…</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Открыть снова…</translation>
    </message>
    <message>
        <source>Choose a self-assessment in the list of runs or start a new one.</source>
        <translation>Выберите самодиагностику в списке или начните новую.</translation>
    </message>
    <message>
        <source>%1, version %2 — %3, %4</source>
        <translation>%1, версия %2 — %3, %4</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Команда: %1</translation>
    </message>
    <message>
        <source>Reopened %1: %2</source>
        <translation>Открыта снова %1: %2</translation>
    </message>
    <message>
        <source>Answered %1 of %2 items. Changes are saved automatically.</source>
        <translation>Отвечено %1 из %2 пунктов. Изменения сохраняются автоматически.</translation>
    </message>
    <message>
        <source>The self-assessment is finished; reopen it to change answers.</source>
        <translation>Самодиагностика завершена; чтобы изменить ответы, откройте её снова.</translation>
    </message>
    <message>
        <source>Finish the self-assessment? Answers will be locked, and the proposed deficits and strengths will appear for the team to confirm.</source>
        <translation>Завершить самодиагностику? Ответы будут закрыты для изменений, а предложенные дефициты и сильные стороны появятся для подтверждения командой.</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Общая оценка</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>New self-assessment…</source>
        <translation>Новая самодиагностика…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete the self-assessment «%1» of %2 with all its answers?</source>
        <translation>Удалить самодиагностику «%1» за %2 со всеми ответами?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
</context>
<context>
    <name>ScoresChart</name>
    <message>
        <source>No runs of this instrument yet.</source>
        <translation>По этому инструменту ещё не было самодиагностик.</translation>
    </message>
    <message>
        <source>risk thresholds</source>
        <translation>пороги риска</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentSection</name>
    <message>
        <source>Self-assessments</source>
        <translation>Самодиагностики</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Deficits and strengths</source>
        <translation>Дефициты и сильные стороны</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Deficit trail</source>
        <translation>След дефицита</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Инструменты</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
</context>
<context>
    <name>TeamTable</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Роль в команде</translation>
    </message>
</context>
<context>
    <name>TrailPage</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Link joint event…</source>
        <translation>Связать с совместным мероприятием…</translation>
    </message>
    <message>
        <source>Link support measure…</source>
        <translation>Связать с мерой поддержки…</translation>
    </message>
    <message>
        <source>Link indicator…</source>
        <translation>Связать с показателем…</translation>
    </message>
    <message>
        <source>Confirmed deficits</source>
        <translation>Подтверждённые дефициты</translation>
    </message>
    <message>
        <source>Create programme task</source>
        <translation>Создать задачу программы</translation>
    </message>
    <message>
        <source>Create roadmap activity</source>
        <translation>Создать мероприятие дорожной карты</translation>
    </message>
    <message>
        <source>Link to task…</source>
        <translation>Связать с задачей…</translation>
    </message>
    <message>
        <source>Link to activity…</source>
        <translation>Связать с мероприятием…</translation>
    </message>
    <message>
        <source>Choose a deficit to see its trail.</source>
        <translation>Выберите дефицит, чтобы увидеть его след.</translation>
    </message>
    <message>
        <source>Remove this link from the deficit? The record itself stays.</source>
        <translation>Убрать эту связь с дефицитом? Сама запись останется.</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Удаление связи</translation>
    </message>
    <message>
        <source>remove link</source>
        <translation>убрать связь</translation>
    </message>
    <message>
        <source>nothing linked yet</source>
        <translation>пока ничего не связано</translation>
    </message>
    <message>
        <source>Programme tasks</source>
        <translation>Задачи программы</translation>
    </message>
    <message>
        <source>Roadmap activities</source>
        <translation>Мероприятия дорожной карты</translation>
    </message>
    <message>
        <source>Support measures</source>
        <translation>Меры поддержки</translation>
    </message>
    <message>
        <source>held</source>
        <translation>проведено</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>Joint events</source>
        <translation>Совместные мероприятия</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>The area&apos;s score in this and later self-assessments</source>
        <translation>Оценка направления в этой и последующих самодиагностиках</translation>
    </message>
    <message>
        <source>no runs for this area</source>
        <translation>самодиагностик по этому направлению нет</translation>
    </message>
    <message>
        <source>Change of the area&apos;s score: %1 points.</source>
        <translation>Изменение оценки направления: %1 баллов.</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>улучшается</translation>
    </message>
    <message>
        <source>getting worse</source>
        <translation>ухудшается</translation>
    </message>
</context>
</TS>
