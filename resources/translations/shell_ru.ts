<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This section is being prepared and will arrive in an update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error occurred. The details are written to the log file in the data folder&apos;s logs subfolder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perekhod</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current academic year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils / teachers / classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodologist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Updating the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Perekhod — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Perekhod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transition programme: goal, problem analysis, tasks, planned results and their degree of achievement year by year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap: activities with periods, responsible people, forecast and actual results, status and reasons for non-execution; overdue reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators with baseline, target and actual values per academic year, charts and a dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner schools, cooperation agreements, targeted support plans, joint events and network-interaction criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deficit self-assessment by versioned instruments, comparison over years and the trail from each deficit to the actions taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reports for the municipality (annual summary, roadmap, partnership, self-assessment) and Excel exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange with municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed exchange files for the USB stick: send the school&apos;s data to the municipality and load its recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools whose exchange files were loaded, side by side: programmes, roadmap execution, indicators, partnerships and deficits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytical report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s annual analytical report built from the schools&apos; data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange with schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the schools&apos; exchange files and send back recommendations, partner assignments, monitoring figures and instruments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
