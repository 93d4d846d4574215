<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer to the recommendation</source>
        <translation>Ответ на рекомендацию</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>What the school does, or why it disagrees</source>
        <translation>Что школа делает по рекомендации или почему не согласна</translation>
    </message>
    <message>
        <source>The school&apos;s decision</source>
        <translation>Решение школы</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
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
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>Ответить до %1</translation>
    </message>
    <message>
        <source>Recommendation of the municipality</source>
        <translation>Рекомендация муниципалитета</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <source>Programme and roadmap</source>
        <translation>Программа и дорожная карта</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самодиагностика</translation>
    </message>
    <message>
        <source>Answers to recommendations</source>
        <translation>Ответы на рекомендации</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Зашифрован</translation>
    </message>
    <message>
        <source>Received by the municipality</source>
        <translation>Получен муниципалитетом</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>Exchange with municipality</source>
        <translation>Обмен с муниципалитетом</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Received from the municipality</source>
        <translation>Получено от муниципалитета</translation>
    </message>
    <message>
        <source>Load a municipality package…</source>
        <translation>Загрузить пакет муниципалитета…</translation>
    </message>
    <message>
        <source>Its packages for the school and receipts for the school&apos;s packages</source>
        <translation>Пакеты муниципалитета для школы и квитанции о получении пакетов школы</translation>
    </message>
    <message>
        <source>Changed since the last package:</source>
        <translation>Изменилось с последнего пакета:</translation>
    </message>
    <message>
        <source>The package is one file for a USB stick: all the school&apos;s data and the annual summary PDF, signed by the school&apos;s key.</source>
        <translation>Пакет — один файл для флешки: все данные школы и годовой отчёт PDF, подписанные ключом школы.</translation>
    </message>
    <message>
        <source>Nothing changed since the last package.</source>
        <translation>С последнего пакета ничего не изменилось.</translation>
    </message>
    <message>
        <source>Packages sent:</source>
        <translation>Отправленные пакеты:</translation>
    </message>
    <message>
        <source>Write package…</source>
        <translation>Записать пакет…</translation>
    </message>
    <message>
        <source>Load municipality key…</source>
        <translation>Загрузить ключ муниципалитета…</translation>
    </message>
    <message>
        <source>The school does not hold the municipality&apos;s key yet: packages are signed but NOT encrypted. Load the key file the municipality gave you, or import its first receipt.</source>
        <translation>У школы пока нет ключа муниципалитета: пакеты подписываются, но НЕ шифруются. Загрузите файл ключа, который дал муниципалитет, или его первую квитанцию.</translation>
    </message>
    <message>
        <source>Packages are encrypted for «%1» (key %2).</source>
        <translation>Пакеты шифруются для «%1» (ключ %2).</translation>
    </message>
    <message>
        <source>Comparing with the last package…</source>
        <translation>Сравниваем с последним пакетом…</translation>
    </message>
    <message>
        <source>Where to write the package</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <source>Package No. %1 is written:
%2</source>
        <translation>Пакет №%1 записан:
