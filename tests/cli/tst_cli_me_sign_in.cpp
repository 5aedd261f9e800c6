// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// valara-cli's Me API sign-in (me login, me logout) and the me commands minting a session token
// each, the real binary against an in-process sandbox whose tokens live 60 s and whose clock the
// test moves: an hour of commands, a minute apart, after one login; the sign-in kept only in the
// file named with --token-file (created 0600; one others may read is refused), never printed;
// wrong password and code refused with a clear line; a second factor from stdin; no keychain and
// no --token-file refused; logout ends the session and forgets the sign-in.
#include "CliProcess.h"
#include "SandboxHarness.h"
#include "SignInFixture.h"
#include "sandbox/identity/Totp.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CliProcess;

class TestCliMeSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxHarness> m_h;
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

    QString tokenFile() const { return m_dir.filePath(QStringLiteral("me-sign-in.json")); }
    Environment environment() const
    {
        return {{QStringLiteral("VALARA_BASE_URL"), m_h->url(QString()).toString()},
                {QStringLiteral("VALARA_PUBLISHABLE_KEY"), publishableKeyOf(*m_h)},
                // No keychain: whatever this machine has, the test never touches it.
                {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/none")},
                {QStringLiteral("DISPLAY"), QString()}};
    }
    Run login(const QString &who, const QByteArray &input, const QStringList &extra = {})
    {
        return runCli(QStringList{"me", "login", "--identifier", who, "--password-stdin",
                                  "--token-file", tokenFile()} +
                          extra,
                      environment(), 90000, input);
    }
    QByteArray keptClientToken() const
    {
        QFile file(tokenFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(QLatin1String("client_token"))
            .toString()
            .toLatin1();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(tokenFile());
        m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        m_h = std::make_unique<SandboxHarness>(sandbox::SandboxConfig(), fixtureWithSignIn());
        QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
        m_h->server().setClock([this] { return m_now; });
    }
    void cleanup() { m_h.reset(); }

    void MeSignInOnceThenAnHourOfCommands()
    {
        Run run = login(QStringLiteral("alice@valara.test"), "open sesame\n");
        VERIFY_RUN(run, 0);
        QCOMPARE(run.json().value("user_id").toString(), QStringLiteral("a1"));
        QCOMPARE(run.json().value("kept_in").toString(), QStringLiteral("file"));
        QVERIFY2(run.err.contains("readable by you only"), run.err.constData());
        // rw for its owner, nothing for the group or others (0600).
        QCOMPARE(QFile::permissions(tokenFile()) & 0x0FFF,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        const QByteArray clientToken = keptClientToken();
        QVERIFY(clientToken.startsWith("ct_"));
        QVERIFY(!run.shows(clientToken));

        QSignalSpy exchanges(&m_h->server(), &SandboxServer::exchangeCompleted);
        const QStringList zones{QStringLiteral("Europe/Paris"), QStringLiteral("Asia/Tokyo")};
        for (int minute = 0; minute < 60; ++minute) {
            run = runCli({"me", "set-timezone", zones.at(minute % 2), "--token-file", tokenFile()},
                         environment());
            VERIFY_RUN(run, 0);
            QVERIFY(!run.shows(clientToken) && !run.shows("eyJ"));
            m_now = m_now.addSecs(60);
        }
        QCOMPARE(m_h->meTimezone(QStringLiteral("a1")), QJsonValue(zones.at(1)));
        int refused = 0;
        int mints = 0;
        for (const SandboxExchange &exchange : CliProcess::exchanges(exchanges)) {
            refused += exchange.path.startsWith(u"/v1/me") && exchange.status == 401;
            mints += exchange.path.endsWith(u"/tokens");
        }
        QCOMPARE(refused, 0);
        QCOMPARE(mints, 60);

        run = runCli({"me", "logout", "--token-file", tokenFile()}, environment());
        VERIFY_RUN(run, 0);
        QVERIFY(!QFile::exists(tokenFile()));
        run = runCli({"me", "get", "--token-file", tokenFile()}, environment());
        VERIFY_RUN(run, 2);
        QVERIFY2(run.err.contains("not signed in to the Me API: run valara-cli me login"),
                 run.err.constData());
    }

    void MeSignInWrongPasswordAndCodeAreRefused()
    {
        Run run = login(QStringLiteral("alice@valara.test"), "not it\n");
        VERIFY_RUN(run, 3);
        QCOMPARE(run.errLines(), QList<QByteArray>{"valara-cli: The password is incorrect. Try "
                                                   "again, or e-mail yourself a code instead."});
        QVERIFY(!QFile::exists(tokenFile()));
        // Bruno has a second factor: the code is the next line of stdin.
        run = login(QStringLiteral("bruno@valara.test"), "open sesame\n000000\n");
        const QString code = sandbox::Totp::codeAt(sandbox::Totp::decodeBase32(TotpSecret), m_now);
        if (code != QLatin1String("000000")) {
            VERIFY_RUN(run, 3);
            QVERIFY2(run.err.contains("This code is not the right one."), run.err.constData());
        }
        run = login(QStringLiteral("bruno@valara.test"), "open sesame\n" + code.toLatin1() + '\n');
        VERIFY_RUN(run, 0);
        QCOMPARE(run.json().value("user_id").toString(), QStringLiteral("b1"));
    }

    // --email-code: the code sent is typed once it has come (here, read from the sandbox).
    void MeSignInWithAnEmailedCode()
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        startCli(&process,
                 {"me", "login", "--identifier", "gina@valara.test", "--email-code", "--org",
                  "org-2", "--token-file", tokenFile()},
                 environment(), {}, true);
        QString code;
        QVERIFY(QTest::qWaitFor(
            [&] {
                code = m_h->server().identity().lastEmailCode(QStringLiteral("gina@valara.test"));
                return !code.isEmpty();
            },
            20000));
        process.write(code.toLatin1() + '\n');
        process.closeWriteChannel();
        const Run run = waitForCli(&process, &finished);
        VERIFY_RUN(run, 0);
        QCOMPARE(run.json().value("user_id").toString(), QStringLiteral("g1"));
        QCOMPARE(run.json().value("org_id").toString(), QStringLiteral("org-2"));
    }

    void MeSignInIsKeptOnlyWhereItMayBe()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("No keychain is made unreachable here as on Linux (its Secret Service over D-Bus)");
#endif
        // No keychain here, and no --token-file: refused, nothing sent, nothing written.
        QSignalSpy exchanges(&m_h->server(), &SandboxServer::exchangeCompleted);
        Run run = runCli({"me", "login", "--identifier", "alice@valara.test", "--password-stdin"},
                         environment(), 90000, "open sesame\n");
        VERIFY_RUN(run, 2);
        QVERIFY2(run.err.contains("give --token-file PATH"), run.err.constData());
        QCOMPARE(exchanges.count(), 0);

        run = login(QStringLiteral("alice@valara.test"), "open sesame\n");
        VERIFY_RUN(run, 0);
        // A file others may read is not used.
        QVERIFY(QFile::setPermissions(tokenFile(), QFileDevice::ReadOwner |
                                                       QFileDevice::WriteOwner |
                                                       QFileDevice::ReadOther));
        run = runCli({"me", "get", "--token-file", tokenFile()}, environment());
        VERIFY_RUN(run, 2);
        QVERIFY2(run.err.contains("may be read by others"), run.err.constData());
        QVERIFY(
            QFile::setPermissions(tokenFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        // A session revoked on the service: sign in again.
        QCOMPARE(m_h->server().identity().revokeSessionsOf(QStringLiteral("a1")), 1);
        run = runCli({"me", "get", "--token-file", tokenFile()}, environment());
        VERIFY_RUN(run, 3);
        QVERIFY2(run.err.contains("run valara-cli me login again"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliMeSignIn)
#include "tst_cli_me_sign_in.moc"
