<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Account</name>
    <message>
        <location filename="../models/accounts/Account.cpp" line="+67"/>
        <source>Me API</source>
        <translation>Me API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <extracomment>Account switcher entry: name — server</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2 — %3</source>
        <extracomment>Account switcher entry: name — role — server, e.g. &quot;Maya Thompson — Administrator — valara.cloud&quot;</extracomment>
        <translation>%1 — %2 — %3</translation>
    </message>
</context>
<context>
    <name>ApiErrorBodyParser</name>
    <message>
        <location filename="../api/json/ApiErrorBodyParser.cpp" line="+118"/>
        <source>This value was not accepted.</source>
        <translation>Dieser Wert wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiteres Feld)</numerusform>
            <numerusform>%1 (und %n weitere Felder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiErrorDecoder</name>
    <message>
        <location filename="../api/json/ApiErrorDecoder.cpp" line="+83"/>
        <location line="+5"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not connect to the server: the connection was refused.</source>
        <translation>Keine Verbindung zum Server möglich: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s address could not be found.</source>
        <translation>Die Adresse des Servers wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Der Server hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection to the server could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server redirected the request to an unsafe location.</source>
        <translation>Der Server hat die Anfrage an eine unsichere Adresse umgeleitet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server redirected the request in a loop, so it was given up.</source>
        <translation>Der Server hat die Anfrage im Kreis umgeleitet; sie wurde daher abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s answer could not be understood (it broke the HTTP protocol).</source>
        <translation>Die Antwort des Servers war unverständlich (sie verletzt das HTTP-Protokoll).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A network error occurred.</source>
        <translation>Ein Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network error occurred: %1</source>
        <translation>Ein Netzwerkfehler ist aufgetreten: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server could not accept the request.</source>
        <translation>Der Server konnte die Anfrage nicht annehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in failed: the API key or session was not accepted.</source>
        <translation>Anmeldung fehlgeschlagen: Der API-Schlüssel oder die Sitzung wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not allowed to do this.</source>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change conflicts with another change. Reload and try again.</source>
        <translation>Die Änderung steht im Konflikt mit einer anderen Änderung. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some values were not accepted.</source>
        <translation>Einige Werte wurden nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests. Try again shortly.</source>
        <translation>Zu viele Anfragen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation>Unerwartete Antwort vom Server (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ApiJobErrors</name>
    <message>
        <location filename="../api/http/ApiJobErrors.cpp" line="+19"/>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s answer was too large (over %1), so it was not read.</source>
        <translation>Die Antwort des Servers war zu groß (über %1) und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server redirected the request to %1. It was not followed, so that your credentials are sent to %2 only.</source>
        <translation>Der Server hat die Anfrage zu %1 umgeleitet. Der Umleitung wurde nicht gefolgt, damit Ihre Zugangsdaten nur an %2 gesendet werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s answer could not be understood (its compression could not be read).</source>
        <translation>Die Antwort des Servers war unverständlich (ihre Komprimierung war nicht lesbar).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server redirected the change (HTTP %1). A change is not sent on to another address, so it was not sent again; check the server address.</source>
        <translation>Der Server hat die Änderung umgeleitet (HTTP %1). Änderungen werden nicht an eine andere Adresse weitergeleitet, daher wurde sie nicht erneut gesendet. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server redirected the request (HTTP %1) without saying where to, or in a loop, so it was given up.</source>
        <translation>Der Server hat die Anfrage ohne Zieladresse oder im Kreis umgeleitet (HTTP %1); sie wurde daher abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer could not be understood (HTTP %1).</source>
        <translation>Die Antwort des Servers war unverständlich (HTTP %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The change was not sent: its idempotency key must be 1 to 255 visible ASCII characters, without spaces.</source>
        <translation>Die Änderung wurde nicht gesendet: Ihr Idempotenzschlüssel muss aus 1 bis 255 sichtbaren ASCII-Zeichen ohne Leerzeichen bestehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try again in %1 s.</source>
        <translation>Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again in %1 min.</source>
        <translation>Versuchen Sie es in %1 min erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again after %1.</source>
        <translation>Versuchen Sie es ab %1 erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server asked to wait before trying again (HTTP %1).</source>
        <translation>Der Server bittet, vor einem erneuten Versuch zu warten (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ApiResponseDecoder</name>
    <message>
        <location filename="../api/json/ApiResponseDecoder.cpp" line="+76"/>
        <source>The server&apos;s answer could not be understood (%1).</source>
        <translation>Die Antwort des Servers war unverständlich (%1).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it was empty</source>
        <translation>sie war leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected the Me API&apos;s envelope</source>
        <translation>erwartet wurde die Hülle der Me API</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a list</source>
        <translation>erwartet wurde eine Liste</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="+11"/>
        <source>Start a local sandbox with sample data and connect to it.</source>
        <translation>Eine lokale Sandbox mit Beispieldaten starten und sich damit verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the Valara service at &lt;url&gt; (for example https://valara.cloud), signing in with the API key in VALARA_API_KEY.</source>
        <translation>Mit dem Valara-Dienst unter &lt;url&gt; verbinden (zum Beispiel https://valara.cloud) und mit dem API-Schlüssel aus VALARA_API_KEY anmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a Me API account: with --base-url, signing in with the session token in VALARA_SESSION_TOKEN (asked for when it is not set); with --demo, the demo&apos;s.</source>
        <translation>Ein Me-API-Konto verwenden: mit --base-url angemeldet über das Sitzungstoken aus VALARA_SESSION_TOKEN (wird abgefragt, wenn nicht gesetzt); mit --demo das Konto der Demo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valara Desk: edit Valara user profiles and localization preferences.</source>
        <translation>Valara Desk: Profile sowie Spracheinstellungen und Formate von Valara-Benutzern bearbeiten.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use either --demo or --base-url, not both.</source>
        <translation>Verwenden Sie entweder --demo oder --base-url, nicht beides.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--me-api needs --base-url (or --demo).</source>
        <translation>--me-api erfordert --base-url (oder --demo).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--base-url needs an absolute URL such as https://valara.cloud, not &quot;%1&quot;.</source>
        <translation>--base-url erfordert eine absolute URL wie https://valara.cloud, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>VALARA_API_KEY is not set: not connecting to %1.</source>
        <translation>VALARA_API_KEY ist nicht gesetzt: Es wird keine Verbindung zu %1 hergestellt.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../app/AppSession.cpp" line="+112"/>
        <source>Not signed in: %1 did not accept the API key (request %2).</source>
        <translation>Nicht angemeldet: %1 hat den API-Schlüssel nicht akzeptiert (Anfrage %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+7"/>
        <location line="+17"/>
        <source>Could not start the demo: %1</source>
        <translation>Die Demo konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from Valara Desk? Its key is removed from the keychain, and the history of changes made from this computer for it is deleted. The account itself and its data on the service stay as they are.</source>
        <translation>%1 aus Valara Desk entfernen? Der Schlüssel wird aus dem Schlüsselbund entfernt und der Verlauf der Änderungen, die von diesem Computer aus für das Konto vorgenommen wurden, wird gelöscht. Das Konto selbst und seine Daten im Dienst bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The account was removed, but its change journal could not be deleted: %1</source>
        <translation>Das Konto wurde entfernt, aber sein Änderungsprotokoll konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>Caller</name>
    <message>
        <location filename="../models/caller/Caller.cpp" line="+20"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker</source>
        <translation>Makler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation>Fotograf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../cli/CliApplication.cpp" line="+102"/>
        <source>not signed in to the Me API: run valara-cli me login (with the same --token-file, if one was given), or set VALARA_SESSION_TOKEN</source>
        <translation>nicht bei der Me API angemeldet: führen Sie valara-cli me login aus (mit derselben --token-file, falls eine angegeben wurde) oder setzen Sie VALARA_SESSION_TOKEN</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>nobody in team %1 is visible to the caller: nothing sent</source>
        <extracomment>%1: the team id given with --team.</extracomment>
        <translation>im Team %1 ist für den Aufrufer niemand sichtbar: nichts gesendet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>history needs a journal: --journal PATH, or set %1</source>
        <extracomment>%1: the name of the environment variable (VALARA_JOURNAL).</extracomment>
        <translation>history braucht ein Protokoll: --journal PATH, oder setzen Sie %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no journal at %1 (a write with --journal %1 starts it)</source>
        <extracomment>%1: the journal&apos;s file path.</extracomment>
        <translation>unter %1 gibt es kein Protokoll (ein Schreibvorgang mit --journal %1 legt es an)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>warning: %1</source>
        <extracomment>A warning on stderr: the command goes on. %1: what happened.</extracomment>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run &apos;valara-cli --help&apos; for the commands, options and fields.</source>
        <translation>Führen Sie &apos;valara-cli --help&apos; aus, um die Befehle, Optionen und Felder zu sehen.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../cli/arguments/CliArguments.cpp" line="+39"/>
        <source>%1 is a global option: put it before the command</source>
        <extracomment>%1: the option as given (--timeout).</extracomment>
        <translation>%1 ist eine globale Option: Geben Sie sie vor dem Befehl an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown option &quot;%1&quot; for the command</source>
        <extracomment>%1: the option as given, in the command&apos;s place.</extracomment>
        <translation>unbekannte Option „%1“ für den Befehl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a global option: put it before the command (valara-cli %1 ... %2)</source>
        <extracomment>%1: the option as given (--timeout); %2: the command it was given to (prefs set).</extracomment>
        <translation>%1 ist eine globale Option: Geben Sie sie vor dem Befehl an (valara-cli %1 ... %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown option &quot;%1&quot; for %2</source>
        <extracomment>%1: the option as given; %2: the command it was given to (prefs set).</extracomment>
        <translation>unbekannte Option „%1“ für %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs at least one FIELD=VALUE</source>
        <extracomment>%1: the command (prefs set).</extracomment>
        <translation>%1 braucht mindestens ein FIELD=VALUE</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>--timeout needs a number of seconds above 0 and at most %1, not &quot;%2&quot;</source>
        <extracomment>%1: the largest number accepted; %2: what was given.</extracomment>
        <translation>--timeout braucht eine Anzahl Sekunden über 0 und höchstens %1, nicht „%2“</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+223"/>
        <source>--journal needs a PATH</source>
        <translation>--journal braucht einen PATH</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &quot;%1&quot; after whoami</source>
        <translation>unerwartetes Argument „%1“ nach whoami</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown command &quot;%1&quot; (commands: whoami, users, prefs, profile, me, history)</source>
        <extracomment>%1: the word given as the command. The command names are not translated.</extracomment>
        <translation>unbekannter Befehl „%1“ (Befehle: whoami, users, prefs, profile, me, history)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument &quot;%1&quot; after users (to search, use users --query TEXT)</source>
        <translation>unerwartetes Argument „%1“ nach users (zum Suchen: users --query TEXT)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 given twice</source>
        <extracomment>%1: an option (--query).</extracomment>
        <translation>%1 zweimal angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a %2</source>
        <extracomment>%1: an option (--query); %2: the name of its value (TEXT), not translated.</extracomment>
        <translation>%1 braucht einen Wert %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 needs a sub-command: %1 get or %1 set</source>
        <extracomment>%1: the command (prefs or profile).</extracomment>
        <translation>%1 braucht einen Unterbefehl: %1 get oder %1 set</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown sub-command &quot;%1&quot;: use %2 get or %2 set</source>
        <extracomment>%1: the command as given (prefs frob); %2: the command (prefs or profile).</extracomment>
        <translation>unbekannter Unterbefehl „%1“: Verwenden Sie %2 get oder %2 set</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 takes USER or --users/--team, not both (&quot;%2&quot; is not FIELD=VALUE)</source>
        <extracomment>%1: the command (prefs set); %2: the word given.</extracomment>
        <translation>%1 erwartet USER oder --users/--team, nicht beides („%2“ ist kein FIELD=VALUE)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unexpected argument &quot;%1&quot; after %2 (%2 takes one USER)</source>
        <extracomment>%1: the word given; %2: the command (prefs get).</extracomment>
        <translation>unerwartetes Argument „%1“ nach %2 (%2 erwartet einen USER)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+97"/>
        <source>USER cannot be empty</source>
        <translation>USER darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>me needs a sub-command: me login, me get, me set-timezone ZONE, me clear-timezone or me logout</source>
        <translation>me braucht einen Unterbefehl: me login, me get, me set-timezone ZONE, me clear-timezone oder me logout</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown sub-command &quot;%1&quot;: use me login, me get, me set-timezone, me clear-timezone or me logout</source>
        <extracomment>%1: the command as given (me frob).</extracomment>
        <translation>unbekannter Unterbefehl „%1“: verwenden Sie me login, me get, me set-timezone, me clear-timezone oder me logout</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>me set-timezone needs a ZONE such as America/New_York</source>
        <translation>me set-timezone braucht eine ZONE wie America/New_York</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &quot;%1&quot; after %2</source>
        <extracomment>%1: the word given; %2: the command (me get).</extracomment>
        <translation>unerwartetes Argument „%1“ nach %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--journal given twice (before and after history)</source>
        <translation>--journal zweimal angegeben (vor und nach history)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot; after history (history takes one USER)</source>
        <translation>unerwartetes Argument „%1“ nach history (history erwartet einen USER)</translation>
    </message>
</context>
<context>
    <name>CliBulkOptions</name>
    <message>
        <location filename="../cli/arguments/CliBulkOptions.cpp" line="+18"/>
        <source>%1 given twice</source>
        <extracomment>%1: an option (--team).</extracomment>
        <translation>%1 zweimal angegeben</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 needs %2</source>
        <extracomment>%1: an option (--users); %2: the form of its value (ID[,ID...]), not translated.</extracomment>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--users and --team cannot be given together</source>
        <translation>--users und --team können nicht zusammen angegeben werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 goes with --users or --team</source>
        <extracomment>%1: an option (--jobs, --dry-run).</extracomment>
        <translation>%1 gehört zu --users oder --team</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--users needs user ids separated by commas, not &quot;%1&quot;</source>
        <extracomment>%1: what was given.</extracomment>
        <translation>--users braucht durch Kommas getrennte Benutzer-IDs, nicht „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--team needs a TEAM</source>
        <translation>--team braucht ein TEAM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--jobs needs a whole number from 1 to %1, not &quot;%2&quot;</source>
        <extracomment>%1: the largest number accepted; %2: what was given.</extracomment>
        <translation>--jobs braucht eine ganze Zahl von 1 bis %1, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>CliBulkReport</name>
    <message>
        <location filename="../cli/bulk/CliBulkReport.cpp" line="+93"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forbidden (%1)</source>
        <extracomment>%1: why, in the server&apos;s or the app&apos;s words.</extracomment>
        <translation>nicht erlaubt (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid (%1)</source>
        <extracomment>%1: why, in the server&apos;s or the app&apos;s words.</extracomment>
        <translation>ungültig (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read (%1)</source>
        <extracomment>%1: why, in the server&apos;s or the app&apos;s words.</extracomment>
        <translation>nicht lesbar (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not read (%1)</source>
        <extracomment>%1: why, in the server&apos;s or the app&apos;s words.</extracomment>
        <translation>nicht gelesen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n people could not be changed: their lines say why</source>
        <translation>
            <numerusform>%n Person konnte nicht geändert werden; der Grund steht in ihrer Zeile</numerusform>
            <numerusform>%n Personen konnten nicht geändert werden; die Gründe stehen in ihren Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <location filename="../cli/requests/CliConnection.cpp" line="+29"/>
        <source>%1 needs an absolute URL such as https://valara.cloud, not &quot;%2&quot;</source>
        <extracomment>%1: where the URL came from (--base-url or VALARA_BASE_URL); %2: what was given.</extracomment>
        <translation>%1 braucht eine absolute URL wie https://valara.cloud, nicht „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <extracomment>%1: where the URL came from (--base-url or VALARA_BASE_URL); %2: why it is refused.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>VALARA_API_KEY is not set: export the API key to use (Authorization: Bearer)</source>
        <translation>VALARA_API_KEY ist nicht gesetzt: Exportieren Sie den zu verwendenden API-Schlüssel (Authorization: Bearer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains spaces or control characters: it cannot be a valid token</source>
        <extracomment>%1: the environment variable (VALARA_API_KEY or VALARA_SESSION_TOKEN).</extracomment>
        <translation>%1 enthält Leer- oder Steuerzeichen: Das kann kein gültiges Token sein</translation>
    </message>
</context>
<context>
    <name>CliErrorReport</name>
    <message>
        <location filename="../cli/requests/CliErrorReport.cpp" line="+33"/>
        <source>Sign in again (valara-cli me login), or check VALARA_SESSION_TOKEN: the session may have ended</source>
        <translation>Melden Sie sich erneut an (valara-cli me login) oder prüfen Sie VALARA_SESSION_TOKEN: Die Sitzung ist möglicherweise beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check VALARA_API_KEY</source>
        <translation>Prüfen Sie VALARA_API_KEY</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (set VALARA_SESSION_TOKEN)</source>
        <extracomment>%1: why the Me API refuses an API key, in the desktop app&apos;s words.</extracomment>
        <translation>%1 (setzen Sie VALARA_SESSION_TOKEN)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request failed</source>
        <translation>Die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no answer from %1</source>
        <extracomment>%1: the server&apos;s address.</extracomment>
        <translation>keine Antwort von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>request %1</source>
        <extracomment>%1: the request id the server gave, for its support.</extracomment>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <extracomment>%1: what went wrong; %2: the facts about it, such as &quot;HTTP 403, request 7f3a&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2</source>
        <extracomment>%1: what went wrong; %2: what to do about it.</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../cli/arguments/CliHelp.cpp" line="+44"/>
        <source>Usage: %1</source>
        <extracomment>%1: the command line&apos;s form, not translated.</extracomment>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reads and changes Valara user profiles and localization preferences, and the Me API.</source>
        <translation>Liest und ändert Profile sowie Spracheinstellungen und Formate von Valara-Benutzern und die Me API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global options come before the command.</source>
        <translation>Globale Optionen stehen vor dem Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USER is a user id (see &quot;users&quot;). Without it, the command acts on the caller, looked up first with GET /api/v1/users/me. On success the server&apos;s answer is printed as JSON.</source>
        <translation>USER ist eine Benutzer-ID (siehe „users“). Ohne USER wirkt der Befehl auf den Aufrufer, der zuerst mit GET /api/v1/users/me ermittelt wird. Bei Erfolg wird die Antwort des Servers als JSON ausgegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preference fields (prefs set):</source>
        <translation>Felder der Einstellungen (prefs set):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile fields (profile set):</source>
        <translation>Felder des Profils (profile set):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many people (prefs set or profile set, --users or --team):</source>
        <translation>Mehrere Personen (prefs set oder profile set, --users oder --team):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history [USER] options (USER: only that user&apos;s changes):</source>
        <translation>Optionen von history [USER] (USER: nur die Änderungen dieses Benutzers):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the caller (GET /api/v1/users/me)</source>
        <translation>der Aufrufer (GET /api/v1/users/me)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users the caller may see (GET /api/v1/users?q=TEXT); TEXT matches id, names and e-mail</source>
        <translation>die Benutzer, die der Aufrufer sehen darf (GET /api/v1/users?q=TEXT); TEXT sucht in ID, Namen und E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a user&apos;s preferences</source>
        <translation>die Einstellungen eines Benutzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change only the given preferences</source>
        <translation>nur die angegebenen Einstellungen ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same preferences for each of these users (see Many people below)</source>
        <translation>dieselben Einstellungen für jeden dieser Benutzer (siehe „Mehrere Personen“ unten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same preferences for every user of team TEAM</source>
        <translation>dieselben Einstellungen für jeden Benutzer des Teams TEAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user&apos;s profile</source>
        <translation>das Profil eines Benutzers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change only the given profile fields</source>
        <translation>nur die angegebenen Profilfelder ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same profile fields for each of these users (an administrator; see Many people below)</source>
        <translation>dieselben Profilfelder für jeden dieser Benutzer (als Administrator; siehe „Mehrere Personen“ unten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same profile fields for every user of team TEAM</source>
        <translation>dieselben Profilfelder für jeden Benutzer des Teams TEAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in to the Me API (asks, or: --identifier EMAIL --password-stdin; --email-code; --org ORG; --token-file PATH where there is no keychain)</source>
        <translation>bei der Me API anmelden (fragt nach, oder: --identifier EMAIL --password-stdin; --email-code; --org ORG; --token-file PATH, wo es keinen Schlüsselbund gibt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the caller on the Me API (GET /v1/me)</source>
        <translation>der Aufrufer in der Me API (GET /v1/me)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the Me API timezone to an IANA name</source>
        <translation>die Zeitzone der Me API auf einen IANA-Namen setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clear the Me API timezone</source>
        <translation>die Zeitzone der Me API leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end the Me API sign-in and forget it</source>
        <translation>die Anmeldung bei der Me API beenden und vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the changes recorded in a journal, newest first (no network; see Journal below)</source>
        <translation>die in einem Protokoll aufgezeichneten Änderungen, neueste zuerst (ohne Netzwerk; siehe „Protokoll“ unten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server (default: $VALARA_BASE_URL, else %1; the legacy https://dash.jacoballenmedia.com is the same service). Plain http:// only to a loopback address</source>
        <extracomment>%1: the default server&apos;s address.</extracomment>
        <translation>der Server (Standard: $VALARA_BASE_URL, sonst %1; die alte Adresse https://dash.jacoballenmedia.com ist derselbe Dienst). Unverschlüsseltes http:// nur zu einer Loopback-Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give up after this long in all, retries and waits included (default %1, at most %2); one attempt takes at most 10</source>
        <extracomment>%1: the default number of seconds; %2: the largest number accepted.</extracomment>
        <translation>nach so langer Gesamtzeit aufgeben, Wiederholungen und Wartezeiten eingeschlossen (Standard %1, höchstens %2); ein Versuch dauert höchstens 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record every write (prefs set, profile set, me set-timezone, me clear-timezone) in the change journal at PATH (default: $%1); reads are not recorded</source>
        <extracomment>%1: the name of the environment variable (VALARA_JOURNAL).</extracomment>
        <translation>jeden Schreibvorgang (prefs set, profile set, me set-timezone, me clear-timezone) im Änderungsprotokoll unter PATH aufzeichnen (Standard: $%1); Lesevorgänge werden nicht aufgezeichnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split at the first &apos;=&apos;: title=A=B sets title to &quot;A=B&quot;. Quote values with spaces for the shell: title=&quot;Senior Agent&quot;.</source>
        <translation>Getrennt wird am ersten &apos;=&apos;: title=A=B setzt title auf &quot;A=B&quot;. Setzen Sie Werte mit Leerzeichen für die Shell in Anführungszeichen: title=&quot;Senior Agent&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty VALUE (title=) sends null: it clears a profile field and resets a preference to its default.</source>
        <translation>Ein leerer VALUE (title=) sendet null: Das leert ein Profilfeld und setzt eine Einstellung auf ihren Standardwert zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each field at most once. Names in snake_case or camelCase (cell_phone or cellPhone); they are always sent in snake_case.</source>
        <translation>Jedes Feld höchstens einmal. Namen in snake_case oder camelCase (cell_phone oder cellPhone); gesendet werden sie immer in snake_case.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every value is checked before anything is sent: on any problem, each one is reported and nothing is sent (exit code 2).</source>
        <translation>Jeder Wert wird geprüft, bevor etwas gesendet wird: Bei Problemen wird jedes gemeldet und nichts gesendet (Exit-Code 2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --journal PATH (or VALARA_JOURNAL), each write is recorded in PATH, an SQLite file in the desktop app&apos;s change journal format, created owner-only if missing.</source>
        <translation>Mit --journal PATH (oder VALARA_JOURNAL) wird jeder Schreibvorgang in PATH aufgezeichnet, einer SQLite-Datei im Format des Änderungsprotokolls der Desktop-App; fehlt sie, wird sie nur für den Eigentümer zugänglich angelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CLI first reads who the caller is and the record as it is (a GET of the same path, or GET /v1/me), records the change as &quot;sending&quot; with each field&apos;s server value and the idempotency key the request then carries, and records the answer: &quot;applied&quot;, or &quot;failed&quot; with the status, request id and error.</source>
        <translation>Die CLI liest zuerst, wer der Aufrufer ist, und den aktuellen Datensatz (ein GET desselben Pfads oder GET /v1/me), zeichnet die Änderung als &quot;sending&quot; auf, mit dem Serverwert jedes Felds und dem Idempotenzschlüssel, den die Anfrage dann trägt, und zeichnet die Antwort auf: &quot;applied&quot;, oder &quot;failed&quot; mit Status, Anfrage-ID und Fehler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A journal that cannot be opened or written stops the command before the write is sent (exit code 8); a damaged one is set aside, a new one started, and the write goes on with a warning.</source>
        <translation>Ein Protokoll, das sich nicht öffnen oder schreiben lässt, stoppt den Befehl, bevor der Schreibvorgang gesendet wird (Exit-Code 8); ein beschädigtes wird beiseitegelegt, ein neues begonnen, und der Schreibvorgang läuft mit einer Warnung weiter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The members are the users given, in that order, or the users whose team_id is TEAM in the list the caller may see (GET /api/v1/users, page after page).</source>
        <translation>Die Mitglieder sind die angegebenen Benutzer in dieser Reihenfolge oder die Benutzer mit team_id TEAM in der Liste, die der Aufrufer sehen darf (GET /api/v1/users, Seite für Seite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each member&apos;s preferences or profile are read first: only the fields that differ are sent, one PATCH per member with its own idempotency key; a member already at the values is not sent, and one the caller may not change is refused without a request.</source>
        <translation>Die Einstellungen oder das Profil jedes Mitglieds werden zuerst gelesen: Nur abweichende Felder werden gesendet, ein PATCH pro Mitglied mit eigenem Idempotenzschlüssel; an ein Mitglied, das die Werte schon hat, wird nichts gesendet, und eines, das der Aufrufer nicht ändern darf, wird ohne Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferences (R1): their own, an administrator anyone&apos;s, a broker or photographer those of the teams they manage, as the user list shows them; an empty VALUE (reset to the default) is not taken here.</source>
        <translation>Einstellungen (R1): jeder die eigenen, ein Administrator die aller, ein Makler oder Fotograf die der Teams, die er leitet, wie die Benutzerliste sie zeigt; ein leerer VALUE (Zurücksetzen auf den Standardwert) wird hier nicht angenommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles (R2): an administrator anyone&apos;s, anybody else only their own; an empty VALUE clears the field for every member; the admin-only fields are refused as for one person.</source>
        <translation>Profile (R2): ein Administrator jedes, alle anderen nur das eigene; ein leerer VALUE leert das Feld für jedes Mitglied; die Felder nur für Administratoren werden wie bei einer einzelnen Person abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output is one JSON object per member and line: {&quot;user_id&quot;, &quot;result&quot;: applied, unchanged, refused, invalid, failed or not_sent, &quot;status&quot;: the HTTP status or null, &quot;request_id&quot;, &quot;error&quot;}. A line on stderr says how many members could not be changed.</source>
        <extracomment>The JSON keys and the result values are not translated.</extracomment>
        <translation>Die Ausgabe ist ein JSON-Objekt pro Mitglied und Zeile: {&quot;user_id&quot;, &quot;result&quot;: applied, unchanged, refused, invalid, failed oder not_sent, &quot;status&quot;: der HTTP-Status oder null, &quot;request_id&quot;, &quot;error&quot;}. Eine Zeile auf stderr nennt, wie viele Mitglieder nicht geändert werden konnten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --journal each sent change is recorded. When the --timeout runs out, members not yet sent are not_sent. Nothing is printed when nothing could start: the usual exit codes then (a TEAM with nobody the caller sees: 4).</source>
        <translation>Mit --journal wird jede gesendete Änderung aufgezeichnet. Läuft --timeout ab, sind noch nicht gesendete Mitglieder not_sent. Konnte nichts beginnen, wird nichts ausgegeben: Es gelten dann die üblichen Exit-Codes (ein TEAM, in dem der Aufrufer niemanden sieht: 4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>requests at a time, 1 to %1 (default %1)</source>
        <extracomment>%1: the largest number of requests at a time, also the default.</extracomment>
        <translation>gleichzeitige Anfragen, 1 bis %1 (Standard %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send nothing: print each member&apos;s change, one line each (g1: theme: &quot;light&quot; → &quot;dark&quot;), or &quot;no change&quot;, or &quot;forbidden&quot; and why</source>
        <translation>nichts senden: die Änderung jedes Mitglieds ausgeben, je eine Zeile (g1: theme: &quot;light&quot; → &quot;dark&quot;), oder „keine Änderung“, oder „nicht erlaubt“ mit Grund</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the journal to read (default: the global --journal, else $%1)</source>
        <extracomment>%1: the name of the environment variable (VALARA_JOURNAL).</extracomment>
        <translation>das zu lesende Protokoll (Standard: das globale --journal, sonst $%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only changes of this field</source>
        <translation>nur Änderungen dieses Felds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only changes made since DATE: YYYY-MM-DD (local midnight) or an ISO 8601 time such as 2026-01-31T09:00:00Z</source>
        <translation>nur Änderungen seit DATE: JJJJ-MM-TT (Mitternacht Ortszeit) oder ein Zeitpunkt nach ISO 8601 wie 2026-01-31T09:00:00Z</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only changes in this state: draft, sending, applied, failed or conflicted</source>
        <extracomment>The states are not translated: they are what --state takes.</extracomment>
        <translation>nur Änderungen in diesem Zustand: draft, sending, applied, failed oder conflicted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a JSON array for scripts (times in ISO 8601 UTC; server_value left out where the field was absent) instead of the table</source>
        <translation>ein JSON-Array für Skripte (Zeiten in ISO 8601 UTC; server_value fehlt, wo das Feld nicht vorhanden war) statt der Tabelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server when --base-url is not given</source>
        <translation>der Server, wenn --base-url nicht angegeben ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key for whoami, users, prefs and profile</source>
        <translation>API-Schlüssel für whoami, users, prefs und profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a session token for the me commands, used as it is instead of the sign-in of me login (an API key is refused there: API keys are not user-scoped)</source>
        <translation>ein Sitzungstoken für die me-Befehle, unverändert verwendet statt der Anmeldung von me login (ein API-Schlüssel wird dort abgelehnt: API-Schlüssel sind nicht benutzerbezogen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the publishable key of the Me API&apos;s sign-in service, for me login when --publishable-key is not given</source>
        <translation>der öffentliche Schlüssel (Publishable Key) des Anmeldedienstes der Me API, für me login, wenn --publishable-key fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the journal when --journal is not given</source>
        <translation>das Protokoll, wenn --journal nicht angegeben ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the language of the help and the messages (the JSON output is never translated)</source>
        <translation>die Sprache der Hilfe und der Meldungen (die JSON-Ausgabe wird nie übersetzt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;valara.*.debug=true&quot; traces the requests on stderr; tokens are never printed</source>
        <translation>&quot;valara.*.debug=true&quot; protokolliert die Anfragen auf stderr; Tokens werden nie ausgegeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage error or a value refused locally (nothing was sent)</source>
        <translation>Aufruffehler oder lokal abgelehnter Wert (nichts wurde gesendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not signed in or not allowed (HTTP 401, 403)</source>
        <translation>nicht angemeldet oder nicht berechtigt (HTTP 401, 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found (HTTP 404), no journal file for history, or nobody in the --team</source>
        <translation>nicht gefunden (HTTP 404), keine Protokolldatei für history oder niemand im --team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused by the server (HTTP 400, 409, 422)</source>
        <translation>vom Server abgelehnt (HTTP 400, 409, 422)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network error, timeout, rate limit, server error or an answer that cannot be read, after retries</source>
        <translation>Netzwerkfehler, Zeitüberschreitung, Ratenbegrenzung, Serverfehler oder unlesbare Antwort, nach Wiederholungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--users or --team: a member was refused, invalid, failed or not sent (each member&apos;s line says which); a dry run: one would be</source>
        <translation>--users oder --team: ein Mitglied wurde abgelehnt, war ungültig, ist fehlgeschlagen oder wurde nicht gesendet (die Zeile jedes Mitglieds sagt, was); ein Probelauf (--dry-run): eines wäre es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the journal cannot be opened, read or written (for a write: nothing was sent)</source>
        <translation>das Protokoll lässt sich nicht öffnen, lesen oder schreiben (bei einem Schreibvorgang: nichts wurde gesendet)</translation>
    </message>
</context>
<context>
    <name>CliHelpFields</name>
    <message>
        <location filename="../cli/arguments/CliHelpFields.cpp" line="+32"/>
        <source>%1 (default %2)</source>
        <extracomment>%1: the values a preference takes, as sent (&quot;light, dark, system&quot;); %2: the one the server uses when none is set.</extracomment>
        <translation>%1 (Standard %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an IANA timezone, such as Europe/Paris (default %1)</source>
        <extracomment>%1: the default timezone.</extracomment>
        <translation>eine IANA-Zeitzone wie Europe/Paris (Standard %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a BCP 47 language tag, such as pt-BR (default %1)</source>
        <extracomment>%1: the default language tag (en-US).</extracomment>
        <translation>ein BCP-47-Sprach-Tag wie pt-BR (Standard %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>text, up to %n characters</source>
        <translation>
            <numerusform>Text, bis zu %n Zeichen</numerusform>
            <numerusform>Text, bis zu %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>text, line breaks allowed, up to %n characters</source>
        <translation>
            <numerusform>Text, Zeilenumbrüche erlaubt, bis zu %n Zeichen</numerusform>
            <numerusform>Text, Zeilenumbrüche erlaubt, bis zu %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>text, up to %n characters; cannot be cleared</source>
        <translation>
            <numerusform>Text, bis zu %n Zeichen; kann nicht geleert werden</numerusform>
            <numerusform>Text, bis zu %n Zeichen; kann nicht geleert werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone number (+1 650 253 0000; without a country code, read in the region of your locale or the US), sent as E.164</source>
        <translation>Telefonnummer (+1 650 253 0000; ohne Ländervorwahl gelesen in der Region Ihres Gebietsschemas oder der USA), gesendet als E.164</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>US state code or name (TX, Texas), sent as the code</source>
        <translation>Kürzel oder Name eines US-Bundesstaats (TX, Texas), gesendet als Kürzel</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>https:// address, up to %n characters</source>
        <translation>
            <numerusform>https://-Adresse, bis zu %n Zeichen</numerusform>
            <numerusform>https://-Adresse, bis zu %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>e-mail address, up to %n characters</source>
        <translation>
            <numerusform>E-Mail-Adresse, bis zu %n Zeichen</numerusform>
            <numerusform>E-Mail-Adresse, bis zu %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date, YYYY-MM-DD</source>
        <translation>Datum, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of %1</source>
        <extracomment>%1: the values a field takes, as sent (admin, broker, agent, photographer).</extracomment>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator changes %1 (with PUT): profile set refuses them.</source>
        <extracomment>%1: field names, as sent (email, role, …).</extracomment>
        <translation>Nur ein Administrator ändert %1 (mit PUT): profile set lehnt diese Felder ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only, set by the service: %1.</source>
        <extracomment>%1: field names, as sent (id, created_at, …).</extracomment>
        <translation>Schreibgeschützt, vom Dienst gesetzt: %1.</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../cli/journal/CliHistory.cpp" line="+90"/>
        <source>--since needs a date such as 2026-01-31 or 2026-01-31T09:00:00Z, not &quot;%1&quot;</source>
        <extracomment>%1: what was given.</extracomment>
        <translation>--since braucht ein Datum wie 2026-01-31 oder 2026-01-31T09:00:00Z, nicht „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--state needs one of %1, not &quot;%2&quot;</source>
        <extracomment>%1: the states, not translated (draft, sending, …); %2: what was given.</extracomment>
        <translation>--state braucht einen der Werte %1, nicht „%2“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(absent)</source>
        <extracomment>In the history table: the field was absent on the server.</extracomment>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No entries in the journal match.</source>
        <translation>Keine Einträge im Protokoll passen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WHEN</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUEST</source>
        <translation>ANFRAGE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUEST ID</source>
        <translation>ANFRAGE-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
</context>
<context>
    <name>CliJournal</name>
    <message>
        <location filename="../cli/journal/CliJournal.cpp" line="+43"/>
        <source>the journal %1 cannot be used: %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: why.</extracomment>
        <translation>das Protokoll %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the journal %1 cannot be used: the server did not say who the caller is</source>
        <extracomment>%1: the journal&apos;s file path.</extracomment>
        <translation>das Protokoll %1 kann nicht verwendet werden: Der Server hat nicht mitgeteilt, wer der Aufrufer ist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal %1 is not open</source>
        <extracomment>%1: the journal&apos;s file path.</extracomment>
        <translation>das Protokoll %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the change could not be recorded in the journal %1, so it was not sent: %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: why.</extracomment>
        <translation>die Änderung konnte nicht im Protokoll %1 aufgezeichnet werden und wurde daher nicht gesendet: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the answer could not be recorded in the journal %1 (the entry stays &quot;sending&quot;): %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: why. &quot;sending&quot; is a state name, not translated.</extracomment>
        <translation>die Antwort konnte nicht im Protokoll %1 aufgezeichnet werden (der Eintrag bleibt &quot;sending&quot;): %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal %1: %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: what happened to it.</extracomment>
        <translation>das Protokoll %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal %1 cannot be read: %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: why.</extracomment>
        <translation>das Protokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CliMeCredentials</name>
    <message>
        <location filename="../cli/me/CliMeCredentials.cpp" line="+48"/>
        <source>the keychain did not answer within a minute</source>
        <translation>der Schlüsselbund hat nicht innerhalb einer Minute geantwortet</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 is a link: it is not used (give the file itself)</source>
        <extracomment>%1: the token file&apos;s path.</extracomment>
        <translation>%1 ist ein Verweis: Er wird nicht verwendet (geben Sie die Datei selbst an)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 may be read by others: it is not used (chmod 600 %1, or sign in again)</source>
        <extracomment>%1: the token file&apos;s path.</extracomment>
        <translation>%1 kann von anderen gelesen werden: Die Datei wird nicht verwendet (chmod 600 %1, oder melden Sie sich erneut an)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not hold a sign-in of valara-cli</source>
        <translation>%1 enthält keine Anmeldung von valara-cli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keychain&apos;s sign-in could not be read</source>
        <translation>die Anmeldung im Schlüsselbund konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot be removed</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>CliMeOptions</name>
    <message>
        <location filename="../cli/arguments/CliMeOptions.cpp" line="+37"/>
        <source>%1 given twice</source>
        <extracomment>%1: an option (--org).</extracomment>
        <translation>%1 zweimal angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an option of me login</source>
        <extracomment>%1: an option (--org).</extracomment>
        <translation>%1 ist eine Option von me login</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs a value</source>
        <extracomment>%1: an option that needs a value (--org).</extracomment>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--password-stdin and --email-code are two ways to sign in: give one</source>
        <translation>--password-stdin und --email-code sind zwei Arten, sich anzumelden: Geben Sie eine an</translation>
    </message>
</context>
<context>
    <name>CliMeSignIn</name>
    <message>
        <location filename="../cli/me/CliMeSignIn.cpp" line="+45"/>
        <source>warning: the service&apos;s new sign-in could not be kept (%1): run valara-cli me login if the next command is refused</source>
        <extracomment>%1: why the sign-in could not be written.</extracomment>
        <translation>Warnung: Die neue Anmeldung des Dienstes konnte nicht aufbewahrt werden (%1): Führen Sie valara-cli me login aus, falls der nächste Befehl abgelehnt wird</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>me login needs the service&apos;s publishable key: --publishable-key KEY, or set %1</source>
        <extracomment>%1: the environment variable (VALARA_PUBLISHABLE_KEY).</extracomment>
        <translation>me login braucht den öffentlichen Schlüssel des Dienstes: --publishable-key KEY, oder setzen Sie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the publishable key is not one (it starts with pk_live_ or pk_test_ and names the service)</source>
        <translation>das ist kein öffentlicher Schlüssel (er beginnt mit pk_live_ oder pk_test_ und nennt den Dienst)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the sign-in did not finish</source>
        <translation>die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no keychain can keep the sign-in here: give --token-file PATH to keep it in a file only you can read</source>
        <translation>hier kann kein Schlüsselbund die Anmeldung aufbewahren: Geben Sie --token-file PATH an, um sie in einer Datei aufzubewahren, die nur Sie lesen können</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--identifier EMAIL is needed when nobody types at a terminal</source>
        <translation>--identifier EMAIL ist nötig, wenn niemand an einem Terminal tippt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address: </source>
        <translation>E-Mail-Adresse: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code sent to %1: </source>
        <extracomment>%1: where the code was sent.</extracomment>
        <translation>An %1 gesendeter Code: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no terminal to ask the password at: give it on stdin with --password-stdin</source>
        <translation>kein Terminal, um nach dem Passwort zu fragen: Geben Sie es mit --password-stdin über stdin an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authenticator code: </source>
        <translation>Code der Authenticator-App: </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>signed in; the sign-in is kept in %1, readable by you only: guard it as you would a password</source>
        <extracomment>%1: the token file&apos;s path.</extracomment>
        <translation>angemeldet; die Anmeldung liegt in %1, nur für Sie lesbar: Schützen Sie die Datei wie ein Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed in; the sign-in is kept in the keychain</source>
        <translation>angemeldet; die Anmeldung liegt im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Organization to work in [1-%1]: </source>
        <translation>Organisation, in der Sie arbeiten [1-%1]: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such organization</source>
        <translation>keine solche Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you belong to several organizations: working in %1 (choose with --org ID)</source>
        <extracomment>%1: the organization&apos;s id.</extracomment>
        <translation>Sie gehören mehreren Organisationen an: Es wird in %1 gearbeitet (Auswahl mit --org ID)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not signed in: nothing to sign out of</source>
        <translation>nicht angemeldet: nichts abzumelden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the service could not sign you out (%1): the sign-in is still kept, try again</source>
        <extracomment>%1: why the service could not be reached.</extracomment>
        <translation>der Dienst konnte Sie nicht abmelden (%1): Die Anmeldung bleibt aufbewahrt, versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the sign-in has ended: run valara-cli me login again</source>
        <translation>die Anmeldung ist beendet: Führen Sie valara-cli me login erneut aus</translation>
    </message>
</context>
<context>
    <name>CliRequestPlan</name>
    <message>
        <location filename="../cli/requests/CliRequestPlan.cpp" line="+76"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>timezone: ZONE is empty (to clear the timezone, use me clear-timezone)</source>
        <translation>timezone: ZONE ist leer (zum Leeren der Zeitzone: me clear-timezone)</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../models/export/CsvWriter.cpp" line="+83"/>
        <source>The export could not be written: the file is not open for writing.</source>
        <translation>Der Export konnte nicht geschrieben werden: Die Datei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The export could not be written: the file did not take all of it.</source>
        <translation>Der Export konnte nicht geschrieben werden: Er wurde nicht vollständig in die Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>DemoPeople</name>
    <message>
        <location filename="../app/demo/DemoPeople.cpp" line="+16"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>FieldAssignment</name>
    <message>
        <location filename="../cli/arguments/FieldAssignment.cpp" line="+12"/>
        <source>&quot;%1&quot; is not FIELD=VALUE (to clear a field, write %1=)</source>
        <extracomment>%1: the argument as given.</extracomment>
        <translation>„%1“ ist kein FIELD=VALUE (zum Leeren eines Felds: %1=)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has no FIELD before the &apos;=&apos;</source>
        <extracomment>%1: the argument as given.</extracomment>
        <translation>„%1“ hat kein FIELD vor dem &apos;=&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: the FIELD name has spaces around it</source>
        <extracomment>%1: the argument as given.</extracomment>
        <translation>„%1“: Der Name in FIELD ist von Leerzeichen umgeben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2</source>
        <extracomment>A problem with one field: %1: the field&apos;s name as typed (theme); %2: the problem.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FormRow</name>
    <message>
        <location filename="../ui/editing/FormRow.cpp" line="+48"/>
        <source>%1:</source>
        <extracomment>A form field&apos;s label: %1 is the field&apos;s name (&quot;Timezone&quot;). French puts a no-break space before the colon.</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>HistorySetup</name>
    <message>
        <location filename="../app/journal/HistorySetup.cpp" line="+132"/>
        <source>There is no history: the change journal is turned off (journal/enabled in the settings), so changes are not recorded.</source>
        <translation>Kein Verlauf vorhanden: Das Änderungsprotokoll ist ausgeschaltet (journal/enabled in den Einstellungen), daher werden Änderungen nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no history: the change journal could not be opened. %1</source>
        <translation>Kein Verlauf vorhanden: Das Änderungsprotokoll konnte nicht geöffnet werden. %1</translation>
    </message>
</context>
<context>
    <name>JournalHistoryExport</name>
    <message>
        <location filename="../models/journal/JournalHistoryExport.cpp" line="+15"/>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>JsonValueText</name>
    <message>
        <location filename="../models/values/JsonValueText.cpp" line="+16"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>MeApiPreferences</name>
    <message>
        <location filename="../models/meapi/MeApiPreferences.cpp" line="+19"/>
        <source>&quot;%1&quot; is not a timezone of the IANA database (for example America/Los_Angeles).</source>
        <translation>„%1“ ist keine Zeitzone der IANA-Datenbank (zum Beispiel America/Los_Angeles).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API keys are not user-scoped: sign in with a session token.</source>
        <translation>API-Schlüssel gelten nicht für einzelne Benutzer: Melden Sie sich mit einem Sitzungstoken an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your session has ended or was not accepted: sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen oder wurde nicht akzeptiert: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no user in it</source>
        <translation>kein Benutzer enthalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the preferences are not an object</source>
        <translation>die Einstellungen sind kein Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the timezone is not text</source>
        <translation>die Zeitzone ist kein Text</translation>
    </message>
</context>
<context>
    <name>MeApiSession</name>
    <message>
        <location filename="../app/meapi/MeApiSession.cpp" line="+133"/>
        <source>Your session has ended. Sign in again: your change is kept and sent once you are signed in.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an: Ihre Änderung bleibt erhalten und wird nach der Anmeldung gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Sign in again to keep working.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your sign-in could not be kept (%1): you will be asked to sign in again next time.</source>
        <translation>Ihre Anmeldung konnte nicht aufbewahrt werden (%1): Beim nächsten Mal werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Demo: every demo user&apos;s password is %1.</source>
        <translation>Demo: Das Passwort aller Demo-Benutzer ist %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The service could not be told that you signed out (%1); this computer no longer uses the session.</source>
        <translation>Dem Dienst konnte Ihre Abmeldung nicht mitgeteilt werden (%1); dieser Computer verwendet die Sitzung nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
</context>
<context>
    <name>MeSignInErrors</name>
    <message>
        <location filename="../models/meapi/signin/MeSignInErrors.cpp" line="+15"/>
        <source>The password is incorrect. Try again, or e-mail yourself a code instead.</source>
        <translation>Das Passwort ist falsch. Versuchen Sie es erneut oder lassen Sie sich stattdessen einen Code per E-Mail senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account was found for this e-mail address.</source>
        <translation>Für diese E-Mail-Adresse wurde kein Konto gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code is not the right one. Check it and try again.</source>
        <translation>Dieser Code ist nicht richtig. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Dieser Code ist abgelaufen. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong codes. Ask for a new one.</source>
        <translation>Zu viele falsche Codes. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account cannot sign in that way. Try the other way offered.</source>
        <translation>Dieses Konto kann sich so nicht anmelden. Versuchen Sie die andere angebotene Art.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service does not allow sign-in from desktop apps yet: its administrator has to enable native clients.</source>
        <translation>Der Dienst erlaubt noch keine Anmeldung aus Desktop-Apps: Seine Administration muss native Clients aktivieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session has ended. Sign in again.</source>
        <translation>Die Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach the sign-in service: %1</source>
        <extracomment>%1: why the connection failed.</extracomment>
        <translation>Der Anmeldedienst ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Zu viele Anmeldeversuche. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in was refused.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../models/values/PhoneNumber.cpp" line="+80"/>
        <source>%1 has a country code that does not exist.</source>
        <translation>%1 hat eine Ländervorwahl, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a phone number. Write it with digits, such as +1 650 253 0000.</source>
        <translation>%1 ist keine Telefonnummer. Schreiben Sie sie mit Ziffern, zum Beispiel +1 650 253 0000.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 has too few digits to be a phone number.</source>
        <translation>%1 hat zu wenige Ziffern für eine Telefonnummer.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 cannot be checked: this installation of Valara Desk is missing its phone number module (%2).</source>
        <translation>%1 kann nicht geprüft werden: Dieser Installation von Valara Desk fehlt ihr Modul für Telefonnummern (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has too many digits to be a phone number.</source>
        <translation>%1 hat zu viele Ziffern für eine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not have a possible number of digits.</source>
        <translation>%1 hat keine mögliche Anzahl von Ziffern.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 looks like a local number without its area code; it will be sent as %2.</source>
        <translation>%1 sieht wie eine Ortsnummer ohne Vorwahl aus; sie wird als %2 gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a number in use that we know of; it will be sent as %2.</source>
        <translation>%1 ist unseres Wissens keine vergebene Nummer; sie wird als %2 gesendet.</translation>
    </message>
</context>
<context>
    <name>PreferenceEditors</name>
    <message>
        <location filename="../ui/preferences/PreferenceEditors.cpp" line="+57"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Date and time format:</source>
        <translation>Datums- und Zeit&amp;format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time&amp;zone:</source>
        <translation>Zei&amp;tzone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La&amp;nguage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Units:</source>
        <translation>&amp;Maßeinheiten:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Friendly</source>
        <translation>Lesefreundlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US</source>
        <translation>USA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UK</source>
        <translation>Großbritannien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imperial: %1</source>
        <translation>Angloamerikanisch: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metric: %1</source>
        <translation>Metrisch: %1</translation>
    </message>
</context>
<context>
    <name>PreferencePatch</name>
    <message>
        <location filename="../cli/requests/PreferencePatch.cpp" line="+37"/>
        <source>%1: given twice (as %2 and %3)</source>
        <extracomment>%1: a field; %2, %3: its two spellings as typed (time_zone, timeZone).</extracomment>
        <translation>%1: zweimal angegeben (als %2 und %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: an empty value (reset to the default) is not taken with --users or --team: give the value (%1=%2)</source>
        <extracomment>%1: a preference (theme); %2: its default value (system).</extracomment>
        <translation>%1: Ein leerer Wert (Zurücksetzen auf den Standard) wird mit --users oder --team nicht angenommen: Geben Sie den Wert an (%1=%2)</translation>
    </message>
</context>
<context>
    <name>PreferencePreview</name>
    <message>
        <location filename="../models/preferences/PreferencePreview.cpp" line="+25"/>
        <source>Today at %1</source>
        <translation>Heute um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday at %1</source>
        <translation>Gestern um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow at %1</source>
        <translation>Morgen um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sq ft</source>
        <translation>%1 ft²</translation>
    </message>
</context>
<context>
    <name>PreferenceSchema</name>
    <message>
        <location filename="../models/preferences/PreferenceSchema.cpp" line="+43"/>
        <source>expected the preferences</source>
        <translation>erwartet wurden die Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the preference %1 is not text</source>
        <translation>die Einstellung %1 ist kein Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no preferences in it</source>
        <translation>keine Einstellungen enthalten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date and time format</source>
        <translation>Datums- und Zeitformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timezone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Maßeinheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a preference. Known preferences: %2.</source>
        <translation>%1 ist keine Einstellung. Bekannte Einstellungen: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 muss einer der Werte %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a timezone of the IANA database (for example America/New_York).</source>
        <translation>„%1“ ist keine Zeitzone der IANA-Datenbank (zum Beispiel America/New_York).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a well-formed BCP 47 language tag (for example en-US or pt-BR).</source>
        <translation>„%1“ ist kein gültiges BCP-47-Sprach-Tag (zum Beispiel en-US oder pt-BR).</translation>
    </message>
</context>
<context>
    <name>ProfileConflict</name>
    <message>
        <location filename="../models/profile/ProfileConflict.cpp" line="+30"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>ProfileFieldEditors</name>
    <message>
        <location filename="../ui/profile/ProfileFieldEditors.cpp" line="+71"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+1 650 253 0000</source>
        <translation>+1 650 253 0000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>ProfilePatch</name>
    <message>
        <location filename="../cli/requests/ProfilePatch.cpp" line="+28"/>
        <source>%1: is read-only (set by the service)</source>
        <extracomment>%1: the field&apos;s name as typed.</extracomment>
        <translation>%1: ist schreibgeschützt (vom Dienst gesetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a profile field (valara-cli --help lists them)</source>
        <translation>%1: ist kein Profilfeld (valara-cli --help listet sie auf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: given twice (as %2 and %3)</source>
        <extracomment>%1: a field; %2, %3: its two spellings as typed (cell_phone, cellPhone).</extracomment>
        <translation>%1: zweimal angegeben (als %2 und %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: can only be changed by an administrator (with PUT /api/v1/users/{id}), not by profile set</source>
        <extracomment>%1: the field&apos;s name as typed.</extracomment>
        <translation>%1: kann nur ein Administrator ändern (mit PUT /api/v1/users/{id}), nicht profile set</translation>
    </message>
</context>
<context>
    <name>ProfileSchema</name>
    <message>
        <location filename="../models/profile/ProfileSchema.cpp" line="+133"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo address</source>
        <translation>Foto-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public e-mail</source>
        <translation>Öffentliche E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagline</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brokerage</source>
        <translation>Maklerbüro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License number</source>
        <translation>Lizenznummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License state</source>
        <translation>Lizenzstaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License expiration</source>
        <translation>Lizenz gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zillow</source>
        <translation>Zillow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in e-mail</source>
        <translation>Anmelde-E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>E-mail verified</source>
        <translation>E-Mail-Adresse bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Personal</source>
        <translation>Persönliches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public contact</source>
        <translation>Öffentlicher Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokerage and license</source>
        <translation>Maklerbüro und Lizenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bio and social</source>
        <translation>Biografie und soziale Medien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be text.</source>
        <translation>%1 muss Text sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be one of %2.</source>
        <translation>%1 muss einer der Werte %2 sein.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 can be at most %n characters long.</source>
        <translation>
            <numerusform>%1 darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>%1 darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains control characters.</source>
        <translation>%1 enthält Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be a secure web address starting with https://.</source>
        <translation>%1 muss eine sichere Webadresse sein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be an e-mail address such as name@example.com.</source>
        <translation>%1 muss eine E-Mail-Adresse wie name@example.com sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1 muss ein Datum im Format JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be a US state, such as TX or Texas.</source>
        <translation>%1 muss ein US-Bundesstaat sein, zum Beispiel TX oder Texas.</translation>
    </message>
</context>
<context>
    <name>ResponseShape</name>
    <message>
        <location filename="../api/json/ResponseShape.cpp" line="+45"/>
        <source>a list entry is not an object</source>
        <translation>ein Listeneintrag ist kein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a user</source>
        <translation>erwartet wurde ein Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a user without an id</source>
        <translation>ein Benutzer ohne ID</translation>
    </message>
</context>
<context>
    <name>SessionTokenInfo</name>
    <message>
        <location filename="../api/session/SessionTokenInfo.cpp" line="+49"/>
        <source>This is not a session token: a session token has three parts separated by dots (it starts with &quot;eyJ&quot;). API keys do not work with the Me API.</source>
        <translation>Dies ist kein Sitzungstoken: Ein Sitzungstoken besteht aus drei durch Punkte getrennten Teilen (es beginnt mit „eyJ“). API-Schlüssel funktionieren mit der Me API nicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This session token names no user.</source>
        <translation>Dieses Sitzungstoken nennt keinen Benutzer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session token names no organisation.</source>
        <translation>Dieses Sitzungstoken nennt keine Organisation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This session token has no end time (&quot;exp&quot;): the Me API refuses it.</source>
        <translation>Dieses Sitzungstoken hat kein Ablaufdatum („exp“): Die Me API lehnt es ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session token expired at %1: sign in to the dashboard again and copy a new one.</source>
        <translation>Dieses Sitzungstoken ist am %1 abgelaufen: Melden Sie sich erneut im Dashboard an und kopieren Sie ein neues.</translation>
    </message>
    <message>
        <location filename="../api/session/SessionTokenInfo.h" line="+38"/>
        <source>No session token.</source>
        <translation>Kein Sitzungstoken.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../models/i18n/UiLanguage.cpp" line="+81"/>
        <source>%1 has no translation yet: Valara Desk speaks English.</source>
        <extracomment>%1 is a language with no translation, such as &quot;Português (Brasil)&quot;.</extracomment>
        <translation>Für %1 gibt es noch keine Übersetzung: Valara Desk verwendet Englisch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, as chosen on this computer.</source>
        <translation>%1, auf diesem Computer gewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from your language preference.</source>
        <translation>%1, aus Ihrer Spracheinstellung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from this computer&apos;s language.</source>
        <translation>%1, die Sprache dieses Computers.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+26"/>
        <source>Run valara-desk --help to see the options.</source>
        <translation>Führen Sie valara-desk --help aus, um die Optionen anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>valara::AccountFlow</name>
    <message>
        <location filename="../app/accounts/AccountFlow.cpp" line="+86"/>
        <source>The key could not be saved in the keychain (%1): it is used until you quit.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden (%1): Er wird bis zum Beenden verwendet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key of %1 is not in the keychain any more: sign in again.</source>
        <translation>Der Schlüssel von %1 ist nicht mehr im Schlüsselbund: Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>valara::AccountSwitcher</name>
    <message>
        <location filename="../ui/accounts/AccountSwitcher.cpp" line="+60"/>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this account…</source>
        <translation>Dieses Konto entfernen…</translation>
    </message>
</context>
<context>
    <name>valara::ApiClient</name>
    <message>
        <location filename="../api/ApiClient.cpp" line="+283"/>
        <source>No valid server address is set.</source>
        <translation>Es ist keine gültige Serveradresse eingestellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refusing to send the API key over plain http:// to %1; use https://.</source>
        <translation>Der API-Schlüssel wird nicht über unverschlüsseltes http:// an %1 gesendet; verwenden Sie https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported address scheme &quot;%1&quot;; use https://.</source>
        <translation>Nicht unterstütztes Adressschema „%1“; verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>valara::ApiJob</name>
    <message>
        <location filename="../api/ApiJob.cpp" line="+129"/>
        <source>No session token to send.</source>
        <translation>Kein Sitzungstoken zum Senden.</translation>
    </message>
</context>
<context>
    <name>valara::AvatarPreview</name>
    <message>
        <location filename="../ui/profile/AvatarPreview.cpp" line="+48"/>
        <source>Profile photo</source>
        <translation>Profilfoto</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>plain http:// is only accepted for this computer; use https://</source>
        <translation>unverschlüsseltes http:// ist nur für diesen Computer zulässig; verwenden Sie https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only https:// addresses are accepted</source>
        <translation>nur https://-Adressen sind zulässig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address is not valid</source>
        <translation>die Adresse ist ungültig</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address redirects elsewhere</source>
        <translation>die Adresse leitet woandershin um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered %1</source>
        <translation>der Server antwortete mit %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the file is not an image</source>
        <translation>die Datei ist kein Bild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image is too large (%1 × %2 pixels)</source>
        <translation>das Bild ist zu groß (%1 × %2 Pixel)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the photo is larger than %1 MB</source>
        <translation>das Foto ist größer als %1 MB</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Initials %1</source>
        <translation>Initialen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo of %1</source>
        <translation>Foto von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not be loaded: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo could not be loaded: %1</source>
        <translation>Das Foto konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>valara::BulkApply</name>
    <message>
        <location filename="../models/bulk/BulkApply.cpp" line="+95"/>
        <source>Not sent: cancelled.</source>
        <translation>Nicht gesendet: abgebrochen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not sent again: the change no longer waits in the journal.</source>
        <translation>Nicht erneut gesendet: Die Änderung wartet nicht mehr im Protokoll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not be sent: nothing to change, or a request for this person is under way.</source>
        <translation>Konnte nicht gesendet werden: nichts zu ändern, oder für diese Person läuft bereits eine Anfrage.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Not sent: changed on the server meanwhile.</source>
        <translation>Nicht gesendet: inzwischen auf dem Server geändert.</translation>
    </message>
</context>
<context>
    <name>valara::BulkChangeDialog</name>
    <message>
        <location filename="../ui/bulk/BulkChangeDialog.cpp" line="+137"/>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>Change preferences for %n people</source>
        <translation>
            <numerusform>Einstellungen für %n Person ändern</numerusform>
            <numerusform>Einstellungen für %n Personen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change profiles for %n people</source>
        <translation>
            <numerusform>Profil von %n Person ändern</numerusform>
            <numerusform>Profile von %n Personen ändern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields to change</source>
        <translation>Zu ändernde Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the fields to set for everyone; only included fields are changed. You see each person&apos;s change before anything is sent.</source>
        <translation>Bearbeiten Sie die Felder, die für alle gesetzt werden sollen; nur einbezogene Felder werden geändert. Sie sehen die Änderung für jede Person, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sends nothing more; changes already on their way finish.</source>
        <translation>Sendet nichts mehr; bereits laufende Änderungen werden abgeschlossen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping: the changes already on their way finish first.</source>
        <translation>Wird angehalten: Bereits laufende Änderungen werden noch abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>&amp;Apply to %n people</source>
        <translation>
            <numerusform>Auf %n Person an&amp;wenden</numerusform>
            <numerusform>Auf %n Personen an&amp;wenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Retry %n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagene e&amp;rneut versuchen</numerusform>
            <numerusform>%n fehlgeschlagene e&amp;rneut versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valara-bulk-change-%1.csv</source>
        <translation>valara-sammelaenderung-%1.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The results were not exported to %1: %2</source>
        <translation>Die Ergebnisse wurden nicht nach %1 exportiert: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n people to %1.</source>
        <translation>
            <numerusform>%n Person nach %1 exportiert.</numerusform>
            <numerusform>%n Personen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::BulkPreview</name>
    <message>
        <location filename="../models/bulk/BulkPreview.cpp" line="+42"/>
        <source>You may not change this person&apos;s settings.</source>
        <translation>Sie dürfen die Einstellungen dieser Person nicht ändern.</translation>
    </message>
</context>
<context>
    <name>valara::BulkResultsModel</name>
    <message>
        <location filename="../models/bulk/BulkResultsModel.cpp" line="+94"/>
        <source>To send</source>
        <translation>Zu senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yours to change</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 already</source>
        <translation>%1: bereits %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
</context>
<context>
    <name>valara::BulkRunPanel</name>
    <message numerus="yes">
        <location filename="../ui/bulk/BulkRunPanel.cpp" line="+27"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of this change</source>
        <translation>Personen dieser Änderung</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>The service asked to slow down: waiting %n s.</source>
        <translation>
            <numerusform>Der Dienst bittet um langsameres Senden: %n s Wartezeit.</numerusform>
            <numerusform>Der Dienst bittet um langsameres Senden: %n s Wartezeit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Read %1 of %2</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>%n people in this change</source>
        <translation>
            <numerusform>%n Person in dieser Änderung</numerusform>
            <numerusform>%n Personen in dieser Änderung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sent %1 of %2</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading each person&apos;s current values. Nothing is sent yet.</source>
        <translation>Die aktuellen Werte jeder Person werden gelesen. Es wird noch nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been sent yet. %1</source>
        <translation>Es wurde noch nichts gesendet. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending each person&apos;s change, a few at a time.</source>
        <translation>Die Änderungen werden gesendet, für jeweils einige Personen gleichzeitig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done. %1</source>
        <translation>Fertig. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n to change.</source>
        <translation>
            <numerusform>%n zu ändern.</numerusform>
            <numerusform>%n zu ändern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n applied.</source>
        <translation>
            <numerusform>%n angewendet.</numerusform>
            <numerusform>%n angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already set: no change.</source>
        <translation>
            <numerusform>%n bereits gesetzt: keine Änderung.</numerusform>
            <numerusform>%n bereits gesetzt: keine Änderung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n you may not change: skipped.</source>
        <translation>
            <numerusform>%n ohne Berechtigung: übersprungen.</numerusform>
            <numerusform>%n ohne Berechtigung: übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not be read: skipped.</source>
        <translation>
            <numerusform>%n nicht lesbar: übersprungen.</numerusform>
            <numerusform>%n nicht lesbar: übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid.</source>
        <translation>
            <numerusform>%n ungültig.</numerusform>
            <numerusform>%n ungültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused by the service.</source>
        <translation>
            <numerusform>%n vom Dienst abgelehnt.</numerusform>
            <numerusform>%n vom Dienst abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not sent.</source>
        <translation>
            <numerusform>%n nicht gesendet.</numerusform>
            <numerusform>%n nicht gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::BulkValuesForm</name>
    <message>
        <location filename="../ui/bulk/BulkValuesForm.cpp" line="+74"/>
        <source>Include %1</source>
        <translation>%1 einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only included fields are changed; the others keep each person&apos;s own value.</source>
        <translation>Nur einbezogene Felder werden geändert; die anderen behalten den jeweiligen Wert der Person.</translation>
    </message>
</context>
<context>
    <name>valara::ChangeJournal</name>
    <message>
        <location filename="../models/journal/ChangeJournal.cpp" line="+117"/>
        <source>The change journal could not complete the operation: %1</source>
        <translation>Das Änderungsprotokoll konnte den Vorgang nicht abschließen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change journal is turned off, so this change was not recorded.</source>
        <translation>Das Änderungsprotokoll ist ausgeschaltet, daher wurde diese Änderung nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The change journal is not open.</source>
        <translation>Das Änderungsprotokoll ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The change belongs to another account and was not recorded.</source>
        <translation>Die Änderung gehört zu einem anderen Konto und wurde nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The change is incomplete (user, service, request or idempotency key), so it was not recorded.</source>
        <translation>Die Änderung ist unvollständig (Benutzer, Dienst, Anfrage oder Idempotenzschlüssel) und wurde daher nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A draft needs at least one changed field.</source>
        <translation>Ein Entwurf braucht mindestens ein geändertes Feld.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The change journal has no entry %1.</source>
        <translation>Das Änderungsprotokoll hat keinen Eintrag %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The change cannot go from %1 to %2.</source>
        <translation>Die Änderung kann nicht von %1 zu %2 wechseln.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a draft&apos;s fields can change; this change is %1.</source>
        <translation>Nur die Felder eines Entwurfs können sich ändern; diese Änderung ist %1.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No user was given whose drafts to remove.</source>
        <translation>Es wurde kein Benutzer angegeben, dessen Entwürfe entfernt werden sollen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The journal cannot keep a negative number of days.</source>
        <translation>Das Protokoll kann keine negative Anzahl von Tagen aufbewahren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The change journal could not be deleted: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../models/journal/JournalDatabase.cpp" line="+174"/>
        <location line="+64"/>
        <source>The change journal could not be opened: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The change journal is damaged and could not be set aside, so no changes are recorded: %1</source>
        <translation>Das Änderungsprotokoll ist beschädigt und konnte nicht beiseitegelegt werden, daher werden keine Änderungen aufgezeichnet: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change journal could not be read, so it was set aside as %1 and a new one was started. Nothing was deleted.</source>
        <translation>Das Änderungsprotokoll war nicht lesbar; es wurde als %1 beiseitegelegt und ein neues wurde begonnen. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The change journal could not be read: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The change journal was written by a newer version of Valara Desk (format %1; this version reads up to format %2). It was left unchanged, and no changes are recorded until the newer version is used again.</source>
        <translation>Das Änderungsprotokoll wurde von einer neueren Version von Valara Desk geschrieben (Format %1; diese Version liest bis Format %2). Es bleibt unverändert, und bis die neuere Version wieder verwendet wird, werden keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The change journal could not be brought up to date: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>valara::ChangeReplay</name>
    <message>
        <location filename="../models/records/ChangeReplay.cpp" line="+163"/>
        <source>Not sent: changed on the server meanwhile. Kept as unsaved changes to check.</source>
        <translation>Nicht gesendet: inzwischen auf dem Server geändert. Als ungespeicherte Änderungen zur Prüfung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: changed on the server meanwhile.</source>
        <translation>Nicht gesendet: inzwischen auf dem Server geändert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting to be sent: %1</source>
        <translation>Wartet auf Versand: %1</translation>
    </message>
</context>
<context>
    <name>valara::ChoiceComboBox</name>
    <message>
        <location filename="../ui/widgets/ChoiceComboBox.cpp" line="+29"/>
        <source>%1 (not a known value)</source>
        <translation>%1 (kein bekannter Wert)</translation>
    </message>
</context>
<context>
    <name>valara::CliBulkRunner</name>
    <message>
        <location filename="../cli/bulk/CliBulkRunner.cpp" line="+113"/>
        <source>Not sent: the command&apos;s time ran out before it was read.</source>
        <translation>Nicht gesendet: Die Zeit des Befehls ist abgelaufen, bevor gelesen wurde.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not sent: the command&apos;s time ran out.</source>
        <translation>Nicht gesendet: Die Zeit des Befehls ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>valara::ConflictBanner</name>
    <message>
        <location filename="../ui/editing/ConflictBanner.cpp" line="+83"/>
        <source>Keep mine</source>
        <translation>Meine Werte behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the server&apos;s</source>
        <translation>Serverwerte verwenden</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your values over the server&apos;s new ones</source>
        <translation>Ihre Werte anstelle der neuen Werte des Servers speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop your edits of these fields and keep the server&apos;s values</source>
        <translation>Ihre Bearbeitungen dieser Felder verwerfen und die Werte des Servers behalten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Someone else changed these fields of this profile while you were editing it, so nothing was saved. Choose which values to keep.</source>
        <translation>Jemand anderes hat diese Felder des Profils geändert, während Sie es bearbeitet haben; daher wurde nichts gespeichert. Wählen Sie, welche Werte behalten werden sollen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(request %1)</source>
        <translation>(Anfrage %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server&apos;s value of %1</source>
        <translation>Wert des Servers für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your value of %1</source>
        <translation>Ihr Wert für %1</translation>
    </message>
</context>
<context>
    <name>valara::ConnectionTester</name>
    <message>
        <location filename="../models/caller/ConnectionTester.cpp" line="+60"/>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the session token.</source>
        <translation>Fügen Sie das Sitzungstoken ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This looks like a session token: choose a Me API account, or use an API key.</source>
        <translation>Das sieht wie ein Sitzungstoken aus: Wählen Sie ein Me-API-Konto oder verwenden Sie einen API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The server at %1 answered, but not as the Me API does. Check the address.</source>
        <translation>Der Server unter %1 hat geantwortet, aber nicht wie die Me API. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (organisation %2)</source>
        <extracomment>A Me API account&apos;s name: user id and organisation, e.g. &quot;usr-42 (organisation org-1)&quot;</extracomment>
        <translation>%1 (Organisation %2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The API key was not accepted. Check that it is complete and has not been revoked.</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert. Prüfen Sie, ob er vollständig ist und nicht widerrufen wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session token was not accepted: it may have ended. Sign in to the dashboard again and copy a new one.</source>
        <translation>Das Sitzungstoken wurde nicht akzeptiert: Möglicherweise ist es abgelaufen. Melden Sie sich erneut im Dashboard an und kopieren Sie ein neues.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Check the address (%2) and your network connection.</source>
        <translation>%1 Prüfen Sie die Adresse (%2) und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Valara service answered at %1. Check the address.</source>
        <translation>Unter %1 antwortet kein Valara-Dienst. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Me API answered at %1. Check the address.</source>
        <translation>Unter %1 antwortet keine Me API. Prüfen Sie die Adresse.</translation>
    </message>
</context>
<context>
    <name>valara::CredentialStore</name>
    <message>
        <location filename="../models/accounts/CredentialStore.cpp" line="+9"/>
        <source>No key is stored for this account.</source>
        <translation>Für dieses Konto ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account has no identifier, so its key cannot be stored.</source>
        <translation>Das Konto hat keine Kennung, daher kann sein Schlüssel nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
</context>
<context>
    <name>valara::DemoBackend</name>
    <message>
        <location filename="../app/demo/DemoBackend.cpp" line="+148"/>
        <source>The demo data is missing from this build.</source>
        <translation>Die Demodaten fehlen in diesem Build.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo data has no administrator to sign in with.</source>
        <translation>Die Demodaten enthalten keinen Administrator zum Anmelden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this installation of Valara Desk is missing its demo module (%1).</source>
        <translation>dieser Installation von Valara Desk fehlt ihr Demo-Modul (%1).</translation>
    </message>
</context>
<context>
    <name>valara::DraftOfferBanner</name>
    <message>
        <location filename="../ui/editing/DraftOfferBanner.cpp" line="+42"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes</source>
        <translation>Die ungespeicherten Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n unsaved changes for %1, from %2, kept on this computer.</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung für %1 von %2 ist auf diesem Computer aufbewahrt.</numerusform>
            <numerusform>%n ungespeicherte Änderungen für %1 von %2 sind auf diesem Computer aufbewahrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n more people have unsaved changes.)</source>
        <translation>
            <numerusform>(%n weitere Person hat ungespeicherte Änderungen.)</numerusform>
            <numerusform>(%n weitere Personen haben ungespeicherte Änderungen.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::EditorBinder</name>
    <message>
        <location filename="../ui/editing/EditorBinder.cpp" line="+126"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Saved (request %1).</source>
        <translation>Gespeichert (Anfrage %1).</translation>
    </message>
</context>
<context>
    <name>valara::ErrorBanner</name>
    <message>
        <location filename="../ui/editing/ErrorBanner.cpp" line="+24"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(request %1)</source>
        <translation>(Anfrage %1)</translation>
    </message>
</context>
<context>
    <name>valara::FieldErrorLabel</name>
    <message>
        <location filename="../ui/editing/FieldErrorLabel.cpp" line="+52"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>valara::HistoryFilterBar</name>
    <message>
        <location filename="../ui/history/HistoryFilterBar.cpp" line="+59"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiel&amp;d:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;esult:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;löschen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
</context>
<context>
    <name>valara::HistoryPage</name>
    <message>
        <location filename="../ui/history/HistoryPage.cpp" line="+136"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The changes made from this computer, by Valara Desk and by valara-cli with --journal. Changes made elsewhere, on the web or on another computer, are not listed.</source>
        <translation>Die Änderungen, die von diesem Computer aus vorgenommen wurden, durch Valara Desk und durch valara-cli mit --journal. Änderungen an anderer Stelle, im Web oder auf einem anderen Computer, werden nicht aufgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per changed field, newest first: when, account, for whom, field, old and new value, result, request ID</source>
        <translation>Eine Zeile pro geändertem Feld, neueste zuerst: Zeitpunkt, Konto, für wen, Feld, alter und neuer Wert, Ergebnis, Anfrage-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revert…</source>
        <translation>Zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the old values of this change as a new change.</source>
        <translation>Sendet die alten Werte dieser Änderung als neue Änderung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the listed changes as a CSV file for a spreadsheet program.</source>
        <translation>Speichert die aufgeführten Änderungen als CSV-Datei für ein Tabellenkalkulationsprogramm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no history: the change journal is turned off or could not be opened.</source>
        <translation>Kein Verlauf vorhanden: Das Änderungsprotokoll ist ausgeschaltet oder konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="-62"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the newest %L2 saves only: narrow the filters to see older ones.</source>
        <translation>%1, nur aus den neuesten %L2 Speichervorgängen: Schränken Sie die Filter ein, um ältere zu sehen.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valara-history-%1.csv</source>
        <translation>valara-verlauf-%1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The history was not exported to %1: %2</source>
        <translation>Der Verlauf wurde nicht nach %1 exportiert: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n changes to %1.</source>
        <translation>
            <numerusform>%n Änderung nach %1 exportiert.</numerusform>
            <numerusform>%n Änderungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::HostChoice</name>
    <message>
        <location filename="../ui/accounts/HostChoice.cpp" line="+56"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (legacy address of %2)</source>
        <translation>%1 (alte Adresse von %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom address (staging or self-hosted)…</source>
        <translation>Eigene Adresse (Staging oder selbst gehostet)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Me API a&amp;ddress:</source>
        <translation>Me-API-A&amp;dresse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Me API has its own address, separate from valara.cloud.</source>
        <translation>Die Me API hat eine eigene Adresse, getrennt von valara.cloud.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the Me API&apos;s address, such as https://api.example.com.</source>
        <translation>Geben Sie die Adresse der Me API ein, zum Beispiel https://api.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server&apos;s address, such as https://staging.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://staging.example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a web address: enter one such as https://staging.example.com.</source>
        <translation>Dies ist keine Webadresse: Geben Sie eine wie https://staging.example.com ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the user name and password out of the address: the API key or session token signs you in.</source>
        <translation>Lassen Sie Benutzername und Passwort in der Adresse weg: Die Anmeldung erfolgt mit dem API-Schlüssel oder Sitzungstoken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the part after &quot;?&quot; or &quot;#&quot;: enter only the server&apos;s address.</source>
        <translation>Lassen Sie den Teil nach „?“ oder „#“ weg: Geben Sie nur die Adresse des Servers ein.</translation>
    </message>
</context>
<context>
    <name>valara::InlineBanner</name>
    <message>
        <location filename="../ui/editing/InlineBanner.cpp" line="+53"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>valara::JournalHistoryModel</name>
    <message>
        <location filename="../models/journal/JournalHistoryModel.cpp" line="+121"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicted</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>valara::JournalSession</name>
    <message>
        <location filename="../app/journal/JournalSession.cpp" line="+164"/>
        <source>Changes waiting to be sent</source>
        <translation>Auf Versand wartende Änderungen</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Changes made here are not kept in the change journal: %1</source>
        <translation>Hier vorgenommene Änderungen werden nicht im Änderungsprotokoll aufgezeichnet: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The unsaved changes are kept: open the person first, or finish what is unsaved on this page.</source>
        <translation>Die ungespeicherten Änderungen bleiben erhalten: Öffnen Sie zuerst die Person oder schließen Sie die ungespeicherten Änderungen auf dieser Seite ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unsaved changes could not be restored now: try again.</source>
        <translation>Die ungespeicherten Änderungen konnten jetzt nicht wiederhergestellt werden: Versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <location line="+5"/>
        <source>%n changes waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf Versand</numerusform>
            <numerusform>%n Änderungen warten auf Versand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::KeychainCredentialStore</name>
    <message>
        <location filename="../models/accounts/KeychainCredentialStore.cpp" line="+68"/>
        <source>The key could not be saved in the keychain: %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The key could not be read from the keychain: %1</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>access to the keychain was refused</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Secret Service on this system</source>
        <translation>kein Secret Service auf diesem System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system keychain did not answer</source>
        <translation>der Schlüsselbund des Systems hat nicht geantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available (%1): the key is kept in memory until you quit.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Der Schlüssel wird bis zum Beenden im Arbeitsspeicher gehalten.</translation>
    </message>
</context>
<context>
    <name>valara::LanguageController</name>
    <message>
        <location filename="../app/i18n/LanguageController.cpp" line="+44"/>
        <source>Pseudo-locale (VALARA_PSEUDO_LOCALE): every text longer, between markers.</source>
        <translation>Pseudo-Locale (VALARA_PSEUDO_LOCALE): jeder Text länger, zwischen Markierungen.</translation>
    </message>
</context>
<context>
    <name>valara::LanguageMenu</name>
    <message>
        <location filename="../ui/shell/LanguageMenu.cpp" line="+82"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow my language preference</source>
        <translation>Wie in meiner &amp;Spracheinstellung</translation>
    </message>
</context>
<context>
    <name>valara::MainMenus</name>
    <message>
        <location filename="../ui/shell/MainMenus.cpp" line="+69"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;profile</source>
        <translation>Mein &amp;Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My pre&amp;ferences</source>
        <translation>Meine &amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;People</source>
        <translation>Pe&amp;rsonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow my preferences</source>
        <translation>Wie in meinen &amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Valara Desk</source>
        <translation>Ü&amp;ber Valara Desk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Valara Desk</source>
        <translation>Über Valara Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Valara Desk %1&lt;/h3&gt;&lt;p&gt;Edit Valara user profiles and localization preferences from the desktop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Valara Desk %1&lt;/h3&gt;&lt;p&gt;Profile sowie Spracheinstellungen und Formate von Valara-Benutzern am Desktop bearbeiten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>valara::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+85"/>
        <source>Valara Desk — Demo</source>
        <translation>Valara Desk — Demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valara Desk — %1</source>
        <translation>Valara Desk — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valara Desk</source>
        <translation>Valara Desk</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectionStatus.cpp" line="+61"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last request ID</source>
        <translation>Letzte Anfrage-ID</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+2"/>
        <location line="+6"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>More of the Account toolbar</source>
        <translation>Weitere Elemente der Kontoleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo: local data</source>
        <translation>Demo: lokale Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valara Desk is running on a built-in sample account. Changes stay on this computer and are lost when you quit. Switch between the demo&apos;s people with the Account list.</source>
        <translation>Valara Desk läuft mit einem eingebauten Beispielkonto. Änderungen bleiben auf diesem Computer und gehen beim Beenden verloren. Mit der Kontoliste wechseln Sie zwischen den Personen der Demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode</source>
        <translation>Demomodus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to a Valara account. Add one with the Account list, start Valara Desk with --demo to try it on local sample data, or with --base-url https://valara.cloud and your API key in the VALARA_API_KEY environment variable.</source>
        <translation>Nicht mit einem Valara-Konto verbunden. Fügen Sie über die Kontoliste eines hinzu, starten Sie Valara Desk mit --demo, um es mit lokalen Beispieldaten auszuprobieren, oder mit --base-url https://valara.cloud und Ihrem API-Schlüssel in der Umgebungsvariable VALARA_API_KEY.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectionStatus.cpp" line="-28"/>
        <location line="+9"/>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Offline: %1 is not answering</source>
        <translation>Offline: %1 antwortet nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out: %1 did not accept the key</source>
        <translation>Abgemeldet: %1 hat den Schlüssel nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>Mit %1 verbunden als %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1</source>
        <translation>Mit %1 verbunden</translation>
    </message>
</context>
<context>
    <name>valara::MeApiModel</name>
    <message>
        <location filename="../models/meapi/MeApiModel.cpp" line="+22"/>
        <source>Timezone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>valara::MeApiPage</name>
    <message>
        <location filename="../ui/meapi/MeApiPage.cpp" line="+115"/>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The timezone was not saved; your change is still here.</source>
        <translation>Die Zeitzone wurde nicht gespeichert; Ihre Änderung ist noch vorhanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account could not be loaded.</source>
        <translation>Ihr Konto konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ends</source>
        <translation>Sitzung endet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the account again from the service (F5).</source>
        <translation>Das Konto erneut vom Dienst lesen (F5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timezone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timezone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear (follow the system timezone)</source>
        <translation>&amp;Leeren (Zeitzone des Systems verwenden)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Saved: not known yet</source>
        <translation>Gespeichert: noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: not set (follows the system timezone)</source>
        <translation>Gespeichert: nicht gesetzt (Zeitzone des Systems)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When you sign out (renewed every minute while you work)</source>
        <translation>Wenn Sie sich abmelden (wird jede Minute erneuert, während Sie arbeiten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known (no session token)</source>
        <translation>Nicht bekannt (kein Sitzungstoken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated by the session token</source>
        <translation>Vom Sitzungstoken nicht angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (ended)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session has ended. Your change is kept: sign in again to send it.</source>
        <translation>Ihre Sitzung ist abgelaufen. Ihre Änderung bleibt erhalten: Melden Sie sich erneut an, um sie zu senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session has ended: sign in again to keep working.</source>
        <translation>Ihre Sitzung ist abgelaufen: Melden Sie sich erneut an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(request %1)</source>
        <translation>(Anfrage %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This session token lasts %n second(s) and cannot be renewed: sign in to keep working after it ends.</source>
        <extracomment>%n: the pasted session token&apos;s lifetime in seconds.</extracomment>
        <translation>
            <numerusform>Dieses Sitzungstoken gilt %n Sekunde und kann nicht erneuert werden: Melden Sie sich an, um danach weiterzuarbeiten.</numerusform>
            <numerusform>Dieses Sitzungstoken gilt %n Sekunden und kann nicht erneuert werden: Melden Sie sich an, um danach weiterzuarbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It ends %1.</source>
        <translation>Es endet %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session ends %1. Save your changes, or sign in again to keep working.</source>
        <translation>Ihre Sitzung endet %1. Speichern Sie Ihre Änderungen oder melden Sie sich erneut an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Signed in as %1: the change made for %2 was not sent.</source>
        <translation>Angemeldet als %1: Die für %2 vorgenommene Änderung wurde nicht gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your timezone change is not saved.</source>
        <translation>Ihre Änderung der Zeitzone ist nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>valara::MeApiWindow</name>
    <message>
        <location filename="../ui/meapi/MeApiWindow.cpp" line="+93"/>
        <source>Valara Desk — Me API — Demo</source>
        <translation>Valara Desk — Me API — Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valara Desk — Me API — %1</source>
        <translation>Valara Desk — Me API — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo: local data</source>
        <translation>Demo: lokale Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last request ID</source>
        <translation>Letzte Anfrage-ID</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
</context>
<context>
    <name>valara::MeSignIn</name>
    <message>
        <location filename="../models/meapi/signin/MeSignIn.cpp" line="+152"/>
        <source>Enter the e-mail address you sign in with.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the e-mail address to send the code to.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, an die der Code gehen soll.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This account cannot sign in with an e-mail code.</source>
        <translation>Dieses Konto kann sich nicht mit einem E-Mail-Code anmelden.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Enter the %n-digit code.</source>
        <translation>
            <numerusform>Geben Sie den %n-stelligen Code ein.</numerusform>
            <numerusform>Geben Sie den %n-stelligen Code ein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The sign-in service asked for a step Valara Desk does not know (%1).</source>
        <translation>Der Anmeldedienst verlangt einen Schritt, den Valara Desk nicht kennt (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sign-in service did not start a session. Try again.</source>
        <translation>Der Anmeldedienst hat keine Sitzung gestartet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose one of your organizations.</source>
        <translation>Wählen Sie eine Ihrer Organisationen.</translation>
    </message>
</context>
<context>
    <name>valara::MeSignInDialog</name>
    <message>
        <location filename="../ui/meapi/MeSignInDialog.cpp" line="+197"/>
        <source>Enter the service&apos;s publishable key.</source>
        <translation>Geben Sie den öffentlichen Schlüssel (Publishable Key) des Dienstes ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A publishable key starts with pk_live_ or pk_test_.</source>
        <translation>Ein öffentlicher Schlüssel beginnt mit pk_live_ oder pk_test_.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a whole publishable key: copy it again from the service.</source>
        <translation>Das ist kein vollständiger öffentlicher Schlüssel: Kopieren Sie ihn erneut vom Dienst.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Sign in to the Me API</source>
        <translation>Bei der Me API anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the publishable key of the service&apos;s sign-in (it starts with pk_live_ or pk_test_). It is asked for once for this service.</source>
        <translation>Geben Sie den öffentlichen Schlüssel der Anmeldung des Dienstes ein (er beginnt mit pk_live_ oder pk_test_). Er wird für diesen Dienst nur einmal abgefragt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishable &amp;key:</source>
        <translation>Öffentlicher &amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail me a code instead</source>
        <translation>Stattdessen Code per E-&amp;Mail senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sign-in code was sent to %1. It is valid for 10 minutes.</source>
        <extracomment>%1: the e-mail address, as the service shows it.</extracomment>
        <translation>Ein Anmeldecode wurde an %1 gesendet. Er ist 10 Minuten gültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Send a &amp;new code</source>
        <translation>&amp;Neuen Code senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>Your account has a second factor: enter the %n-digit code your authenticator app shows.</source>
        <translation>
            <numerusform>Ihr Konto hat einen zweiten Faktor: Geben Sie den %n-stelligen Code Ihrer Authenticator-App ein.</numerusform>
            <numerusform>Ihr Konto hat einen zweiten Faktor: Geben Sie den %n-stelligen Code Ihrer Authenticator-App ein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;Code der Authenticator-App:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You belong to several organizations. Choose the one to work in:</source>
        <translation>Sie gehören mehreren Organisationen an. Wählen Sie die, in der Sie arbeiten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
</context>
<context>
    <name>valara::NavigationList</name>
    <message>
        <location filename="../ui/shell/NavigationList.cpp" line="+104"/>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My preferences</source>
        <translation>Meine Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only brokers and photographers, who manage a team, and administrators see other people.</source>
        <translation>Nur Makler und Fotografen, die ein Team leiten, sowie Administratoren sehen andere Personen.</translation>
    </message>
</context>
<context>
    <name>valara::PendingChanges</name>
    <message>
        <location filename="../models/records/PendingChanges.cpp" line="+219"/>
        <source>Only an applied change can be reverted.</source>
        <translation>Nur eine angewendete Änderung kann zurückgesetzt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change cannot be reverted from this window.</source>
        <translation>Diese Änderung kann nicht in diesem Fenster zurückgesetzt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user&apos;s record is busy: try again in a moment.</source>
        <translation>Der Datensatz des Benutzers ist gerade in Bearbeitung: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (the server now holds %2; the change was made over %3)</source>
        <translation>%1 (auf dem Server steht jetzt %2; die Änderung ging von %3 aus)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reverted (%1): the earlier values are back on the server (request %2).</source>
        <translation>Zurückgesetzt (%1): Die früheren Werte sind wieder auf dem Server (Anfrage %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change kept on this computer was sent: %1 (request %2).</source>
        <translation>Eine auf diesem Computer aufbewahrte Änderung wurde gesendet: %1 (Anfrage %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to revert (%1): the server already holds the earlier values.</source>
        <translation>Nichts zurückzusetzen (%1): Der Server hat bereits die früheren Werte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change that was on its way had reached the server: %1.</source>
        <translation>Eine Änderung, die unterwegs war, hatte den Server erreicht: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your unsaved changes are back in the form: check them and save.</source>
        <translation>Ihre ungespeicherten Änderungen sind wieder im Formular: Prüfen Sie sie und speichern Sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unsaved changes are back in the form, but changed on the server since: %1. The form shows your values: Save keeps them, Revert takes the server&apos;s.</source>
        <translation>Ihre ungespeicherten Änderungen sind wieder im Formular, wurden aber inzwischen auf dem Server geändert: %1. Das Formular zeigt Ihre Werte: „Speichern“ behält sie, „Zurücksetzen“ übernimmt die des Servers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not reverted: changed on the server since this change: %1. Nothing was sent.</source>
        <translation>Nicht zurückgesetzt: seit dieser Änderung auf dem Server geändert: %1. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change kept on this computer was not sent: changed on the server meanwhile: %1. It is offered as unsaved changes to check.</source>
        <translation>Eine auf diesem Computer aufbewahrte Änderung wurde nicht gesendet: inzwischen auf dem Server geändert: %1. Sie wird als ungespeicherte Änderungen zur Prüfung angeboten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service cannot be reached: the change is kept on this computer and will be sent when it can.</source>
        <translation>Der Dienst ist nicht erreichbar: Die Änderung wird auf diesem Computer aufbewahrt und gesendet, sobald es möglich ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your unsaved changes could not be restored now: %1 They are kept.</source>
        <translation>Ihre ungespeicherten Änderungen konnten jetzt nicht wiederhergestellt werden: %1 Sie bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reverted: %1</source>
        <translation>Nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change kept on this computer was refused: %1</source>
        <translation>Eine auf diesem Computer aufbewahrte Änderung wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>valara::PeopleFilterBar</name>
    <message>
        <location filename="../ui/people/PeopleFilterBar.cpp" line="+73"/>
        <source>&amp;Search people:</source>
        <translation>&amp;Personen suchen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, e-mail or id</source>
        <translation>Name, E-Mail oder ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All my teams</source>
        <translation>Alle meine Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team id</source>
        <translation>Team-ID</translation>
    </message>
</context>
<context>
    <name>valara::PeopleSelectionBar</name>
    <message>
        <location filename="../ui/people/PeopleSelectionBar.cpp" line="+100"/>
        <source>Select all &amp;loaded</source>
        <translation>Alle ge&amp;ladenen auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select t&amp;eam…</source>
        <translation>T&amp;eam auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear selection</source>
        <translation>Auswahl aufhe&amp;ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the matches</source>
        <translation>Treffer werden gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n selected (reading the rest…)</source>
        <translation>
            <numerusform>%n ausgewählt (Rest wird gelesen…)</numerusform>
            <numerusform>%n ausgewählt (Rest wird gelesen…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select all &amp;matches</source>
        <translation>Alle Tre&amp;ffer auswählen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change prof&amp;iles of the people checked…</source>
        <translation>Pr&amp;ofile der markierten Personen ändern…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change prof&amp;iles for %n people…</source>
        <translation>
            <numerusform>Pr&amp;ofil von %n Person ändern…</numerusform>
            <numerusform>Pr&amp;ofile von %n Personen ändern…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>Select all %n &amp;matches</source>
        <translation>
            <numerusform>%n Tre&amp;ffer auswählen</numerusform>
            <numerusform>Alle %n Tre&amp;ffer auswählen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change &amp;preferences of the people checked…</source>
        <translation>E&amp;instellungen der markierten Personen ändern…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change &amp;preferences for %n people…</source>
        <translation>
            <numerusform>E&amp;instellungen für %n Person ändern…</numerusform>
            <numerusform>E&amp;instellungen für %n Personen ändern…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not read every match: %1</source>
        <translation>Nicht alle Treffer konnten gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>valara::PeopleView</name>
    <message>
        <location filename="../ui/people/PeopleView.cpp" line="+38"/>
        <source>Could not load the users: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This server does not sort or filter; sorting and filtering what is loaded.</source>
        <translation>Dieser Server kann nicht sortieren oder filtern; sortiert und gefiltert wird hier, was geladen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The users of this account: name, e-mail, role, team. Space checks or unchecks the current user.</source>
        <translation>Die Benutzer dieses Kontos: Name, E-Mail-Adresse, Rolle, Team. Die Leertaste markiert den aktuellen Benutzer oder hebt die Markierung auf.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 of %n people loaded</source>
        <translation>
            <numerusform>%1 von %n Person geladen</numerusform>
            <numerusform>%1 von %n Personen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loaded users that match (filtered here): %1</source>
        <translation>Passende geladene Benutzer (hier gefiltert): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 users</source>
        <translation>%1 von %2 Benutzern werden angezeigt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n users</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key was not accepted: sign in again from the account menu.</source>
        <translation>Der Schlüssel wurde nicht akzeptiert: Melden Sie sich über das Kontomenü erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>valara::PreferencesPage</name>
    <message>
        <location filename="../ui/preferences/PreferencesPage.cpp" line="+56"/>
        <source>The preferences were not saved; your changes are still here.</source>
        <translation>Die Einstellungen wurden nicht gespeichert; Ihre Änderungen sind noch vorhanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preferences could not be loaded.</source>
        <translation>Die Einstellungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The preferences of %1 have changes that are not saved.</source>
        <translation>Die Einstellungen von %1 enthalten ungespeicherte Änderungen.</translation>
    </message>
</context>
<context>
    <name>valara::ProfileEditor</name>
    <message>
        <location filename="../models/profile/ProfileEditor.cpp" line="+70"/>
        <source>%1 changed on the server after this profile was opened. Your edits are kept: check them and save again.</source>
        <translation>%1 wurde auf dem Server geändert, nachdem dieses Profil geöffnet wurde. Ihre Bearbeitungen bleiben erhalten: Prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>GET %1, then PUT %1: the whole profile as just read, with these changes:
%2</source>
        <translation>GET %1, dann PUT %1: das gesamte Profil wie soeben gelesen, mit diesen Änderungen:
%2</translation>
    </message>
</context>
<context>
    <name>valara::ProfileForm</name>
    <message>
        <location filename="../ui/profile/ProfileForm.cpp" line="+88"/>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only administrators can change these fields.</source>
        <translation>Nur Administratoren können diese Felder ändern.</translation>
    </message>
</context>
<context>
    <name>valara::ProfileModel</name>
    <message>
        <location filename="../models/profile/ProfileModel.cpp" line="+57"/>
        <source>Only the person themselves or an administrator can change this profile.</source>
        <translation>Nur die Person selbst oder ein Administrator kann dieses Profil ändern.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only administrators can change this field.</source>
        <translation>Nur Administratoren können dieses Feld ändern.</translation>
    </message>
</context>
<context>
    <name>valara::ProfilePage</name>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="+108"/>
        <source>Profile fields</source>
        <translation>Profilfelder</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The profile of %1 has changes that are not saved.</source>
        <translation>Das Profil von %1 enthält ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You cannot open this profile: only the person themselves, their team&apos;s manager or an administrator can.</source>
        <translation>Sie können dieses Profil nicht öffnen: Das können nur die Person selbst, die Leitung ihres Teams oder ein Administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user does not exist (any more).</source>
        <translation>Diesen Benutzer gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile could not be loaded.</source>
        <translation>Das Profil konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile was not saved; your changes are still here.</source>
        <translation>Das Profil wurde nicht gespeichert; Ihre Änderungen sind noch vorhanden.</translation>
    </message>
</context>
<context>
    <name>valara::RecordEditor</name>
    <message>
        <location filename="../models/records/RecordEditor.cpp" line="+93"/>
        <source>The change is kept on this computer and will be sent when the service can be reached.</source>
        <translation>Die Änderung wird auf diesem Computer aufbewahrt und gesendet, sobald der Dienst erreichbar ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not sent yet: earlier changes of this record are waiting to be sent. This one is kept on this computer and goes out after them.</source>
        <translation>Noch nicht gesendet: Frühere Änderungen dieses Datensatzes warten auf Versand. Diese wird auf diesem Computer aufbewahrt und danach gesendet.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Waiting to be sent: %1</source>
        <translation>Wartet auf Versand: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing: no changes.</source>
        <translation>Nichts: keine Änderungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing until the marked fields are fixed.</source>
        <translation>Nichts, bis die markierten Felder korrigiert sind.</translation>
    </message>
</context>
<context>
    <name>valara::RowCountLabel</name>
    <message>
        <location filename="../ui/widgets/RowCountLabel.cpp" line="+47"/>
        <source>%1. %2</source>
        <comment>the rows of a list, then what it lists</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>valara::SaveBar</name>
    <message>
        <location filename="../ui/editing/SaveBar.cpp" line="+62"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Will be sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Will be sent:</source>
        <translation>Wird gese&amp;ndet:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes are being saved: waiting for the service&apos;s answer…</source>
        <translation>Die Änderungen werden gespeichert: Warten auf die Antwort des Dienstes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel to stay on this page.</source>
        <translation>Mit „Abbrechen“ bleiben Sie auf dieser Seite.</translation>
    </message>
</context>
<context>
    <name>valara::SearchField</name>
    <message>
        <location filename="../ui/widgets/SearchField.cpp" line="+33"/>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>valara::SessionTokenSource</name>
    <message>
        <location filename="../api/identity/SessionTokenSource.cpp" line="+32"/>
        <source>The session changed before a session token was ready.</source>
        <translation>Die Sitzung hat sich geändert, bevor ein Sitzungstoken bereit war.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not signed in to the Me API.</source>
        <translation>Nicht bei der Me API angemeldet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The identity service&apos;s session token could not be read.</source>
        <translation>Das Sitzungstoken des Identitätsdienstes konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>valara::SessionWatch</name>
    <message>
        <location filename="../ui/meapi/SessionWatch.cpp" line="+69"/>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::SignInDialog</name>
    <message>
        <location filename="../ui/accounts/SignInDialog.cpp" line="+127"/>
        <source>&amp;Valara account (API key)</source>
        <translation>&amp;Valara-Konto (API-Schlüssel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Me API account (session token)</source>
        <translation>&amp;Me-API-Konto (Sitzungstoken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Sign in — Valara Desk</source>
        <translation>Anmelden — Valara Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with an API key from your Valara dashboard, or with a Me API session token. Nothing is saved until the connection works.</source>
        <translation>Melden Sie sich mit einem API-Schlüssel aus Ihrem Valara-Dashboard oder mit einem Sitzungstoken der Me API an. Gespeichert wird erst, wenn die Verbindung funktioniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account type:</source>
        <translation>Kontotyp:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Session t&amp;oken:</source>
        <translation>Sitzungst&amp;oken:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in as %1 on %2</source>
        <translation>Angemeldet als %1 bei %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>Angemeldet als %1 (%2) bei %3</translation>
    </message>
</context>
<context>
    <name>valara::TimeZoneListModel</name>
    <message>
        <location filename="../models/timezones/TimeZoneListModel.cpp" line="+196"/>
        <source>Local time: %1</source>
        <translation>Ortszeit: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abbreviations: %1</source>
        <translation>Abkürzungen: %1</translation>
    </message>
</context>
<context>
    <name>valara::TimeZonePicker</name>
    <message numerus="yes">
        <location filename="../ui/widgets/TimeZonePicker.cpp" line="+83"/>
        <source>%n timezones</source>
        <translation>
            <numerusform>%n Zeitzone</numerusform>
            <numerusform>%n Zeitzonen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Search timezones</source>
        <translation>Zeitzonen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City, country, UTC offset or abbreviation</source>
        <translation>Stadt, Land, UTC-Abweichung oder Abkürzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timezones</source>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this computer&apos;s timezone</source>
        <translation>Zeitzone dieses Computers verwenden</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No timezone matches “%1”. Try a city, a country, an offset such as +5:30, or an abbreviation such as PST.</source>
        <translation>Keine Zeitzone passt zu „%1“. Versuchen Sie eine Stadt, ein Land, eine Abweichung wie +5:30 oder eine Abkürzung wie PST.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This computer&apos;s timezone (%1) is not in the timezone database.</source>
        <translation>Die Zeitzone dieses Computers (%1) ist nicht in der Zeitzonendatenbank enthalten.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading timezones…</source>
        <translation>Zeitzonen werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No timezone selected.</source>
        <translation>Keine Zeitzone ausgewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known timezone. Choose one from the list.</source>
        <translation>„%1“ ist keine bekannte Zeitzone. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected: %1, %2. Local time: %3.</source>
        <translation>Ausgewählt: %1, %2. Ortszeit: %3.</translation>
    </message>
</context>
<context>
    <name>valara::UserListModel</name>
    <message>
        <location filename="../models/people/UserListModel.cpp" line="+226"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
</context>
<context>
    <name>valara::UserPagesArea</name>
    <message>
        <location filename="../ui/shell/UserPagesArea.cpp" line="+82"/>
        <source>Choose a person in the list to see their preferences, profile and history.</source>
        <translation>Wählen Sie eine Person in der Liste, um ihre Einstellungen, ihr Profil und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preferences and profile of the person you choose appear here once you are signed in.</source>
        <translation>Die Einstellungen und das Profil der gewählten Person erscheinen hier, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected user</source>
        <translation>Ausgewählter Benutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
</TS>
