<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>The package is one file for a USB stick: all the school&apos;s data and the annual summary PDF, signed by the school&apos;s key.</source>
        <translation>Пакет — один файл для флешки: все данные школы и годовой отчёт PDF, подписанные ключом школы.</translation>
    </message>
    <message>
        <source>Changed since the last package:</source>
        <translation>Изменилось с последнего пакета:</translation>
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
        <source>Load receipt…</source>
        <translation>Загрузить квитанцию…</translation>
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
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <source>Exchange files (*.perekhod)</source>
        <translation>Файлы обмена (*.perekhod)</translation>
    </message>
    <message>
        <source>Package No. %1 was received by the municipality on %2.</source>
        <translation>Пакет №%1 получен муниципалитетом %2.</translation>
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
        <source>Load the files schools bring on USB sticks. A preview first shows what each file would change; nothing is written until you press «Load».</source>
        <translation>Загрузка файлов, которые школы приносят на флешках. Сначала предварительный просмотр показывает, что изменит каждый файл; в базу ничего не записывается, пока вы не нажмёте «Загрузить».</translation>
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