%2</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Пакет записан</translation>
    </message>
    <message>
        <source>Municipality key</source>
        <translation>Ключ муниципалитета</translation>
    </message>
    <message>
        <source>Key files (*.perekhod-key)</source>
        <translation>Файлы ключей (*.perekhod-key)</translation>
    </message>
    <message>
        <source>The key of «%1» is loaded. Compare its fingerprint with the methodologist: %2</source>
        <translation>Ключ «%1» загружен. Сверьте его отпечаток с методистом: %2</translation>
    </message>
    <message>
        <source>Replace the key?</source>
        <translation>Заменить ключ?</translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>The school&apos;s key changed</source>
        <translation>Ключ школы изменился</translation>
    </message>
    <message>
        <source>The package of «%1» is signed by another key than the one held for this school. This happens when a school moves to a new computer, but a package signed by someone else looks the same.</source>
        <translation>Пакет «%1» подписан не тем ключом, который закреплён за этой школой. Так бывает, когда школа переходит на новый компьютер, но так же выглядит и пакет, подписанный кем-то другим.</translation>
    </message>
    <message>
        <source>Key held until now:</source>
        <translation>Ключ, закреплённый за школой:</translation>
    </message>
    <message>
        <source>Key of this package:</source>
        <translation>Ключ этого пакета:</translation>
    </message>
    <message>
        <source>Call the school&apos;s director and ask them to read the fingerprint of the school&apos;s key aloud. Accept the new key only if it matches the one above, group by group.</source>
        <translation>Позвоните директору школы и попросите прочитать вслух отпечаток ключа школы. Принимайте новый ключ, только если отпечаток совпадает с указанным выше — группа за группой.</translation>
    </message>
    <message>
        <source>Accept the new key and load the package</source>
        <translation>Принять новый ключ и загрузить пакет</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MunicipalityExchangeSection</name>
    <message>
        <source>Exchange with schools</source>
        <translation>Обмен со школами</translation>
    </message>
    <message>
        <source>Load the files schools bring on USB sticks. A preview first shows what each file would change; nothing is written until you press «Load». Return packages carry the municipality&apos;s recommendations to schools.</source>
        <translation>Загрузите файлы, которые школы приносят на флешках. Сначала показывается, что изменит каждый файл; ничего не записывается, пока вы не нажмёте «Загрузить». Пакеты для школ отвозят школам рекомендации муниципалитета.</translation>
    </message>
    <message>
        <source>Packages from schools</source>
        <translation>Пакеты от школ</translation>
    </message>
    <message>
        <source>Packages for schools</source>
        <translation>Пакеты для школ</translation>
    </message>
    <message>
        <source>Choose the schools&apos; files or a folder with them.</source>
        <translation>Выберите файлы школ или папку с ними.</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Выбрать &amp;файлы…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <source>Write the municipality &amp;key…</source>
        <translation>Записать &amp;ключ муниципалитета…</translation>
    </message>
    <message>
        <source>School, number, reason or file name</source>
        <translation>Школа, номер, причина или имя файла</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>Ф&amp;ильтр:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <source>School packages</source>
        <translation>Пакеты школ</translation>
    </message>
    <message>
        <source>Write &amp;receipts to a folder…</source>
        <translation>Записать &amp;квитанции в папку…</translation>
    </message>
    <message>
        <source>Compare the school&apos;s &amp;keys…</source>
        <translation>&amp;Сверить ключи школы…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>Fingerprint of the municipality&apos;s key: %1</source>
        <translation>Отпечаток ключа муниципалитета: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <source>Will be accepted: %1</source>
        <translation>Будет принято: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Принято: %1</translation>
    </message>
    <message>
        <source>Already loaded: %1</source>
        <translation>Уже загружено: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Exchange files (*.perekhod)</source>
        <translation>Файлы обмена (*.perekhod)</translation>
    </message>
    <message>
        <source>Folder with school packages</source>
        <translation>Папка с пакетами школ</translation>
    </message>
    <message>
        <source>There are no exchange files (*.perekhod) in the folder %1.</source>
        <translation>В папке %1 нет файлов обмена (*.perekhod).</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Проверка файлов…</translation>
    </message>
    <message>
        <source>Checking the school packages…</source>
        <translation>Проверка пакетов школ…</translation>
    </message>
    <message>
        <source>Checking stopped: %1 of %2 files checked. Nothing is written yet.</source>
        <translation>Проверка остановлена: проверено файлов — %1 из %2. В базу ничего не записано.</translation>
    </message>
    <message>
        <source>Preview of %1 files: nothing is written yet. Press «Load» to load them.</source>
        <translation>Предварительный просмотр (файлов — %1): в базу ничего ещё не записано. Чтобы загрузить, нажмите «Загрузить».</translation>
    </message>
    <message>
        <source>Loading the files…</source>
        <translation>Загрузка файлов…</translation>
    </message>
    <message>
        <source>Loading the school packages…</source>
        <translation>Загрузка пакетов школ…</translation>
    </message>
    <message>
        <source>Loading stopped after %1 of %2 files; the rest are not loaded.</source>
        <translation>Загрузка остановлена после %1 файлов из %2; остальные не загружены.</translation>
    </message>
    <message>
        <source>Loading finished: %1 files.</source>
        <translation>Загрузка завершена: файлов — %1.</translation>
    </message>
    <message>
        <source>Receipts written: %1 (folder %2).</source>
        <translation>Квитанций записано: %1 (папка %2).</translation>
    </message>
    <message>
        <source>Where to write the receipts</source>
        <translation>Куда записать квитанции</translation>
    </message>
    <message>
        <source>Receipts go to %1.</source>
        <translation>Квитанции будут записаны в %1.</translation>
    </message>
    <message>
        <source>Loading the school package…</source>
        <translation>Загрузка пакета школы…</translation>
    </message>
