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
</TS>
