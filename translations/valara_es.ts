<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>No se aceptó este valor.</translation>
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
            <numerusform>%1 (y %n más)</numerusform>
            <numerusform>%1 (y %n más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiErrorDecoder</name>
    <message>
        <location filename="../api/json/ApiErrorDecoder.cpp" line="+83"/>
        <location line="+5"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not connect to the server: the connection was refused.</source>
        <translation>No se pudo conectar con el servidor: se rechazó la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s address could not be found.</source>
        <translation>No se encontró la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>El servidor cerró la conexión de forma inesperada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection to the server could not be established.</source>
        <translation>No se pudo establecer una conexión segura con el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server redirected the request to an unsafe location.</source>
        <translation>El servidor redirigió la solicitud a una ubicación no segura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server redirected the request in a loop, so it was given up.</source>
        <translation>El servidor redirigió la solicitud en bucle, así que se abandonó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s answer could not be understood (it broke the HTTP protocol).</source>
        <translation>No se pudo interpretar la respuesta del servidor (no respetaba el protocolo HTTP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A network error occurred.</source>
        <translation>Se produjo un error de red.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network error occurred: %1</source>
        <translation>Se produjo un error de red: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server could not accept the request.</source>
        <translation>El servidor no pudo aceptar la solicitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in failed: the API key or session was not accepted.</source>
        <translation>No se pudo iniciar sesión: no se aceptó la clave de API o la sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found.</source>
        <translation>No se encontró.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server took too long to answer.</source>
        <translation>El servidor tardó demasiado en responder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change conflicts with another change. Reload and try again.</source>
        <translation>El cambio entra en conflicto con otro cambio. Recargue y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is too large.</source>
        <translation>La solicitud es demasiado grande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some values were not accepted.</source>
        <translation>No se aceptaron algunos valores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests. Try again shortly.</source>
        <translation>Demasiadas solicitudes. Vuelva a intentarlo en unos momentos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>El servidor tuvo un problema (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation>Respuesta inesperada del servidor (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ApiJobErrors</name>
    <message>
        <location filename="../api/http/ApiJobErrors.cpp" line="+19"/>
        <source>The server did not answer within %1 s.</source>
        <translation>El servidor no respondió en %1 s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s answer was too large (over %1), so it was not read.</source>
        <translation>La respuesta del servidor era demasiado grande (más de %1), así que no se leyó.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server redirected the request to %1. It was not followed, so that your credentials are sent to %2 only.</source>
        <translation>El servidor redirigió la solicitud a %1. No se siguió la redirección, para que sus credenciales solo se envíen a %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s answer could not be understood (its compression could not be read).</source>
        <translation>No se pudo interpretar la respuesta del servidor (no se pudo leer su compresión).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server redirected the change (HTTP %1). A change is not sent on to another address, so it was not sent again; check the server address.</source>
        <translation>El servidor redirigió el cambio (HTTP %1). Un cambio no se reenvía a otra dirección, así que no se volvió a enviar; compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server redirected the request (HTTP %1) without saying where to, or in a loop, so it was given up.</source>
        <translation>El servidor redirigió la solicitud (HTTP %1) sin indicar adónde, o en bucle, así que se abandonó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer could not be understood (HTTP %1).</source>
        <translation>No se pudo interpretar la respuesta del servidor (HTTP %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The change was not sent: its idempotency key must be 1 to 255 visible ASCII characters, without spaces.</source>
        <translation>No se envió el cambio: su clave de idempotencia debe tener entre 1 y 255 caracteres ASCII visibles, sin espacios.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try again in %1 s.</source>
        <translation>Vuelva a intentarlo en %1 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again in %1 min.</source>
        <translation>Vuelva a intentarlo en %1 min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again after %1.</source>
        <translation>Vuelva a intentarlo después de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server asked to wait before trying again (HTTP %1).</source>
        <translation>El servidor pidió esperar antes de volver a intentarlo (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ApiResponseDecoder</name>
    <message>
        <location filename="../api/json/ApiResponseDecoder.cpp" line="+76"/>
        <source>The server&apos;s answer could not be understood (%1).</source>
        <translation>No se pudo interpretar la respuesta del servidor (%1).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it was empty</source>
        <translation>estaba vacía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not JSON</source>
        <translation>no es JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected the Me API&apos;s envelope</source>
        <translation>se esperaba el envoltorio de respuesta de la Me API</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="+11"/>
        <source>Start a local sandbox with sample data and connect to it.</source>
        <translation>Inicia un entorno de pruebas (sandbox) local con datos de ejemplo y se conecta a él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the Valara service at &lt;url&gt; (for example https://valara.cloud), signing in with the API key in VALARA_API_KEY.</source>
        <translation>Se conecta al servicio Valara en &lt;url&gt; (por ejemplo, https://valara.cloud) e inicia sesión con la clave de API de VALARA_API_KEY.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a Me API account: with --base-url, signing in with the session token in VALARA_SESSION_TOKEN (asked for when it is not set); with --demo, the demo&apos;s.</source>
        <translation>Usa una cuenta de Me API: con --base-url, inicia sesión con el token de sesión de VALARA_SESSION_TOKEN (se solicita si no está definido); con --demo, la de la demostración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valara Desk: edit Valara user profiles and localization preferences.</source>
        <translation>Valara Desk: edición de perfiles y preferencias regionales de usuarios de Valara.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use either --demo or --base-url, not both.</source>
        <translation>Use --demo o --base-url, pero no ambos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--me-api needs --base-url (or --demo).</source>
        <translation>--me-api requiere --base-url (o --demo).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--base-url needs an absolute URL such as https://valara.cloud, not &quot;%1&quot;.</source>
        <translation>--base-url requiere una URL absoluta, como https://valara.cloud, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>VALARA_API_KEY is not set: not connecting to %1.</source>
        <translation>VALARA_API_KEY no está definida: no se conecta a %1.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../app/AppSession.cpp" line="+112"/>
        <source>Not signed in: %1 did not accept the API key (request %2).</source>
        <translation>No se inició sesión: %1 no aceptó la clave de API (solicitud %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in: %1</source>
        <translation>No se inició sesión: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+7"/>
        <location line="+17"/>
        <source>Could not start the demo: %1</source>
        <translation>No se pudo iniciar la demostración: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Remove Account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from Valara Desk? Its key is removed from the keychain, and the history of changes made from this computer for it is deleted. The account itself and its data on the service stay as they are.</source>
        <translation>¿Quitar %1 de Valara Desk? Su clave se quitará del llavero y se eliminará el historial de los cambios hechos para esta cuenta desde este dispositivo. La cuenta y sus datos en el servicio no se modifican.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The account was removed, but its change journal could not be deleted: %1</source>
        <translation>Se quitó la cuenta, pero no se pudo eliminar su registro de cambios: %1</translation>
    </message>
</context>
<context>
    <name>Caller</name>
    <message>
        <location filename="../models/caller/Caller.cpp" line="+20"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker</source>
        <translation>Corredor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation>Fotógrafo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../cli/CliApplication.cpp" line="+102"/>
        <source>not signed in to the Me API: run valara-cli me login (with the same --token-file, if one was given), or set VALARA_SESSION_TOKEN</source>
        <translation>no ha iniciado sesión en la Me API: ejecute valara-cli me login (con el mismo --token-file, si indicó uno) o defina VALARA_SESSION_TOKEN</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>nobody in team %1 is visible to the caller: nothing sent</source>
        <extracomment>%1: the team id given with --team.</extracomment>
        <translation>nadie del equipo %1 es visible para el usuario autenticado: no se envió nada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>history needs a journal: --journal PATH, or set %1</source>
        <extracomment>%1: the name of the environment variable (VALARA_JOURNAL).</extracomment>
        <translation>history necesita un registro: --journal PATH, o defina %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no journal at %1 (a write with --journal %1 starts it)</source>
        <extracomment>%1: the journal&apos;s file path.</extracomment>
        <translation>no hay ningún registro en %1 (una escritura con --journal %1 lo crea)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>warning: %1</source>
        <extracomment>A warning on stderr: the command goes on. %1: what happened.</extracomment>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run &apos;valara-cli --help&apos; for the commands, options and fields.</source>
        <translation>Ejecute &apos;valara-cli --help&apos; para ver los comandos, las opciones y los campos.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../cli/arguments/CliArguments.cpp" line="+39"/>
        <source>%1 is a global option: put it before the command</source>
        <extracomment>%1: the option as given (--timeout).</extracomment>
        <translation>%1 es una opción global: póngala antes del comando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown option &quot;%1&quot; for the command</source>
        <extracomment>%1: the option as given, in the command&apos;s place.</extracomment>
        <translation>opción desconocida para el comando: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a global option: put it before the command (valara-cli %1 ... %2)</source>
        <extracomment>%1: the option as given (--timeout); %2: the command it was given to (prefs set).</extracomment>
        <translation>%1 es una opción global: póngala antes del comando (valara-cli %1 ... %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown option &quot;%1&quot; for %2</source>
        <extracomment>%1: the option as given; %2: the command it was given to (prefs set).</extracomment>
        <translation>opción desconocida para %2: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs at least one FIELD=VALUE</source>
        <extracomment>%1: the command (prefs set).</extracomment>
        <translation>%1 necesita al menos un FIELD=VALUE</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>--timeout needs a number of seconds above 0 and at most %1, not &quot;%2&quot;</source>
        <extracomment>%1: the largest number accepted; %2: what was given.</extracomment>
        <translation>--timeout necesita un número de segundos mayor que 0 y como máximo %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+223"/>
        <source>--journal needs a PATH</source>
        <translation>--journal necesita una ruta (PATH)</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &quot;%1&quot; after whoami</source>
        <translation>argumento inesperado después de whoami: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown command &quot;%1&quot; (commands: whoami, users, prefs, profile, me, history)</source>
        <extracomment>%1: the word given as the command. The command names are not translated.</extracomment>
        <translation>comando desconocido: &quot;%1&quot; (comandos: whoami, users, prefs, profile, me, history)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument &quot;%1&quot; after users (to search, use users --query TEXT)</source>
        <translation>argumento inesperado después de users: &quot;%1&quot; (para buscar, use users --query TEXT)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 given twice</source>
        <extracomment>%1: an option (--query).</extracomment>
        <translation>%1 se indicó dos veces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a %2</source>
        <extracomment>%1: an option (--query); %2: the name of its value (TEXT), not translated.</extracomment>
        <translation>%1 necesita un valor %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 needs a sub-command: %1 get or %1 set</source>
        <extracomment>%1: the command (prefs or profile).</extracomment>
        <translation>%1 necesita un subcomando: %1 get o %1 set</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown sub-command &quot;%1&quot;: use %2 get or %2 set</source>
        <extracomment>%1: the command as given (prefs frob); %2: the command (prefs or profile).</extracomment>
        <translation>subcomando desconocido: &quot;%1&quot;; use %2 get o %2 set</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 takes USER or --users/--team, not both (&quot;%2&quot; is not FIELD=VALUE)</source>
        <extracomment>%1: the command (prefs set); %2: the word given.</extracomment>
        <translation>%1 admite USER o --users/--team, pero no ambos (&quot;%2&quot; no es FIELD=VALUE)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unexpected argument &quot;%1&quot; after %2 (%2 takes one USER)</source>
        <extracomment>%1: the word given; %2: the command (prefs get).</extracomment>
        <translation>argumento inesperado después de %2: &quot;%1&quot; (%2 admite un solo USER)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+97"/>
        <source>USER cannot be empty</source>
        <translation>USER no puede estar vacío</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>me needs a sub-command: me login, me get, me set-timezone ZONE, me clear-timezone or me logout</source>
        <translation>me necesita un subcomando: me login, me get, me set-timezone ZONE, me clear-timezone o me logout</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown sub-command &quot;%1&quot;: use me login, me get, me set-timezone, me clear-timezone or me logout</source>
        <extracomment>%1: the command as given (me frob).</extracomment>
        <translation>subcomando desconocido «%1»: use me login, me get, me set-timezone, me clear-timezone o me logout</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>me set-timezone needs a ZONE such as America/New_York</source>
        <translation>me set-timezone necesita una zona (ZONE), como America/New_York</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &quot;%1&quot; after %2</source>
        <extracomment>%1: the word given; %2: the command (me get).</extracomment>
        <translation>argumento inesperado después de %2: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--journal given twice (before and after history)</source>
        <translation>--journal se indicó dos veces (antes y después de history)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot; after history (history takes one USER)</source>
        <translation>argumento inesperado después de history: &quot;%1&quot; (history admite un solo USER)</translation>
    </message>
</context>
<context>
    <name>CliBulkOptions</name>
    <message>
        <location filename="../cli/arguments/CliBulkOptions.cpp" line="+18"/>
        <source>%1 given twice</source>
        <extracomment>%1: an option (--team).</extracomment>
        <translation>%1 se indicó dos veces</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 needs %2</source>
        <extracomment>%1: an option (--users); %2: the form of its value (ID[,ID...]), not translated.</extracomment>
        <translation>%1 necesita %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--users and --team cannot be given together</source>
        <translation>--users y --team no se pueden usar juntos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 goes with --users or --team</source>
        <extracomment>%1: an option (--jobs, --dry-run).</extracomment>
        <translation>%1 solo se usa con --users o --team</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--users needs user ids separated by commas, not &quot;%1&quot;</source>
        <extracomment>%1: what was given.</extracomment>
        <translation>--users necesita ids de usuario separados por comas, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--team needs a TEAM</source>
        <translation>--team necesita un equipo (TEAM)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--jobs needs a whole number from 1 to %1, not &quot;%2&quot;</source>
        <extracomment>%1: the largest number accepted; %2: what was given.</extracomment>
        <translation>--jobs necesita un número entero de 1 a %1, no &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>CliBulkReport</name>
    <message>
        <location filename="../cli/bulk/CliBulkReport.cpp" line="+93"/>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forbidden (%1)</source>
        <extracomment>%1: why, in the server&apos;s or the app&apos;s words.</extracomment>
        <translation>prohibido (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid (%1)</source>
        <extracomment>%1: why, in the server&apos;s or the app&apos;s words.</extracomment>
        <translation>no válido (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read (%1)</source>
        <extracomment>%1: why, in the server&apos;s or the app&apos;s words.</extracomment>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not read (%1)</source>
        <extracomment>%1: why, in the server&apos;s or the app&apos;s words.</extracomment>
        <translation>no leído (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n people could not be changed: their lines say why</source>
        <translation>
            <numerusform>%n persona no se pudo cambiar: su línea indica el motivo</numerusform>
            <numerusform>%n personas no se pudieron cambiar: sus líneas indican el motivo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <location filename="../cli/requests/CliConnection.cpp" line="+29"/>
        <source>%1 needs an absolute URL such as https://valara.cloud, not &quot;%2&quot;</source>
        <extracomment>%1: where the URL came from (--base-url or VALARA_BASE_URL); %2: what was given.</extracomment>
        <translation>%1 necesita una URL absoluta, como https://valara.cloud, no &quot;%2&quot;</translation>
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
        <translation>VALARA_API_KEY no está definida: exporte la clave de API que se usará (Authorization: Bearer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains spaces or control characters: it cannot be a valid token</source>
        <extracomment>%1: the environment variable (VALARA_API_KEY or VALARA_SESSION_TOKEN).</extracomment>
        <translation>%1 contiene espacios o caracteres de control: no puede ser un token válido</translation>
    </message>
</context>
<context>
    <name>CliErrorReport</name>
    <message>
        <location filename="../cli/requests/CliErrorReport.cpp" line="+33"/>
        <source>Sign in again (valara-cli me login), or check VALARA_SESSION_TOKEN: the session may have ended</source>
        <translation>Vuelva a iniciar sesión (valara-cli me login) o compruebe VALARA_SESSION_TOKEN: puede que la sesión haya terminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check VALARA_API_KEY</source>
        <translation>Compruebe VALARA_API_KEY</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (set VALARA_SESSION_TOKEN)</source>
        <extracomment>%1: why the Me API refuses an API key, in the desktop app&apos;s words.</extracomment>
        <translation>%1 (defina VALARA_SESSION_TOKEN)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request failed</source>
        <translation>La solicitud falló</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no answer from %1</source>
        <extracomment>%1: the server&apos;s address.</extracomment>
        <translation>sin respuesta de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>request %1</source>
        <extracomment>%1: the request id the server gave, for its support.</extracomment>
        <translation>solicitud %1</translation>
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
        <translation>Uso: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reads and changes Valara user profiles and localization preferences, and the Me API.</source>
        <translation>Lee y cambia los perfiles y las preferencias regionales de los usuarios de Valara, y la Me API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global options come before the command.</source>
        <translation>Las opciones globales van antes del comando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USER is a user id (see &quot;users&quot;). Without it, the command acts on the caller, looked up first with GET /api/v1/users/me. On success the server&apos;s answer is printed as JSON.</source>
        <translation>USER es un id de usuario (vea &quot;users&quot;). Sin él, el comando actúa sobre el usuario autenticado, que se consulta primero con GET /api/v1/users/me. Si tiene éxito, la respuesta del servidor se imprime como JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preference fields (prefs set):</source>
        <translation>Campos de preferencias (prefs set):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile fields (profile set):</source>
        <translation>Campos del perfil (profile set):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal:</source>
        <translation>Registro de cambios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many people (prefs set or profile set, --users or --team):</source>
        <translation>Varias personas (prefs set o profile set, --users o --team):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history [USER] options (USER: only that user&apos;s changes):</source>
        <translation>Opciones de history [USER] (USER: solo los cambios de ese usuario):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples:</source>
        <translation>Ejemplos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the caller (GET /api/v1/users/me)</source>
        <translation>el usuario autenticado (GET /api/v1/users/me)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users the caller may see (GET /api/v1/users?q=TEXT); TEXT matches id, names and e-mail</source>
        <translation>los usuarios que el usuario autenticado puede ver (GET /api/v1/users?q=TEXT); TEXT busca en el id, los nombres y el correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a user&apos;s preferences</source>
        <translation>las preferencias de un usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change only the given preferences</source>
        <translation>cambia solo las preferencias indicadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same preferences for each of these users (see Many people below)</source>
        <translation>las mismas preferencias para cada uno de estos usuarios (vea Varias personas más abajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same preferences for every user of team TEAM</source>
        <translation>las mismas preferencias para todos los usuarios del equipo TEAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user&apos;s profile</source>
        <translation>el perfil de un usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change only the given profile fields</source>
        <translation>cambia solo los campos del perfil indicados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same profile fields for each of these users (an administrator; see Many people below)</source>
        <translation>los mismos campos del perfil para cada uno de estos usuarios (un administrador; vea Varias personas más abajo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same profile fields for every user of team TEAM</source>
        <translation>los mismos campos del perfil para todos los usuarios del equipo TEAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in to the Me API (asks, or: --identifier EMAIL --password-stdin; --email-code; --org ORG; --token-file PATH where there is no keychain)</source>
        <translation>iniciar sesión en la Me API (pregunta, o: --identifier EMAIL --password-stdin; --email-code; --org ORG; --token-file PATH donde no hay llavero)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the caller on the Me API (GET /v1/me)</source>
        <translation>el usuario autenticado en la Me API (GET /v1/me)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the Me API timezone to an IANA name</source>
        <translation>establece la zona horaria de la Me API con un nombre IANA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clear the Me API timezone</source>
        <translation>borra la zona horaria de la Me API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end the Me API sign-in and forget it</source>
        <translation>cerrar la sesión de la Me API y olvidarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the changes recorded in a journal, newest first (no network; see Journal below)</source>
        <translation>los cambios guardados en un registro, primero los más recientes (sin red; vea Registro de cambios más abajo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server (default: $VALARA_BASE_URL, else %1; the legacy https://dash.jacoballenmedia.com is the same service). Plain http:// only to a loopback address</source>
        <extracomment>%1: the default server&apos;s address.</extracomment>
        <translation>el servidor (predeterminado: $VALARA_BASE_URL o, si no, %1; la dirección antigua https://dash.jacoballenmedia.com es el mismo servicio). http:// sin cifrar solo hacia una dirección de loopback</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give up after this long in all, retries and waits included (default %1, at most %2); one attempt takes at most 10</source>
        <extracomment>%1: the default number of seconds; %2: the largest number accepted.</extracomment>
        <translation>abandona tras este tiempo en total, reintentos y esperas incluidos (predeterminado: %1; máximo: %2); un intento dura como máximo 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record every write (prefs set, profile set, me set-timezone, me clear-timezone) in the change journal at PATH (default: $%1); reads are not recorded</source>
        <extracomment>%1: the name of the environment variable (VALARA_JOURNAL).</extracomment>
        <translation>guarda cada escritura (prefs set, profile set, me set-timezone, me clear-timezone) en el registro de cambios de PATH (predeterminado: $%1); las lecturas no se guardan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show this help</source>
        <translation>muestra esta ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>muestra la versión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split at the first &apos;=&apos;: title=A=B sets title to &quot;A=B&quot;. Quote values with spaces for the shell: title=&quot;Senior Agent&quot;.</source>
        <translation>Se divide en el primer &apos;=&apos;: title=A=B asigna &quot;A=B&quot; a title. Ponga entre comillas los valores con espacios para el shell: title=&quot;Senior Agent&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty VALUE (title=) sends null: it clears a profile field and resets a preference to its default.</source>
        <translation>Un VALUE vacío (title=) envía null: borra un campo del perfil y restablece una preferencia a su valor predeterminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each field at most once. Names in snake_case or camelCase (cell_phone or cellPhone); they are always sent in snake_case.</source>
        <translation>Cada campo, como máximo una vez. Nombres en snake_case o camelCase (cell_phone o cellPhone); siempre se envían en snake_case.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every value is checked before anything is sent: on any problem, each one is reported and nothing is sent (exit code 2).</source>
        <translation>Cada valor se comprueba antes de enviar nada: si hay algún problema, se informa de cada uno y no se envía nada (código de salida 2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --journal PATH (or VALARA_JOURNAL), each write is recorded in PATH, an SQLite file in the desktop app&apos;s change journal format, created owner-only if missing.</source>
        <translation>Con --journal PATH (o VALARA_JOURNAL), cada escritura se guarda en PATH, un archivo SQLite con el formato del registro de cambios de la aplicación de escritorio, que se crea, accesible solo para su propietario, si no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CLI first reads who the caller is and the record as it is (a GET of the same path, or GET /v1/me), records the change as &quot;sending&quot; with each field&apos;s server value and the idempotency key the request then carries, and records the answer: &quot;applied&quot;, or &quot;failed&quot; with the status, request id and error.</source>
        <translation>La CLI lee primero quién es el usuario autenticado y los datos tal como están (un GET de la misma ruta, o GET /v1/me), guarda el cambio como &quot;sending&quot; con el valor de cada campo en el servidor y la clave de idempotencia que lleva la solicitud, y guarda la respuesta: &quot;applied&quot;, o &quot;failed&quot; con el estado, el id de solicitud y el error.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A journal that cannot be opened or written stops the command before the write is sent (exit code 8); a damaged one is set aside, a new one started, and the write goes on with a warning.</source>
        <translation>Un registro que no se puede abrir o escribir detiene el comando antes de enviar la escritura (código de salida 8); uno dañado se aparta, se inicia uno nuevo y la escritura continúa con una advertencia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The members are the users given, in that order, or the users whose team_id is TEAM in the list the caller may see (GET /api/v1/users, page after page).</source>
        <translation>Los miembros son los usuarios indicados, en ese orden, o los usuarios cuyo team_id es TEAM en la lista que el usuario autenticado puede ver (GET /api/v1/users, página tras página).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each member&apos;s preferences or profile are read first: only the fields that differ are sent, one PATCH per member with its own idempotency key; a member already at the values is not sent, and one the caller may not change is refused without a request.</source>
        <translation>Primero se leen las preferencias o el perfil de cada miembro: solo se envían los campos que difieren, un PATCH por miembro con su propia clave de idempotencia; a un miembro que ya tiene esos valores no se le envía nada, y uno que el usuario autenticado no puede cambiar se rechaza sin hacer ninguna solicitud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferences (R1): their own, an administrator anyone&apos;s, a broker or photographer those of the teams they manage, as the user list shows them; an empty VALUE (reset to the default) is not taken here.</source>
        <translation>Preferencias (R1): cada uno las suyas, un administrador las de cualquiera, un corredor o fotógrafo las de los equipos que gestiona, tal como los muestra la lista de usuarios; aquí no se admite un VALUE vacío (restablecer el valor predeterminado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles (R2): an administrator anyone&apos;s, anybody else only their own; an empty VALUE clears the field for every member; the admin-only fields are refused as for one person.</source>
        <translation>Perfiles (R2): un administrador los de cualquiera, los demás solo el suyo; un VALUE vacío borra el campo para todos los miembros; los campos exclusivos de administradores se rechazan igual que para una sola persona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output is one JSON object per member and line: {&quot;user_id&quot;, &quot;result&quot;: applied, unchanged, refused, invalid, failed or not_sent, &quot;status&quot;: the HTTP status or null, &quot;request_id&quot;, &quot;error&quot;}. A line on stderr says how many members could not be changed.</source>
        <extracomment>The JSON keys and the result values are not translated.</extracomment>
        <translation>La salida es un objeto JSON por miembro y línea: {&quot;user_id&quot;, &quot;result&quot;: applied, unchanged, refused, invalid, failed o not_sent, &quot;status&quot;: el estado HTTP o null, &quot;request_id&quot;, &quot;error&quot;}. Una línea en stderr indica cuántos miembros no se pudieron cambiar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --journal each sent change is recorded. When the --timeout runs out, members not yet sent are not_sent. Nothing is printed when nothing could start: the usual exit codes then (a TEAM with nobody the caller sees: 4).</source>
        <translation>Con --journal se guarda cada cambio enviado. Cuando se agota el --timeout, los miembros aún no enviados quedan como not_sent. No se imprime nada si nada pudo empezar: entonces se usan los códigos de salida habituales (un TEAM sin nadie visible para el usuario autenticado: 4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>requests at a time, 1 to %1 (default %1)</source>
        <extracomment>%1: the largest number of requests at a time, also the default.</extracomment>
        <translation>solicitudes simultáneas, de 1 a %1 (predeterminado: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send nothing: print each member&apos;s change, one line each (g1: theme: &quot;light&quot; → &quot;dark&quot;), or &quot;no change&quot;, or &quot;forbidden&quot; and why</source>
        <translation>no envía nada: imprime el cambio de cada miembro, una línea por miembro (g1: theme: &quot;light&quot; → &quot;dark&quot;), o &quot;sin cambios&quot;, o &quot;prohibido&quot; y el motivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the journal to read (default: the global --journal, else $%1)</source>
        <extracomment>%1: the name of the environment variable (VALARA_JOURNAL).</extracomment>
        <translation>el registro que se leerá (predeterminado: el --journal global o, si no, $%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only changes of this field</source>
        <translation>solo los cambios de este campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only changes made since DATE: YYYY-MM-DD (local midnight) or an ISO 8601 time such as 2026-01-31T09:00:00Z</source>
        <translation>solo los cambios hechos desde DATE: YYYY-MM-DD (medianoche local) o una hora ISO 8601, como 2026-01-31T09:00:00Z</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only changes in this state: draft, sending, applied, failed or conflicted</source>
        <extracomment>The states are not translated: they are what --state takes.</extracomment>
        <translation>solo los cambios en este estado: draft, sending, applied, failed o conflicted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a JSON array for scripts (times in ISO 8601 UTC; server_value left out where the field was absent) instead of the table</source>
        <translation>un array JSON para scripts (horas en ISO 8601 UTC; sin server_value cuando el campo no existía) en lugar de la tabla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server when --base-url is not given</source>
        <translation>el servidor cuando no se indica --base-url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key for whoami, users, prefs and profile</source>
        <translation>clave de API para whoami, users, prefs y profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a session token for the me commands, used as it is instead of the sign-in of me login (an API key is refused there: API keys are not user-scoped)</source>
        <translation>un token de sesión para los comandos me, usado tal cual en lugar de la sesión de me login (allí se rechaza una clave de API: las claves de API no están ligadas a un usuario)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the publishable key of the Me API&apos;s sign-in service, for me login when --publishable-key is not given</source>
        <translation>la clave publicable del servicio de inicio de sesión de la Me API, para me login cuando no se indica --publishable-key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the journal when --journal is not given</source>
        <translation>el registro cuando no se indica --journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the language of the help and the messages (the JSON output is never translated)</source>
        <translation>el idioma de la ayuda y de los mensajes (la salida JSON nunca se traduce)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;valara.*.debug=true&quot; traces the requests on stderr; tokens are never printed</source>
        <translation>&quot;valara.*.debug=true&quot; muestra el seguimiento de las solicitudes en stderr; los tokens nunca se imprimen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage error or a value refused locally (nothing was sent)</source>
        <translation>error de uso o valor rechazado localmente (no se envió nada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not signed in or not allowed (HTTP 401, 403)</source>
        <translation>sin sesión iniciada o sin permiso (HTTP 401, 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found (HTTP 404), no journal file for history, or nobody in the --team</source>
        <translation>no encontrado (HTTP 404), no hay archivo de registro para history, o nadie en el --team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused by the server (HTTP 400, 409, 422)</source>
        <translation>rechazado por el servidor (HTTP 400, 409, 422)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network error, timeout, rate limit, server error or an answer that cannot be read, after retries</source>
        <translation>error de red, tiempo de espera agotado, límite de solicitudes, error del servidor o respuesta ilegible, tras los reintentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--users or --team: a member was refused, invalid, failed or not sent (each member&apos;s line says which); a dry run: one would be</source>
        <translation>--users o --team: algún miembro fue rechazado, no era válido, falló o no se envió (la línea de cada miembro indica cuál); en una simulación (--dry-run): alguno lo sería</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the journal cannot be opened, read or written (for a write: nothing was sent)</source>
        <translation>el registro no se puede abrir, leer o escribir (en una escritura: no se envió nada)</translation>
    </message>
</context>
<context>
    <name>CliHelpFields</name>
    <message>
        <location filename="../cli/arguments/CliHelpFields.cpp" line="+32"/>
        <source>%1 (default %2)</source>
        <extracomment>%1: the values a preference takes, as sent (&quot;light, dark, system&quot;); %2: the one the server uses when none is set.</extracomment>
        <translation>%1 (predeterminado: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an IANA timezone, such as Europe/Paris (default %1)</source>
        <extracomment>%1: the default timezone.</extracomment>
        <translation>una zona horaria IANA, como Europe/Paris (predeterminado: %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a BCP 47 language tag, such as pt-BR (default %1)</source>
        <extracomment>%1: the default language tag (en-US).</extracomment>
        <translation>una etiqueta de idioma BCP 47, como pt-BR (predeterminado: %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>text, up to %n characters</source>
        <translation>
            <numerusform>texto, hasta %n carácter</numerusform>
            <numerusform>texto, hasta %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>text, line breaks allowed, up to %n characters</source>
        <translation>
            <numerusform>texto, con saltos de línea, hasta %n carácter</numerusform>
            <numerusform>texto, con saltos de línea, hasta %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>text, up to %n characters; cannot be cleared</source>
        <translation>
            <numerusform>texto, hasta %n carácter; no se puede borrar</numerusform>
            <numerusform>texto, hasta %n caracteres; no se puede borrar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone number (+1 650 253 0000; without a country code, read in the region of your locale or the US), sent as E.164</source>
        <translation>número de teléfono (+1 650 253 0000; sin código de país, se interpreta en la región de su configuración regional o en EE. UU.), se envía en formato E.164</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>US state code or name (TX, Texas), sent as the code</source>
        <translation>código o nombre de un estado de EE. UU. (TX, Texas), se envía como código</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>https:// address, up to %n characters</source>
        <translation>
            <numerusform>dirección https://, hasta %n carácter</numerusform>
            <numerusform>dirección https://, hasta %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>e-mail address, up to %n characters</source>
        <translation>
            <numerusform>dirección de correo electrónico, hasta %n carácter</numerusform>
            <numerusform>dirección de correo electrónico, hasta %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date, YYYY-MM-DD</source>
        <translation>fecha, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of %1</source>
        <extracomment>%1: the values a field takes, as sent (admin, broker, agent, photographer).</extracomment>
        <translation>uno de: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator changes %1 (with PUT): profile set refuses them.</source>
        <extracomment>%1: field names, as sent (email, role, …).</extracomment>
        <translation>Solo un administrador cambia %1 (con PUT): profile set los rechaza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only, set by the service: %1.</source>
        <extracomment>%1: field names, as sent (id, created_at, …).</extracomment>
        <translation>De solo lectura, los establece el servicio: %1.</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../cli/journal/CliHistory.cpp" line="+90"/>
        <source>--since needs a date such as 2026-01-31 or 2026-01-31T09:00:00Z, not &quot;%1&quot;</source>
        <extracomment>%1: what was given.</extracomment>
        <translation>--since necesita una fecha como 2026-01-31 o 2026-01-31T09:00:00Z, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--state needs one of %1, not &quot;%2&quot;</source>
        <extracomment>%1: the states, not translated (draft, sending, …); %2: what was given.</extracomment>
        <translation>--state necesita uno de estos valores: %1; no &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(absent)</source>
        <extracomment>In the history table: the field was absent on the server.</extracomment>
        <translation>(ausente)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No entries in the journal match.</source>
        <translation>Ninguna entrada del registro coincide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WHEN</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUEST</source>
        <translation>SOLICITUD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FIELD</source>
        <translation>CAMPO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGE</source>
        <translation>CAMBIO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUEST ID</source>
        <translation>ID DE SOLICITUD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
</context>
<context>
    <name>CliJournal</name>
    <message>
        <location filename="../cli/journal/CliJournal.cpp" line="+43"/>
        <source>the journal %1 cannot be used: %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: why.</extracomment>
        <translation>no se puede usar el registro %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the journal %1 cannot be used: the server did not say who the caller is</source>
        <extracomment>%1: the journal&apos;s file path.</extracomment>
        <translation>no se puede usar el registro %1: el servidor no indicó quién es el usuario autenticado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal %1 is not open</source>
        <extracomment>%1: the journal&apos;s file path.</extracomment>
        <translation>el registro %1 no está abierto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the change could not be recorded in the journal %1, so it was not sent: %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: why.</extracomment>
        <translation>no se pudo guardar el cambio en el registro %1, así que no se envió: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the answer could not be recorded in the journal %1 (the entry stays &quot;sending&quot;): %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: why. &quot;sending&quot; is a state name, not translated.</extracomment>
        <translation>no se pudo guardar la respuesta en el registro %1 (la entrada se queda en &quot;sending&quot;): %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal %1: %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: what happened to it.</extracomment>
        <translation>el registro %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal %1 cannot be read: %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: why.</extracomment>
        <translation>no se puede leer el registro %1: %2</translation>
    </message>
</context>
<context>
    <name>CliMeCredentials</name>
    <message>
        <location filename="../cli/me/CliMeCredentials.cpp" line="+48"/>
        <source>the keychain did not answer within a minute</source>
        <translation>el llavero no respondió en un minuto</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 is a link: it is not used (give the file itself)</source>
        <extracomment>%1: the token file&apos;s path.</extracomment>
        <translation>%1 es un enlace: no se usa (indique el archivo mismo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 may be read by others: it is not used (chmod 600 %1, or sign in again)</source>
        <extracomment>%1: the token file&apos;s path.</extracomment>
        <translation>otros pueden leer %1: no se usa (chmod 600 %1, o vuelva a iniciar sesión)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not hold a sign-in of valara-cli</source>
        <translation>%1 no contiene una sesión de valara-cli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keychain&apos;s sign-in could not be read</source>
        <translation>no se pudo leer la sesión del llavero</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>%1 cannot be written: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot be removed</source>
        <translation>no se puede eliminar %1</translation>
    </message>
</context>
<context>
    <name>CliMeOptions</name>
    <message>
        <location filename="../cli/arguments/CliMeOptions.cpp" line="+37"/>
        <source>%1 given twice</source>
        <extracomment>%1: an option (--org).</extracomment>
        <translation>%1 indicado dos veces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an option of me login</source>
        <extracomment>%1: an option (--org).</extracomment>
        <translation>%1 es una opción de me login</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs a value</source>
        <extracomment>%1: an option that needs a value (--org).</extracomment>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--password-stdin and --email-code are two ways to sign in: give one</source>
        <translation>--password-stdin y --email-code son dos formas de iniciar sesión: indique una</translation>
    </message>
</context>
<context>
    <name>CliMeSignIn</name>
    <message>
        <location filename="../cli/me/CliMeSignIn.cpp" line="+45"/>
        <source>warning: the service&apos;s new sign-in could not be kept (%1): run valara-cli me login if the next command is refused</source>
        <extracomment>%1: why the sign-in could not be written.</extracomment>
        <translation>aviso: no se pudo guardar la nueva sesión del servicio (%1): ejecute valara-cli me login si se rechaza el siguiente comando</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>me login needs the service&apos;s publishable key: --publishable-key KEY, or set %1</source>
        <extracomment>%1: the environment variable (VALARA_PUBLISHABLE_KEY).</extracomment>
        <translation>me login necesita la clave publicable del servicio: --publishable-key KEY, o defina %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the publishable key is not one (it starts with pk_live_ or pk_test_ and names the service)</source>
        <translation>no es una clave publicable (empieza por pk_live_ o pk_test_ y nombra el servicio)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the sign-in did not finish</source>
        <translation>el inicio de sesión no terminó</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no keychain can keep the sign-in here: give --token-file PATH to keep it in a file only you can read</source>
        <translation>aquí ningún llavero puede guardar la sesión: indique --token-file PATH para guardarla en un archivo que solo usted pueda leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--identifier EMAIL is needed when nobody types at a terminal</source>
        <translation>--identifier EMAIL es necesario cuando nadie escribe en una terminal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address: </source>
        <translation>Correo electrónico: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code sent to %1: </source>
        <extracomment>%1: where the code was sent.</extracomment>
        <translation>Código enviado a %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no terminal to ask the password at: give it on stdin with --password-stdin</source>
        <translation>no hay terminal donde pedir la contraseña: pásela por stdin con --password-stdin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authenticator code: </source>
        <translation>Código de la app de autenticación: </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>signed in; the sign-in is kept in %1, readable by you only: guard it as you would a password</source>
        <extracomment>%1: the token file&apos;s path.</extracomment>
        <translation>sesión iniciada; la sesión se guarda en %1, legible solo por usted: protéjalo como una contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed in; the sign-in is kept in the keychain</source>
        <translation>sesión iniciada; la sesión se guarda en el llavero</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Organization to work in [1-%1]: </source>
        <translation>Organización en la que trabajar [1-%1]: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such organization</source>
        <translation>no existe esa organización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you belong to several organizations: working in %1 (choose with --org ID)</source>
        <extracomment>%1: the organization&apos;s id.</extracomment>
        <translation>pertenece a varias organizaciones: se trabaja en %1 (elija con --org ID)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not signed in: nothing to sign out of</source>
        <translation>no hay sesión iniciada: nada que cerrar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the service could not sign you out (%1): the sign-in is still kept, try again</source>
        <extracomment>%1: why the service could not be reached.</extracomment>
        <translation>el servicio no pudo cerrar su sesión (%1): la sesión sigue guardada, vuelva a intentarlo</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the sign-in has ended: run valara-cli me login again</source>
        <translation>la sesión ha terminado: vuelva a ejecutar valara-cli me login</translation>
    </message>
</context>
<context>
    <name>CliRequestPlan</name>
    <message>
        <location filename="../cli/requests/CliRequestPlan.cpp" line="+76"/>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>timezone: ZONE is empty (to clear the timezone, use me clear-timezone)</source>
        <translation>timezone: ZONE está vacía (para borrar la zona horaria, use me clear-timezone)</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../models/export/CsvWriter.cpp" line="+83"/>
        <source>The export could not be written: the file is not open for writing.</source>
        <translation>No se pudo escribir la exportación: el archivo no está abierto para escritura.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>The export could not be written: %1</source>
        <translation>No se pudo escribir la exportación: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The export could not be written: the file did not take all of it.</source>
        <translation>No se pudo escribir la exportación: no se guardó completa en el archivo.</translation>
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
        <translation>&quot;%1&quot; no es FIELD=VALUE (para borrar un campo, escriba %1=)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has no FIELD before the &apos;=&apos;</source>
        <extracomment>%1: the argument as given.</extracomment>
        <translation>&quot;%1&quot; no tiene FIELD antes del &apos;=&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: the FIELD name has spaces around it</source>
        <extracomment>%1: the argument as given.</extracomment>
        <translation>&quot;%1&quot;: el nombre de FIELD tiene espacios alrededor</translation>
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
        <translation>No hay historial: el registro de cambios está desactivado (journal/enabled en la configuración), así que los cambios no se registran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no history: the change journal could not be opened. %1</source>
        <translation>No hay historial: no se pudo abrir el registro de cambios. %1</translation>
    </message>
</context>
<context>
    <name>JournalHistoryExport</name>
    <message>
        <location filename="../models/journal/JournalHistoryExport.cpp" line="+15"/>
        <source>When (UTC)</source>
        <translation>Fecha (UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>JsonValueText</name>
    <message>
        <location filename="../models/values/JsonValueText.cpp" line="+16"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>MeApiPreferences</name>
    <message>
        <location filename="../models/meapi/MeApiPreferences.cpp" line="+19"/>
        <source>&quot;%1&quot; is not a timezone of the IANA database (for example America/Los_Angeles).</source>
        <translation>&quot;%1&quot; no es una zona horaria de la base de datos IANA (por ejemplo, America/Los_Angeles).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API keys are not user-scoped: sign in with a session token.</source>
        <translation>Las claves de API no están vinculadas a un usuario: inicie sesión con un token de sesión.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your session has ended or was not accepted: sign in again.</source>
        <translation>Su sesión terminó o no se aceptó: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no user in it</source>
        <translation>no contiene ningún usuario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the preferences are not an object</source>
        <translation>las preferencias no son un objeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the timezone is not text</source>
        <translation>la zona horaria no es texto</translation>
    </message>
</context>
<context>
    <name>MeApiSession</name>
    <message>
        <location filename="../app/meapi/MeApiSession.cpp" line="+133"/>
        <source>Your session has ended. Sign in again: your change is kept and sent once you are signed in.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión: su cambio se conserva y se envía una vez iniciada la sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Sign in again to keep working.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión para seguir trabajando.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your sign-in could not be kept (%1): you will be asked to sign in again next time.</source>
        <translation>No se pudo guardar su inicio de sesión (%1): la próxima vez se le pedirá de nuevo.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Demo: every demo user&apos;s password is %1.</source>
        <translation>Demo: la contraseña de todos los usuarios de la demo es %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The service could not be told that you signed out (%1); this computer no longer uses the session.</source>
        <translation>No se pudo comunicar al servicio que cerró la sesión (%1); este equipo ya no usa la sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have signed out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
</context>
<context>
    <name>MeSignInErrors</name>
    <message>
        <location filename="../models/meapi/signin/MeSignInErrors.cpp" line="+15"/>
        <source>The password is incorrect. Try again, or e-mail yourself a code instead.</source>
        <translation>La contraseña es incorrecta. Vuelva a intentarlo o pida un código por correo electrónico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account was found for this e-mail address.</source>
        <translation>No se encontró ninguna cuenta con este correo electrónico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code is not the right one. Check it and try again.</source>
        <translation>Este código no es el correcto. Revíselo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Este código ha caducado. Pida uno nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong codes. Ask for a new one.</source>
        <translation>Demasiados códigos incorrectos. Pida uno nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account cannot sign in that way. Try the other way offered.</source>
        <translation>Esta cuenta no puede iniciar sesión así. Pruebe la otra forma ofrecida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service does not allow sign-in from desktop apps yet: its administrator has to enable native clients.</source>
        <translation>El servicio aún no permite iniciar sesión desde aplicaciones de escritorio: su administrador debe activar los clientes nativos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session has ended. Sign in again.</source>
        <translation>La sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach the sign-in service: %1</source>
        <extracomment>%1: why the connection failed.</extracomment>
        <translation>No se pudo contactar con el servicio de inicio de sesión: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Demasiados intentos de inicio de sesión. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in was refused.</source>
        <translation>Se rechazó el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../models/values/PhoneNumber.cpp" line="+80"/>
        <source>%1 has a country code that does not exist.</source>
        <translation>%1: el código de país no existe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a phone number. Write it with digits, such as +1 650 253 0000.</source>
        <translation>%1: no es un número de teléfono. Escríbalo con dígitos, por ejemplo +1 650 253 0000.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 has too few digits to be a phone number.</source>
        <translation>%1: tiene muy pocos dígitos para ser un número de teléfono.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 cannot be checked: this installation of Valara Desk is missing its phone number module (%2).</source>
        <translation>No se puede comprobar %1: a esta instalación de Valara Desk le falta su módulo de números de teléfono (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has too many digits to be a phone number.</source>
        <translation>%1: tiene demasiados dígitos para ser un número de teléfono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not have a possible number of digits.</source>
        <translation>%1: la cantidad de dígitos no es posible.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 looks like a local number without its area code; it will be sent as %2.</source>
        <translation>%1: parece un número local sin código de área; se enviará como %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a number in use that we know of; it will be sent as %2.</source>
        <translation>%1: no es un número en uso que conozcamos; se enviará como %2.</translation>
    </message>
</context>
<context>
    <name>PreferenceEditors</name>
    <message>
        <location filename="../ui/preferences/PreferenceEditors.cpp" line="+57"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Date and time format:</source>
        <translation>&amp;Formato de fecha y hora:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time&amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La&amp;nguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Friendly</source>
        <translation>Natural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US</source>
        <translation>EE. UU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UK</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imperial: %1</source>
        <translation>Imperial: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metric: %1</source>
        <translation>Métrico: %1</translation>
    </message>
</context>
<context>
    <name>PreferencePatch</name>
    <message>
        <location filename="../cli/requests/PreferencePatch.cpp" line="+37"/>
        <source>%1: given twice (as %2 and %3)</source>
        <extracomment>%1: a field; %2, %3: its two spellings as typed (time_zone, timeZone).</extracomment>
        <translation>%1: se indicó dos veces (como %2 y %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: an empty value (reset to the default) is not taken with --users or --team: give the value (%1=%2)</source>
        <extracomment>%1: a preference (theme); %2: its default value (system).</extracomment>
        <translation>%1: con --users o --team no se admite un valor vacío (restablecer el predeterminado): indique el valor (%1=%2)</translation>
    </message>
</context>
<context>
    <name>PreferencePreview</name>
    <message>
        <location filename="../models/preferences/PreferencePreview.cpp" line="+25"/>
        <source>Today at %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday at %1</source>
        <translation>Ayer, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow at %1</source>
        <translation>Mañana, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
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
        <translation>se esperaban las preferencias</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the preference %1 is not text</source>
        <translation>la preferencia %1 no es texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no preferences in it</source>
        <translation>no contiene preferencias</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date and time format</source>
        <translation>Formato de fecha y hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timezone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a preference. Known preferences: %2.</source>
        <translation>%1 no es una preferencia. Preferencias conocidas: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 debe ser uno de estos valores: %2; no &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a timezone of the IANA database (for example America/New_York).</source>
        <translation>&quot;%1&quot; no es una zona horaria de la base de datos IANA (por ejemplo, America/New_York).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a well-formed BCP 47 language tag (for example en-US or pt-BR).</source>
        <translation>&quot;%1&quot; no es una etiqueta de idioma BCP 47 bien formada (por ejemplo, en-US o pt-BR).</translation>
    </message>
</context>
<context>
    <name>ProfileConflict</name>
    <message>
        <location filename="../models/profile/ProfileConflict.cpp" line="+30"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>ProfileFieldEditors</name>
    <message>
        <location filename="../ui/profile/ProfileFieldEditors.cpp" line="+71"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>ProfilePatch</name>
    <message>
        <location filename="../cli/requests/ProfilePatch.cpp" line="+28"/>
        <source>%1: is read-only (set by the service)</source>
        <extracomment>%1: the field&apos;s name as typed.</extracomment>
        <translation>%1: es de solo lectura (lo establece el servicio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a profile field (valara-cli --help lists them)</source>
        <translation>%1: no es un campo del perfil (valara-cli --help los enumera)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: given twice (as %2 and %3)</source>
        <extracomment>%1: a field; %2, %3: its two spellings as typed (cell_phone, cellPhone).</extracomment>
        <translation>%1: se indicó dos veces (como %2 y %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: can only be changed by an administrator (with PUT /api/v1/users/{id}), not by profile set</source>
        <extracomment>%1: the field&apos;s name as typed.</extracomment>
        <translation>%1: solo lo puede cambiar un administrador (con PUT /api/v1/users/{id}), no profile set</translation>
    </message>
</context>
<context>
    <name>ProfileSchema</name>
    <message>
        <location filename="../models/profile/ProfileSchema.cpp" line="+133"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo address</source>
        <translation>Dirección de la foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public e-mail</source>
        <translation>Correo electrónico público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagline</source>
        <translation>Eslogan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brokerage</source>
        <translation>Agencia inmobiliaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License state</source>
        <translation>Estado emisor de la licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License expiration</source>
        <translation>Vencimiento de la licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biography</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sitio web</translation>
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
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in e-mail</source>
        <translation>Correo electrónico de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>E-mail verified</source>
        <translation>Correo electrónico verificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account status</source>
        <translation>Estado de la cuenta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Personal</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public contact</source>
        <translation>Contacto público</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokerage and license</source>
        <translation>Agencia y licencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bio and social</source>
        <translation>Biografía y redes sociales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be true or false.</source>
        <translation>El campo %1 debe ser verdadero o falso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be empty.</source>
        <translation>El campo %1 no puede estar vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be text.</source>
        <translation>El campo %1 debe ser texto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be one of %2.</source>
        <translation>El campo %1 debe ser uno de estos valores: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 can be at most %n characters long.</source>
        <translation>
            <numerusform>El campo %1 puede tener como máximo %n carácter.</numerusform>
            <numerusform>El campo %1 puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains control characters.</source>
        <translation>El campo %1 contiene caracteres de control.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be a secure web address starting with https://.</source>
        <translation>El campo %1 debe ser una dirección web segura que empiece por https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be an e-mail address such as name@example.com.</source>
        <translation>El campo %1 debe ser una dirección de correo electrónico, como nombre@example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>El campo %1 debe ser una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be a US state, such as TX or Texas.</source>
        <translation>El campo %1 debe ser un estado de EE. UU., como TX o Texas.</translation>
    </message>
</context>
<context>
    <name>ResponseShape</name>
    <message>
        <location filename="../api/json/ResponseShape.cpp" line="+45"/>
        <source>a list entry is not an object</source>
        <translation>un elemento de la lista no es un objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a user</source>
        <translation>se esperaba un usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a user without an id</source>
        <translation>un usuario sin id</translation>
    </message>
</context>
<context>
    <name>SessionTokenInfo</name>
    <message>
        <location filename="../api/session/SessionTokenInfo.cpp" line="+49"/>
        <source>This is not a session token: a session token has three parts separated by dots (it starts with &quot;eyJ&quot;). API keys do not work with the Me API.</source>
        <translation>Esto no es un token de sesión: un token de sesión tiene tres partes separadas por puntos (empieza por &quot;eyJ&quot;). Las claves de API no funcionan con la Me API.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This session token names no user.</source>
        <translation>Este token de sesión no indica ningún usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session token names no organisation.</source>
        <translation>Este token de sesión no indica ninguna organización.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This session token has no end time (&quot;exp&quot;): the Me API refuses it.</source>
        <translation>Este token de sesión no tiene hora de caducidad (&quot;exp&quot;): la Me API lo rechaza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session token expired at %1: sign in to the dashboard again and copy a new one.</source>
        <translation>Este token de sesión caducó el %1: vuelva a iniciar sesión en el panel y copie uno nuevo.</translation>
    </message>
    <message>
        <location filename="../api/session/SessionTokenInfo.h" line="+38"/>
        <source>No session token.</source>
        <translation>No hay token de sesión.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../models/i18n/UiLanguage.cpp" line="+81"/>
        <source>%1 has no translation yet: Valara Desk speaks English.</source>
        <extracomment>%1 is a language with no translation, such as &quot;Português (Brasil)&quot;.</extracomment>
        <translation>%1 aún no tiene traducción: Valara Desk se muestra en inglés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, as chosen on this computer.</source>
        <translation>%1, elegido en este dispositivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from your language preference.</source>
        <translation>%1, según su preferencia de idioma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from this computer&apos;s language.</source>
        <translation>%1, según el idioma de este dispositivo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+26"/>
        <source>Run valara-desk --help to see the options.</source>
        <translation>Ejecute valara-desk --help para ver las opciones.</translation>
    </message>
</context>
<context>
    <name>valara::AccountFlow</name>
    <message>
        <location filename="../app/accounts/AccountFlow.cpp" line="+86"/>
        <source>The key could not be saved in the keychain (%1): it is used until you quit.</source>
        <translation>No se pudo guardar la clave en el llavero (%1): se usará hasta que salga de la aplicación.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key of %1 is not in the keychain any more: sign in again.</source>
        <translation>La clave de %1 ya no está en el llavero: vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>valara::AccountSwitcher</name>
    <message>
        <location filename="../ui/accounts/AccountSwitcher.cpp" line="+60"/>
        <source>Add account…</source>
        <translation>Agregar cuenta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this account…</source>
        <translation>Quitar esta cuenta…</translation>
    </message>
</context>
<context>
    <name>valara::ApiClient</name>
    <message>
        <location filename="../api/ApiClient.cpp" line="+283"/>
        <source>No valid server address is set.</source>
        <translation>No hay definida ninguna dirección de servidor válida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refusing to send the API key over plain http:// to %1; use https://.</source>
        <translation>No se enviará la clave de API a %1 por http:// sin cifrar; use https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported address scheme &quot;%1&quot;; use https://.</source>
        <translation>El esquema de dirección &quot;%1&quot; no es compatible; use https://.</translation>
    </message>
</context>
<context>
    <name>valara::ApiJob</name>
    <message>
        <location filename="../api/ApiJob.cpp" line="+129"/>
        <source>No session token to send.</source>
        <translation>No hay token de sesión para enviar.</translation>
    </message>
</context>
<context>
    <name>valara::AvatarPreview</name>
    <message>
        <location filename="../ui/profile/AvatarPreview.cpp" line="+48"/>
        <source>Profile photo</source>
        <translation>Foto de perfil</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>plain http:// is only accepted for this computer; use https://</source>
        <translation>http:// sin cifrar solo se acepta para este dispositivo; use https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only https:// addresses are accepted</source>
        <translation>solo se aceptan direcciones https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address is not valid</source>
        <translation>la dirección no es válida</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address redirects elsewhere</source>
        <translation>la dirección redirige a otro sitio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered %1</source>
        <translation>el servidor respondió %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the file is not an image</source>
        <translation>el archivo no es una imagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image is too large (%1 × %2 pixels)</source>
        <translation>la imagen es demasiado grande (%1 × %2 píxeles)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the photo is larger than %1 MB</source>
        <translation>la foto ocupa más de %1 MB</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Initials %1</source>
        <translation>Iniciales %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not be loaded: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo could not be loaded: %1</source>
        <translation>No se pudo cargar la foto: %1</translation>
    </message>
</context>
<context>
    <name>valara::BulkApply</name>
    <message>
        <location filename="../models/bulk/BulkApply.cpp" line="+95"/>
        <source>Not sent: cancelled.</source>
        <translation>No enviado: cancelado.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not sent again: the change no longer waits in the journal.</source>
        <translation>No se volvió a enviar: el cambio ya no está pendiente en el registro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not be sent: nothing to change, or a request for this person is under way.</source>
        <translation>No se pudo enviar: no hay nada que cambiar o ya hay una solicitud en curso para esta persona.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Not sent: changed on the server meanwhile.</source>
        <translation>No enviado: mientras tanto cambió en el servidor.</translation>
    </message>
</context>
<context>
    <name>valara::BulkChangeDialog</name>
    <message>
        <location filename="../ui/bulk/BulkChangeDialog.cpp" line="+137"/>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>Change preferences for %n people</source>
        <translation>
            <numerusform>Cambiar las preferencias de %n persona</numerusform>
            <numerusform>Cambiar las preferencias de %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change profiles for %n people</source>
        <translation>
            <numerusform>Cambiar el perfil de %n persona</numerusform>
            <numerusform>Cambiar los perfiles de %n personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields to change</source>
        <translation>Campos que se cambiarán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the fields to set for everyone; only included fields are changed. You see each person&apos;s change before anything is sent.</source>
        <translation>Edite los campos que se aplicarán a todos; solo se cambian los campos incluidos. Verá el cambio de cada persona antes de que se envíe nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sends nothing more; changes already on their way finish.</source>
        <translation>No envía nada más; los cambios que ya están en curso terminan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping: the changes already on their way finish first.</source>
        <translation>Deteniendo: primero terminan los cambios que ya están en curso.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>&amp;Apply to %n people</source>
        <translation>
            <numerusform>&amp;Aplicar a %n persona</numerusform>
            <numerusform>&amp;Aplicar a %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Retry %n failed</source>
        <translation>
            <numerusform>&amp;Reintentar %n fallido</numerusform>
            <numerusform>&amp;Reintentar %n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valara-bulk-change-%1.csv</source>
        <translation>valara-cambio-masivo-%1.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The results were not exported to %1: %2</source>
        <translation>No se exportaron los resultados a %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n people to %1.</source>
        <translation>
            <numerusform>Se exportó %n persona a %1.</numerusform>
            <numerusform>Se exportaron %n personas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::BulkPreview</name>
    <message>
        <location filename="../models/bulk/BulkPreview.cpp" line="+42"/>
        <source>You may not change this person&apos;s settings.</source>
        <translation>No tiene permiso para cambiar la configuración de esta persona.</translation>
    </message>
</context>
<context>
    <name>valara::BulkResultsModel</name>
    <message>
        <location filename="../models/bulk/BulkResultsModel.cpp" line="+94"/>
        <source>To send</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yours to change</source>
        <translation>Sin permiso para cambiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
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
        <translation>%1: ya es %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
</context>
<context>
    <name>valara::BulkRunPanel</name>
    <message numerus="yes">
        <location filename="../ui/bulk/BulkRunPanel.cpp" line="+27"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>queda aprox. %n s</numerusform>
            <numerusform>quedan aprox. %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>queda aprox. %n min</numerusform>
            <numerusform>quedan aprox. %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of this change</source>
        <translation>Personas de este cambio</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>The service asked to slow down: waiting %n s.</source>
        <translation>
            <numerusform>El servicio pidió reducir el ritmo: esperando %n s.</numerusform>
            <numerusform>El servicio pidió reducir el ritmo: esperando %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Read %1 of %2</source>
        <translation>Leídas: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>%n people in this change</source>
        <translation>
            <numerusform>%n persona en este cambio</numerusform>
            <numerusform>%n personas en este cambio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sent %1 of %2</source>
        <translation>Enviadas: %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per second</source>
        <translation>%1 por segundo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading each person&apos;s current values. Nothing is sent yet.</source>
        <translation>Leyendo los valores actuales de cada persona. Todavía no se envía nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been sent yet. %1</source>
        <translation>Todavía no se ha enviado nada. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending each person&apos;s change, a few at a time.</source>
        <translation>Enviando el cambio de cada persona, unos pocos a la vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done. %1</source>
        <translation>Listo. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n to change.</source>
        <translation>
            <numerusform>%n por cambiar.</numerusform>
            <numerusform>%n por cambiar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n applied.</source>
        <translation>
            <numerusform>%n aplicado.</numerusform>
            <numerusform>%n aplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already set: no change.</source>
        <translation>
            <numerusform>%n ya lo tiene: sin cambios.</numerusform>
            <numerusform>%n ya lo tienen: sin cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n you may not change: skipped.</source>
        <translation>
            <numerusform>%n que usted no puede cambiar: omitido.</numerusform>
            <numerusform>%n que usted no puede cambiar: omitidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not be read: skipped.</source>
        <translation>
            <numerusform>%n no se pudo leer: omitido.</numerusform>
            <numerusform>%n no se pudieron leer: omitidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid.</source>
        <translation>
            <numerusform>%n no válido.</numerusform>
            <numerusform>%n no válidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused by the service.</source>
        <translation>
            <numerusform>%n rechazado por el servicio.</numerusform>
            <numerusform>%n rechazados por el servicio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fallido.</numerusform>
            <numerusform>%n fallidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not sent.</source>
        <translation>
            <numerusform>%n no enviado.</numerusform>
            <numerusform>%n no enviados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::BulkValuesForm</name>
    <message>
        <location filename="../ui/bulk/BulkValuesForm.cpp" line="+74"/>
        <source>Include %1</source>
        <translation>Incluir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only included fields are changed; the others keep each person&apos;s own value.</source>
        <translation>Solo se cambian los campos incluidos; los demás conservan el valor propio de cada persona.</translation>
    </message>
</context>
<context>
    <name>valara::ChangeJournal</name>
    <message>
        <location filename="../models/journal/ChangeJournal.cpp" line="+117"/>
        <source>The change journal could not complete the operation: %1</source>
        <translation>El registro de cambios no pudo completar la operación: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change journal is turned off, so this change was not recorded.</source>
        <translation>El registro de cambios está desactivado, así que este cambio no se registró.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The change journal is not open.</source>
        <translation>El registro de cambios no está abierto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The change belongs to another account and was not recorded.</source>
        <translation>El cambio pertenece a otra cuenta y no se registró.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The change is incomplete (user, service, request or idempotency key), so it was not recorded.</source>
        <translation>El cambio está incompleto (usuario, servicio, solicitud o clave de idempotencia), así que no se registró.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A draft needs at least one changed field.</source>
        <translation>Un borrador necesita al menos un campo modificado.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The change journal has no entry %1.</source>
        <translation>El registro de cambios no tiene ninguna entrada %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The change cannot go from %1 to %2.</source>
        <translation>El cambio no puede pasar de %1 a %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a draft&apos;s fields can change; this change is %1.</source>
        <translation>Solo pueden cambiar los campos de un borrador; este cambio está en estado %1.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No user was given whose drafts to remove.</source>
        <translation>No se indicó el usuario cuyos borradores se deben eliminar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The journal cannot keep a negative number of days.</source>
        <translation>El registro no puede conservar un número negativo de días.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The change journal could not be deleted: %1</source>
        <translation>No se pudo eliminar el registro de cambios: %1</translation>
    </message>
    <message>
        <location filename="../models/journal/JournalDatabase.cpp" line="+174"/>
        <location line="+64"/>
        <source>The change journal could not be opened: %1</source>
        <translation>No se pudo abrir el registro de cambios: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The change journal is damaged and could not be set aside, so no changes are recorded: %1</source>
        <translation>El registro de cambios está dañado y no se pudo apartar, así que no se registran cambios: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change journal could not be read, so it was set aside as %1 and a new one was started. Nothing was deleted.</source>
        <translation>No se pudo leer el registro de cambios, así que se apartó como %1 y se inició uno nuevo. No se eliminó nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The change journal could not be read: %1</source>
        <translation>No se pudo leer el registro de cambios: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The change journal was written by a newer version of Valara Desk (format %1; this version reads up to format %2). It was left unchanged, and no changes are recorded until the newer version is used again.</source>
        <translation>El registro de cambios lo escribió una versión más reciente de Valara Desk (formato %1; esta versión lee hasta el formato %2). No se modificó, y no se registrarán cambios hasta que se vuelva a usar la versión más reciente.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The change journal could not be brought up to date: %1</source>
        <translation>No se pudo actualizar el registro de cambios: %1</translation>
    </message>
</context>
<context>
    <name>valara::ChangeReplay</name>
    <message>
        <location filename="../models/records/ChangeReplay.cpp" line="+163"/>
        <source>Not sent: changed on the server meanwhile. Kept as unsaved changes to check.</source>
        <translation>No enviado: mientras tanto cambió en el servidor. Se conserva como cambios sin guardar para que los revise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: changed on the server meanwhile.</source>
        <translation>No enviado: mientras tanto cambió en el servidor.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting to be sent: %1</source>
        <translation>Pendiente de envío: %1</translation>
    </message>
</context>
<context>
    <name>valara::ChoiceComboBox</name>
    <message>
        <location filename="../ui/widgets/ChoiceComboBox.cpp" line="+29"/>
        <source>%1 (not a known value)</source>
        <translation>%1 (valor desconocido)</translation>
    </message>
</context>
<context>
    <name>valara::CliBulkRunner</name>
    <message>
        <location filename="../cli/bulk/CliBulkRunner.cpp" line="+113"/>
        <source>Not sent: the command&apos;s time ran out before it was read.</source>
        <translation>No enviado: se agotó el tiempo del comando antes de leerlo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not sent: the command&apos;s time ran out.</source>
        <translation>No enviado: se agotó el tiempo del comando.</translation>
    </message>
</context>
<context>
    <name>valara::ConflictBanner</name>
    <message>
        <location filename="../ui/editing/ConflictBanner.cpp" line="+83"/>
        <source>Keep mine</source>
        <translation>Conservar los míos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the server&apos;s</source>
        <translation>Usar los del servidor</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your values over the server&apos;s new ones</source>
        <translation>Guardar sus valores en lugar de los nuevos del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop your edits of these fields and keep the server&apos;s values</source>
        <translation>Descartar sus ediciones de estos campos y conservar los valores del servidor</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Someone else changed these fields of this profile while you were editing it, so nothing was saved. Choose which values to keep.</source>
        <translation>Otra persona cambió estos campos del perfil mientras usted lo editaba, así que no se guardó nada. Elija qué valores conservar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(request %1)</source>
        <translation>(solicitud %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server now</source>
        <translation>Ahora en el servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server&apos;s value of %1</source>
        <translation>Valor de %1 en el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your value of %1</source>
        <translation>Su valor de %1</translation>
    </message>
</context>
<context>
    <name>valara::ConnectionTester</name>
    <message>
        <location filename="../models/caller/ConnectionTester.cpp" line="+60"/>
        <source>Enter the API key.</source>
        <translation>Escriba la clave de API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the session token.</source>
        <translation>Pegue el token de sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This looks like a session token: choose a Me API account, or use an API key.</source>
        <translation>Esto parece un token de sesión: elija una cuenta de Me API o use una clave de API.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The server at %1 answered, but not as the Me API does. Check the address.</source>
        <translation>El servidor de %1 respondió, pero no como lo hace la Me API. Compruebe la dirección.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (organisation %2)</source>
        <extracomment>A Me API account&apos;s name: user id and organisation, e.g. &quot;usr-42 (organisation org-1)&quot;</extracomment>
        <translation>%1 (organización %2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The API key was not accepted. Check that it is complete and has not been revoked.</source>
        <translation>No se aceptó la clave de API. Compruebe que esté completa y que no se haya revocado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session token was not accepted: it may have ended. Sign in to the dashboard again and copy a new one.</source>
        <translation>No se aceptó el token de sesión: puede que haya caducado. Vuelva a iniciar sesión en el panel y copie uno nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Check the address (%2) and your network connection.</source>
        <translation>%1 Compruebe la dirección (%2) y su conexión de red.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Valara service answered at %1. Check the address.</source>
        <translation>Ningún servicio de Valara respondió en %1. Compruebe la dirección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Me API answered at %1. Check the address.</source>
        <translation>Ninguna Me API respondió en %1. Compruebe la dirección.</translation>
    </message>
</context>
<context>
    <name>valara::CredentialStore</name>
    <message>
        <location filename="../models/accounts/CredentialStore.cpp" line="+9"/>
        <source>No key is stored for this account.</source>
        <translation>No hay ninguna clave guardada para esta cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account has no identifier, so its key cannot be stored.</source>
        <translation>La cuenta no tiene identificador, así que no se puede guardar su clave.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key is empty.</source>
        <translation>La clave está vacía.</translation>
    </message>
</context>
<context>
    <name>valara::DemoBackend</name>
    <message>
        <location filename="../app/demo/DemoBackend.cpp" line="+148"/>
        <source>The demo data is missing from this build.</source>
        <translation>Esta compilación no incluye los datos de demostración.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo data has no administrator to sign in with.</source>
        <translation>Los datos de demostración no incluyen ningún administrador con el que iniciar sesión.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this installation of Valara Desk is missing its demo module (%1).</source>
        <translation>a esta instalación de Valara Desk le falta su módulo de demostración (%1).</translation>
    </message>
</context>
<context>
    <name>valara::DraftOfferBanner</name>
    <message>
        <location filename="../ui/editing/DraftOfferBanner.cpp" line="+42"/>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n unsaved changes for %1, from %2, kept on this computer.</source>
        <translation>
            <numerusform>%n cambio sin guardar de %1 (%2), conservado en este dispositivo.</numerusform>
            <numerusform>%n cambios sin guardar de %1 (%2), conservados en este dispositivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n more people have unsaved changes.)</source>
        <translation>
            <numerusform>(%n persona más tiene cambios sin guardar.)</numerusform>
            <numerusform>(%n personas más tienen cambios sin guardar.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::EditorBinder</name>
    <message>
        <location filename="../ui/editing/EditorBinder.cpp" line="+126"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Saved (request %1).</source>
        <translation>Guardado (solicitud %1).</translation>
    </message>
</context>
<context>
    <name>valara::ErrorBanner</name>
    <message>
        <location filename="../ui/editing/ErrorBanner.cpp" line="+24"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(request %1)</source>
        <translation>(solicitud %1)</translation>
    </message>
</context>
<context>
    <name>valara::FieldErrorLabel</name>
    <message>
        <location filename="../ui/editing/FieldErrorLabel.cpp" line="+52"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>valara::HistoryFilterBar</name>
    <message>
        <location filename="../ui/history/HistoryFilterBar.cpp" line="+59"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiel&amp;d:</source>
        <translation>Ca&amp;mpo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fields</source>
        <translation>Todos los campos</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;To:</source>
        <translation>Ha&amp;sta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;esult:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>valara::HistoryPage</name>
    <message>
        <location filename="../ui/history/HistoryPage.cpp" line="+136"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The changes made from this computer, by Valara Desk and by valara-cli with --journal. Changes made elsewhere, on the web or on another computer, are not listed.</source>
        <translation>Los cambios hechos desde este dispositivo, con Valara Desk y con valara-cli --journal. No se muestran los cambios hechos en otro lugar, en la web o en otro dispositivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per changed field, newest first: when, account, for whom, field, old and new value, result, request ID</source>
        <translation>Una fila por campo modificado, primero los más recientes: fecha, cuenta, para quién, campo, valor anterior y nuevo, resultado, ID de solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revert…</source>
        <translation>Rever&amp;tir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the old values of this change as a new change.</source>
        <translation>Envía los valores anteriores de este cambio como un cambio nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the listed changes as a CSV file for a spreadsheet program.</source>
        <translation>Guarda los cambios de la lista en un archivo CSV para una hoja de cálculo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no history: the change journal is turned off or could not be opened.</source>
        <translation>No hay historial: el registro de cambios está desactivado o no se pudo abrir.</translation>
    </message>
    <message numerus="yes">
        <location line="-62"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the newest %L2 saves only: narrow the filters to see older ones.</source>
        <translation>%1, solo de las %L2 operaciones de guardado más recientes: acote los filtros para ver las anteriores.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valara-history-%1.csv</source>
        <translation>valara-historial-%1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The history was not exported to %1: %2</source>
        <translation>No se exportó el historial a %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n changes to %1.</source>
        <translation>
            <numerusform>Se exportó %n cambio a %1.</numerusform>
            <numerusform>Se exportaron %n cambios a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::HostChoice</name>
    <message>
        <location filename="../ui/accounts/HostChoice.cpp" line="+56"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (legacy address of %2)</source>
        <translation>%1 (dirección antigua de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom address (staging or self-hosted)…</source>
        <translation>Dirección personalizada (preproducción o servidor propio)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Me API a&amp;ddress:</source>
        <translation>&amp;Dirección de la Me API:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Me API has its own address, separate from valara.cloud.</source>
        <translation>La Me API tiene su propia dirección, distinta de valara.cloud.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the Me API&apos;s address, such as https://api.example.com.</source>
        <translation>Escriba la dirección de la Me API, por ejemplo https://api.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server&apos;s address, such as https://staging.example.com.</source>
        <translation>Escriba la dirección del servidor, por ejemplo https://staging.example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a web address: enter one such as https://staging.example.com.</source>
        <translation>Esto no es una dirección web: escriba una como https://staging.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the user name and password out of the address: the API key or session token signs you in.</source>
        <translation>No incluya el nombre de usuario ni la contraseña en la dirección: la sesión se inicia con la clave de API o el token de sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the part after &quot;?&quot; or &quot;#&quot;: enter only the server&apos;s address.</source>
        <translation>Omita la parte que sigue a &quot;?&quot; o &quot;#&quot;: escriba solo la dirección del servidor.</translation>
    </message>
</context>
<context>
    <name>valara::InlineBanner</name>
    <message>
        <location filename="../ui/editing/InlineBanner.cpp" line="+53"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>valara::JournalHistoryModel</name>
    <message>
        <location filename="../models/journal/JournalHistoryModel.cpp" line="+121"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicted</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
</context>
<context>
    <name>valara::JournalSession</name>
    <message>
        <location filename="../app/journal/JournalSession.cpp" line="+164"/>
        <source>Changes waiting to be sent</source>
        <translation>Cambios pendientes de envío</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Changes made here are not kept in the change journal: %1</source>
        <translation>Los cambios hechos aquí no se guardan en el registro de cambios: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The unsaved changes are kept: open the person first, or finish what is unsaved on this page.</source>
        <translation>Los cambios sin guardar se conservan: abra primero a esa persona o termine lo que está sin guardar en esta página.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unsaved changes could not be restored now: try again.</source>
        <translation>No se pudieron restaurar ahora los cambios sin guardar: vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <location line="+5"/>
        <source>%n changes waiting to be sent</source>
        <translation>
            <numerusform>%n cambio pendiente de envío</numerusform>
            <numerusform>%n cambios pendientes de envío</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::KeychainCredentialStore</name>
    <message>
        <location filename="../models/accounts/KeychainCredentialStore.cpp" line="+68"/>
        <source>The key could not be saved in the keychain: %1</source>
        <translation>No se pudo guardar la clave en el llavero: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The key could not be read from the keychain: %1</source>
        <translation>No se pudo leer la clave del llavero: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>No se pudo quitar la clave del llavero: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>access to the keychain was refused</source>
        <translation>se denegó el acceso al llavero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Secret Service on this system</source>
        <translation>no hay Secret Service en este sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system keychain did not answer</source>
        <translation>el llavero del sistema no respondió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available (%1): the key is kept in memory until you quit.</source>
        <translation>No hay ningún llavero disponible (%1): la clave se conserva en memoria hasta que salga de la aplicación.</translation>
    </message>
</context>
<context>
    <name>valara::LanguageController</name>
    <message>
        <location filename="../app/i18n/LanguageController.cpp" line="+44"/>
        <source>Pseudo-locale (VALARA_PSEUDO_LOCALE): every text longer, between markers.</source>
        <translation>Pseudoconfiguración regional (VALARA_PSEUDO_LOCALE): todos los textos más largos y entre marcadores.</translation>
    </message>
</context>
<context>
    <name>valara::LanguageMenu</name>
    <message>
        <location filename="../ui/shell/LanguageMenu.cpp" line="+82"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow my language preference</source>
        <translation>&amp;Seguir mi preferencia de idioma</translation>
    </message>
</context>
<context>
    <name>valara::MainMenus</name>
    <message>
        <location filename="../ui/shell/MainMenus.cpp" line="+69"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;profile</source>
        <translation>Mi &amp;perfil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My pre&amp;ferences</source>
        <translation>Mis pre&amp;ferencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;People</source>
        <translation>Pe&amp;rsonas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow my preferences</source>
        <translation>Seguir mis &amp;preferencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Valara Desk</source>
        <translation>&amp;Acerca de Valara Desk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Valara Desk</source>
        <translation>Acerca de Valara Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Valara Desk %1&lt;/h3&gt;&lt;p&gt;Edit Valara user profiles and localization preferences from the desktop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Valara Desk %1&lt;/h3&gt;&lt;p&gt;Edite desde el escritorio los perfiles y las preferencias regionales de los usuarios de Valara.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>valara::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+85"/>
        <source>Valara Desk — Demo</source>
        <translation>Valara Desk — Demostración</translation>
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
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last request ID</source>
        <translation>ID de la última solicitud</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+2"/>
        <location line="+6"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>More of the Account toolbar</source>
        <translation>Más elementos de la barra Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo: local data</source>
        <translation>Demostración: datos locales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valara Desk is running on a built-in sample account. Changes stay on this computer and are lost when you quit. Switch between the demo&apos;s people with the Account list.</source>
        <translation>Valara Desk está usando una cuenta de ejemplo integrada. Los cambios se quedan en este dispositivo y se pierden al salir. Cambie entre las personas de la demostración con la lista Cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode</source>
        <translation>Modo de demostración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to a Valara account. Add one with the Account list, start Valara Desk with --demo to try it on local sample data, or with --base-url https://valara.cloud and your API key in the VALARA_API_KEY environment variable.</source>
        <translation>No hay conexión con ninguna cuenta de Valara. Agregue una con la lista Cuenta, inicie Valara Desk con --demo para probarlo con datos de ejemplo locales, o con --base-url https://valara.cloud y su clave de API en la variable de entorno VALARA_API_KEY.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectionStatus.cpp" line="-28"/>
        <location line="+9"/>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Offline: %1 is not answering</source>
        <translation>Sin conexión: %1 no responde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out: %1 did not accept the key</source>
        <translation>Sesión cerrada: %1 no aceptó la clave</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>Conectado a %1 como %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
</context>
<context>
    <name>valara::MeApiModel</name>
    <message>
        <location filename="../models/meapi/MeApiModel.cpp" line="+22"/>
        <source>Timezone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>valara::MeApiPage</name>
    <message>
        <location filename="../ui/meapi/MeApiPage.cpp" line="+115"/>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The timezone was not saved; your change is still here.</source>
        <translation>No se guardó la zona horaria; su cambio sigue aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account could not be loaded.</source>
        <translation>No se pudo cargar su cuenta.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personal interno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ends</source>
        <translation>Fin de la sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the account again from the service (F5).</source>
        <translation>Vuelve a leer la cuenta desde el servicio (F5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timezone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timezone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear (follow the system timezone)</source>
        <translation>&amp;Borrar (seguir la zona horaria del sistema)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Saved: not known yet</source>
        <translation>Guardado: aún se desconoce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: not set (follows the system timezone)</source>
        <translation>Guardado: sin definir (sigue la zona horaria del sistema)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not known yet</source>
        <translation>Aún se desconoce</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When you sign out (renewed every minute while you work)</source>
        <translation>Cuando cierre la sesión (se renueva cada minuto mientras trabaja)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known (no session token)</source>
        <translation>Se desconoce (no hay token de sesión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated by the session token</source>
        <translation>El token de sesión no lo indica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (ended)</source>
        <translation>%1 (terminó)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session has ended. Your change is kept: sign in again to send it.</source>
        <translation>Su sesión terminó. Su cambio se conserva: vuelva a iniciar sesión para enviarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session has ended: sign in again to keep working.</source>
        <translation>Su sesión terminó: vuelva a iniciar sesión para seguir trabajando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(request %1)</source>
        <translation>(solicitud %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This session token lasts %n second(s) and cannot be renewed: sign in to keep working after it ends.</source>
        <extracomment>%n: the pasted session token&apos;s lifetime in seconds.</extracomment>
        <translation>
            <numerusform>Este token de sesión dura %n segundo y no se puede renovar: inicie sesión para seguir trabajando cuando termine.</numerusform>
            <numerusform>Este token de sesión dura %n segundos y no se puede renovar: inicie sesión para seguir trabajando cuando termine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It ends %1.</source>
        <translation>Termina %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session ends %1. Save your changes, or sign in again to keep working.</source>
        <translation>Su sesión termina %1. Guarde sus cambios o vuelva a iniciar sesión para seguir trabajando.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Signed in as %1: the change made for %2 was not sent.</source>
        <translation>Sesión iniciada como %1: no se envió el cambio hecho para %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your timezone change is not saved.</source>
        <translation>Su cambio de zona horaria no está guardado.</translation>
    </message>
</context>
<context>
    <name>valara::MeApiWindow</name>
    <message>
        <location filename="../ui/meapi/MeApiWindow.cpp" line="+93"/>
        <source>Valara Desk — Me API — Demo</source>
        <translation>Valara Desk — Me API — Demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valara Desk — Me API — %1</source>
        <translation>Valara Desk — Me API — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo: local data</source>
        <translation>Demostración: datos locales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last request ID</source>
        <translation>ID de la última solicitud</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences</source>
        <translation>&amp;Preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
</context>
<context>
    <name>valara::MeSignIn</name>
    <message>
        <location filename="../models/meapi/signin/MeSignIn.cpp" line="+152"/>
        <source>Enter the e-mail address you sign in with.</source>
        <translation>Introduzca el correo electrónico con el que inicia sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the e-mail address to send the code to.</source>
        <translation>Introduzca el correo electrónico al que enviar el código.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This account cannot sign in with an e-mail code.</source>
        <translation>Esta cuenta no puede iniciar sesión con un código por correo.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Enter the %n-digit code.</source>
        <translation>
            <numerusform>Introduzca el código de %n dígito.</numerusform>
            <numerusform>Introduzca el código de %n dígitos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The sign-in service asked for a step Valara Desk does not know (%1).</source>
        <translation>El servicio de inicio de sesión pidió un paso que Valara Desk no conoce (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sign-in service did not start a session. Try again.</source>
        <translation>El servicio de inicio de sesión no inició una sesión. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose one of your organizations.</source>
        <translation>Elija una de sus organizaciones.</translation>
    </message>
</context>
<context>
    <name>valara::MeSignInDialog</name>
    <message>
        <location filename="../ui/meapi/MeSignInDialog.cpp" line="+197"/>
        <source>Enter the service&apos;s publishable key.</source>
        <translation>Introduzca la clave publicable del servicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A publishable key starts with pk_live_ or pk_test_.</source>
        <translation>Una clave publicable empieza por pk_live_ o pk_test_.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a whole publishable key: copy it again from the service.</source>
        <translation>No es una clave publicable completa: cópiela de nuevo del servicio.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Sign in to the Me API</source>
        <translation>Iniciar sesión en la Me API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the publishable key of the service&apos;s sign-in (it starts with pk_live_ or pk_test_). It is asked for once for this service.</source>
        <translation>Introduzca la clave publicable del inicio de sesión del servicio (empieza por pk_live_ o pk_test_). Se pide una sola vez para este servicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishable &amp;key:</source>
        <translation>Clave &amp;publicable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;E-mail address:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail me a code instead</source>
        <translation>Enviarme un código por co&amp;rreo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sign-in code was sent to %1. It is valid for 10 minutes.</source>
        <extracomment>%1: the e-mail address, as the service shows it.</extracomment>
        <translation>Se envió un código de inicio de sesión a %1. Es válido durante 10 minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Send a &amp;new code</source>
        <translation>Enviar un código &amp;nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>Your account has a second factor: enter the %n-digit code your authenticator app shows.</source>
        <translation>
            <numerusform>Su cuenta tiene un segundo factor: introduzca el código de %n dígito que muestra su app de autenticación.</numerusform>
            <numerusform>Su cuenta tiene un segundo factor: introduzca el código de %n dígitos que muestra su app de autenticación.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;Código de la app de autenticación:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You belong to several organizations. Choose the one to work in:</source>
        <translation>Pertenece a varias organizaciones. Elija en cuál trabajar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
</context>
<context>
    <name>valara::NavigationList</name>
    <message>
        <location filename="../ui/shell/NavigationList.cpp" line="+104"/>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n sección</numerusform>
            <numerusform>%n secciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My profile</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My preferences</source>
        <translation>Mis preferencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only brokers and photographers, who manage a team, and administrators see other people.</source>
        <translation>Solo los corredores y fotógrafos, que gestionan un equipo, y los administradores ven a otras personas.</translation>
    </message>
</context>
<context>
    <name>valara::PendingChanges</name>
    <message>
        <location filename="../models/records/PendingChanges.cpp" line="+219"/>
        <source>Only an applied change can be reverted.</source>
        <translation>Solo se puede revertir un cambio aplicado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change cannot be reverted from this window.</source>
        <translation>Este cambio no se puede revertir desde esta ventana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user&apos;s record is busy: try again in a moment.</source>
        <translation>Los datos de este usuario están en uso: vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (the server now holds %2; the change was made over %3)</source>
        <translation>%1 (el servidor tiene ahora %2; el cambio se hizo sobre %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reverted (%1): the earlier values are back on the server (request %2).</source>
        <translation>Revertido (%1): los valores anteriores vuelven a estar en el servidor (solicitud %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change kept on this computer was sent: %1 (request %2).</source>
        <translation>Se envió un cambio conservado en este dispositivo: %1 (solicitud %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to revert (%1): the server already holds the earlier values.</source>
        <translation>No hay nada que revertir (%1): el servidor ya tiene los valores anteriores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change that was on its way had reached the server: %1.</source>
        <translation>Un cambio que estaba en camino ya había llegado al servidor: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your unsaved changes are back in the form: check them and save.</source>
        <translation>Sus cambios sin guardar vuelven a estar en el formulario: revíselos y guarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unsaved changes are back in the form, but changed on the server since: %1. The form shows your values: Save keeps them, Revert takes the server&apos;s.</source>
        <translation>Sus cambios sin guardar vuelven a estar en el formulario, pero desde entonces cambió en el servidor: %1. El formulario muestra sus valores: Guardar los conserva y Revertir toma los del servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not reverted: changed on the server since this change: %1. Nothing was sent.</source>
        <translation>No se revirtió: cambió en el servidor después de este cambio: %1. No se envió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change kept on this computer was not sent: changed on the server meanwhile: %1. It is offered as unsaved changes to check.</source>
        <translation>No se envió un cambio conservado en este dispositivo: mientras tanto cambió en el servidor: %1. Se ofrece como cambios sin guardar para que los revise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service cannot be reached: the change is kept on this computer and will be sent when it can.</source>
        <translation>No se puede conectar con el servicio: el cambio se conserva en este dispositivo y se enviará cuando sea posible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your unsaved changes could not be restored now: %1 They are kept.</source>
        <translation>No se pudieron restaurar ahora sus cambios sin guardar: %1 Se conservan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reverted: %1</source>
        <translation>No se revirtió: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change kept on this computer was refused: %1</source>
        <translation>Se rechazó un cambio conservado en este dispositivo: %1</translation>
    </message>
</context>
<context>
    <name>valara::PeopleFilterBar</name>
    <message>
        <location filename="../ui/people/PeopleFilterBar.cpp" line="+73"/>
        <source>&amp;Search people:</source>
        <translation>&amp;Buscar personas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, e-mail or id</source>
        <translation>Nombre, correo electrónico o id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All my teams</source>
        <translation>Todos mis equipos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team id</source>
        <translation>Id del equipo</translation>
    </message>
</context>
<context>
    <name>valara::PeopleSelectionBar</name>
    <message>
        <location filename="../ui/people/PeopleSelectionBar.cpp" line="+100"/>
        <source>Select all &amp;loaded</source>
        <translation>Seleccionar todos los car&amp;gados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select t&amp;eam…</source>
        <translation>Seleccionar e&amp;quipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear selection</source>
        <translation>Anular &amp;selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the matches</source>
        <translation>Leyendo las coincidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n selected (reading the rest…)</source>
        <translation>
            <numerusform>%n seleccionado (leyendo el resto…)</numerusform>
            <numerusform>%n seleccionados (leyendo el resto…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select all &amp;matches</source>
        <translation>Seleccionar todas las c&amp;oincidencias</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change prof&amp;iles of the people checked…</source>
        <translation>Cambiar per&amp;files de las personas marcadas…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change prof&amp;iles for %n people…</source>
        <translation>
            <numerusform>Cambiar el per&amp;fil de %n persona…</numerusform>
            <numerusform>Cambiar los per&amp;files de %n personas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>Select all %n &amp;matches</source>
        <translation>
            <numerusform>Seleccionar %n c&amp;oincidencia</numerusform>
            <numerusform>Seleccionar las %n c&amp;oincidencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change &amp;preferences of the people checked…</source>
        <translation>Cambiar &amp;preferencias de las personas marcadas…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change &amp;preferences for %n people…</source>
        <translation>
            <numerusform>Cambiar &amp;preferencias de %n persona…</numerusform>
            <numerusform>Cambiar &amp;preferencias de %n personas…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not read every match: %1</source>
        <translation>No se pudieron leer todas las coincidencias: %1</translation>
    </message>
</context>
<context>
    <name>valara::PeopleView</name>
    <message>
        <location filename="../ui/people/PeopleView.cpp" line="+38"/>
        <source>Could not load the users: %1</source>
        <translation>No se pudieron cargar los usuarios: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading failed</source>
        <translation>Error al cargar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This server does not sort or filter; sorting and filtering what is loaded.</source>
        <translation>Este servidor no ordena ni filtra; se ordena y se filtra lo que ya está cargado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The users of this account: name, e-mail, role, team. Space checks or unchecks the current user.</source>
        <translation>Los usuarios de esta cuenta: nombre, correo electrónico, rol, equipo. La barra espaciadora marca o desmarca el usuario actual.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 of %n people loaded</source>
        <translation>
            <numerusform>%1 de %n persona cargada</numerusform>
            <numerusform>%1 de %n personas cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Loading users…</source>
        <translation>Cargando usuarios…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loaded users that match (filtered here): %1</source>
        <translation>Usuarios cargados que coinciden (filtrado local): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 users</source>
        <translation>Se muestran %1 de %2 usuarios</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n users</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key was not accepted: sign in again from the account menu.</source>
        <translation>No se aceptó la clave: vuelva a iniciar sesión desde el menú de la cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
</context>
<context>
    <name>valara::PreferencesPage</name>
    <message>
        <location filename="../ui/preferences/PreferencesPage.cpp" line="+56"/>
        <source>The preferences were not saved; your changes are still here.</source>
        <translation>No se guardaron las preferencias; sus cambios siguen aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preferences could not be loaded.</source>
        <translation>No se pudieron cargar las preferencias.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The preferences of %1 have changes that are not saved.</source>
        <translation>Las preferencias de %1 tienen cambios sin guardar.</translation>
    </message>
</context>
<context>
    <name>valara::ProfileEditor</name>
    <message>
        <location filename="../models/profile/ProfileEditor.cpp" line="+70"/>
        <source>%1 changed on the server after this profile was opened. Your edits are kept: check them and save again.</source>
        <translation>Estos campos cambiaron en el servidor después de abrir este perfil: %1. Sus ediciones se conservan: revíselas y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>GET %1, then PUT %1: the whole profile as just read, with these changes:
%2</source>
        <translation>GET %1 y luego PUT %1: el perfil completo tal como se acaba de leer, con estos cambios:
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
        <translation>Solo los administradores pueden cambiar estos campos.</translation>
    </message>
</context>
<context>
    <name>valara::ProfileModel</name>
    <message>
        <location filename="../models/profile/ProfileModel.cpp" line="+57"/>
        <source>Only the person themselves or an administrator can change this profile.</source>
        <translation>Solo la propia persona o un administrador pueden cambiar este perfil.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only administrators can change this field.</source>
        <translation>Solo los administradores pueden cambiar este campo.</translation>
    </message>
</context>
<context>
    <name>valara::ProfilePage</name>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="+108"/>
        <source>Profile fields</source>
        <translation>Campos del perfil</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The profile of %1 has changes that are not saved.</source>
        <translation>El perfil de %1 tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You cannot open this profile: only the person themselves, their team&apos;s manager or an administrator can.</source>
        <translation>No puede abrir este perfil: solo pueden hacerlo la propia persona, el responsable de su equipo o un administrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user does not exist (any more).</source>
        <translation>Este usuario no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile could not be loaded.</source>
        <translation>No se pudo cargar el perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile was not saved; your changes are still here.</source>
        <translation>No se guardó el perfil; sus cambios siguen aquí.</translation>
    </message>
</context>
<context>
    <name>valara::RecordEditor</name>
    <message>
        <location filename="../models/records/RecordEditor.cpp" line="+93"/>
        <source>The change is kept on this computer and will be sent when the service can be reached.</source>
        <translation>El cambio se conserva en este dispositivo y se enviará cuando se pueda conectar con el servicio.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not sent yet: earlier changes of this record are waiting to be sent. This one is kept on this computer and goes out after them.</source>
        <translation>Todavía no se envió: hay cambios anteriores de estos datos pendientes de envío. Este se conserva en este dispositivo y se enviará después de ellos.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Waiting to be sent: %1</source>
        <translation>Pendiente de envío: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing: no changes.</source>
        <translation>Nada: no hay cambios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing until the marked fields are fixed.</source>
        <translation>Nada hasta que se corrijan los campos marcados.</translation>
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
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Will be sent</source>
        <translation>Se enviará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Will be sent:</source>
        <translation>Se &amp;enviará:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes are being saved: waiting for the service&apos;s answer…</source>
        <translation>Se están guardando los cambios: esperando la respuesta del servicio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel to stay on this page.</source>
        <translation>Elija Cancelar para quedarse en esta página.</translation>
    </message>
</context>
<context>
    <name>valara::SearchField</name>
    <message>
        <location filename="../ui/widgets/SearchField.cpp" line="+33"/>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
</context>
<context>
    <name>valara::SessionTokenSource</name>
    <message>
        <location filename="../api/identity/SessionTokenSource.cpp" line="+32"/>
        <source>The session changed before a session token was ready.</source>
        <translation>La sesión cambió antes de que hubiera un token de sesión listo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not signed in to the Me API.</source>
        <translation>No ha iniciado sesión en la Me API.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The identity service&apos;s session token could not be read.</source>
        <translation>No se pudo leer el token de sesión del servicio de identidad.</translation>
    </message>
</context>
<context>
    <name>valara::SessionWatch</name>
    <message>
        <location filename="../ui/meapi/SessionWatch.cpp" line="+69"/>
        <source>in less than a minute</source>
        <translation>en menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n minutes</source>
        <translation>
            <numerusform>en %n minuto</numerusform>
            <numerusform>en %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::SignInDialog</name>
    <message>
        <location filename="../ui/accounts/SignInDialog.cpp" line="+127"/>
        <source>&amp;Valara account (API key)</source>
        <translation>Cuenta de &amp;Valara (clave de API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Me API account (session token)</source>
        <translation>Cuenta de &amp;Me API (token de sesión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Sign in — Valara Desk</source>
        <translation>Iniciar sesión — Valara Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with an API key from your Valara dashboard, or with a Me API session token. Nothing is saved until the connection works.</source>
        <translation>Inicie sesión con una clave de API de su panel de Valara o con un token de sesión de la Me API. No se guarda nada hasta que la conexión funcione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account type:</source>
        <translation>Tipo de cuenta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Session t&amp;oken:</source>
        <translation>&amp;Token de sesión:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in as %1 on %2</source>
        <translation>Sesión iniciada como %1 en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>Sesión iniciada como %1 (%2) en %3</translation>
    </message>
</context>
<context>
    <name>valara::TimeZoneListModel</name>
    <message>
        <location filename="../models/timezones/TimeZoneListModel.cpp" line="+196"/>
        <source>Local time: %1</source>
        <translation>Hora local: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abbreviations: %1</source>
        <translation>Abreviaturas: %1</translation>
    </message>
</context>
<context>
    <name>valara::TimeZonePicker</name>
    <message numerus="yes">
        <location filename="../ui/widgets/TimeZonePicker.cpp" line="+83"/>
        <source>%n timezones</source>
        <translation>
            <numerusform>%n zona horaria</numerusform>
            <numerusform>%n zonas horarias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Search timezones</source>
        <translation>Buscar zonas horarias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City, country, UTC offset or abbreviation</source>
        <translation>Ciudad, país, desfase UTC o abreviatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timezones</source>
        <translation>Zonas horarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this computer&apos;s timezone</source>
        <translation>Usar la zona horaria de este dispositivo</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No timezone matches “%1”. Try a city, a country, an offset such as +5:30, or an abbreviation such as PST.</source>
        <translation>Ninguna zona horaria coincide con “%1”. Pruebe con una ciudad, un país, un desfase como +5:30 o una abreviatura como PST.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This computer&apos;s timezone (%1) is not in the timezone database.</source>
        <translation>La zona horaria de este dispositivo (%1) no está en la base de datos de zonas horarias.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading timezones…</source>
        <translation>Cargando las zonas horarias…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No timezone selected.</source>
        <translation>No hay ninguna zona horaria seleccionada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known timezone. Choose one from the list.</source>
        <translation>“%1” no es una zona horaria conocida. Elija una de la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected: %1, %2. Local time: %3.</source>
        <translation>Seleccionada: %1, %2. Hora local: %3.</translation>
    </message>
</context>
<context>
    <name>valara::UserListModel</name>
    <message>
        <location filename="../models/people/UserListModel.cpp" line="+226"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No team</source>
        <translation>Sin equipo</translation>
    </message>
</context>
<context>
    <name>valara::UserPagesArea</name>
    <message>
        <location filename="../ui/shell/UserPagesArea.cpp" line="+82"/>
        <source>Choose a person in the list to see their preferences, profile and history.</source>
        <translation>Elija a una persona de la lista para ver sus preferencias, su perfil y su historial.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preferences and profile of the person you choose appear here once you are signed in.</source>
        <translation>Las preferencias y el perfil de la persona que elija aparecerán aquí una vez que haya iniciado sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected user</source>
        <translation>Usuario seleccionado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
</TS>