</context>
<context>
    <name>MunicipalityKey</name>
    <message>
        <source>Where to write the municipality key</source>
        <translation>Куда записать ключ муниципалитета</translation>
    </message>
    <message>
        <source>The key file is written:
%1

Its fingerprint: %2

Give the file to the schools and tell them the fingerprint, so each can check the file is yours.</source>
        <translation>Файл ключа записан:
%1

Отпечаток ключа: %2

Передайте файл школам и сообщите им отпечаток, чтобы каждая могла убедиться, что файл ваш.</translation>
    </message>
    <message>
        <source>Municipality key</source>
        <translation>Ключ муниципалитета</translation>
    </message>
</context>
<context>
    <name>MunicipalityKeyDialog</name>
    <message>
        <source>The municipality&apos;s key changed</source>
        <translation>Ключ муниципалитета изменился</translation>
    </message>
    <message>
        <source>The file «%1» is signed by another key than the municipality&apos;s key the school holds. This happens when the municipality moves to a new computer, but a package signed by someone else looks the same.</source>
        <translation>Файл «%1» подписан не тем ключом муниципалитета, который хранит школа. Так бывает, когда муниципалитет переходит на новый компьютер, но так же выглядит и пакет, подписанный кем-то другим.</translation>
    </message>
    <message>
        <source>Key held until now:</source>
        <translation>Ключ, закреплённый за муниципалитетом:</translation>
    </message>
    <message>
        <source>Key of this package:</source>
        <translation>Ключ этого пакета:</translation>
    </message>
    <message>
        <source>Call the municipality&apos;s methodologist and ask them to read the fingerprint of the municipality&apos;s key aloud. Accept the new key only if it matches the one above, group by group.</source>
        <translation>Позвоните методисту муниципалитета и попросите прочитать вслух отпечаток ключа муниципалитета. Принимайте новый ключ, только если он совпадает с показанным выше, группа за группой.</translation>
    </message>
    <message>
        <source>Accept the new key and load</source>
        <translation>Принять новый ключ и загрузить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MunicipalityPackages</name>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Partner schools</source>
        <translation>Школы-партнёры</translation>
    </message>
    <message>
        <source>Monitoring figures</source>
        <translation>Показатели мониторинга</translation>
    </message>
    <message>
        <source>Package deadlines</source>
        <translation>Сроки сдачи пакетов</translation>
    </message>
    <message>
        <source>Self-assessment instruments</source>
        <translation>Инструменты самодиагностики</translation>
    </message>
    <message>
        <source>Municipal resources</source>
        <translation>Муниципальные ресурсы</translation>
    </message>
    <message>
        <source>Resources for programme tasks</source>
        <translation>Ресурсы для задач программы</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>What arrived</source>
        <translation>Что пришло</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменённые</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозванные</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>№%1 от %2</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>квитанция</translation>
    </message>
    <message>
        <source>will be loaded</source>
        <translation>будет загружен</translation>
    </message>
    <message>
        <source>will be loaded; nothing new in it</source>
        <translation>будет загружен; нового в нём нет</translation>
    </message>
    <message>
        <source>package No. %1 was received by the municipality on %2</source>
        <translation>пакет №%1 получен муниципалитетом %2</translation>
    </message>
    <message>
        <source>already loaded</source>
        <translation>уже загружен</translation>
    </message>
    <message>
        <source>refused — %1</source>
        <translation>отклонён — %1</translation>
    </message>
    <message>
        <source>signed by another key of the municipality — «Load» asks you to compare the keys</source>
        <translation>подписан другим ключом муниципалитета — кнопка «Загрузить» предложит сверить ключи</translation>
    </message>
    <message>
        <source>Municipality packages loaded: %1.</source>
        <translation>Загружено пакетов муниципалитета: %1.</translation>
    </message>
    <message>
        <source>Receipt: package No. %1 was received by the municipality on %2.</source>
        <translation>Квитанция: пакет №%1 получен муниципалитетом %2.</translation>
    </message>
    <message>
        <source>Already loaded before: %1.</source>
        <translation>Уже были загружены раньше: %1.</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Отклонён: %1 — %2</translation>
    </message>
    <message>
        <source>Nothing was loaded.</source>
        <translation>Ничего не загружено.</translation>
    </message>
