<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConclusionsForm</name>
    <message>
        <source>Conclusions for the year (printed at the end of the summary)</source>
        <translation>Выводы за год (печатаются в конце годового отчёта)</translation>
    </message>
    <message>
        <source>1. Promising directions that can improve pupils&apos; results</source>
        <translation>1. Перспективные направления развития, которые могут обеспечить улучшение образовательных результатов</translation>
    </message>
    <message>
        <source>2. Key problems to solve to raise learning results</source>
        <translation>2. Ключевые проблемы, которые необходимо решить для повышения результатов обучения</translation>
    </message>
    <message>
        <source>3. Internal resources for these directions and problems</source>
        <translation>3. Внутренние ресурсы для развития этих направлений и решения проблем</translation>
    </message>
    <message>
        <source>4. External resources needed</source>
        <translation>4. Необходимые внешние ресурсы</translation>
    </message>
    <message>
        <source>5. Management decisions</source>
        <translation>5. Управленческие решения</translation>
    </message>
    <message>
        <source>6. Tasks for the next year</source>
        <translation>6. Задачи на следующий год</translation>
    </message>
    <message>
        <source>Findings on the roadmap (a paragraph printed after its execution table)</source>
        <translation>Выводы по дорожной карте (абзац после таблицы её исполнения)</translation>
    </message>
    <message>
        <source>One point per line</source>
        <translation>Каждый пункт с новой строки</translation>
    </message>
    <message>
        <source>&amp;Save conclusions</source>
        <translation>&amp;Сохранить выводы</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Изменения не сохранены</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <source>Academic &amp;year</source>
        <translation>Учебный &amp;год</translation>
    </message>
    <message>
        <source>Annual summary for the municipality</source>
        <translation>Годовой отчёт для муниципалитета</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>Partnership of the year</source>
        <translation>Сетевое партнёрство за год</translation>
    </message>
    <message>
        <source>Self-assessment runs of the year</source>
        <translation>Самооценка за год</translation>
    </message>
    <message>
        <source>Blank self-assessment form</source>
        <translation>Бланк самооценки</translation>
    </message>
    <message>
        <source>Title block, programme goal and tasks, planned results, roadmap execution, indicators with charts, partnership, self-assessment and your conclusions.</source>
        <translation>Титульный блок, цель и задачи программы, планируемые результаты, исполнение дорожной карты, показатели с графиками, партнёрство, самооценка и ваши выводы.</translation>
    </message>
    <message>
        <source>The roadmap of the year in the municipal report&apos;s columns.</source>
        <translation>Дорожная карта года в графах муниципального отчёта.</translation>
    </message>
    <message>
        <source>Agreements, support plan, joint events and network-interaction criteria.</source>
        <translation>Соглашения, план адресной поддержки, совместные мероприятия и критерии сетевого взаимодействия.</translation>
    </message>
    <message>
        <source>Every self-assessment run of the year with evidence.</source>
        <translation>Все самооценки года с подтверждениями.</translation>
    </message>
    <message>
        <source>An empty form to fill in at a paper meeting.</source>
        <translation>Пустой бланк для заполнения на заседании.</translation>
    </message>
    <message>
        <source>Proposed: %1 — the annual report is due for the year now ending.</source>
        <translation>Предлагается %1: годовой отчёт сдаётся за учебный год, который сейчас завершается.</translation>
    </message>
    <message>
        <source>Proposed: %1 — the annual report is due for the last finished year (from June to August, for the year then ending).</source>
        <translation>Предлагается %1: годовой отчёт сдаётся за последний завершённый учебный год (с июня по август — за завершающийся).</translation>
    </message>
    <message>
        <source>Unsaved conclusions</source>
        <translation>Выводы не сохранены</translation>
    </message>
    <message>
        <source>The conclusions for %1 are not saved. Save them?</source>
        <translation>Выводы за %1 учебный год не сохранены. Сохранить их?</translation>
    </message>
    <message>
        <source>Conclusions for %1 (printed at the end of the summary)</source>
        <translation>Выводы за %1 учебный год (печатаются в конце годового отчёта)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Word document, editable (*.docx)</source>
        <translation>Документ Word для правки (*.docx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Create report…</source>
        <translation>Сфор&amp;мировать отчёт…</translation>
    </message>
    <message>
        <source>Report (PDF or Word)</source>
        <translation>Отчёт (PDF или Word)</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <source>The report is saved where you choose (Documents by default).</source>
        <translation>Отчёт будет сохранён в выбранную вами папку (по умолчанию — «Документы»).</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Saved (%1 pages): %2</source>
        <translation>Сохранено (страниц: %1): %2</translation>
    </message>
</context>
</TS>
