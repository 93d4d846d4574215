<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Лучше, когда</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>↑ higher</source>
        <translation>↑ больше</translation>
    </message>
    <message>
        <source>↓ lower</source>
        <translation>↓ меньше</translation>
    </message>
    <message>
        <source>school</source>
        <translation>школа</translation>
    </message>
    <message>
        <source>municipal monitoring</source>
        <translation>муниципальный мониторинг</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовое</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Цель достигнута</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>достигнута</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>не достигнута</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>↑ the value grew, ↓ fell, → did not change since the previous year; green means better, red means worse for this indicator.</source>
        <translation>↑ значение выросло, ↓ снизилось, → не изменилось по сравнению с предыдущим годом; зелёный цвет — улучшение, красный — ухудшение для этого показателя.</translation>
    </message>
    <message>
        <source>%1: target met for %2 of %3 indicators with data; improving %4, worsening %5.</source>
        <translation>%1 учебный год: цель достигнута по %2 из %3 показателей с данными; улучшение — %4, ухудшение — %5.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Choose an indicator to see its chart.</source>
        <translation>Выберите показатель, чтобы увидеть его график.</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовое</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Standard indicator</source>
        <translation>Стандартный показатель</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Изменить показатель</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Новый показатель</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>чем больше, тем лучше</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>чем меньше, тем лучше</translation>
    </message>
    <message>
        <source>school</source>
        <translation>школа</translation>
    </message>
    <message>
        <source>municipal monitoring</source>
        <translation>муниципальный мониторинг</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>A standard indicator supplied with the program: it is shared by every school and cannot be changed or deleted. Add your own indicator instead.</source>
        <translation>Стандартный показатель поставляется с программой: он общий для всех школ, изменить или удалить его нельзя. Добавьте свой показатель.</translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <source>Indicators and values</source>
        <translation>Показатели и значения</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Find an indicator…</source>
        <translation>Найти показатель…</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Show all indicators</source>
        <translation>Показать все показатели</translation>
    </message>
    <message>
        <source>Also the shipped indicators the school has no values for and has not linked anywhere (e.g. ЕГЭ at a basic school)</source>
        <translation>В том числе поставляемые с программой показатели, у которых в школе нет значений и связей (например, ЕГЭ в основной школе)</translation>
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
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Type a value in a cell and press Enter; an empty cell clears it. An indicator has one baseline: entering it in another year moves it there.</source>
        <translation>Введите значение в ячейку и нажмите Enter; пустая ячейка удаляет значение. Базовое значение у показателя одно: если ввести его в другом году, оно перейдёт туда.</translation>
    </message>
    <message>
        <source>Show all indicators (%1 hidden)</source>
        <translation>Показать все показатели (скрыто: %1)</translation>
    </message>
    <message>
        <source>No indicator chosen</source>
        <translation>Показатель не выбран</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>чем больше, тем лучше</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>чем меньше, тем лучше</translation>
    </message>
    <message>
        <source>school</source>
        <translation>школа</translation>
    </message>
    <message>
        <source>municipal monitoring</source>
        <translation>муниципальный мониторинг</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>источник: %1</translation>
    </message>
    <message>
        <source>Delete the indicator «%1» with all its values?</source>
        <translation>Удалить показатель «%1» вместе со всеми его значениями?</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Удаление показателя</translation>
    </message>
    <message>
        <source>indicators.xlsx</source>
        <translation>показатели.xlsx</translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation>Выгрузка показателей</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook is saved: %1</source>
        <translation>Книга сохранена: %1</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Запись книги…</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <source>Baseline</source>
        <translation>Базовое</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
</context>
</TS>