</context>
<context>
    <name>PackageLoader</name>
    <message>
        <source>Municipality packages and receipts</source>
        <translation>Пакеты и квитанции муниципалитета</translation>
    </message>
    <message>
        <source>Exchange files (*.perekhod)</source>
        <translation>Файлы обмена (*.perekhod)</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Проверка файлов…</translation>
    </message>
    <message>
        <source>Loading the files…</source>
        <translation>Загрузка файлов…</translation>
    </message>
    <message>
        <source>Municipality packages</source>
        <translation>Пакеты муниципалитета</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Municipality packages</source>
        <translation>Пакеты муниципалитета</translation>
    </message>
    <message>
        <source>What the chosen files bring. Nothing is written until you press «Load»; a new package of the municipality replaces what the school held from it.</source>
        <translation>Что принесли выбранные файлы. Ничего не записывается, пока вы не нажмёте «Загрузить»; новый пакет муниципалитета заменяет всё, что школа получила от него раньше.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReceivedFromMunicipality</name>
    <message>
        <source>Year</source>
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
        <source>Answer by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>The school&apos;s answer</source>
        <translation>Ответ школы</translation>
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
        <source>Among the partners</source>
        <translation>В партнёрах школы</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>What to hand in</source>
        <translation>Что сдать</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Загружен</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ответа ещё нет</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
</context>
<context>
    <name>ReceivedPage</name>
    <message>
        <source>Filter by year, topic, text or answer</source>
        <translation>Фильтр: учебный год, тема, текст или ответ</translation>
    </message>
    <message>
        <source>Filter recommendations</source>
        <translation>Фильтр рекомендаций</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Ответить…</translation>
    </message>
    <message>
        <source>The chosen recommendation</source>
        <translation>Выбранная рекомендация</translation>
    </message>
    <message>
        <source>Add to partners</source>
        <translation>Добавить в партнёры</translation>
    </message>
    <message>
        <source>A partner school the municipality assigned joins the school&apos;s partners («Partnership») with its role once you add it.</source>
        <translation>Назначенная муниципалитетом школа-партнёр попадёт в партнёры школы (раздел «Партнёрство») со своей ролью, когда вы её добавите.</translation>
    </message>
    <message>
        <source>Recommendations (%1)</source>
        <translation>Рекомендации (%1)</translation>
    </message>
    <message>
        <source>Assigned partners (%1)</source>
        <translation>Назначенные партнёры (%1)</translation>
    </message>
    <message>
        <source>Monitoring figures (%1)</source>
        <translation>Показатели мониторинга (%1)</translation>
    </message>
    <message>
        <source>Package deadlines (%1)</source>
        <translation>Сроки сдачи пакетов (%1)</translation>
    </message>
    <message>
        <source>Packages received (%1)</source>
        <translation>Полученные пакеты (%1)</translation>
    </message>
    <message>
        <source>From «%1»: package No. %2 of %3, loaded on %4.</source>
        <translation>От «%1»: пакет №%2 от %3, загружен %4.</translation>
    </message>
    <message>
        <source>Nothing has come from the municipality yet. When the methodologist gives you the school&apos;s file, load it with «Load a municipality package…».</source>
        <translation>От муниципалитета ещё ничего не получено. Когда методист передаст файл для школы, загрузите его кнопкой «Загрузить пакет муниципалитета…».</translation>
    </message>
    <message>
        <source>Recommendations without an answer: %1</source>
        <translation>Рекомендаций без ответа: %1</translation>
    </message>
    <message>
        <source>the answer date has passed: %1</source>
        <translation>срок ответа прошёл: %1</translation>
    </message>
    <message>
        <source>Recommendation of %1</source>
        <translation>Рекомендация от %1</translation>
    </message>
    <message>
        <source>The school&apos;s answer of %1: %2</source>
        <translation>Ответ школы от %1: %2</translation>
    </message>
