// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// valara-sandbox --generate-users N (README, "The sandbox"): documented in --help, N checked,
// the generated users after the fixture's, signing in with key-<id>, and nothing generated again
// when the database already holds users.
#include "AsyncHttp.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace valara;
using namespace valara::testing;

namespace {

QProcess *start(const QStringList &arguments)
{
    auto *process = new QProcess;
    process->start(QStringLiteral(VALARA_SANDBOX_BIN), arguments);
    return process;
}

// The address a running sandbox prints first, or an empty URL.
QUrl listeningOn(QProcess &process)
{
    QByteArray out;
    while (!out.contains('\n') && process.waitForReadyRead(15000))
        out += process.readAllStandardOutput();
    static const QRegularExpression line(QStringLiteral("^listening on (http://127\\S+)\n"));
    const auto match = line.match(QString::fromUtf8(out));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

int total(const QUrl &url, const QByteArray &key)
{
    AsyncHttp http(url);
    return http.request("GET", QStringLiteral("/api/v1/users?limit=1"), key)
        .json()
        .value(QLatin1String("total"))
        .toInt(-1);
}

} // namespace

class TstSandboxScaleCli : public QObject
{
    Q_OBJECT

private slots:
    void helpDocumentsTheOption();
    void countOutOfRangeIsAUsageError_data();
    void countOutOfRangeIsAUsageError();
    void generatesAfterTheFixtureOnceOnly();
};

void TstSandboxScaleCli::helpDocumentsTheOption()
{
    std::unique_ptr<QProcess> process(start({QStringLiteral("--help")}));
    QVERIFY(process->waitForFinished(15000));
    const QString help = QString::fromUtf8(process->readAllStandardOutput());
    QVERIFY2(help.contains("--generate-users <N>") && help.contains("key-<id>"), qPrintable(help));
}

void TstSandboxScaleCli::countOutOfRangeIsAUsageError_data()
{
    QTest::addColumn<QString>("count");
    for (const char *count : {"0", "-5", "100001", "many", ""})
        QTest::newRow(count) << QString::fromLatin1(count);
}

void TstSandboxScaleCli::countOutOfRangeIsAUsageError()
{
    QFETCH(QString, count);
    std::unique_ptr<QProcess> process(start({QStringLiteral("--port"), QStringLiteral("0"),
                                             QStringLiteral("--generate-users"), count}));
    QVERIFY(process->waitForFinished(15000));
    QCOMPARE(process->exitCode(), 2);
}

void TstSandboxScaleCli::generatesAfterTheFixtureOnceOnly()
{
    QTemporaryDir dir;
    const QStringList arguments{QStringLiteral("--port"),
                                QStringLiteral("0"),
                                QStringLiteral("--db"),
                                dir.filePath(QStringLiteral("scale.db")),
                                QStringLiteral("--fixture"),
                                QStringLiteral(VALARA_TEST_DATA_DIR "/contract-fixture.json"),
                                QStringLiteral("--generate-users"),
                                QStringLiteral("120"),
                                QStringLiteral("--seed"),
                                QStringLiteral("9")};
    for (int run = 0; run < 2; ++run) {
        std::unique_ptr<QProcess> process(start(arguments));
        const QUrl url = listeningOn(*process);
        QVERIFY2(url.isValid(), process->readAllStandardError().constData());
        QCOMPARE(total(url, "key-u000001"), 127); // a generated admin; 7 fixture users
        QCOMPARE(total(url, "key-admin-a1"), 127);
        QCOMPARE(total(url, "key-u000120"), 1); // a generated agent sees only themselves
        process->terminate();
        QVERIFY(process->waitForFinished(15000));
    }
}

QTEST_GUILESS_MAIN(TstSandboxScaleCli)
#include "tst_sandbox_scale_cli.moc"
