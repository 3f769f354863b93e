<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarFile</name>
    <message numerus="yes">
        <source>Saved %n device(s) to {path}. Open it with your calendar app; importing a newer file again updates the same events.</source>
        <translation>
            <numerusform>Saved %n device to {path}. Open it with your calendar app; importing a newer file again updates the same events.</numerusform>
            <numerusform>Saved %n devices to {path}. Open it with your calendar app; importing a newer file again updates the same events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n finding:</numerusform>
            <numerusform>%n findings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InjectorsPage</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the expired device(s).</source>
        <translation>
            <numerusform>Replace the expired device.</numerusform>
            <numerusform>Replace the %n expired devices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n device(s) will be out of date by then.</source>
        <translation>
            <numerusform>%n device will be out of date by then.</numerusform>
            <numerusform>%n devices will be out of date by then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurgeryPage</name>
    <message numerus="yes">
        <source>%n page(s), {paper}</source>
        <translation>
            <numerusform>%n page, {paper}</numerusform>
            <numerusform>%n pages, {paper}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslatedCalendarWords</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
