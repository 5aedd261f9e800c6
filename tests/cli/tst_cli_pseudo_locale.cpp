// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// valara-cli in the pseudo-locale (VALARA_PSEUDO_LOCALE=1), the real binary against an in-process
// sandbox on loopback: every line of the help and every message comes back between markers
// (⟦…·····⟧), so a string that skips the translation shows at once, while the JSON is the same
// byte for byte; and in English the plural forms read as English.
#include "CliProcess.h"
#include "SandboxHarness.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace CliProcess;

namespace {

const QByteArray AgentG1 = "key-agent-g1";
const QByteArray BrokerB1 = "key-broker-b1";
const QChar Open(0x27E6);
const QChar Close(0x27E7);

Environment pseudo(Environment environment = {})
{
    environment.append({QStringLiteral("VALARA_PSEUDO_LOCALE"), QStringLiteral("1")});
    return environment;
}

// The lines of `text` that hold words outside every ⟦…⟧ (which may span lines), except those the
// help leaves untranslated on purpose: a command or option alone on its line (its description
// follows on the next, indented), lines of names only (FIELD=VALUE:), and the example commands.
QStringList untranslatedLines(const QString &text)
{
    static const QRegularExpression lowercase(QStringLiteral("[a-z]"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList found;
    int depth = 0;
    bool examples = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const bool inside = depth > 0;
        examples = examples || line.contains(QLatin1String("Examples:"));
        depth += line.count(Open) - line.count(Close);
        if (line.trimmed().isEmpty() || inside || line.contains(Open))
            continue;
        if (examples && line.startsWith(QLatin1String("  ")) && line.contains("valara-cli "))
            continue;
        const QString next = i + 1 < lines.size() ? lines.at(i + 1) : QString();
        const bool nameAlone = line.startsWith(QLatin1String("  ")) &&
                               next.startsWith(QLatin1String("      ")) && next.contains(Open);
        if (nameAlone || !line.contains(lowercase))
            continue;
        found.append(line);
    }
    return found;
}

} // namespace

class TestCliPseudoLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }

    void helpIsTranslatedLineByLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList{"--help"};
        QTest::newRow("-h") << QStringList{"-h"};
        for (const QStringList &command :
             {QStringList{"whoami"}, QStringList{"users"}, QStringList{"prefs", "get"},
              QStringList{"prefs", "set"}, QStringList{"profile", "get"},
              QStringList{"profile", "set"}, QStringList{"me", "get"},
              QStringList{"me", "set-timezone"}, QStringList{"me", "clear-timezone"},
              QStringList{"history"}})
            QTest::newRow(qPrintable(command.join(' '))) << command + QStringList{"--help"};
    }

    void helpIsTranslatedLineByLine()
    {
        QFETCH(QStringList, arguments);
        const Run run = runCli(arguments, pseudo());
        VERIFY_RUN(run, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.count(Open) > 80, qPrintable(text));
        QCOMPARE(text.count(Open), text.count(Close));
        const QStringList raw = untranslatedLines(text);
        QVERIFY2(raw.isEmpty(), qPrintable(raw.join('\n')));
        // The names stay as typed: the options, the commands, the fields, the variables.
        for (const char *name : {"  --base-url URL ", "  prefs set [USER] FIELD=VALUE...",
                                 "  cell_phone | cellPhone ", "  VALARA_API_KEY ", "FIELD=VALUE:"})
            QVERIFY2(text.contains(QLatin1String(name)), name);
    }

    void failuresAreTranslated_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("bad option") << QStringList{"prefs", "get", "--frob"} << 2;
        QTest::newRow("bad option value") << QStringList{"--timeout", "soon", "whoami"} << 2;
        QTest::newRow("bad field value") << QStringList{"prefs", "set", "g1", "theme=purple"} << 2;
        QTest::newRow("unknown field")
            << QStringList{"profile", "set", "g1", "shoeSize=9", "title="} << 2;
        QTest::newRow("server 403") << QStringList{"prefs", "set", "g2", "theme=dark"} << 3;
        QTest::newRow("server 404") << QStringList{"profile", "get", "nobody"} << 4;
    }

    void failuresAreTranslated()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        const Run run = runCli(arguments, pseudo(withKey(h, AgentG1)));
        VERIFY_RUN(run, exitCode);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        QVERIFY(!run.errLines().isEmpty());
        // Each line wrapped whole, after the program's name.
        for (const QByteArray &bytes : run.errLines()) {
            QString line = QString::fromUtf8(bytes);
            if (line.startsWith(QLatin1String("valara-cli: ")))
                line.remove(0, 12);
            QVERIFY2(line.startsWith(Open) && line.endsWith(Close), qPrintable(run.describe()));
        }
    }

    void jsonIsNeverTranslated()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        for (const QStringList &arguments :
             {QStringList{"whoami"}, QStringList{"users"}, QStringList{"prefs", "get", "g2"},
              QStringList{"profile", "get", "g1"}}) {
            const Run english = runCli(arguments, withKey(h, BrokerB1));
            VERIFY_RUN(english, 0);
            const Run translated = runCli(arguments, pseudo(withKey(h, BrokerB1)));
            VERIFY_RUN(translated, 0);
            QVERIFY(!english.out.isEmpty());
            QCOMPARE(translated.out, english.out);
            QVERIFY2(translated.err.isEmpty(), qPrintable(translated.describe()));
        }
    }

    void bulkJsonLinesAreNeverTranslated()
    {
        // Two sandboxes in the same state: the same lines but for the request ids.
        const auto lines = [](const Environment &extra) {
            SandboxHarness h;
            const Run run = runCli({"prefs", "set", "--users", "g1,g2", "theme=dark"},
                                   withKey(h, BrokerB1) + extra);
            static const QRegularExpression requestId(QStringLiteral("\"request_id\":\"[^\"]*\""));
            return QString::fromUtf8(run.out).replace(requestId, QStringLiteral("\"request_id\""));
        };
        const QString english = lines({});
        QVERIFY2(english.startsWith(R"({"user_id":"g1","result":"applied","status":200,)"),
                 qPrintable(english));
        QCOMPARE(lines(pseudo()), english);
    }

    void englishPluralForms()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        // p1 and g3 are in team t2, which b1 does not manage (R1): refused without a request.
        const Environment english =
            withKey(h, BrokerB1) + Environment{{QStringLiteral("LANG"), QStringLiteral("C")}};
        Run run = runCli({"prefs", "set", "--dry-run", "--users", "g1,p1", "theme=dark"}, english);
        VERIFY_RUN(run, 7);
        QCOMPARE(run.errLines(), QList<QByteArray>{"valara-cli: 1 person could not be changed: "
                                                   "their line says why"});
        run = runCli({"prefs", "set", "--users", "g1,p1,g3", "theme=dark"}, english);
        VERIFY_RUN(run, 7);
        QCOMPARE(run.errLines(), QList<QByteArray>{"valara-cli: 2 people could not be changed: "
                                                   "their lines say why"});
        run = runCli({"--help"}, english);
        VERIFY_RUN(run, 0);
        QVERIFY2(run.out.contains("  first_name | firstName              text, up to 100 "
                                  "characters\n"),
                 run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPseudoLocale)
#include "tst_cli_pseudo_locale.moc"
