<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiErrorBodyParser</name>
    <message numerus="yes">
        <location filename="../api/json/ApiErrorBodyParser.cpp" line="+256"/>
        <source>%1 (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliBulkReport</name>
    <message numerus="yes">
        <location filename="../cli/bulk/CliBulkReport.cpp" line="+115"/>
        <source>%n people could not be changed: their lines say why</source>
        <translation>
            <numerusform>%n person could not be changed: their line says why</numerusform>
            <numerusform>%n people could not be changed: their lines say why</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelpFields</name>
    <message numerus="yes">
        <location filename="../cli/arguments/CliHelpFields.cpp" line="+62"/>
        <source>text, up to %n characters</source>
        <translation>
            <numerusform>text, up to %n character</numerusform>
            <numerusform>text, up to %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>text, line breaks allowed, up to %n characters</source>
        <translation>
            <numerusform>text, line breaks allowed, up to %n character</numerusform>
            <numerusform>text, line breaks allowed, up to %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>text, up to %n characters; cannot be cleared</source>
        <translation>
            <numerusform>text, up to %n character; cannot be cleared</numerusform>
            <numerusform>text, up to %n characters; cannot be cleared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>https:// address, up to %n characters</source>
        <translation>
            <numerusform>https:// address, up to %n character</numerusform>
            <numerusform>https:// address, up to %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>e-mail address, up to %n characters</source>
        <translation>
            <numerusform>e-mail address, up to %n character</numerusform>
            <numerusform>e-mail address, up to %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileSchema</name>
    <message numerus="yes">
        <location filename="../models/profile/ProfileSchema.cpp" line="+219"/>
        <source>%1 can be at most %n characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::BulkChangeDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulk/BulkChangeDialog.cpp" line="+60"/>
        <source>Change preferences for %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change profiles for %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>&amp;Apply to %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Retry %n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Exported %n people to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::BulkRunPanel</name>
    <message numerus="yes">
        <location filename="../ui/bulk/BulkRunPanel.cpp" line="+23"/>
        <source>about %n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>The service asked to slow down: waiting %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n to change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already set: no change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n you may not change: skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not be read: skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused by the service.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::DraftOfferBanner</name>
    <message numerus="yes">
        <location filename="../ui/editing/DraftOfferBanner.cpp" line="+39"/>
        <source>%n unsaved changes for %1, from %2, kept on this computer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(%n more people have unsaved changes.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::HistoryPage</name>
    <message numerus="yes">
        <location filename="../ui/history/HistoryPage.cpp" line="+164"/>
        <source>%n changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>Exported %n changes to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::JournalSession</name>
    <message numerus="yes">
        <location filename="../app/journal/JournalSession.cpp" line="+158"/>
        <source>%n changes waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::PeopleSelectionBar</name>
    <message numerus="yes">
        <location filename="../ui/people/PeopleSelectionBar.cpp" line="+127"/>
        <source>%n selected (reading the rest…)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Select all %n &amp;matches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Change &amp;preferences for %n people…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Change pro&amp;files for %n people…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::PeopleView</name>
    <message numerus="yes">
        <location filename="../ui/people/PeopleView.cpp" line="+212"/>
        <source>%n users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::SessionWatch</name>
    <message numerus="yes">
        <location filename="../ui/meapi/SessionWatch.cpp" line="+57"/>
        <source>in %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
