<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiErrorBodyParser</name>
    <message numerus="yes">
        <location filename="../api/json/ApiErrorBodyParser.cpp" line="+262"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliBulkReport</name>
    <message numerus="yes">
        <location filename="../cli/bulk/CliBulkReport.cpp" line="+117"/>
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
        <location filename="../cli/arguments/CliHelpFields.cpp" line="+64"/>
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
        <location filename="../models/profile/ProfileSchema.cpp" line="+221"/>
        <source>%1 can be at most %n characters long.</source>
        <translation>
            <numerusform>%1 can be at most %n character long.</numerusform>
            <numerusform>%1 can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::BulkChangeDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulk/BulkChangeDialog.cpp" line="+129"/>
        <source>Change preferences for %n people</source>
        <translation>
            <numerusform>Change preferences for %n person</numerusform>
            <numerusform>Change preferences for %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change profiles for %n people</source>
        <translation>
            <numerusform>Change the profile of %n person</numerusform>
            <numerusform>Change profiles for %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>&amp;Apply to %n people</source>
        <translation>
            <numerusform>&amp;Apply to %n person</numerusform>
            <numerusform>&amp;Apply to %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Retry %n failed</source>
        <translation>
            <numerusform>&amp;Retry %n failed</numerusform>
            <numerusform>&amp;Retry %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Exported %n people to %1.</source>
        <translation>
            <numerusform>Exported %n person to %1.</numerusform>
            <numerusform>Exported %n people to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::BulkRunPanel</name>
    <message numerus="yes">
        <location filename="../ui/bulk/BulkRunPanel.cpp" line="+27"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n people in this change</source>
        <translation>
            <numerusform>%n person in this change</numerusform>
            <numerusform>%n people in this change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>The service asked to slow down: waiting %n s.</source>
        <translation>
            <numerusform>The service asked to slow down: waiting %n s.</numerusform>
            <numerusform>The service asked to slow down: waiting %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n to change.</source>
        <translation>
            <numerusform>%n to change.</numerusform>
            <numerusform>%n to change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n applied.</source>
        <translation>
            <numerusform>%n applied.</numerusform>
            <numerusform>%n applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already set: no change.</source>
        <translation>
            <numerusform>%n already set: no change.</numerusform>
            <numerusform>%n already set: no change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n you may not change: skipped.</source>
        <translation>
            <numerusform>%n you may not change: skipped.</numerusform>
            <numerusform>%n you may not change: skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not be read: skipped.</source>
        <translation>
            <numerusform>%n could not be read: skipped.</numerusform>
            <numerusform>%n could not be read: skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid.</source>
        <translation>
            <numerusform>%n invalid.</numerusform>
            <numerusform>%n invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused by the service.</source>
        <translation>
            <numerusform>%n refused by the service.</numerusform>
            <numerusform>%n refused by the service.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not sent.</source>
        <translation>
            <numerusform>%n not sent.</numerusform>
            <numerusform>%n not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::DraftOfferBanner</name>
    <message numerus="yes">
        <location filename="../ui/editing/DraftOfferBanner.cpp" line="+63"/>
        <source>%n unsaved changes for %1, from %2, kept on this computer.</source>
        <translation>
            <numerusform>%n unsaved change for %1, from %2, kept on this computer.</numerusform>
            <numerusform>%n unsaved changes for %1, from %2, kept on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n more people have unsaved changes.)</source>
        <translation>
            <numerusform>(%n more person has unsaved changes.)</numerusform>
            <numerusform>(%n more people have unsaved changes.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::HistoryPage</name>
    <message numerus="yes">
        <location filename="../ui/history/HistoryPage.cpp" line="+83"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+196"/>
        <source>Exported %n changes to %1.</source>
        <translation>
            <numerusform>Exported %n change to %1.</numerusform>
            <numerusform>Exported %n changes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::JournalSession</name>
    <message numerus="yes">
        <location filename="../app/journal/JournalSession.cpp" line="+165"/>
        <location line="+5"/>
        <source>%n changes waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::MeApiPage</name>
    <message numerus="yes">
        <location filename="../ui/meapi/MeApiPage.cpp" line="+301"/>
        <source>This session token lasts %n second(s) and cannot be renewed: sign in to keep working after it ends.</source>
        <extracomment>%n: the pasted session token&apos;s lifetime in seconds.</extracomment>
        <translation>
            <numerusform>This session token lasts %n second and cannot be renewed: sign in to keep working after it ends.</numerusform>
            <numerusform>This session token lasts %n seconds and cannot be renewed: sign in to keep working after it ends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::MeSignIn</name>
    <message numerus="yes">
        <location filename="../models/meapi/signin/MeSignIn.cpp" line="+218"/>
        <source>Enter the %n-digit code.</source>
        <translation>
            <numerusform>Enter the %n-digit code.</numerusform>
            <numerusform>Enter the %n-digit code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::MeSignInDialog</name>
    <message numerus="yes">
        <location filename="../ui/meapi/MeSignInDialog.cpp" line="+344"/>
        <source>Your account has a second factor: enter the %n-digit code your authenticator app shows.</source>
        <translation>
            <numerusform>Your account has a second factor: enter the %n-digit code your authenticator app shows.</numerusform>
            <numerusform>Your account has a second factor: enter the %n-digit code your authenticator app shows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::NavigationList</name>
    <message numerus="yes">
        <location filename="../ui/shell/NavigationList.cpp" line="+105"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::PeopleSelectionBar</name>
    <message numerus="yes">
        <location filename="../ui/people/PeopleSelectionBar.cpp" line="+149"/>
        <source>%n selected (reading the rest…)</source>
        <translation>
            <numerusform>%n selected (reading the rest…)</numerusform>
            <numerusform>%n selected (reading the rest…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Select all %n &amp;matches</source>
        <translation>
            <numerusform>Select the %n &amp;match</numerusform>
            <numerusform>Select all %n &amp;matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Change &amp;preferences for %n people…</source>
        <translation>
            <numerusform>Change &amp;preferences for %n person…</numerusform>
            <numerusform>Change &amp;preferences for %n people…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Change prof&amp;iles for %n people…</source>
        <translation>
            <numerusform>Change prof&amp;iles for %n person…</numerusform>
            <numerusform>Change prof&amp;iles for %n people…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::PeopleView</name>
    <message numerus="yes">
        <location filename="../ui/people/PeopleView.cpp" line="+119"/>
        <source>%1 of %n people loaded</source>
        <translation>
            <numerusform>%1 of %n person loaded</numerusform>
            <numerusform>%1 of %n people loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>%n users</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::SessionWatch</name>
    <message numerus="yes">
        <location filename="../ui/meapi/SessionWatch.cpp" line="+70"/>
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::TimeZonePicker</name>
    <message numerus="yes">
        <location filename="../ui/widgets/TimeZonePicker.cpp" line="+83"/>
        <source>%n timezones</source>
        <translation>
            <numerusform>%n timezone</numerusform>
            <numerusform>%n timezones</numerusform>
        </translation>
    </message>
</context>
</TS>
