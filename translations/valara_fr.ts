<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation>Cette valeur n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiErrorDecoder</name>
    <message>
        <location filename="../api/json/ApiErrorDecoder.cpp" line="+83"/>
        <location line="+5"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not connect to the server: the connection was refused.</source>
        <translation>Impossible de se connecter au serveur&#xa0;: la connexion a été refusée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s address could not be found.</source>
        <translation>L&apos;adresse du serveur est introuvable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Le serveur a fermé la connexion de manière inattendue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection to the server could not be established.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server redirected the request to an unsafe location.</source>
        <translation>Le serveur a redirigé la requête vers une adresse non sécurisée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server redirected the request in a loop, so it was given up.</source>
        <translation>Le serveur a redirigé la requête en boucle&#xa0;: elle a été abandonnée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s answer could not be understood (it broke the HTTP protocol).</source>
        <translation>La réponse du serveur est incompréhensible (elle ne respecte pas le protocole HTTP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A network error occurred.</source>
        <translation>Une erreur réseau s&apos;est produite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network error occurred: %1</source>
        <translation>Une erreur réseau s&apos;est produite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server could not accept the request.</source>
        <translation>Le serveur n&apos;a pas pu accepter la requête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in failed: the API key or session was not accepted.</source>
        <translation>Échec de la connexion&#xa0;: la clé d&apos;API ou la session n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation d&apos;effectuer cette action.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server took too long to answer.</source>
        <translation>Le serveur a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change conflicts with another change. Reload and try again.</source>
        <translation>Cette modification est en conflit avec une autre. Rechargez, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some values were not accepted.</source>
        <translation>Certaines valeurs n&apos;ont pas été acceptées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests. Try again shortly.</source>
        <translation>Trop de requêtes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation>Réponse inattendue du serveur (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ApiJobErrors</name>
    <message>
        <location filename="../api/http/ApiJobErrors.cpp" line="+19"/>
        <source>The server did not answer within %1 s.</source>
        <translation>Le serveur n&apos;a pas répondu dans les %1 s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s answer was too large (over %1), so it was not read.</source>
        <translation>La réponse du serveur était trop volumineuse (plus de %1)&#xa0;: elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server redirected the request to %1. It was not followed, so that your credentials are sent to %2 only.</source>
        <translation>Le serveur a redirigé la requête vers %1. La redirection n&apos;a pas été suivie, afin que vos identifiants ne soient envoyés qu&apos;à %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s answer could not be understood (its compression could not be read).</source>
        <translation>La réponse du serveur est incompréhensible (sa compression n&apos;a pas pu être lue).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server redirected the change (HTTP %1). A change is not sent on to another address, so it was not sent again; check the server address.</source>
        <translation>Le serveur a redirigé la modification (HTTP %1). Une modification n&apos;est jamais transmise à une autre adresse&#xa0;: elle n&apos;a donc pas été renvoyée&#xa0;; vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server redirected the request (HTTP %1) without saying where to, or in a loop, so it was given up.</source>
        <translation>Le serveur a redirigé la requête (HTTP %1) sans indiquer vers où, ou en boucle&#xa0;: elle a été abandonnée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer could not be understood (HTTP %1).</source>
        <translation>La réponse du serveur est incompréhensible (HTTP %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The change was not sent: its idempotency key must be 1 to 255 visible ASCII characters, without spaces.</source>
        <translation>La modification n&apos;a pas été envoyée&#xa0;: sa clé d&apos;idempotence doit compter de 1 à 255 caractères ASCII visibles, sans espace.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try again in %1 s.</source>
        <translation>Réessayez dans %1 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again in %1 min.</source>
        <translation>Réessayez dans %1 min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again after %1.</source>
        <translation>Réessayez après le %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server asked to wait before trying again (HTTP %1).</source>
        <translation>Le serveur a demandé d&apos;attendre avant de réessayer (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ApiResponseDecoder</name>
    <message>
        <location filename="../api/json/ApiResponseDecoder.cpp" line="+76"/>
        <source>The server&apos;s answer could not be understood (%1).</source>
        <translation>La réponse du serveur est incompréhensible (%1).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it was empty</source>
        <translation>elle était vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not JSON</source>
        <translation>ce n&apos;est pas du JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected the Me API&apos;s envelope</source>
        <translation>l&apos;enveloppe de la Me API était attendue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a list</source>
        <translation>une liste était attendue</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="+11"/>
        <source>Start a local sandbox with sample data and connect to it.</source>
        <translation>Démarrer un bac à sable local avec des données d&apos;exemple et s&apos;y connecter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the Valara service at &lt;url&gt; (for example https://valara.cloud), signing in with the API key in VALARA_API_KEY.</source>
        <translation>Se connecter au service Valara à l&apos;adresse &lt;url&gt; (par exemple https://valara.cloud), avec la clé d&apos;API de VALARA_API_KEY.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a Me API account: with --base-url, signing in with the session token in VALARA_SESSION_TOKEN (asked for when it is not set); with --demo, the demo&apos;s.</source>
        <translation>Utiliser un compte Me API&#xa0;: avec --base-url, connexion avec le jeton de session de VALARA_SESSION_TOKEN (demandé s&apos;il n&apos;est pas défini)&#xa0;; avec --demo, celui de la démo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valara Desk: edit Valara user profiles and localization preferences.</source>
        <translation>Valara Desk&#xa0;: modifier les profils et les préférences régionales des utilisateurs Valara.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use either --demo or --base-url, not both.</source>
        <translation>Utilisez --demo ou --base-url, pas les deux.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--me-api needs --base-url (or --demo).</source>
        <translation>--me-api nécessite --base-url (ou --demo).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--base-url needs an absolute URL such as https://valara.cloud, not &quot;%1&quot;.</source>
        <translation>--base-url nécessite une URL absolue comme https://valara.cloud, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>VALARA_API_KEY is not set: not connecting to %1.</source>
        <translation>VALARA_API_KEY n&apos;est pas défini&#xa0;: pas de connexion à %1.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../app/AppSession.cpp" line="+112"/>
        <source>Not signed in: %1 did not accept the API key (request %2).</source>
        <translation>Non connecté&#xa0;: %1 n&apos;a pas accepté la clé d&apos;API (requête %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+7"/>
        <location line="+17"/>
        <source>Could not start the demo: %1</source>
        <translation>Impossible de démarrer la démo&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Remove Account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from Valara Desk? Its key is removed from the keychain, and the history of changes made from this computer for it is deleted. The account itself and its data on the service stay as they are.</source>
        <translation>Retirer %1 de Valara Desk&#xa0;? Sa clé est supprimée du trousseau et l&apos;historique des modifications faites depuis cet ordinateur pour ce compte est effacé. Le compte lui-même et ses données sur le service restent inchangés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The account was removed, but its change journal could not be deleted: %1</source>
        <translation>Le compte a été retiré, mais son journal des modifications n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Caller</name>
    <message>
        <location filename="../models/caller/Caller.cpp" line="+20"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker</source>
        <translation>Courtier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation>Photographe</translation>
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
        <translation>vous n’êtes pas connecté à la Me API&#xa0;: lancez valara-cli me login (avec le même --token-file, si vous en avez donné un), ou définissez VALARA_SESSION_TOKEN</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>nobody in team %1 is visible to the caller: nothing sent</source>
        <extracomment>%1: the team id given with --team.</extracomment>
        <translation>aucun membre de l&apos;équipe %1 n&apos;est visible par l&apos;appelant&#xa0;: rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>history needs a journal: --journal PATH, or set %1</source>
        <extracomment>%1: the name of the environment variable (VALARA_JOURNAL).</extracomment>
        <translation>history nécessite un journal&#xa0;: --journal PATH, ou définissez %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no journal at %1 (a write with --journal %1 starts it)</source>
        <extracomment>%1: the journal&apos;s file path.</extracomment>
        <translation>il n&apos;y a pas de journal à l&apos;emplacement %1 (une écriture avec --journal %1 le crée)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>warning: %1</source>
        <extracomment>A warning on stderr: the command goes on. %1: what happened.</extracomment>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run &apos;valara-cli --help&apos; for the commands, options and fields.</source>
        <translation>Lancez &apos;valara-cli --help&apos; pour voir les commandes, les options et les champs.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../cli/arguments/CliArguments.cpp" line="+39"/>
        <source>%1 is a global option: put it before the command</source>
        <extracomment>%1: the option as given (--timeout).</extracomment>
        <translation>%1 est une option globale&#xa0;: placez-la avant la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown option &quot;%1&quot; for the command</source>
        <extracomment>%1: the option as given, in the command&apos;s place.</extracomment>
        <translation>option «&#xa0;%1&#xa0;» inconnue pour la commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a global option: put it before the command (valara-cli %1 ... %2)</source>
        <extracomment>%1: the option as given (--timeout); %2: the command it was given to (prefs set).</extracomment>
        <translation>%1 est une option globale&#xa0;: placez-la avant la commande (valara-cli %1 ... %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown option &quot;%1&quot; for %2</source>
        <extracomment>%1: the option as given; %2: the command it was given to (prefs set).</extracomment>
        <translation>option «&#xa0;%1&#xa0;» inconnue pour %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs at least one FIELD=VALUE</source>
        <extracomment>%1: the command (prefs set).</extracomment>
        <translation>%1 nécessite au moins un FIELD=VALUE</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>--timeout needs a number of seconds above 0 and at most %1, not &quot;%2&quot;</source>
        <extracomment>%1: the largest number accepted; %2: what was given.</extracomment>
        <translation>--timeout nécessite un nombre de secondes supérieur à 0 et au plus égal à %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+223"/>
        <source>--journal needs a PATH</source>
        <translation>--journal nécessite PATH</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &quot;%1&quot; after whoami</source>
        <translation>argument «&#xa0;%1&#xa0;» inattendu après whoami</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown command &quot;%1&quot; (commands: whoami, users, prefs, profile, me, history)</source>
        <extracomment>%1: the word given as the command. The command names are not translated.</extracomment>
        <translation>commande «&#xa0;%1&#xa0;» inconnue (commandes&#xa0;: whoami, users, prefs, profile, me, history)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument &quot;%1&quot; after users (to search, use users --query TEXT)</source>
        <translation>argument «&#xa0;%1&#xa0;» inattendu après users (pour rechercher, utilisez users --query TEXT)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 given twice</source>
        <extracomment>%1: an option (--query).</extracomment>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a %2</source>
        <extracomment>%1: an option (--query); %2: the name of its value (TEXT), not translated.</extracomment>
        <translation>%1 nécessite %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 needs a sub-command: %1 get or %1 set</source>
        <extracomment>%1: the command (prefs or profile).</extracomment>
        <translation>%1 nécessite une sous-commande&#xa0;: %1 get ou %1 set</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown sub-command &quot;%1&quot;: use %2 get or %2 set</source>
        <extracomment>%1: the command as given (prefs frob); %2: the command (prefs or profile).</extracomment>
        <translation>sous-commande «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez %2 get ou %2 set</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 takes USER or --users/--team, not both (&quot;%2&quot; is not FIELD=VALUE)</source>
        <extracomment>%1: the command (prefs set); %2: the word given.</extracomment>
        <translation>%1 accepte USER ou --users/--team, pas les deux («&#xa0;%2&#xa0;» n&apos;est pas de la forme FIELD=VALUE)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unexpected argument &quot;%1&quot; after %2 (%2 takes one USER)</source>
        <extracomment>%1: the word given; %2: the command (prefs get).</extracomment>
        <translation>argument «&#xa0;%1&#xa0;» inattendu après %2 (%2 accepte un seul USER)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+97"/>
        <source>USER cannot be empty</source>
        <translation>USER ne peut pas être vide</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>me needs a sub-command: me login, me get, me set-timezone ZONE, me clear-timezone or me logout</source>
        <translation>me attend une sous-commande&#xa0;: me login, me get, me set-timezone ZONE, me clear-timezone ou me logout</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown sub-command &quot;%1&quot;: use me login, me get, me set-timezone, me clear-timezone or me logout</source>
        <extracomment>%1: the command as given (me frob).</extracomment>
        <translation>sous-commande inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez me login, me get, me set-timezone, me clear-timezone ou me logout</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>me set-timezone needs a ZONE such as America/New_York</source>
        <translation>me set-timezone nécessite ZONE, par exemple America/New_York</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &quot;%1&quot; after %2</source>
        <extracomment>%1: the word given; %2: the command (me get).</extracomment>
        <translation>argument «&#xa0;%1&#xa0;» inattendu après %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--journal given twice (before and after history)</source>
        <translation>--journal figure deux fois (avant et après history)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot; after history (history takes one USER)</source>
        <translation>argument «&#xa0;%1&#xa0;» inattendu après history (history accepte un seul USER)</translation>
    </message>
</context>
<context>
    <name>CliBulkOptions</name>
    <message>
        <location filename="../cli/arguments/CliBulkOptions.cpp" line="+18"/>
        <source>%1 given twice</source>
        <extracomment>%1: an option (--team).</extracomment>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 needs %2</source>
        <extracomment>%1: an option (--users); %2: the form of its value (ID[,ID...]), not translated.</extracomment>
        <translation>%1 nécessite %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--users and --team cannot be given together</source>
        <translation>--users et --team ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 goes with --users or --team</source>
        <extracomment>%1: an option (--jobs, --dry-run).</extracomment>
        <translation>%1 s&apos;utilise avec --users ou --team</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--users needs user ids separated by commas, not &quot;%1&quot;</source>
        <extracomment>%1: what was given.</extracomment>
        <translation>--users nécessite des identifiants d&apos;utilisateur séparés par des virgules, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--team needs a TEAM</source>
        <translation>--team nécessite TEAM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--jobs needs a whole number from 1 to %1, not &quot;%2&quot;</source>
        <extracomment>%1: the largest number accepted; %2: what was given.</extracomment>
        <translation>--jobs nécessite un nombre entier de 1 à %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CliBulkReport</name>
    <message>
        <location filename="../cli/bulk/CliBulkReport.cpp" line="+93"/>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forbidden (%1)</source>
        <extracomment>%1: why, in the server&apos;s or the app&apos;s words.</extracomment>
        <translation>interdit (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid (%1)</source>
        <extracomment>%1: why, in the server&apos;s or the app&apos;s words.</extracomment>
        <translation>non valide (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read (%1)</source>
        <extracomment>%1: why, in the server&apos;s or the app&apos;s words.</extracomment>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not read (%1)</source>
        <extracomment>%1: why, in the server&apos;s or the app&apos;s words.</extracomment>
        <translation>non lu (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n people could not be changed: their lines say why</source>
        <translation>
            <numerusform>%n personne n&apos;a pas pu être modifiée&#xa0;: sa ligne indique pourquoi</numerusform>
            <numerusform>%n personnes n&apos;ont pas pu être modifiées&#xa0;: leurs lignes indiquent pourquoi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <location filename="../cli/requests/CliConnection.cpp" line="+29"/>
        <source>%1 needs an absolute URL such as https://valara.cloud, not &quot;%2&quot;</source>
        <extracomment>%1: where the URL came from (--base-url or VALARA_BASE_URL); %2: what was given.</extracomment>
        <translation>%1 nécessite une URL absolue comme https://valara.cloud, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <extracomment>%1: where the URL came from (--base-url or VALARA_BASE_URL); %2: why it is refused.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>VALARA_API_KEY is not set: export the API key to use (Authorization: Bearer)</source>
        <translation>VALARA_API_KEY n&apos;est pas défini&#xa0;: exportez la clé d&apos;API à utiliser (Authorization: Bearer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains spaces or control characters: it cannot be a valid token</source>
        <extracomment>%1: the environment variable (VALARA_API_KEY or VALARA_SESSION_TOKEN).</extracomment>
        <translation>%1 contient des espaces ou des caractères de contrôle&#xa0;: ce ne peut pas être un jeton valide</translation>
    </message>
</context>
<context>
    <name>CliErrorReport</name>
    <message>
        <location filename="../cli/requests/CliErrorReport.cpp" line="+33"/>
        <source>Sign in again (valara-cli me login), or check VALARA_SESSION_TOKEN: the session may have ended</source>
        <translation>Reconnectez-vous (valara-cli me login) ou vérifiez VALARA_SESSION_TOKEN&#xa0;: la session est peut-être terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check VALARA_API_KEY</source>
        <translation>Vérifiez VALARA_API_KEY</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (set VALARA_SESSION_TOKEN)</source>
        <extracomment>%1: why the Me API refuses an API key, in the desktop app&apos;s words.</extracomment>
        <translation>%1 (définissez VALARA_SESSION_TOKEN)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request failed</source>
        <translation>La requête a échoué</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no answer from %1</source>
        <extracomment>%1: the server&apos;s address.</extracomment>
        <translation>aucune réponse de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>request %1</source>
        <extracomment>%1: the request id the server gave, for its support.</extracomment>
        <translation>requête %1</translation>
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
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reads and changes Valara user profiles and localization preferences, and the Me API.</source>
        <translation>Lit et modifie les profils et les préférences régionales des utilisateurs Valara, ainsi que la Me API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global options come before the command.</source>
        <translation>Les options globales se placent avant la commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USER is a user id (see &quot;users&quot;). Without it, the command acts on the caller, looked up first with GET /api/v1/users/me. On success the server&apos;s answer is printed as JSON.</source>
        <translation>USER est un identifiant d&apos;utilisateur (voir «&#xa0;users&#xa0;»). Sans lui, la commande agit sur l&apos;appelant, identifié d&apos;abord par GET /api/v1/users/me. En cas de succès, la réponse du serveur est affichée en JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preference fields (prefs set):</source>
        <translation>Champs de préférences (prefs set)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile fields (profile set):</source>
        <translation>Champs de profil (profile set)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal:</source>
        <translation>Journal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many people (prefs set or profile set, --users or --team):</source>
        <translation>Plusieurs personnes (prefs set ou profile set, --users ou --team)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history [USER] options (USER: only that user&apos;s changes):</source>
        <translation>Options de history [USER] (USER&#xa0;: seulement les modifications de cet utilisateur)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples:</source>
        <translation>Exemples&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the caller (GET /api/v1/users/me)</source>
        <translation>l&apos;appelant (GET /api/v1/users/me)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users the caller may see (GET /api/v1/users?q=TEXT); TEXT matches id, names and e-mail</source>
        <translation>les utilisateurs visibles par l&apos;appelant (GET /api/v1/users?q=TEXT)&#xa0;; TEXT porte sur l&apos;identifiant, les noms et l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a user&apos;s preferences</source>
        <translation>les préférences d&apos;un utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change only the given preferences</source>
        <translation>modifier uniquement les préférences indiquées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same preferences for each of these users (see Many people below)</source>
        <translation>les mêmes préférences pour chacun de ces utilisateurs (voir Plusieurs personnes ci-dessous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same preferences for every user of team TEAM</source>
        <translation>les mêmes préférences pour tous les utilisateurs de l&apos;équipe TEAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user&apos;s profile</source>
        <translation>le profil d&apos;un utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change only the given profile fields</source>
        <translation>modifier uniquement les champs de profil indiqués</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same profile fields for each of these users (an administrator; see Many people below)</source>
        <translation>les mêmes champs de profil pour chacun de ces utilisateurs (administrateur&#xa0;; voir Plusieurs personnes ci-dessous)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same profile fields for every user of team TEAM</source>
        <translation>les mêmes champs de profil pour tous les utilisateurs de l&apos;équipe TEAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in to the Me API (asks, or: --identifier EMAIL --password-stdin; --email-code; --org ORG; --token-file PATH where there is no keychain)</source>
        <translation>se connecter à la Me API (pose les questions, ou&#xa0;: --identifier EMAIL --password-stdin&#xa0;; --email-code&#xa0;; --org ORG&#xa0;; --token-file PATH là où il n’y a pas de trousseau)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the caller on the Me API (GET /v1/me)</source>
        <translation>l&apos;appelant sur la Me API (GET /v1/me)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the Me API timezone to an IANA name</source>
        <translation>définir le fuseau horaire de la Me API (nom IANA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clear the Me API timezone</source>
        <translation>effacer le fuseau horaire de la Me API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end the Me API sign-in and forget it</source>
        <translation>mettre fin à la connexion à la Me API et l’oublier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the changes recorded in a journal, newest first (no network; see Journal below)</source>
        <translation>les modifications enregistrées dans un journal, les plus récentes en premier (sans réseau&#xa0;; voir Journal ci-dessous)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server (default: $VALARA_BASE_URL, else %1; the legacy https://dash.jacoballenmedia.com is the same service). Plain http:// only to a loopback address</source>
        <extracomment>%1: the default server&apos;s address.</extracomment>
        <translation>le serveur (par défaut&#xa0;: $VALARA_BASE_URL, sinon %1&#xa0;; l&apos;ancienne adresse https://dash.jacoballenmedia.com mène au même service). http:// en clair uniquement vers une adresse de bouclage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give up after this long in all, retries and waits included (default %1, at most %2); one attempt takes at most 10</source>
        <extracomment>%1: the default number of seconds; %2: the largest number accepted.</extracomment>
        <translation>abandonner après cette durée totale, nouvelles tentatives et attentes comprises (par défaut %1, au plus %2)&#xa0;; une tentative dure au plus 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record every write (prefs set, profile set, me set-timezone, me clear-timezone) in the change journal at PATH (default: $%1); reads are not recorded</source>
        <extracomment>%1: the name of the environment variable (VALARA_JOURNAL).</extracomment>
        <translation>enregistrer chaque écriture (prefs set, profile set, me set-timezone, me clear-timezone) dans le journal des modifications PATH (par défaut&#xa0;: $%1)&#xa0;; les lectures ne sont pas enregistrées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split at the first &apos;=&apos;: title=A=B sets title to &quot;A=B&quot;. Quote values with spaces for the shell: title=&quot;Senior Agent&quot;.</source>
        <translation>Coupé au premier «&#xa0;=&#xa0;»&#xa0;: title=A=B donne à title la valeur &quot;A=B&quot;. Pour le shell, mettez entre guillemets les valeurs qui contiennent des espaces&#xa0;: title=&quot;Senior Agent&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty VALUE (title=) sends null: it clears a profile field and resets a preference to its default.</source>
        <translation>Une VALUE vide (title=) envoie null&#xa0;: elle efface un champ de profil et remet une préférence à sa valeur par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each field at most once. Names in snake_case or camelCase (cell_phone or cellPhone); they are always sent in snake_case.</source>
        <translation>Chaque champ au plus une fois. Noms en snake_case ou en camelCase (cell_phone ou cellPhone)&#xa0;; ils sont toujours envoyés en snake_case.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every value is checked before anything is sent: on any problem, each one is reported and nothing is sent (exit code 2).</source>
        <translation>Chaque valeur est vérifiée avant tout envoi&#xa0;: au moindre problème, chacun est signalé et rien n&apos;est envoyé (code de sortie 2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --journal PATH (or VALARA_JOURNAL), each write is recorded in PATH, an SQLite file in the desktop app&apos;s change journal format, created owner-only if missing.</source>
        <translation>Avec --journal PATH (ou VALARA_JOURNAL), chaque écriture est enregistrée dans PATH, un fichier SQLite au format du journal des modifications de l&apos;application de bureau, créé s&apos;il n&apos;existe pas et accessible à son seul propriétaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CLI first reads who the caller is and the record as it is (a GET of the same path, or GET /v1/me), records the change as &quot;sending&quot; with each field&apos;s server value and the idempotency key the request then carries, and records the answer: &quot;applied&quot;, or &quot;failed&quot; with the status, request id and error.</source>
        <translation>La CLI lit d&apos;abord qui est l&apos;appelant et la fiche telle qu&apos;elle est (un GET du même chemin, ou GET /v1/me), enregistre la modification à l&apos;état «&#xa0;sending&#xa0;» avec la valeur de chaque champ sur le serveur et la clé d&apos;idempotence que porte ensuite la requête, puis enregistre la réponse&#xa0;: «&#xa0;applied&#xa0;», ou «&#xa0;failed&#xa0;» avec le statut, l&apos;identifiant de requête et l&apos;erreur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A journal that cannot be opened or written stops the command before the write is sent (exit code 8); a damaged one is set aside, a new one started, and the write goes on with a warning.</source>
        <translation>Un journal impossible à ouvrir ou à écrire arrête la commande avant l&apos;envoi de l&apos;écriture (code de sortie 8)&#xa0;; un journal endommagé est mis de côté, un nouveau est créé, et l&apos;écriture se poursuit avec un avertissement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The members are the users given, in that order, or the users whose team_id is TEAM in the list the caller may see (GET /api/v1/users, page after page).</source>
        <translation>Les membres sont les utilisateurs indiqués, dans cet ordre, ou les utilisateurs dont le team_id est TEAM dans la liste visible par l&apos;appelant (GET /api/v1/users, page après page).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each member&apos;s preferences or profile are read first: only the fields that differ are sent, one PATCH per member with its own idempotency key; a member already at the values is not sent, and one the caller may not change is refused without a request.</source>
        <translation>Les préférences ou le profil de chaque membre sont lus d&apos;abord&#xa0;: seuls les champs qui diffèrent sont envoyés, un PATCH par membre avec sa propre clé d&apos;idempotence&#xa0;; rien n&apos;est envoyé pour un membre qui a déjà ces valeurs, et un membre que l&apos;appelant ne peut pas modifier est refusé sans requête.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferences (R1): their own, an administrator anyone&apos;s, a broker or photographer those of the teams they manage, as the user list shows them; an empty VALUE (reset to the default) is not taken here.</source>
        <translation>Préférences (R1)&#xa0;: chacun les siennes, un administrateur celles de tous, un courtier ou un photographe celles des équipes qu&apos;il gère, telles que la liste des utilisateurs les montre&#xa0;; une VALUE vide (retour à la valeur par défaut) n&apos;est pas acceptée ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles (R2): an administrator anyone&apos;s, anybody else only their own; an empty VALUE clears the field for every member; the admin-only fields are refused as for one person.</source>
        <translation>Profils (R2)&#xa0;: un administrateur ceux de tous, les autres seulement le leur&#xa0;; une VALUE vide efface le champ pour chaque membre&#xa0;; les champs réservés aux administrateurs sont refusés comme pour une seule personne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output is one JSON object per member and line: {&quot;user_id&quot;, &quot;result&quot;: applied, unchanged, refused, invalid, failed or not_sent, &quot;status&quot;: the HTTP status or null, &quot;request_id&quot;, &quot;error&quot;}. A line on stderr says how many members could not be changed.</source>
        <extracomment>The JSON keys and the result values are not translated.</extracomment>
        <translation>La sortie compte un objet JSON par membre et par ligne&#xa0;: {&quot;user_id&quot;, &quot;result&quot;: applied, unchanged, refused, invalid, failed ou not_sent, &quot;status&quot;: le statut HTTP ou null, &quot;request_id&quot;, &quot;error&quot;}. Une ligne sur stderr indique combien de membres n&apos;ont pas pu être modifiés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --journal each sent change is recorded. When the --timeout runs out, members not yet sent are not_sent. Nothing is printed when nothing could start: the usual exit codes then (a TEAM with nobody the caller sees: 4).</source>
        <translation>Avec --journal, chaque modification envoyée est enregistrée. Quand le délai --timeout expire, les membres pas encore envoyés sont not_sent. Rien n&apos;est affiché quand rien n&apos;a pu démarrer&#xa0;: les codes de sortie habituels s&apos;appliquent alors (une TEAM où l&apos;appelant ne voit personne&#xa0;: 4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>requests at a time, 1 to %1 (default %1)</source>
        <extracomment>%1: the largest number of requests at a time, also the default.</extracomment>
        <translation>requêtes simultanées, de 1 à %1 (par défaut %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send nothing: print each member&apos;s change, one line each (g1: theme: &quot;light&quot; → &quot;dark&quot;), or &quot;no change&quot;, or &quot;forbidden&quot; and why</source>
        <translation>ne rien envoyer&#xa0;: afficher la modification de chaque membre, une ligne chacune (g1: theme: &quot;light&quot; → &quot;dark&quot;), ou «&#xa0;aucune modification&#xa0;», ou «&#xa0;interdit&#xa0;» et la raison</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the journal to read (default: the global --journal, else $%1)</source>
        <extracomment>%1: the name of the environment variable (VALARA_JOURNAL).</extracomment>
        <translation>le journal à lire (par défaut&#xa0;: le --journal global, sinon $%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only changes of this field</source>
        <translation>seulement les modifications de ce champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only changes made since DATE: YYYY-MM-DD (local midnight) or an ISO 8601 time such as 2026-01-31T09:00:00Z</source>
        <translation>seulement les modifications faites depuis DATE&#xa0;: AAAA-MM-JJ (minuit, heure locale) ou une heure ISO 8601 comme 2026-01-31T09:00:00Z</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only changes in this state: draft, sending, applied, failed or conflicted</source>
        <extracomment>The states are not translated: they are what --state takes.</extracomment>
        <translation>seulement les modifications dans cet état&#xa0;: draft, sending, applied, failed ou conflicted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a JSON array for scripts (times in ISO 8601 UTC; server_value left out where the field was absent) instead of the table</source>
        <translation>un tableau JSON pour les scripts (heures en ISO 8601 UTC&#xa0;; server_value omis quand le champ était absent) au lieu de l&apos;affichage en colonnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server when --base-url is not given</source>
        <translation>le serveur quand --base-url n&apos;est pas indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key for whoami, users, prefs and profile</source>
        <translation>clé d&apos;API pour whoami, users, prefs et profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a session token for the me commands, used as it is instead of the sign-in of me login (an API key is refused there: API keys are not user-scoped)</source>
        <translation>un jeton de session pour les commandes me, utilisé tel quel à la place de la connexion de me login (une clé d’API y est refusée&#xa0;: les clés d’API ne sont pas liées à un utilisateur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the publishable key of the Me API&apos;s sign-in service, for me login when --publishable-key is not given</source>
        <translation>la clé publiable du service de connexion de la Me API, pour me login quand --publishable-key n’est pas donné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the journal when --journal is not given</source>
        <translation>le journal quand --journal n&apos;est pas indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the language of the help and the messages (the JSON output is never translated)</source>
        <translation>la langue de l&apos;aide et des messages (la sortie JSON n&apos;est jamais traduite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;valara.*.debug=true&quot; traces the requests on stderr; tokens are never printed</source>
        <translation>&quot;valara.*.debug=true&quot; trace les requêtes sur stderr&#xa0;; les jetons ne sont jamais affichés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage error or a value refused locally (nothing was sent)</source>
        <translation>erreur d&apos;utilisation ou valeur refusée localement (rien n&apos;a été envoyé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not signed in or not allowed (HTTP 401, 403)</source>
        <translation>non connecté ou non autorisé (HTTP 401, 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found (HTTP 404), no journal file for history, or nobody in the --team</source>
        <translation>introuvable (HTTP 404), pas de fichier journal pour history, ou personne dans l&apos;équipe --team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused by the server (HTTP 400, 409, 422)</source>
        <translation>refusé par le serveur (HTTP 400, 409, 422)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network error, timeout, rate limit, server error or an answer that cannot be read, after retries</source>
        <translation>erreur réseau, délai dépassé, limite de débit, erreur du serveur ou réponse illisible, après les nouvelles tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--users or --team: a member was refused, invalid, failed or not sent (each member&apos;s line says which); a dry run: one would be</source>
        <translation>--users ou --team&#xa0;: un membre a été refusé, était non valide, a échoué ou n&apos;a pas été envoyé (la ligne de chaque membre l&apos;indique)&#xa0;; avec --dry-run&#xa0;: un membre le serait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the journal cannot be opened, read or written (for a write: nothing was sent)</source>
        <translation>le journal ne peut pas être ouvert, lu ou écrit (pour une écriture&#xa0;: rien n&apos;a été envoyé)</translation>
    </message>
</context>
<context>
    <name>CliHelpFields</name>
    <message>
        <location filename="../cli/arguments/CliHelpFields.cpp" line="+32"/>
        <source>%1 (default %2)</source>
        <extracomment>%1: the values a preference takes, as sent (&quot;light, dark, system&quot;); %2: the one the server uses when none is set.</extracomment>
        <translation>%1 (par défaut %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an IANA timezone, such as Europe/Paris (default %1)</source>
        <extracomment>%1: the default timezone.</extracomment>
        <translation>un fuseau horaire IANA, par exemple Europe/Paris (par défaut %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a BCP 47 language tag, such as pt-BR (default %1)</source>
        <extracomment>%1: the default language tag (en-US).</extracomment>
        <translation>une étiquette de langue BCP 47, par exemple pt-BR (par défaut %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>text, up to %n characters</source>
        <translation>
            <numerusform>texte, %n caractère au plus</numerusform>
            <numerusform>texte, %n caractères au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>text, line breaks allowed, up to %n characters</source>
        <translation>
            <numerusform>texte, retours à la ligne permis, %n caractère au plus</numerusform>
            <numerusform>texte, retours à la ligne permis, %n caractères au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>text, up to %n characters; cannot be cleared</source>
        <translation>
            <numerusform>texte, %n caractère au plus&#xa0;; ne peut pas être effacé</numerusform>
            <numerusform>texte, %n caractères au plus&#xa0;; ne peut pas être effacé</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone number (+1 650 253 0000; without a country code, read in the region of your locale or the US), sent as E.164</source>
        <translation>numéro de téléphone (+1 650 253 0000&#xa0;; sans indicatif de pays, lu dans la région de vos paramètres régionaux ou aux États-Unis), envoyé au format E.164</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>US state code or name (TX, Texas), sent as the code</source>
        <translation>code ou nom d&apos;un État des États-Unis (TX, Texas), envoyé sous forme de code</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>https:// address, up to %n characters</source>
        <translation>
            <numerusform>adresse https://, %n caractère au plus</numerusform>
            <numerusform>adresse https://, %n caractères au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>e-mail address, up to %n characters</source>
        <translation>
            <numerusform>adresse e-mail, %n caractère au plus</numerusform>
            <numerusform>adresse e-mail, %n caractères au plus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date, YYYY-MM-DD</source>
        <translation>date, AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of %1</source>
        <extracomment>%1: the values a field takes, as sent (admin, broker, agent, photographer).</extracomment>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator changes %1 (with PUT): profile set refuses them.</source>
        <extracomment>%1: field names, as sent (email, role, …).</extracomment>
        <translation>Seul un administrateur modifie %1 (avec PUT)&#xa0;: profile set les refuse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only, set by the service: %1.</source>
        <extracomment>%1: field names, as sent (id, created_at, …).</extracomment>
        <translation>En lecture seule, définis par le service&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../cli/journal/CliHistory.cpp" line="+90"/>
        <source>--since needs a date such as 2026-01-31 or 2026-01-31T09:00:00Z, not &quot;%1&quot;</source>
        <extracomment>%1: what was given.</extracomment>
        <translation>--since nécessite une date comme 2026-01-31 ou 2026-01-31T09:00:00Z, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--state needs one of %1, not &quot;%2&quot;</source>
        <extracomment>%1: the states, not translated (draft, sending, …); %2: what was given.</extracomment>
        <translation>--state nécessite l&apos;une des valeurs %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(absent)</source>
        <extracomment>In the history table: the field was absent on the server.</extracomment>
        <translation>(absent)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No entries in the journal match.</source>
        <translation>Aucune entrée du journal ne correspond.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WHEN</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUEST</source>
        <translation>REQUÊTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGE</source>
        <translation>MODIFICATION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUEST ID</source>
        <translation>ID REQUÊTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
</context>
<context>
    <name>CliJournal</name>
    <message>
        <location filename="../cli/journal/CliJournal.cpp" line="+43"/>
        <source>the journal %1 cannot be used: %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: why.</extracomment>
        <translation>le journal %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the journal %1 cannot be used: the server did not say who the caller is</source>
        <extracomment>%1: the journal&apos;s file path.</extracomment>
        <translation>le journal %1 est inutilisable&#xa0;: le serveur n&apos;a pas indiqué qui est l&apos;appelant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal %1 is not open</source>
        <extracomment>%1: the journal&apos;s file path.</extracomment>
        <translation>le journal %1 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the change could not be recorded in the journal %1, so it was not sent: %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: why.</extracomment>
        <translation>la modification n&apos;a pas pu être enregistrée dans le journal %1&#xa0;; elle n&apos;a donc pas été envoyée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the answer could not be recorded in the journal %1 (the entry stays &quot;sending&quot;): %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: why. &quot;sending&quot; is a state name, not translated.</extracomment>
        <translation>la réponse n&apos;a pas pu être enregistrée dans le journal %1 (l&apos;entrée reste à l&apos;état «&#xa0;sending&#xa0;»)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal %1: %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: what happened to it.</extracomment>
        <translation>le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal %1 cannot be read: %2</source>
        <extracomment>%1: the journal&apos;s file path; %2: why.</extracomment>
        <translation>le journal %1 est illisible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CliMeCredentials</name>
    <message>
        <location filename="../cli/me/CliMeCredentials.cpp" line="+48"/>
        <source>the keychain did not answer within a minute</source>
        <translation>le trousseau n’a pas répondu en une minute</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 is a link: it is not used (give the file itself)</source>
        <extracomment>%1: the token file&apos;s path.</extracomment>
        <translation>%1 est un lien&#xa0;: il n’est pas utilisé (donnez le fichier lui-même)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 may be read by others: it is not used (chmod 600 %1, or sign in again)</source>
        <extracomment>%1: the token file&apos;s path.</extracomment>
        <translation>%1 peut être lu par d’autres&#xa0;: il n’est pas utilisé (chmod 600 %1, ou reconnectez-vous)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not hold a sign-in of valara-cli</source>
        <translation>%1 ne contient pas de connexion de valara-cli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keychain&apos;s sign-in could not be read</source>
        <translation>la connexion du trousseau n’a pas pu être lue</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot be removed</source>
        <translation>%1 ne peut pas être supprimé</translation>
    </message>
</context>
<context>
    <name>CliMeOptions</name>
    <message>
        <location filename="../cli/arguments/CliMeOptions.cpp" line="+37"/>
        <source>%1 given twice</source>
        <extracomment>%1: an option (--org).</extracomment>
        <translation>%1 donné deux fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an option of me login</source>
        <extracomment>%1: an option (--org).</extracomment>
        <translation>%1 est une option de me login</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs a value</source>
        <extracomment>%1: an option that needs a value (--org).</extracomment>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--password-stdin and --email-code are two ways to sign in: give one</source>
        <translation>--password-stdin et --email-code sont deux façons de se connecter&#xa0;: donnez-en une</translation>
    </message>
</context>
<context>
    <name>CliMeSignIn</name>
    <message>
        <location filename="../cli/me/CliMeSignIn.cpp" line="+45"/>
        <source>warning: the service&apos;s new sign-in could not be kept (%1): run valara-cli me login if the next command is refused</source>
        <extracomment>%1: why the sign-in could not be written.</extracomment>
        <translation>avertissement&#xa0;: la nouvelle connexion du service n’a pas pu être gardée (%1)&#xa0;: lancez valara-cli me login si la commande suivante est refusée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>me login needs the service&apos;s publishable key: --publishable-key KEY, or set %1</source>
        <extracomment>%1: the environment variable (VALARA_PUBLISHABLE_KEY).</extracomment>
        <translation>me login attend la clé publiable du service&#xa0;: --publishable-key KEY, ou définissez %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the publishable key is not one (it starts with pk_live_ or pk_test_ and names the service)</source>
        <translation>ce n’est pas une clé publiable (elle commence par pk_live_ ou pk_test_ et désigne le service)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the sign-in did not finish</source>
        <translation>la connexion n’a pas abouti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no keychain can keep the sign-in here: give --token-file PATH to keep it in a file only you can read</source>
        <translation>aucun trousseau ne peut garder la connexion ici&#xa0;: donnez --token-file PATH pour la garder dans un fichier que vous seul pouvez lire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--identifier EMAIL is needed when nobody types at a terminal</source>
        <translation>--identifier EMAIL est nécessaire quand personne ne tape dans un terminal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address: </source>
        <translation>Adresse e-mail&#xa0;: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code sent to %1: </source>
        <extracomment>%1: where the code was sent.</extracomment>
        <translation>Code envoyé à %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no terminal to ask the password at: give it on stdin with --password-stdin</source>
        <translation>pas de terminal où demander le mot de passe&#xa0;: donnez-le sur stdin avec --password-stdin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authenticator code: </source>
        <translation>Code de l’application d’authentification&#xa0;: </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>signed in; the sign-in is kept in %1, readable by you only: guard it as you would a password</source>
        <extracomment>%1: the token file&apos;s path.</extracomment>
        <translation>connecté&#xa0;; la connexion est gardée dans %1, lisible par vous seul&#xa0;: protégez-le comme un mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed in; the sign-in is kept in the keychain</source>
        <translation>connecté&#xa0;; la connexion est gardée dans le trousseau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Organization to work in [1-%1]: </source>
        <translation>Organisation où travailler [1-%1]&#xa0;: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such organization</source>
        <translation>organisation inconnue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you belong to several organizations: working in %1 (choose with --org ID)</source>
        <extracomment>%1: the organization&apos;s id.</extracomment>
        <translation>vous appartenez à plusieurs organisations&#xa0;: travail dans %1 (choisissez avec --org ID)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not signed in: nothing to sign out of</source>
        <translation>pas connecté&#xa0;: rien à déconnecter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the service could not sign you out (%1): the sign-in is still kept, try again</source>
        <extracomment>%1: why the service could not be reached.</extracomment>
        <translation>le service n’a pas pu vous déconnecter (%1)&#xa0;: la connexion est toujours gardée, réessayez</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the sign-in has ended: run valara-cli me login again</source>
        <translation>la connexion a pris fin&#xa0;: relancez valara-cli me login</translation>
    </message>
</context>
<context>
    <name>CliRequestPlan</name>
    <message>
        <location filename="../cli/requests/CliRequestPlan.cpp" line="+76"/>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>timezone: ZONE is empty (to clear the timezone, use me clear-timezone)</source>
        <translation>timezone&#xa0;: ZONE est vide (pour effacer le fuseau horaire, utilisez me clear-timezone)</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../models/export/CsvWriter.cpp" line="+83"/>
        <source>The export could not be written: the file is not open for writing.</source>
        <translation>Impossible d&apos;écrire l&apos;export&#xa0;: le fichier n&apos;est pas ouvert en écriture.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>The export could not be written: %1</source>
        <translation>Impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The export could not be written: the file did not take all of it.</source>
        <translation>Impossible d&apos;écrire l&apos;export&#xa0;: il n&apos;a été écrit qu&apos;en partie dans le fichier.</translation>
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
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme FIELD=VALUE (pour effacer un champ, écrivez %1=)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has no FIELD before the &apos;=&apos;</source>
        <extracomment>%1: the argument as given.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de FIELD avant le «&#xa0;=&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: the FIELD name has spaces around it</source>
        <extracomment>%1: the argument as given.</extracomment>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le nom de FIELD est entouré d&apos;espaces</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2</source>
        <extracomment>A problem with one field: %1: the field&apos;s name as typed (theme); %2: the problem.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FormRow</name>
    <message>
        <location filename="../ui/editing/FormRow.cpp" line="+48"/>
        <source>%1:</source>
        <extracomment>A form field&apos;s label: %1 is the field&apos;s name (&quot;Timezone&quot;). French puts a no-break space before the colon.</extracomment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HistorySetup</name>
    <message>
        <location filename="../app/journal/HistorySetup.cpp" line="+132"/>
        <source>There is no history: the change journal is turned off (journal/enabled in the settings), so changes are not recorded.</source>
        <translation>Aucun historique&#xa0;: le journal des modifications est désactivé (journal/enabled dans les paramètres), les modifications ne sont donc pas enregistrées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no history: the change journal could not be opened. %1</source>
        <translation>Aucun historique&#xa0;: le journal des modifications n&apos;a pas pu être ouvert. %1</translation>
    </message>
</context>
<context>
    <name>JournalHistoryExport</name>
    <message>
        <location filename="../models/journal/JournalHistoryExport.cpp" line="+15"/>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>JsonValueText</name>
    <message>
        <location filename="../models/values/JsonValueText.cpp" line="+16"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>MeApiPreferences</name>
    <message>
        <location filename="../models/meapi/MeApiPreferences.cpp" line="+19"/>
        <source>&quot;%1&quot; is not a timezone of the IANA database (for example America/Los_Angeles).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire de la base IANA (par exemple America/Los_Angeles).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API keys are not user-scoped: sign in with a session token.</source>
        <translation>Les clés d&apos;API ne sont pas liées à un utilisateur&#xa0;: connectez-vous avec un jeton de session.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your session has ended or was not accepted: sign in again.</source>
        <translation>Votre session a expiré ou n&apos;a pas été acceptée&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no user in it</source>
        <translation>elle ne contient aucun utilisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the preferences are not an object</source>
        <translation>les préférences ne sont pas un objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the timezone is not text</source>
        <translation>le fuseau horaire n&apos;est pas du texte</translation>
    </message>
</context>
<context>
    <name>MeApiSession</name>
    <message>
        <location filename="../app/meapi/MeApiSession.cpp" line="+133"/>
        <source>Your session has ended. Sign in again: your change is kept and sent once you are signed in.</source>
        <translation>Votre session a pris fin. Reconnectez-vous&#xa0;: votre modification est conservée et envoyée une fois connecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Sign in again to keep working.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your sign-in could not be kept (%1): you will be asked to sign in again next time.</source>
        <translation>Votre connexion n’a pas pu être gardée (%1)&#xa0;: elle vous sera redemandée la prochaine fois.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Demo: every demo user&apos;s password is %1.</source>
        <translation>Démo&#xa0;: le mot de passe de chaque utilisateur de la démo est %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The service could not be told that you signed out (%1); this computer no longer uses the session.</source>
        <translation>Le service n’a pas pu être informé de votre déconnexion (%1)&#xa0;; cet ordinateur n’utilise plus la session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
</context>
<context>
    <name>MeSignInErrors</name>
    <message>
        <location filename="../models/meapi/signin/MeSignInErrors.cpp" line="+15"/>
        <source>The password is incorrect. Try again, or e-mail yourself a code instead.</source>
        <translation>Le mot de passe est incorrect. Réessayez, ou recevez plutôt un code par e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account was found for this e-mail address.</source>
        <translation>Aucun compte n’a été trouvé pour cette adresse e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code is not the right one. Check it and try again.</source>
        <translation>Ce code n’est pas le bon. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Ce code a expiré. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong codes. Ask for a new one.</source>
        <translation>Trop de codes erronés. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account cannot sign in that way. Try the other way offered.</source>
        <translation>Ce compte ne peut pas se connecter ainsi. Essayez l’autre façon proposée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service does not allow sign-in from desktop apps yet: its administrator has to enable native clients.</source>
        <translation>Le service n’autorise pas encore la connexion depuis des applications de bureau&#xa0;: son administrateur doit activer les clients natifs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session has ended. Sign in again.</source>
        <translation>La session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach the sign-in service: %1</source>
        <extracomment>%1: why the connection failed.</extracomment>
        <translation>Le service de connexion est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Trop de tentatives de connexion. Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in was refused.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../models/values/PhoneNumber.cpp" line="+80"/>
        <source>%1 has a country code that does not exist.</source>
        <translation>%1 contient un indicatif de pays qui n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a phone number. Write it with digits, such as +1 650 253 0000.</source>
        <translation>%1 n&apos;est pas un numéro de téléphone. Écrivez-le en chiffres, par exemple +1 650 253 0000.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 has too few digits to be a phone number.</source>
        <translation>%1 a trop peu de chiffres pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 cannot be checked: this installation of Valara Desk is missing its phone number module (%2).</source>
        <translation>Impossible de vérifier %1 : il manque à cette installation de Valara Desk son module des numéros de téléphone (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has too many digits to be a phone number.</source>
        <translation>%1 a trop de chiffres pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not have a possible number of digits.</source>
        <translation>%1 n&apos;a pas un nombre de chiffres possible.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 looks like a local number without its area code; it will be sent as %2.</source>
        <translation>%1 ressemble à un numéro local sans indicatif régional&#xa0;; il sera envoyé sous la forme %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a number in use that we know of; it will be sent as %2.</source>
        <translation>%1 n&apos;est pas un numéro attribué, à notre connaissance&#xa0;; il sera envoyé sous la forme %2.</translation>
    </message>
</context>
<context>
    <name>PreferenceEditors</name>
    <message>
        <location filename="../ui/preferences/PreferenceEditors.cpp" line="+57"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Date and time format:</source>
        <translation>&amp;Format de date et d&apos;heure&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time&amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Units:</source>
        <translation>&amp;Unités&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Friendly</source>
        <translation>Naturel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US</source>
        <translation>Américain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UK</source>
        <translation>Britannique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imperial: %1</source>
        <translation>Impérial&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metric: %1</source>
        <translation>Métrique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PreferencePatch</name>
    <message>
        <location filename="../cli/requests/PreferencePatch.cpp" line="+37"/>
        <source>%1: given twice (as %2 and %3)</source>
        <extracomment>%1: a field; %2, %3: its two spellings as typed (time_zone, timeZone).</extracomment>
        <translation>%1&#xa0;: figure deux fois (sous les formes %2 et %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: an empty value (reset to the default) is not taken with --users or --team: give the value (%1=%2)</source>
        <extracomment>%1: a preference (theme); %2: its default value (system).</extracomment>
        <translation>%1&#xa0;: une valeur vide (retour à la valeur par défaut) n&apos;est pas acceptée avec --users ou --team&#xa0;: indiquez la valeur (%1=%2)</translation>
    </message>
</context>
<context>
    <name>PreferencePreview</name>
    <message>
        <location filename="../models/preferences/PreferencePreview.cpp" line="+25"/>
        <source>Today at %1</source>
        <translation>Aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday at %1</source>
        <translation>Hier à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow at %1</source>
        <translation>Demain à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sq ft</source>
        <translation>%1 pi²</translation>
    </message>
</context>
<context>
    <name>PreferenceSchema</name>
    <message>
        <location filename="../models/preferences/PreferenceSchema.cpp" line="+43"/>
        <source>expected the preferences</source>
        <translation>les préférences étaient attendues</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the preference %1 is not text</source>
        <translation>la préférence %1 n&apos;est pas du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no preferences in it</source>
        <translation>elle ne contient aucune préférence</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date and time format</source>
        <translation>Format de date et d&apos;heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timezone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a preference. Known preferences: %2.</source>
        <translation>%1 n&apos;est pas une préférence. Préférences connues&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 doit prendre l&apos;une des valeurs %2, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a timezone of the IANA database (for example America/New_York).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire de la base IANA (par exemple America/New_York).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a well-formed BCP 47 language tag (for example en-US or pt-BR).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une étiquette de langue BCP 47 valide (par exemple en-US ou pt-BR).</translation>
    </message>
</context>
<context>
    <name>ProfileConflict</name>
    <message>
        <location filename="../models/profile/ProfileConflict.cpp" line="+30"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>ProfileFieldEditors</name>
    <message>
        <location filename="../ui/profile/ProfileFieldEditors.cpp" line="+71"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>nom@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>ProfilePatch</name>
    <message>
        <location filename="../cli/requests/ProfilePatch.cpp" line="+28"/>
        <source>%1: is read-only (set by the service)</source>
        <extracomment>%1: the field&apos;s name as typed.</extracomment>
        <translation>%1&#xa0;: en lecture seule (défini par le service)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a profile field (valara-cli --help lists them)</source>
        <translation>%1&#xa0;: n&apos;est pas un champ de profil (valara-cli --help les énumère)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: given twice (as %2 and %3)</source>
        <extracomment>%1: a field; %2, %3: its two spellings as typed (cell_phone, cellPhone).</extracomment>
        <translation>%1&#xa0;: figure deux fois (sous les formes %2 et %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: can only be changed by an administrator (with PUT /api/v1/users/{id}), not by profile set</source>
        <extracomment>%1: the field&apos;s name as typed.</extracomment>
        <translation>%1&#xa0;: ne peut être modifié que par un administrateur (avec PUT /api/v1/users/{id}), pas par profile set</translation>
    </message>
</context>
<context>
    <name>ProfileSchema</name>
    <message>
        <location filename="../models/profile/ProfileSchema.cpp" line="+133"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo address</source>
        <translation>Adresse de la photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public e-mail</source>
        <translation>E-mail public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagline</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brokerage</source>
        <translation>Agence immobilière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License number</source>
        <translation>Numéro de licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License state</source>
        <translation>État de la licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License expiration</source>
        <translation>Expiration de la licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
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
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in e-mail</source>
        <translation>E-mail de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>E-mail verified</source>
        <translation>E-mail vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account status</source>
        <translation>Statut du compte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Personal</source>
        <translation>Informations personnelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public contact</source>
        <translation>Coordonnées publiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokerage and license</source>
        <translation>Agence et licence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bio and social</source>
        <translation>Biographie et réseaux sociaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be true or false.</source>
        <translation>%1 doit être vrai ou faux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be text.</source>
        <translation>%1 doit être du texte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be one of %2.</source>
        <translation>%1 doit prendre l&apos;une des valeurs %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 can be at most %n characters long.</source>
        <translation>
            <numerusform>%1 ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>%1 ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains control characters.</source>
        <translation>%1 contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be a secure web address starting with https://.</source>
        <translation>%1 doit être une adresse web sécurisée commençant par https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be an e-mail address such as name@example.com.</source>
        <translation>%1 doit être une adresse e-mail, par exemple nom@example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1 doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be a US state, such as TX or Texas.</source>
        <translation>%1 doit être un État des États-Unis, par exemple TX ou Texas.</translation>
    </message>
</context>
<context>
    <name>ResponseShape</name>
    <message>
        <location filename="../api/json/ResponseShape.cpp" line="+45"/>
        <source>a list entry is not an object</source>
        <translation>une entrée de la liste n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an object</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a user</source>
        <translation>un utilisateur était attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a user without an id</source>
        <translation>un utilisateur sans identifiant</translation>
    </message>
</context>
<context>
    <name>SessionTokenInfo</name>
    <message>
        <location filename="../api/session/SessionTokenInfo.cpp" line="+49"/>
        <source>This is not a session token: a session token has three parts separated by dots (it starts with &quot;eyJ&quot;). API keys do not work with the Me API.</source>
        <translation>Ce n&apos;est pas un jeton de session&#xa0;: un jeton de session comporte trois parties séparées par des points (il commence par «&#xa0;eyJ&#xa0;»). Les clés d&apos;API ne fonctionnent pas avec la Me API.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This session token names no user.</source>
        <translation>Ce jeton de session n&apos;indique aucun utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session token names no organisation.</source>
        <translation>Ce jeton de session n&apos;indique aucune organisation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This session token has no end time (&quot;exp&quot;): the Me API refuses it.</source>
        <translation>Ce jeton de session n&apos;a pas de date d&apos;expiration («&#xa0;exp&#xa0;»)&#xa0;: la Me API le refuse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session token expired at %1: sign in to the dashboard again and copy a new one.</source>
        <translation>Ce jeton de session a expiré (%1)&#xa0;: reconnectez-vous au tableau de bord et copiez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../api/session/SessionTokenInfo.h" line="+38"/>
        <source>No session token.</source>
        <translation>Aucun jeton de session.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../models/i18n/UiLanguage.cpp" line="+81"/>
        <source>%1 has no translation yet: Valara Desk speaks English.</source>
        <extracomment>%1 is a language with no translation, such as &quot;Português (Brasil)&quot;.</extracomment>
        <translation>%1 n&apos;a pas encore de traduction&#xa0;: Valara Desk s&apos;affiche en anglais.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, as chosen on this computer.</source>
        <translation>%1, comme choisi sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from your language preference.</source>
        <translation>%1, d&apos;après votre préférence de langue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from this computer&apos;s language.</source>
        <translation>%1, d&apos;après la langue de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+26"/>
        <source>Run valara-desk --help to see the options.</source>
        <translation>Lancez valara-desk --help pour voir les options.</translation>
    </message>
</context>
<context>
    <name>valara::AccountFlow</name>
    <message>
        <location filename="../app/accounts/AccountFlow.cpp" line="+86"/>
        <source>The key could not be saved in the keychain (%1): it is used until you quit.</source>
        <translation>La clé n&apos;a pas pu être enregistrée dans le trousseau (%1)&#xa0;: elle sera utilisée jusqu&apos;à ce que vous quittiez l&apos;application.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key of %1 is not in the keychain any more: sign in again.</source>
        <translation>La clé de %1 ne se trouve plus dans le trousseau&#xa0;: reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>valara::AccountSwitcher</name>
    <message>
        <location filename="../ui/accounts/AccountSwitcher.cpp" line="+60"/>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this account…</source>
        <translation>Retirer ce compte…</translation>
    </message>
</context>
<context>
    <name>valara::ApiClient</name>
    <message>
        <location filename="../api/ApiClient.cpp" line="+283"/>
        <source>No valid server address is set.</source>
        <translation>Aucune adresse de serveur valide n&apos;est définie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refusing to send the API key over plain http:// to %1; use https://.</source>
        <translation>Refus d&apos;envoyer la clé d&apos;API en clair par http:// à %1&#xa0;; utilisez https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported address scheme &quot;%1&quot;; use https://.</source>
        <translation>Schéma d&apos;adresse «&#xa0;%1&#xa0;» non pris en charge&#xa0;; utilisez https://.</translation>
    </message>
</context>
<context>
    <name>valara::ApiJob</name>
    <message>
        <location filename="../api/ApiJob.cpp" line="+129"/>
        <source>No session token to send.</source>
        <translation>Aucun jeton de session à envoyer.</translation>
    </message>
</context>
<context>
    <name>valara::AvatarPreview</name>
    <message>
        <location filename="../ui/profile/AvatarPreview.cpp" line="+48"/>
        <source>Profile photo</source>
        <translation>Photo de profil</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>plain http:// is only accepted for this computer; use https://</source>
        <translation>http:// en clair n&apos;est accepté que pour cet ordinateur&#xa0;; utilisez https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only https:// addresses are accepted</source>
        <translation>seules les adresses https:// sont acceptées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address is not valid</source>
        <translation>l&apos;adresse n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the server did not answer in time</source>
        <translation>le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address redirects elsewhere</source>
        <translation>l&apos;adresse redirige ailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered %1</source>
        <translation>le serveur a répondu %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the file is not an image</source>
        <translation>le fichier n&apos;est pas une image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image is too large (%1 × %2 pixels)</source>
        <translation>l&apos;image est trop grande (%1 × %2 pixels)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the photo is larger than %1 MB</source>
        <translation>la photo dépasse %1 Mo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Initials %1</source>
        <translation>Initiales %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo of %1</source>
        <translation>Photo de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not be loaded: %1</source>
        <translation>Chargement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo could not be loaded: %1</source>
        <translation>La photo n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>valara::BulkApply</name>
    <message>
        <location filename="../models/bulk/BulkApply.cpp" line="+95"/>
        <source>Not sent: cancelled.</source>
        <translation>Non envoyée&#xa0;: annulée.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not sent again: the change no longer waits in the journal.</source>
        <translation>Non renvoyée&#xa0;: la modification n&apos;est plus en attente dans le journal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not be sent: nothing to change, or a request for this person is under way.</source>
        <translation>Envoi impossible&#xa0;: rien à modifier, ou une requête pour cette personne est déjà en cours.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Not sent: changed on the server meanwhile.</source>
        <translation>Non envoyée&#xa0;: modifiée sur le serveur entre-temps.</translation>
    </message>
</context>
<context>
    <name>valara::BulkChangeDialog</name>
    <message>
        <location filename="../ui/bulk/BulkChangeDialog.cpp" line="+137"/>
        <source>&amp;Preview…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>Change preferences for %n people</source>
        <translation>
            <numerusform>Modifier les préférences de %n personne</numerusform>
            <numerusform>Modifier les préférences de %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change profiles for %n people</source>
        <translation>
            <numerusform>Modifier le profil de %n personne</numerusform>
            <numerusform>Modifier les profils de %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields to change</source>
        <translation>Champs à modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the fields to set for everyone; only included fields are changed. You see each person&apos;s change before anything is sent.</source>
        <translation>Renseignez les champs à appliquer à tous&#xa0;; seuls les champs inclus sont modifiés. Vous verrez la modification de chaque personne avant tout envoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sends nothing more; changes already on their way finish.</source>
        <translation>N&apos;envoie plus rien&#xa0;; les modifications déjà en cours d&apos;envoi vont jusqu&apos;au bout.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping: the changes already on their way finish first.</source>
        <translation>Arrêt en cours&#xa0;: les modifications déjà en cours d&apos;envoi se terminent d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>&amp;Apply to %n people</source>
        <translation>
            <numerusform>&amp;Appliquer à %n personne</numerusform>
            <numerusform>&amp;Appliquer à %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Retry %n failed</source>
        <translation>
            <numerusform>Réessayer %n é&amp;chec</numerusform>
            <numerusform>Réessayer les %n é&amp;checs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valara-bulk-change-%1.csv</source>
        <translation>valara-modification-groupee-%1.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The results were not exported to %1: %2</source>
        <translation>Les résultats n&apos;ont pas été exportés vers %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n people to %1.</source>
        <translation>
            <numerusform>%n personne exportée vers %1.</numerusform>
            <numerusform>%n personnes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::BulkPreview</name>
    <message>
        <location filename="../models/bulk/BulkPreview.cpp" line="+42"/>
        <source>You may not change this person&apos;s settings.</source>
        <translation>Vous n&apos;avez pas le droit de modifier les paramètres de cette personne.</translation>
    </message>
</context>
<context>
    <name>valara::BulkResultsModel</name>
    <message>
        <location filename="../models/bulk/BulkResultsModel.cpp" line="+94"/>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yours to change</source>
        <translation>Non autorisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be read</source>
        <translation>Lecture impossible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 already</source>
        <translation>%1&#xa0;: déjà %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>Identifiant de requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User ID</source>
        <translation>Identifiant utilisateur</translation>
    </message>
</context>
<context>
    <name>valara::BulkRunPanel</name>
    <message numerus="yes">
        <location filename="../ui/bulk/BulkRunPanel.cpp" line="+27"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>encore environ %n s</numerusform>
            <numerusform>encore environ %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>encore environ %n min</numerusform>
            <numerusform>encore environ %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of this change</source>
        <translation>Personnes concernées par cette modification</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>The service asked to slow down: waiting %n s.</source>
        <translation>
            <numerusform>Le service a demandé de ralentir&#xa0;: attente de %n s.</numerusform>
            <numerusform>Le service a demandé de ralentir&#xa0;: attente de %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Read %1 of %2</source>
        <translation>Lecture&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>%n people in this change</source>
        <translation>
            <numerusform>%n personne dans cette modification</numerusform>
            <numerusform>%n personnes dans cette modification</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sent %1 of %2</source>
        <translation>Envoi&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per second</source>
        <translation>%1 par seconde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading each person&apos;s current values. Nothing is sent yet.</source>
        <translation>Lecture des valeurs actuelles de chaque personne. Rien n&apos;est encore envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been sent yet. %1</source>
        <translation>Rien n&apos;a encore été envoyé. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending each person&apos;s change, a few at a time.</source>
        <translation>Envoi de la modification de chaque personne, quelques-unes à la fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done. %1</source>
        <translation>Terminé. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n to change.</source>
        <translation>
            <numerusform>%n personne à modifier.</numerusform>
            <numerusform>%n personnes à modifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n applied.</source>
        <translation>
            <numerusform>%n modification appliquée.</numerusform>
            <numerusform>%n modifications appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already set: no change.</source>
        <translation>
            <numerusform>%n personne déjà à jour&#xa0;: rien à modifier.</numerusform>
            <numerusform>%n personnes déjà à jour&#xa0;: rien à modifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n you may not change: skipped.</source>
        <translation>
            <numerusform>%n personne que vous ne pouvez pas modifier&#xa0;: ignorée.</numerusform>
            <numerusform>%n personnes que vous ne pouvez pas modifier&#xa0;: ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not be read: skipped.</source>
        <translation>
            <numerusform>Lecture impossible pour %n personne&#xa0;: ignorée.</numerusform>
            <numerusform>Lecture impossible pour %n personnes&#xa0;: ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid.</source>
        <translation>
            <numerusform>%n modification non valide.</numerusform>
            <numerusform>%n modifications non valides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused by the service.</source>
        <translation>
            <numerusform>%n modification refusée par le service.</numerusform>
            <numerusform>%n modifications refusées par le service.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n échec.</numerusform>
            <numerusform>%n échecs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not sent.</source>
        <translation>
            <numerusform>%n modification non envoyée.</numerusform>
            <numerusform>%n modifications non envoyées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::BulkValuesForm</name>
    <message>
        <location filename="../ui/bulk/BulkValuesForm.cpp" line="+74"/>
        <source>Include %1</source>
        <translation>Inclure %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only included fields are changed; the others keep each person&apos;s own value.</source>
        <translation>Seuls les champs inclus sont modifiés&#xa0;; les autres conservent la valeur propre à chaque personne.</translation>
    </message>
</context>
<context>
    <name>valara::ChangeJournal</name>
    <message>
        <location filename="../models/journal/ChangeJournal.cpp" line="+117"/>
        <source>The change journal could not complete the operation: %1</source>
        <translation>Le journal des modifications n&apos;a pas pu terminer l&apos;opération&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change journal is turned off, so this change was not recorded.</source>
        <translation>Le journal des modifications est désactivé&#xa0;: cette modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The change journal is not open.</source>
        <translation>Le journal des modifications n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The change belongs to another account and was not recorded.</source>
        <translation>La modification appartient à un autre compte et n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The change is incomplete (user, service, request or idempotency key), so it was not recorded.</source>
        <translation>La modification est incomplète (utilisateur, service, requête ou clé d&apos;idempotence)&#xa0;: elle n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A draft needs at least one changed field.</source>
        <translation>Un brouillon doit contenir au moins un champ modifié.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The change journal has no entry %1.</source>
        <translation>Le journal des modifications ne contient pas d&apos;entrée %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The change cannot go from %1 to %2.</source>
        <translation>La modification ne peut pas passer de l&apos;état %1 à l&apos;état %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a draft&apos;s fields can change; this change is %1.</source>
        <translation>Seuls les champs d&apos;un brouillon peuvent changer&#xa0;; cette modification est à l&apos;état %1.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No user was given whose drafts to remove.</source>
        <translation>Aucun utilisateur n&apos;a été indiqué pour la suppression des brouillons.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The journal cannot keep a negative number of days.</source>
        <translation>Le journal ne peut pas conserver un nombre de jours négatif.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The change journal could not be deleted: %1</source>
        <translation>Le journal des modifications n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/journal/JournalDatabase.cpp" line="+174"/>
        <location line="+64"/>
        <source>The change journal could not be opened: %1</source>
        <translation>Le journal des modifications n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The change journal is damaged and could not be set aside, so no changes are recorded: %1</source>
        <translation>Le journal des modifications est endommagé et n&apos;a pas pu être mis de côté&#xa0;; aucune modification n&apos;est donc enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change journal could not be read, so it was set aside as %1 and a new one was started. Nothing was deleted.</source>
        <translation>Le journal des modifications était illisible&#xa0;: il a été mis de côté sous le nom %1 et un nouveau journal a été créé. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The change journal could not be read: %1</source>
        <translation>Le journal des modifications n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The change journal was written by a newer version of Valara Desk (format %1; this version reads up to format %2). It was left unchanged, and no changes are recorded until the newer version is used again.</source>
        <translation>Le journal des modifications a été écrit par une version plus récente de Valara Desk (format %1&#xa0;; cette version lit jusqu&apos;au format %2). Il a été laissé tel quel, et aucune modification n&apos;est enregistrée tant que la version plus récente n&apos;est pas de nouveau utilisée.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The change journal could not be brought up to date: %1</source>
        <translation>Le journal des modifications n&apos;a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>valara::ChangeReplay</name>
    <message>
        <location filename="../models/records/ChangeReplay.cpp" line="+163"/>
        <source>Not sent: changed on the server meanwhile. Kept as unsaved changes to check.</source>
        <translation>Non envoyée&#xa0;: modifiée sur le serveur entre-temps. Conservée comme modifications non enregistrées à vérifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: changed on the server meanwhile.</source>
        <translation>Non envoyée&#xa0;: modifiée sur le serveur entre-temps.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting to be sent: %1</source>
        <translation>En attente d&apos;envoi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>valara::ChoiceComboBox</name>
    <message>
        <location filename="../ui/widgets/ChoiceComboBox.cpp" line="+29"/>
        <source>%1 (not a known value)</source>
        <translation>%1 (valeur inconnue)</translation>
    </message>
</context>
<context>
    <name>valara::CliBulkRunner</name>
    <message>
        <location filename="../cli/bulk/CliBulkRunner.cpp" line="+113"/>
        <source>Not sent: the command&apos;s time ran out before it was read.</source>
        <translation>Non envoyée&#xa0;: le délai de la commande a expiré avant la lecture.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not sent: the command&apos;s time ran out.</source>
        <translation>Non envoyée&#xa0;: le délai de la commande a expiré.</translation>
    </message>
</context>
<context>
    <name>valara::ConflictBanner</name>
    <message>
        <location filename="../ui/editing/ConflictBanner.cpp" line="+83"/>
        <source>Keep mine</source>
        <translation>Garder les miennes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the server&apos;s</source>
        <translation>Prendre celles du serveur</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your values over the server&apos;s new ones</source>
        <translation>Enregistrer vos valeurs à la place des nouvelles valeurs du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop your edits of these fields and keep the server&apos;s values</source>
        <translation>Abandonner vos modifications de ces champs et garder les valeurs du serveur</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Someone else changed these fields of this profile while you were editing it, so nothing was saved. Choose which values to keep.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ces champs du profil pendant que vous le modifiiez&#xa0;: rien n&apos;a été enregistré. Choisissez les valeurs à garder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(request %1)</source>
        <translation>(requête %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server now</source>
        <translation>Actuellement sur le serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server&apos;s value of %1</source>
        <translation>Valeur de %1 sur le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your value of %1</source>
        <translation>Votre valeur de %1</translation>
    </message>
</context>
<context>
    <name>valara::ConnectionTester</name>
    <message>
        <location filename="../models/caller/ConnectionTester.cpp" line="+60"/>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d&apos;API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the session token.</source>
        <translation>Collez le jeton de session.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This looks like a session token: choose a Me API account, or use an API key.</source>
        <translation>Ceci ressemble à un jeton de session&#xa0;: choisissez un compte Me API ou utilisez une clé d&apos;API.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The server at %1 answered, but not as the Me API does. Check the address.</source>
        <translation>Le serveur %1 a répondu, mais pas comme le fait la Me API. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (organisation %2)</source>
        <extracomment>A Me API account&apos;s name: user id and organisation, e.g. &quot;usr-42 (organisation org-1)&quot;</extracomment>
        <translation>%1 (organisation %2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The API key was not accepted. Check that it is complete and has not been revoked.</source>
        <translation>La clé d&apos;API n&apos;a pas été acceptée. Vérifiez qu&apos;elle est complète et qu&apos;elle n&apos;a pas été révoquée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session token was not accepted: it may have ended. Sign in to the dashboard again and copy a new one.</source>
        <translation>Le jeton de session n&apos;a pas été accepté&#xa0;: il a peut-être expiré. Reconnectez-vous au tableau de bord et copiez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Check the address (%2) and your network connection.</source>
        <translation>%1 Vérifiez l&apos;adresse (%2) et votre connexion réseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Valara service answered at %1. Check the address.</source>
        <translation>Aucun service Valara n&apos;a répondu à l&apos;adresse %1. Vérifiez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Me API answered at %1. Check the address.</source>
        <translation>Aucune Me API n&apos;a répondu à l&apos;adresse %1. Vérifiez-la.</translation>
    </message>
</context>
<context>
    <name>valara::CredentialStore</name>
    <message>
        <location filename="../models/accounts/CredentialStore.cpp" line="+9"/>
        <source>No key is stored for this account.</source>
        <translation>Aucune clé n&apos;est enregistrée pour ce compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account has no identifier, so its key cannot be stored.</source>
        <translation>Le compte n&apos;a pas d&apos;identifiant&#xa0;: sa clé ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key is empty.</source>
        <translation>La clé est vide.</translation>
    </message>
</context>
<context>
    <name>valara::DemoBackend</name>
    <message>
        <location filename="../app/demo/DemoBackend.cpp" line="+148"/>
        <source>The demo data is missing from this build.</source>
        <translation>Les données de démonstration sont absentes de cette version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo data has no administrator to sign in with.</source>
        <translation>Les données de démonstration ne contiennent aucun administrateur avec lequel se connecter.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this installation of Valara Desk is missing its demo module (%1).</source>
        <translation>il manque à cette installation de Valara Desk son module de démonstration (%1).</translation>
    </message>
</context>
<context>
    <name>valara::DraftOfferBanner</name>
    <message>
        <location filename="../ui/editing/DraftOfferBanner.cpp" line="+42"/>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>Aba&amp;ndonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n unsaved changes for %1, from %2, kept on this computer.</source>
        <translation>
            <numerusform>%n modification non enregistrée pour %1 (%2), conservée sur cet ordinateur.</numerusform>
            <numerusform>%n modifications non enregistrées pour %1 (%2), conservées sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n more people have unsaved changes.)</source>
        <translation>
            <numerusform>(%n autre personne a des modifications non enregistrées.)</numerusform>
            <numerusform>(%n autres personnes ont des modifications non enregistrées.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::EditorBinder</name>
    <message>
        <location filename="../ui/editing/EditorBinder.cpp" line="+126"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Saved (request %1).</source>
        <translation>Enregistré (requête %1).</translation>
    </message>
</context>
<context>
    <name>valara::ErrorBanner</name>
    <message>
        <location filename="../ui/editing/ErrorBanner.cpp" line="+24"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(request %1)</source>
        <translation>(requête %1)</translation>
    </message>
</context>
<context>
    <name>valara::FieldErrorLabel</name>
    <message>
        <location filename="../ui/editing/FieldErrorLabel.cpp" line="+52"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>valara::HistoryFilterBar</name>
    <message>
        <location filename="../ui/history/HistoryFilterBar.cpp" line="+59"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiel&amp;d:</source>
        <translation>Cha&amp;mp&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;Depuis le&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fields</source>
        <translation>Tous les champs</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;esult:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Clear filters</source>
        <translation>Effacer les filtre&amp;s</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>valara::HistoryPage</name>
    <message>
        <location filename="../ui/history/HistoryPage.cpp" line="+136"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The changes made from this computer, by Valara Desk and by valara-cli with --journal. Changes made elsewhere, on the web or on another computer, are not listed.</source>
        <translation>Les modifications faites depuis cet ordinateur, par Valara Desk et par valara-cli avec --journal. Les modifications faites ailleurs, sur le web ou sur un autre ordinateur, n&apos;apparaissent pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per changed field, newest first: when, account, for whom, field, old and new value, result, request ID</source>
        <translation>Une ligne par champ modifié, les plus récentes en premier&#xa0;: date, compte, personne concernée, champ, ancienne et nouvelle valeur, résultat, identifiant de requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revert…</source>
        <translation>Ré&amp;tablir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the old values of this change as a new change.</source>
        <translation>Envoie les anciennes valeurs de cette modification comme une nouvelle modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the listed changes as a CSV file for a spreadsheet program.</source>
        <translation>Enregistre les modifications affichées dans un fichier CSV, pour un tableur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no history: the change journal is turned off or could not be opened.</source>
        <translation>Aucun historique&#xa0;: le journal des modifications est désactivé ou n&apos;a pas pu être ouvert.</translation>
    </message>
    <message numerus="yes">
        <location line="-62"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the newest %L2 saves only: narrow the filters to see older ones.</source>
        <translation>%1, parmi les %L2 derniers enregistrements seulement&#xa0;: affinez les filtres pour voir les plus anciens.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Export the history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valara-history-%1.csv</source>
        <translation>valara-historique-%1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The history was not exported to %1: %2</source>
        <translation>L&apos;historique n&apos;a pas été exporté vers %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n changes to %1.</source>
        <translation>
            <numerusform>%n modification exportée vers %1.</numerusform>
            <numerusform>%n modifications exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::HostChoice</name>
    <message>
        <location filename="../ui/accounts/HostChoice.cpp" line="+56"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (legacy address of %2)</source>
        <translation>%1 (ancienne adresse de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom address (staging or self-hosted)…</source>
        <translation>Adresse personnalisée (préproduction ou auto-hébergement)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Me API a&amp;ddress:</source>
        <translation>A&amp;dresse de la Me API&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Me API has its own address, separate from valara.cloud.</source>
        <translation>La Me API a sa propre adresse, distincte de valara.cloud.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the Me API&apos;s address, such as https://api.example.com.</source>
        <translation>Saisissez l&apos;adresse de la Me API, par exemple https://api.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server&apos;s address, such as https://staging.example.com.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://staging.example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a web address: enter one such as https://staging.example.com.</source>
        <translation>Ce n&apos;est pas une adresse web&#xa0;: saisissez-en une comme https://staging.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the user name and password out of the address: the API key or session token signs you in.</source>
        <translation>N&apos;incluez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse&#xa0;: la clé d&apos;API ou le jeton de session suffit pour vous connecter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the part after &quot;?&quot; or &quot;#&quot;: enter only the server&apos;s address.</source>
        <translation>Retirez la partie après «&#xa0;?&#xa0;» ou «&#xa0;#&#xa0;»&#xa0;: saisissez uniquement l&apos;adresse du serveur.</translation>
    </message>
</context>
<context>
    <name>valara::InlineBanner</name>
    <message>
        <location filename="../ui/editing/InlineBanner.cpp" line="+53"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>valara::JournalHistoryModel</name>
    <message>
        <location filename="../models/journal/JournalHistoryModel.cpp" line="+121"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicted</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>Identifiant de requête</translation>
    </message>
</context>
<context>
    <name>valara::JournalSession</name>
    <message>
        <location filename="../app/journal/JournalSession.cpp" line="+164"/>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Changes made here are not kept in the change journal: %1</source>
        <translation>Les modifications faites ici ne sont pas conservées dans le journal des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The unsaved changes are kept: open the person first, or finish what is unsaved on this page.</source>
        <translation>Les modifications non enregistrées sont conservées&#xa0;: ouvrez d&apos;abord la personne concernée, ou terminez ce qui n&apos;est pas enregistré sur cette page.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unsaved changes could not be restored now: try again.</source>
        <translation>Les modifications non enregistrées n&apos;ont pas pu être restaurées pour l&apos;instant&#xa0;: réessayez.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <location line="+5"/>
        <source>%n changes waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::KeychainCredentialStore</name>
    <message>
        <location filename="../models/accounts/KeychainCredentialStore.cpp" line="+68"/>
        <source>The key could not be saved in the keychain: %1</source>
        <translation>La clé n&apos;a pas pu être enregistrée dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The key could not be read from the keychain: %1</source>
        <translation>La clé n&apos;a pas pu être lue dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>La clé n&apos;a pas pu être supprimée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>access to the keychain was refused</source>
        <translation>l&apos;accès au trousseau a été refusé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Secret Service on this system</source>
        <translation>pas de Secret Service sur ce système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system keychain did not answer</source>
        <translation>le trousseau du système n&apos;a pas répondu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available (%1): the key is kept in memory until you quit.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1)&#xa0;: la clé est conservée en mémoire jusqu&apos;à ce que vous quittiez l&apos;application.</translation>
    </message>
</context>
<context>
    <name>valara::LanguageController</name>
    <message>
        <location filename="../app/i18n/LanguageController.cpp" line="+44"/>
        <source>Pseudo-locale (VALARA_PSEUDO_LOCALE): every text longer, between markers.</source>
        <translation>Pseudo-langue (VALARA_PSEUDO_LOCALE)&#xa0;: chaque texte est plus long et entre marqueurs.</translation>
    </message>
</context>
<context>
    <name>valara::LanguageMenu</name>
    <message>
        <location filename="../ui/shell/LanguageMenu.cpp" line="+82"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow my language preference</source>
        <translation>Suivre ma &amp;préférence de langue</translation>
    </message>
</context>
<context>
    <name>valara::MainMenus</name>
    <message>
        <location filename="../ui/shell/MainMenus.cpp" line="+69"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;profile</source>
        <translation>&amp;Mon profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My pre&amp;ferences</source>
        <translation>Mes pré&amp;férences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow my preferences</source>
        <translation>Suivre mes &amp;préférences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Valara Desk</source>
        <translation>À &amp;propos de Valara Desk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Valara Desk</source>
        <translation>À propos de Valara Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Valara Desk %1&lt;/h3&gt;&lt;p&gt;Edit Valara user profiles and localization preferences from the desktop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Valara Desk %1&lt;/h3&gt;&lt;p&gt;Modifiez les profils et les préférences régionales des utilisateurs Valara depuis votre ordinateur.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>valara::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+85"/>
        <source>Valara Desk — Demo</source>
        <translation>Valara Desk — Démo</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last request ID</source>
        <translation>Dernier identifiant de requête</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+2"/>
        <location line="+6"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>More of the Account toolbar</source>
        <translation>Suite de la barre Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo: local data</source>
        <translation>Démo&#xa0;: données locales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valara Desk is running on a built-in sample account. Changes stay on this computer and are lost when you quit. Switch between the demo&apos;s people with the Account list.</source>
        <translation>Valara Desk fonctionne avec un compte d&apos;exemple intégré. Les modifications restent sur cet ordinateur et sont perdues lorsque vous quittez l&apos;application. Passez d&apos;une personne de la démo à l&apos;autre avec la liste Compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to a Valara account. Add one with the Account list, start Valara Desk with --demo to try it on local sample data, or with --base-url https://valara.cloud and your API key in the VALARA_API_KEY environment variable.</source>
        <translation>Aucun compte Valara connecté. Ajoutez-en un avec la liste Compte, lancez Valara Desk avec --demo pour l&apos;essayer sur des données d&apos;exemple locales, ou avec --base-url https://valara.cloud et votre clé d&apos;API dans la variable d&apos;environnement VALARA_API_KEY.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectionStatus.cpp" line="-28"/>
        <location line="+9"/>
        <source>Request ID: %1</source>
        <translation>Identifiant de requête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Offline: %1 is not answering</source>
        <translation>Hors ligne&#xa0;: %1 ne répond pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out: %1 did not accept the key</source>
        <translation>Déconnecté&#xa0;: %1 n&apos;a pas accepté la clé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>Connecté à %1 en tant que %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
</context>
<context>
    <name>valara::MeApiModel</name>
    <message>
        <location filename="../models/meapi/MeApiModel.cpp" line="+22"/>
        <source>Timezone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
<context>
    <name>valara::MeApiPage</name>
    <message>
        <location filename="../ui/meapi/MeApiPage.cpp" line="+115"/>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The timezone was not saved; your change is still here.</source>
        <translation>Le fuseau horaire n&apos;a pas été enregistré&#xa0;; votre modification est conservée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account could not be loaded.</source>
        <translation>Votre compte n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>Identifiant utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ends</source>
        <translation>Fin de la session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the account again from the service (F5).</source>
        <translation>Relit le compte depuis le service (F5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timezone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timezone:</source>
        <translation>F&amp;useau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear (follow the system timezone)</source>
        <translation>&amp;Effacer (suivre le fuseau horaire du système)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Saved: not known yet</source>
        <translation>Enregistré&#xa0;: pas encore connu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: not set (follows the system timezone)</source>
        <translation>Enregistré&#xa0;: non défini (suit le fuseau horaire du système)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When you sign out (renewed every minute while you work)</source>
        <translation>Quand vous vous déconnectez (renouvelée chaque minute pendant que vous travaillez)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known (no session token)</source>
        <translation>Inconnu (aucun jeton de session)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated by the session token</source>
        <translation>Non indiqué par le jeton de session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (ended)</source>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session has ended. Your change is kept: sign in again to send it.</source>
        <translation>Votre session a expiré. Votre modification est conservée&#xa0;: reconnectez-vous pour l&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session has ended: sign in again to keep working.</source>
        <translation>Votre session a expiré&#xa0;: reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(request %1)</source>
        <translation>(requête %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This session token lasts %n second(s) and cannot be renewed: sign in to keep working after it ends.</source>
        <extracomment>%n: the pasted session token&apos;s lifetime in seconds.</extracomment>
        <translation>
            <numerusform>Ce jeton de session dure %n seconde et ne peut pas être renouvelé&#xa0;: connectez-vous pour continuer après sa fin.</numerusform>
            <numerusform>Ce jeton de session dure %n secondes et ne peut pas être renouvelé&#xa0;: connectez-vous pour continuer après sa fin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It ends %1.</source>
        <translation>Il prend fin %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session ends %1. Save your changes, or sign in again to keep working.</source>
        <translation>Votre session expire %1. Enregistrez vos modifications ou reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Signed in as %1: the change made for %2 was not sent.</source>
        <translation>Connecté en tant que %1&#xa0;: la modification faite pour %2 n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your timezone change is not saved.</source>
        <translation>La modification de votre fuseau horaire n&apos;est pas enregistrée.</translation>
    </message>
</context>
<context>
    <name>valara::MeApiWindow</name>
    <message>
        <location filename="../ui/meapi/MeApiWindow.cpp" line="+93"/>
        <source>Valara Desk — Me API — Demo</source>
        <translation>Valara Desk — Me API — Démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valara Desk — Me API — %1</source>
        <translation>Valara Desk — Me API — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo: local data</source>
        <translation>Démo&#xa0;: données locales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last request ID</source>
        <translation>Dernier identifiant de requête</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>Request ID: %1</source>
        <translation>Identifiant de requête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences</source>
        <translation>&amp;Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
</context>
<context>
    <name>valara::MeSignIn</name>
    <message>
        <location filename="../models/meapi/signin/MeSignIn.cpp" line="+152"/>
        <source>Enter the e-mail address you sign in with.</source>
        <translation>Saisissez l’adresse e-mail avec laquelle vous vous connectez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the e-mail address to send the code to.</source>
        <translation>Saisissez l’adresse e-mail où envoyer le code.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This account cannot sign in with an e-mail code.</source>
        <translation>Ce compte ne peut pas se connecter avec un code par e-mail.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Enter the %n-digit code.</source>
        <translation>
            <numerusform>Saisissez le code à %n chiffre.</numerusform>
            <numerusform>Saisissez le code à %n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The sign-in service asked for a step Valara Desk does not know (%1).</source>
        <translation>Le service de connexion demande une étape que Valara Desk ne connaît pas (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sign-in service did not start a session. Try again.</source>
        <translation>Le service de connexion n’a pas ouvert de session. Réessayez.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose one of your organizations.</source>
        <translation>Choisissez l’une de vos organisations.</translation>
    </message>
</context>
<context>
    <name>valara::MeSignInDialog</name>
    <message>
        <location filename="../ui/meapi/MeSignInDialog.cpp" line="+197"/>
        <source>Enter the service&apos;s publishable key.</source>
        <translation>Saisissez la clé publiable du service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A publishable key starts with pk_live_ or pk_test_.</source>
        <translation>Une clé publiable commence par pk_live_ ou pk_test_.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a whole publishable key: copy it again from the service.</source>
        <translation>Ce n’est pas une clé publiable complète&#xa0;: copiez-la de nouveau depuis le service.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Sign in to the Me API</source>
        <translation>Se connecter à la Me API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the publishable key of the service&apos;s sign-in (it starts with pk_live_ or pk_test_). It is asked for once for this service.</source>
        <translation>Saisissez la clé publiable de la connexion du service (elle commence par pk_live_ ou pk_test_). Elle n’est demandée qu’une fois pour ce service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishable &amp;key:</source>
        <translation>&amp;Clé publiable&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail me a code instead</source>
        <translation>Recevoir un code par e-m&amp;ail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sign-in code was sent to %1. It is valid for 10 minutes.</source>
        <extracomment>%1: the e-mail address, as the service shows it.</extracomment>
        <translation>Un code de connexion a été envoyé à %1. Il est valable 10 minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Send a &amp;new code</source>
        <translation>Envoyer un &amp;nouveau code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>Your account has a second factor: enter the %n-digit code your authenticator app shows.</source>
        <translation>
            <numerusform>Votre compte a un second facteur&#xa0;: saisissez le code à %n chiffre de votre application d’authentification.</numerusform>
            <numerusform>Votre compte a un second facteur&#xa0;: saisissez le code à %n chiffres de votre application d’authentification.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;Code de l’application d’authentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You belong to several organizations. Choose the one to work in:</source>
        <translation>Vous appartenez à plusieurs organisations. Choisissez celle où travailler&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
</context>
<context>
    <name>valara::NavigationList</name>
    <message>
        <location filename="../ui/shell/NavigationList.cpp" line="+104"/>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n emplacement</numerusform>
            <numerusform>%n emplacements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My preferences</source>
        <translation>Mes préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only brokers and photographers, who manage a team, and administrators see other people.</source>
        <translation>Seuls les courtiers et les photographes, qui gèrent une équipe, ainsi que les administrateurs voient les autres personnes.</translation>
    </message>
</context>
<context>
    <name>valara::PendingChanges</name>
    <message>
        <location filename="../models/records/PendingChanges.cpp" line="+219"/>
        <source>Only an applied change can be reverted.</source>
        <translation>Seules les valeurs précédentes d&apos;une modification appliquée peuvent être rétablies.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change cannot be reverted from this window.</source>
        <translation>Les valeurs précédentes de cette modification ne peuvent pas être rétablies depuis cette fenêtre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user&apos;s record is busy: try again in a moment.</source>
        <translation>La fiche de l&apos;utilisateur est occupée&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (the server now holds %2; the change was made over %3)</source>
        <translation>%1 (le serveur contient maintenant %2&#xa0;; la modification avait été faite sur %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reverted (%1): the earlier values are back on the server (request %2).</source>
        <translation>Rétabli (%1)&#xa0;: les valeurs précédentes sont de nouveau sur le serveur (requête %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change kept on this computer was sent: %1 (request %2).</source>
        <translation>Une modification conservée sur cet ordinateur a été envoyée&#xa0;: %1 (requête %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to revert (%1): the server already holds the earlier values.</source>
        <translation>Rien à rétablir (%1)&#xa0;: le serveur contient déjà les valeurs précédentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change that was on its way had reached the server: %1.</source>
        <translation>Une modification en cours d&apos;envoi était déjà parvenue au serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your unsaved changes are back in the form: check them and save.</source>
        <translation>Vos modifications non enregistrées sont de retour dans le formulaire&#xa0;: vérifiez-les et enregistrez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unsaved changes are back in the form, but changed on the server since: %1. The form shows your values: Save keeps them, Revert takes the server&apos;s.</source>
        <translation>Vos modifications non enregistrées sont de retour dans le formulaire, mais le serveur a changé depuis&#xa0;: %1. Le formulaire affiche vos valeurs&#xa0;: Enregistrer les conserve, Rétablir reprend celles du serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not reverted: changed on the server since this change: %1. Nothing was sent.</source>
        <translation>Non rétabli&#xa0;: le serveur a changé depuis cette modification&#xa0;: %1. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change kept on this computer was not sent: changed on the server meanwhile: %1. It is offered as unsaved changes to check.</source>
        <translation>Une modification conservée sur cet ordinateur n&apos;a pas été envoyée, car le serveur a changé entre-temps&#xa0;: %1. Elle vous est proposée comme modifications non enregistrées à vérifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service cannot be reached: the change is kept on this computer and will be sent when it can.</source>
        <translation>Le service est injoignable&#xa0;: la modification est conservée sur cet ordinateur et sera envoyée dès que possible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your unsaved changes could not be restored now: %1 They are kept.</source>
        <translation>Vos modifications non enregistrées n&apos;ont pas pu être restaurées pour l&apos;instant&#xa0;: %1 Elles sont conservées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reverted: %1</source>
        <translation>Non rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change kept on this computer was refused: %1</source>
        <translation>Une modification conservée sur cet ordinateur a été refusée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>valara::PeopleFilterBar</name>
    <message>
        <location filename="../ui/people/PeopleFilterBar.cpp" line="+73"/>
        <source>&amp;Search people:</source>
        <translation>Rec&amp;hercher des personnes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, e-mail or id</source>
        <translation>Nom, e-mail ou identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All my teams</source>
        <translation>Toutes mes équipes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team id</source>
        <translation>Identifiant d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>valara::PeopleSelectionBar</name>
    <message>
        <location filename="../ui/people/PeopleSelectionBar.cpp" line="+100"/>
        <source>Select all &amp;loaded</source>
        <translation>Sélectionner les personnes char&amp;gées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select t&amp;eam…</source>
        <translation>Sélectionner une éq&amp;uipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear selection</source>
        <translation>Tout &amp;désélectionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the matches</source>
        <translation>Lecture des résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n selected (reading the rest…)</source>
        <translation>
            <numerusform>%n personne sélectionnée (lecture des autres…)</numerusform>
            <numerusform>%n personnes sélectionnées (lecture des autres…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n personne sélectionnée</numerusform>
            <numerusform>%n personnes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select all &amp;matches</source>
        <translation>Sélectionner tous les résulta&amp;ts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change prof&amp;iles of the people checked…</source>
        <translation>Modifier les pr&amp;ofils des personnes cochées…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change prof&amp;iles for %n people…</source>
        <translation>
            <numerusform>Modifier le pr&amp;ofil de %n personne…</numerusform>
            <numerusform>Modifier les pr&amp;ofils de %n personnes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>Select all %n &amp;matches</source>
        <translation>
            <numerusform>Sélectionner %n résulta&amp;t</numerusform>
            <numerusform>Sélectionner les %n résulta&amp;ts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change &amp;preferences of the people checked…</source>
        <translation>Modifier les &amp;préférences des personnes cochées…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change &amp;preferences for %n people…</source>
        <translation>
            <numerusform>Modifier les &amp;préférences de %n personne…</numerusform>
            <numerusform>Modifier les &amp;préférences de %n personnes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not read every match: %1</source>
        <translation>Impossible de lire tous les résultats&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>valara::PeopleView</name>
    <message>
        <location filename="../ui/people/PeopleView.cpp" line="+38"/>
        <source>Could not load the users: %1</source>
        <translation>Impossible de charger les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading failed</source>
        <translation>Échec du chargement</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This server does not sort or filter; sorting and filtering what is loaded.</source>
        <translation>Ce serveur ne trie ni ne filtre&#xa0;: le tri et le filtrage portent sur ce qui est chargé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The users of this account: name, e-mail, role, team. Space checks or unchecks the current user.</source>
        <translation>Les utilisateurs de ce compte&#xa0;: nom, e-mail, rôle, équipe. La barre d&apos;espace coche ou décoche l&apos;utilisateur courant.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 of %n people loaded</source>
        <translation>
            <numerusform>%1 sur %n personne chargée</numerusform>
            <numerusform>%1 sur %n personnes chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loaded users that match (filtered here): %1</source>
        <translation>Utilisateurs chargés correspondants (filtrés ici)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 users</source>
        <translation>%1 utilisateurs affichés sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n users</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key was not accepted: sign in again from the account menu.</source>
        <translation>La clé n&apos;a pas été acceptée&#xa0;: reconnectez-vous depuis la liste Compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID: %1</source>
        <translation>Identifiant de requête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>valara::PreferencesPage</name>
    <message>
        <location filename="../ui/preferences/PreferencesPage.cpp" line="+56"/>
        <source>The preferences were not saved; your changes are still here.</source>
        <translation>Les préférences n&apos;ont pas été enregistrées&#xa0;; vos modifications sont conservées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preferences could not be loaded.</source>
        <translation>Les préférences n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The preferences of %1 have changes that are not saved.</source>
        <translation>Les préférences de %1 comportent des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>valara::ProfileEditor</name>
    <message>
        <location filename="../models/profile/ProfileEditor.cpp" line="+70"/>
        <source>%1 changed on the server after this profile was opened. Your edits are kept: check them and save again.</source>
        <translation>Modifié sur le serveur après l&apos;ouverture de ce profil&#xa0;: %1. Vos modifications sont conservées&#xa0;: vérifiez-les et enregistrez à nouveau.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>GET %1, then PUT %1: the whole profile as just read, with these changes:
%2</source>
        <translation>GET %1, puis PUT %1&#xa0;: le profil complet tel qu&apos;il vient d&apos;être lu, avec ces modifications&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>valara::ProfileForm</name>
    <message>
        <location filename="../ui/profile/ProfileForm.cpp" line="+88"/>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only administrators can change these fields.</source>
        <translation>Seuls les administrateurs peuvent modifier ces champs.</translation>
    </message>
</context>
<context>
    <name>valara::ProfileModel</name>
    <message>
        <location filename="../models/profile/ProfileModel.cpp" line="+57"/>
        <source>Only the person themselves or an administrator can change this profile.</source>
        <translation>Seul un administrateur ou la personne elle-même peut modifier ce profil.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only administrators can change this field.</source>
        <translation>Seuls les administrateurs peuvent modifier ce champ.</translation>
    </message>
</context>
<context>
    <name>valara::ProfilePage</name>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="+108"/>
        <source>Profile fields</source>
        <translation>Champs du profil</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The profile of %1 has changes that are not saved.</source>
        <translation>Le profil de %1 comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You cannot open this profile: only the person themselves, their team&apos;s manager or an administrator can.</source>
        <translation>Vous ne pouvez pas ouvrir ce profil&#xa0;: seuls la personne elle-même, le responsable de son équipe ou un administrateur le peuvent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user does not exist (any more).</source>
        <translation>Cet utilisateur n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile could not be loaded.</source>
        <translation>Le profil n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile was not saved; your changes are still here.</source>
        <translation>Le profil n&apos;a pas été enregistré&#xa0;; vos modifications sont conservées.</translation>
    </message>
</context>
<context>
    <name>valara::RecordEditor</name>
    <message>
        <location filename="../models/records/RecordEditor.cpp" line="+93"/>
        <source>The change is kept on this computer and will be sent when the service can be reached.</source>
        <translation>La modification est conservée sur cet ordinateur et sera envoyée dès que le service sera joignable.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not sent yet: earlier changes of this record are waiting to be sent. This one is kept on this computer and goes out after them.</source>
        <translation>Pas encore envoyée&#xa0;: des modifications antérieures de cette fiche attendent d&apos;être envoyées. Celle-ci est conservée sur cet ordinateur et partira après elles.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Waiting to be sent: %1</source>
        <translation>En attente d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing: no changes.</source>
        <translation>Rien&#xa0;: aucune modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing until the marked fields are fixed.</source>
        <translation>Rien tant que les champs signalés ne sont pas corrigés.</translation>
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
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Will be sent:</source>
        <translation>Ce qui sera en&amp;voyé&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes are being saved: waiting for the service&apos;s answer…</source>
        <translation>Enregistrement des modifications&#xa0;: en attente de la réponse du service…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel to stay on this page.</source>
        <translation>Annulez pour rester sur cette page.</translation>
    </message>
</context>
<context>
    <name>valara::SearchField</name>
    <message>
        <location filename="../ui/widgets/SearchField.cpp" line="+33"/>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>valara::SessionTokenSource</name>
    <message>
        <location filename="../api/identity/SessionTokenSource.cpp" line="+32"/>
        <source>The session changed before a session token was ready.</source>
        <translation>La session a changé avant qu’un jeton de session soit prêt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not signed in to the Me API.</source>
        <translation>Non connecté à la Me API.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The identity service&apos;s session token could not be read.</source>
        <translation>Le jeton de session du service d’identité n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>valara::SessionWatch</name>
    <message>
        <location filename="../ui/meapi/SessionWatch.cpp" line="+69"/>
        <source>in less than a minute</source>
        <translation>dans moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n minutes</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valara::SignInDialog</name>
    <message>
        <location filename="../ui/accounts/SignInDialog.cpp" line="+127"/>
        <source>&amp;Valara account (API key)</source>
        <translation>Compte &amp;Valara (clé d&apos;API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Me API account (session token)</source>
        <translation>Compte &amp;Me API (jeton de session)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Sign in — Valara Desk</source>
        <translation>Connexion — Valara Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with an API key from your Valara dashboard, or with a Me API session token. Nothing is saved until the connection works.</source>
        <translation>Connectez-vous avec une clé d&apos;API de votre tableau de bord Valara, ou avec un jeton de session Me API. Rien n&apos;est enregistré tant que la connexion ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account type:</source>
        <translation>Type de compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Session t&amp;oken:</source>
        <translation>&amp;Jeton de session&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in as %1 on %2</source>
        <translation>Connecté en tant que %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>Connecté en tant que %1 (%2) sur %3</translation>
    </message>
</context>
<context>
    <name>valara::TimeZoneListModel</name>
    <message>
        <location filename="../models/timezones/TimeZoneListModel.cpp" line="+196"/>
        <source>Local time: %1</source>
        <translation>Heure locale&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abbreviations: %1</source>
        <translation>Abréviations&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>valara::TimeZonePicker</name>
    <message numerus="yes">
        <location filename="../ui/widgets/TimeZonePicker.cpp" line="+83"/>
        <source>%n timezones</source>
        <translation>
            <numerusform>%n fuseau horaire</numerusform>
            <numerusform>%n fuseaux horaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Search timezones</source>
        <translation>Rechercher un fuseau horaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City, country, UTC offset or abbreviation</source>
        <translation>Ville, pays, décalage UTC ou abréviation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timezones</source>
        <translation>Fuseaux horaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this computer&apos;s timezone</source>
        <translation>Utiliser le fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No timezone matches “%1”. Try a city, a country, an offset such as +5:30, or an abbreviation such as PST.</source>
        <translation>Aucun fuseau horaire ne correspond à «&#xa0;%1&#xa0;». Essayez une ville, un pays, un décalage comme +5:30 ou une abréviation comme PST.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This computer&apos;s timezone (%1) is not in the timezone database.</source>
        <translation>Le fuseau horaire de cet ordinateur (%1) ne figure pas dans la base des fuseaux horaires.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading timezones…</source>
        <translation>Chargement des fuseaux horaires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No timezone selected.</source>
        <translation>Aucun fuseau horaire sélectionné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known timezone. Choose one from the list.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected: %1, %2. Local time: %3.</source>
        <translation>Sélectionné&#xa0;: %1, %2. Heure locale&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>valara::UserListModel</name>
    <message>
        <location filename="../models/people/UserListModel.cpp" line="+226"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No team</source>
        <translation>Aucune équipe</translation>
    </message>
</context>
<context>
    <name>valara::UserPagesArea</name>
    <message>
        <location filename="../ui/shell/UserPagesArea.cpp" line="+82"/>
        <source>Choose a person in the list to see their preferences, profile and history.</source>
        <translation>Choisissez une personne dans la liste pour voir ses préférences, son profil et son historique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preferences and profile of the person you choose appear here once you are signed in.</source>
        <translation>Les préférences et le profil de la personne choisie s’affichent ici une fois que vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected user</source>
        <translation>Utilisateur sélectionné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
</TS>
