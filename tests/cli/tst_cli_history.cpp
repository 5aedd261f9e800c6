// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// valara-cli history: the real binary reads a change journal written here by ChangeJournal (as the
// desktop app and valara-cli --journal write it), newest first, filtered, as a table or JSON,
// without any network; and says clearly when there is no journal to read.
#include "CliProcess.h"

#include "models/journal/ChangeJournal.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace valara;

using namespace CliProcess;

namespace {

const QString Account = QStringLiteral("valara:http://127.0.0.1:9:g1");

JournalEntry change(const QString &userId, const QString &path,
                    const QList<JournalEntry::Field> &fields, const QByteArray &key)
{
    JournalEntry entry;
    entry.userId = userId;
    entry.service = JournalEntry::ServiceValara;
    entry.method = "PATCH";
    entry.path = path;
    entry.fields = fields;
    entry.idempotencyKey = key;
    entry.state = JournalEntry::State::Sending;
    return entry;
}

QList<qint64> idsOf(const Run &run)
{
    QList<qint64> ids;
    const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
    for (const QJsonValue &entry : entries)
        ids.append(entry["id"].toInteger());
    return ids;
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void tableListsNewestFirstInLocalTime();
    void filters_data();
    void filters();
    void jsonCarriesEveryPartOfAnEntry();
    void problems_data();
    void problems();

private:
    Run history(const QStringList &arguments, const QString &timeZone = QStringLiteral("UTC"));

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

// Three changes a day apart: g1's preferences applied, g2's title refused, g1's bio in flight.
void TestCliHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("history.journal"));
    ChangeJournal journal(Account, m_path);
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    journal.setClock([&now] { return now; });
    QVERIFY(journal.open());

    const auto first = journal.record(change("g1", "/api/v1/users/g1/preferences",
                                             {{"timezone", "America/Chicago", "Europe/Paris"},
                                              {"theme", QJsonValue(QJsonValue::Undefined), "dark"}},
                                             "key-1"));
    QVERIFY(first && journal.updateState(*first, JournalEntry::State::Applied, 200, "req-1"));
    now = now.addDays(1).addSecs(3600);
    const auto second = journal.record(
        change("g2", "/api/v1/users/g2", {{"title", "Agent", QJsonValue::Null}}, "key-2"));
    QVERIFY(second && journal.updateState(*second, JournalEntry::State::Failed, 422, "req-2",
                                          "Validation failed [title: too long]"));
    now = now.addDays(1).addSecs(3600);
    QVERIFY(journal.record(
        change("g1", "/api/v1/users/g1", {{"bio", QJsonValue::Null, "Hi"}}, "key-3")));
    QCOMPARE(journal.list().size(), 3);
}

Run TestCliHistory::history(const QStringList &arguments, const QString &timeZone)
{
    // No server at all: history never needs one.
    return runCli(QStringList{"history", "--journal", m_path} + arguments,
                  {{QStringLiteral("TZ"), timeZone}});
}

void TestCliHistory::tableListsNewestFirstInLocalTime()
{
    const Run run = history({}, QStringLiteral("Asia/Tokyo"));
    VERIFY_RUN(run, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // the header, then one line per changed field
    QVERIFY2(lines.at(0).startsWith(u"WHEN") && lines.at(0).contains(u"REQUEST ID"),
             qPrintable(lines.at(0)));
    // Newest first, in local time (UTC+9).
    QVERIFY2(lines.at(1).startsWith(u"2026-03-03 21:00:00  g1"), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(u"PATCH /api/v1/users/g1 "));
    QVERIFY(lines.at(1).contains(u"bio       null \u2192 \"Hi\""));
    QVERIFY(lines.at(1).contains(u" sending "));
    QVERIFY2(lines.at(2).startsWith(u"2026-03-02 20:00:00  g2"), qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).contains(u"\"Agent\" \u2192 null"));
    QVERIFY(lines.at(2).contains(u" failed "));
    QVERIFY(lines.at(2).contains(u" 422 "));
    QVERIFY(lines.at(2).contains(u" req-2 "));
    QVERIFY(lines.at(2).endsWith(u"Validation failed [title: too long]"));
    QVERIFY2(lines.at(3).startsWith(u"2026-03-01 19:00:00  g1"), qPrintable(lines.at(3)));
    QVERIFY(lines.at(3).contains(u"timezone  \"America/Chicago\" \u2192 \"Europe/Paris\""));
    QVERIFY(lines.at(3).contains(u" applied  200 "));
    // A second field of the same change: only its field and change.
    QVERIFY2(lines.at(4).trimmed().startsWith(u"theme"), qPrintable(lines.at(4)));
    QVERIFY(lines.at(4).contains(u"(absent) \u2192 \"dark\""));
    QVERIFY(!lines.at(4).contains(u"applied"));
    // The columns line up.
    const qsizetype state = lines.at(0).indexOf(u"STATE");
    QCOMPARE(lines.at(1).indexOf(u"sending"), state);
    QCOMPARE(lines.at(3).indexOf(u"applied"), state);

    const Run none = history({"--state", "conflicted"});
    VERIFY_RUN(none, 0);
    QCOMPARE(none.out, QByteArray("No entries in the journal match.\n"));
}