</context>
<context>
    <name>ReturnPackages</name>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендаций</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёров</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показателей</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>ReturnsPanel</name>
    <message>
        <source>A return package carries everything written for a school under «Schools» → «Recommendations and assignments…»: recommendations, partner schools, monitoring figures, and the deadlines. It is encrypted to the school; only schools whose package was loaded can get one.</source>
        <translation>Пакет для школы несёт всё, что записано для неё в разделе «Школы» → «Рекомендации и назначения…»: рекомендации, школы-партнёры, данные мониторинга, а также сроки сдачи пакетов. Он зашифрован для этой школы; записать его можно только школам, чей пакет уже загружен.</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>&amp;Школа:</translation>
    </message>
    <message>
        <source>Write a package for the chosen school…</source>
        <translation>Записать пакет выбранной школе…</translation>
    </message>
    <message>
        <source>Write packages for all schools…</source>
        <translation>Записать пакеты всем школам…</translation>
    </message>
    <message>
        <source>Return packages written:</source>
        <translation>Записанные пакеты для школ:</translation>
    </message>
    <message>
        <source>Return packages written</source>
        <translation>Записанные пакеты для школ</translation>
    </message>
    <message>
        <source>No school&apos;s package has been loaded yet: there is no one to write to.</source>
        <translation>Ещё не загружен ни один пакет школы: записывать пакеты некому.</translation>
    </message>
    <message>
        <source>Where to write the return packages</source>
        <translation>Куда записать пакеты для школ</translation>
    </message>
    <message>
        <source>Writing the return packages…</source>
        <translation>Запись пакетов для школ…</translation>
    </message>
    <message>
        <source>Return packages written: %1 (folder %2).</source>
        <translation>Записано пакетов для школ: %1 (папка %2).</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…и ещё %1</translation>
    </message>
    <message>
        <source>Packages for schools</source>
        <translation>Пакеты для школ</translation>
    </message>
</context>
<context>
    <name>SchoolPackages</name>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>will be accepted</source>
        <translation>будет принят</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>already loaded</source>
        <translation>уже загружен</translation>
    </message>
    <message>
        <source>refused — %1</source>
        <translation>отклонён — %1</translation>
    </message>
    <message>
        <source>receipt not written — %1</source>
        <translation>квитанция не записана — %1</translation>
    </message>
    <message>
        <source>all files</source>
        <translation>все файлы</translation>
    </message>
    <message>
        <source>accepted files</source>
        <translation>принятые</translation>
    </message>
    <message>
        <source>files already loaded</source>
        <translation>уже загруженные</translation>
    </message>
    <message>
        <source>refused files</source>
        <translation>отклонённые</translation>
    </message>
</context>
</TS>
