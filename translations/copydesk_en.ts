<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DiffView</name>
    <message numerus="yes">
        <source>Too many changes to show them all: %n more not shown.</source>
        <translation>
            <numerusform>Too many changes to show them all: %n more not shown.</numerusform>
            <numerusform>Too many changes to show them all: %n more not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Tag to add to %n story(ies):</source>
        <translation>
            <numerusform>Tag to add to %n story:</numerusform>
            <numerusform>Tag to add to %n stories:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n story(ies):</source>
        <translation>
            <numerusform>Tag to remove from %n story:</numerusform>
            <numerusform>Tag to remove from %n stories:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” added to %n story(ies).</source>
        <translation>
            <numerusform>“%1” added to %n story.</numerusform>
            <numerusform>“%1” added to %n stories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” removed from %n story(ies).</source>
        <translation>
            <numerusform>“%1” removed from %n story.</numerusform>
            <numerusform>“%1” removed from %n stories.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishQueue</name>
    <message numerus="yes">
        <source>Given up after %n attempts: %1</source>
        <translation>
            <numerusform>Given up after %n attempt: %1</numerusform>
            <numerusform>Given up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryFilterBar</name>
    <message numerus="yes">
        <source>%Ln story(ies)</source>
        <translation>
            <numerusform>%Ln story</numerusform>
            <numerusform>%Ln stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerController</name>
    <message numerus="yes">
        <source>Merge %n tag(s) into “%1”? %2 stories will carry “%1” instead.</source>
        <translation>
            <numerusform>Merge %n tag into “%1”? %2 stories will carry “%1” instead.</numerusform>
            <numerusform>Merge %n tags into “%1”? %2 stories will carry “%1” instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the kind of %n tag(s)</source>
        <translation>
            <numerusform>Change the kind of %n tag</numerusform>
            <numerusform>Change the kind of %n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)? They will be taken off %1 stories.</source>
        <translation>
            <numerusform>Delete %n tag? It will be taken off %1 stories.</numerusform>
            <numerusform>Delete %n tags? They will be taken off %1 stories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)</source>
        <translation>
            <numerusform>Delete %n tag</numerusform>
            <numerusform>Delete %n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextStatistics</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln min read</numerusform>
            <numerusform>%Ln min read</numerusform>
        </translation>
    </message>
</context>
</TS>