void TestCliHistory::filters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("all") << QStringList{} << QList<qint64>{3, 2, 1};
    QTest::newRow("user") << QStringList{"g1"} << QList<qint64>{3, 1};
    QTest::newRow("field") << QStringList{"--field", "theme"} << QList<qint64>{1};
    QTest::newRow("field=") << QStringList{"--field=title"} << QList<qint64>{2};
    QTest::newRow("state") << QStringList{"--state", "failed"} << QList<qint64>{2};
    QTest::newRow("state in capitals") << QStringList{"--state=SENDING"} << QList<qint64>{3};
    QTest::newRow("since a date") << QStringList{"--since", "2026-03-02"} << QList<qint64>{3, 2};
    QTest::newRow("since a time") << QStringList{"--since", "2026-03-02T11:00:01Z"}
                                  << QList<qint64>{3};
    QTest::newRow("user, field and state")
        << QStringList{"g1", "--field", "timezone", "--state", "applied"} << QList<qint64>{1};
    QTest::newRow("nobody") << QStringList{"g9"} << QList<qint64>{};
}

void TestCliHistory::filters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<qint64>, ids);
    const Run run = history(arguments + QStringList{"--json"});
    VERIFY_RUN(run, 0);
    QJsonParseError error;
    QVERIFY(QJsonDocument::fromJson(run.out, &error).isArray());
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(idsOf(run), ids);
}

void TestCliHistory::jsonCarriesEveryPartOfAnEntry()
{
    const Run run = history({"--json"}, QStringLiteral("Asia/Tokyo"));
    VERIFY_RUN(run, 0);
    const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(entries.size(), 3);
    const QJsonObject applied = entries.at(2).toObject();
    const QJsonObject expected{
        {"id", 1},
        {"created_at", "2026-03-01T10:00:00Z"}, // UTC, whatever the local zone
        {"updated_at", "2026-03-01T10:00:00Z"},
        {"account_id", Account},
        {"user_id", "g1"},
        {"service", "valara"},
        {"method", "PATCH"},
        {"path", "/api/v1/users/g1/preferences"},
        {"fields", QJsonArray{QJsonObject{{"key", "timezone"},
                                          {"server_value", "America/Chicago"},
                                          {"new_value", "Europe/Paris"}},
                              // Absent on the server: no server_value at all.
                              QJsonObject{{"key", "theme"}, {"new_value", "dark"}}}},
        {"idempotency_key", "key-1"},
        {"state", "applied"},
        {"http_status", 200},
        {"request_id", "req-1"},
        {"error", QJsonValue::Null}};
    QCOMPARE(applied, expected);
    const QJsonObject sending = entries.at(0).toObject();
    QCOMPARE(sending["state"].toString(), QStringLiteral("sending"));
    QVERIFY(sending["http_status"].isNull());
    QVERIFY(sending["request_id"].isNull());
    QCOMPARE(sending["fields"][0]["server_value"], QJsonValue(QJsonValue::Null)); // null, kept
    QCOMPARE(entries.at(1)["error"].toString(),
             QStringLiteral("Validation failed [title: too long]"));
}

void TestCliHistory::problems_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("journal"); // VALARA_JOURNAL
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString missing = QStringLiteral("@dir/none.journal");
    QTest::newRow("missing file") << QStringList{"history", "--journal", missing} << QString() << 4
                                  << "valara-cli: there is no journal at @dir/none.journal";
    QTest::newRow("missing file from the environment")
        << QStringList{"history"} << missing << 4 << "there is no journal at @dir/none.journal";
    QTest::newRow("no journal") << QStringList{"history"} << QString() << 2
                                << "history needs a journal: --journal PATH, or set VALARA_JOURNAL";
    QTest::newRow("unknown state") << QStringList{"history", "--state", "done"} << "@path" << 2
                                   << "--state needs one of draft, sending, applied, failed";
    QTest::newRow("unreadable date") << QStringList{"history", "--since", "31/01/2026"} << "@path"
                                     << 2 << "--since needs a date such as 2026-01-31";
    QTest::newRow("unknown option")
        << QStringList{"history", "--user", "g1"} << "@path" << 2 << "unknown option \"--user\"";
    QTest::newRow("two users") << QStringList{"history", "g1", "g2"} << "@path" << 2
                               << "unexpected argument \"g2\"";
    QTest::newRow("two journals") << QStringList{"--journal", "@path", "history", "--journal",
                                                 "@path"}
                                  << QString() << 2 << "--journal given twice";
    QTest::newRow("newer version") << QStringList{"history"} << "@newer" << 8
                                   << "valara-cli: the journal @newer cannot be used";
}

void TestCliHistory::problems()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, journal);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString newer = m_dir->filePath(QStringLiteral("newer.journal"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), newer);
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    QSqlDatabase::removeDatabase(newer);
    const auto expand = [&](QString text) {
        return text.replace(QStringLiteral("@newer"), newer)
            .replace(QStringLiteral("@path"), m_path)
            .replace(QStringLiteral("@dir"), m_dir->path());
    };
    for (QString &argument : arguments)
        argument = expand(argument);
    Environment environment;
    if (!journal.isEmpty())
        environment.append({QStringLiteral("VALARA_JOURNAL"), expand(journal)});

    const Run run = runCli(arguments, environment);
    VERIFY_RUN(run, exitCode);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(expand(expected).toUtf8()), qPrintable(run.describe()));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("none.journal")))); // not created
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
