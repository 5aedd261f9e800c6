// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// UserDirectory against the real sandbox: who is listed, the service's search, the latest search
// winning over one still loading, and refusals.
#include "CannedServer.h"
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "api/ApiClient.h"
#include "models/people/UserDirectory.h"
#include "models/people/UserListModel.h"
#include "sandbox/http/FaultInjector.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestUserDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
    }
    void cleanup()
    {
        m_tester.reset();
        m_directory.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void anAdminSeesEveryoneButThemselves()
    {
        start("key-admin-a1");
        m_directory->setExcludedUser("a1");
        QSignalSpy loaded(m_directory.get(), &UserDirectory::loaded);
        m_directory->load({});
        QVERIFY(loaded.wait(5000));
        QCOMPARE(ids(), (QStringList{"b1", "g1", "g2", "g3", "p1", "s1"}));
        QCOMPARE(loaded.at(0).at(0).toInt(), 6); // shown
        QCOMPARE(loaded.at(0).at(1).toInt(), 6); // total, without the excluded user
    }

    void aBrokerSeesTheirTeam()
    {
        start("key-broker-b1");
        m_directory->setExcludedUser("b1");
        QSignalSpy loaded(m_directory.get(), &UserDirectory::loaded);
        m_directory->load({});
        QVERIFY(loaded.wait(5000));
        QCOMPARE(ids(), (QStringList{"g1", "g2"}));
    }

    void theLatestSearchWins()
    {
        start("key-admin-a1");
        m_sandbox->server().faults().setLatencyMs(150);
        QSignalSpy loaded(m_directory.get(), &UserDirectory::loaded);
        m_directory->load(QStringLiteral("g"));
        m_directory->load(QStringLiteral("gina")); // typed while the first load runs
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(ids(), QStringList{"g1"});
        QVERIFY(!m_directory->isLoading());
    }

    void aRefusalIsReported()
    {
        start("not-a-key");
        QSignalSpy failed(m_directory.get(), &UserDirectory::failed);
        m_directory->load({});
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(m_model->rowCount(), 0);
    }

    // Services list users in several shapes; each is read, with its total when it gives one.
    void otherListShapesAreRead_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("total");
        QTest::newRow("users and total")
            << QByteArray(R"({"users":[{"id":"u1"},{"id":"u2"}],"total":240})") << 240;
        QTest::newRow("bare array") << QByteArray(R"([{"id":"u1"},{"id":"u2"}])") << 2;
        QTest::newRow("results") << QByteArray(R"({"results":[{"id":"u1"},{"id":"u2"}]})") << 2;
    }
    void otherListShapesAreRead()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, total);
        CannedServer server(answer(body));
        startOn(server);
        QSignalSpy loaded(m_directory.get(), &UserDirectory::loaded);
        m_directory->load({});
        QVERIFY(loaded.wait(5000));
        QCOMPARE(ids(), (QStringList{"u1", "u2"}));
        QCOMPARE(loaded.at(0).at(1).toInt(), total);
    }

    // A list the app cannot read is an error the user sees, never an empty list.
    void anUnknownListShapeIsAnError()
    {
        CannedServer server(answer(R"({"people":[{"id":"u1"}],"count":1})"));
        startOn(server);
        QSignalSpy loaded(m_directory.get(), &UserDirectory::loaded);
        QSignalSpy failed(m_directory.get(), &UserDirectory::failed);
        m_directory->load({});
        QVERIFY(failed.wait(5000));
        const ApiError error = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Protocol);
        QVERIFY2(error.message.contains(QLatin1String("could not be understood")),
                 qPrintable(error.message));
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(m_model->rowCount(), 0);
    }

private:
    static QByteArray answer(const QByteArray &body)
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }
    void startOn(const CannedServer &server)
    {
        start("k");
        m_client->setBaseUrl(server.url());
    }
    void start(const QByteArray &key)
    {
        m_client = makeTestClient(*m_sandbox, &m_network, key);
        m_directory = std::make_unique<UserDirectory>(m_client.get());
        m_model = m_directory->model();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    QStringList ids() const
    {
        QStringList result;
        for (int row = 0; row < m_model->rowCount(); ++row)
            result << m_model->index(row, 0).data(UserListModel::UserIdRole).toString();
        result.sort();
        return result;
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    UserListModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<UserDirectory> m_directory;
};

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_user_directory.moc"
