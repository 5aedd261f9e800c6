// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHarness.h"
#include "api/ApiClient.h"
#include "ui/editing/InlineBanner.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::testing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void loadsUsersWithAdminKey();
    void badKeyShowsErrorBanner();
    void retryAfterFixingTheKey();
    void demoBannerUsesThePalette();
    void withoutClientExplainsHowToConnect();

private:
    std::unique_ptr<ApiClient> makeClient(const QByteArray &key);

    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<SandboxExchange> m_exchanges;
};

void TestMainWindow::init()
{
    m_harness = std::make_unique<SandboxHarness>();
    QVERIFY2(m_harness->isReady(), qPrintable(m_harness->error()));
    m_exchanges.clear();
    connect(&m_harness->server(), &SandboxServer::exchangeCompleted, this,
            [this](const SandboxExchange &exchange) { m_exchanges.append(exchange); });
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestMainWindow::cleanup()
{
    m_network.reset();
    m_harness.reset();
}

std::unique_ptr<ApiClient> TestMainWindow::makeClient(const QByteArray &key)
{
    auto client = std::make_unique<ApiClient>(m_network.get());
    client->setBaseUrl(m_harness->server().baseUrl());
    client->setBearerToken(key);
    return client;
}

void TestMainWindow::loadsUsersWithAdminKey()
{
    const auto client = makeClient("key-admin-a1");
    MainWindow window(client.get(), false);
    window.show();
    QVERIFY(window.windowTitle().startsWith(QLatin1String("Valara Desk")));

    auto *table = window.findChild<QTableView *>(QStringLiteral("userTable"));
    QVERIFY(table);
    QVERIFY(!table->accessibleName().isEmpty());
    QTRY_COMPARE(table->model()->rowCount(), 7);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Alice Admin"));

    auto *errorBanner = window.findChild<QWidget *>(QStringLiteral("errorBanner"));
    QVERIFY(errorBanner);
    QVERIFY(!errorBanner->isVisible());
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("demoBanner"))->isVisible());
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("connectBanner"))->isVisible());

    auto *requestId = window.findChild<QLabel *>(QStringLiteral("requestIdLabel"));
    QVERIFY(requestId);
    QVERIFY(!m_exchanges.isEmpty());
    QTRY_VERIFY(requestId->text().contains(QString::fromLatin1(m_exchanges.constLast().requestId)));
}

void TestMainWindow::badKeyShowsErrorBanner()
{
    const auto client = makeClient("definitely-not-a-key");
    MainWindow window(client.get(), false);
    window.show();

    auto *errorBanner = window.findChild<InlineBanner *>(QStringLiteral("errorBanner"));
    QVERIFY(errorBanner);
    QTRY_VERIFY(errorBanner->isVisible());
    QVERIFY2(errorBanner->text().contains(QLatin1String("Invalid API key")),
             qPrintable(errorBanner->text()));
    QVERIFY(!m_exchanges.isEmpty());
    const QString requestId = QString::fromLatin1(m_exchanges.constLast().requestId);
    QCOMPARE(requestId.size(), 26);
    QVERIFY2(errorBanner->text().contains(requestId), qPrintable(errorBanner->text()));
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("userTable"))->model()->rowCount(), 0);
    QVERIFY(
        window.findChild<QLabel *>(QStringLiteral("requestIdLabel"))->text().contains(requestId));
    QCOMPARE(QApplication::activeModalWidget(), nullptr); // inline, never a modal box
}

void TestMainWindow::retryAfterFixingTheKey()
{
    const auto client = makeClient("wrong");
    MainWindow window(client.get(), false);
    window.show();
    auto *errorBanner = window.findChild<QWidget *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(errorBanner->isVisible());

    client->setBearerToken("key-admin-a1");
    auto *retry = errorBanner->findChild<QPushButton *>();
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(window.findChild<QTableView *>(QStringLiteral("userTable"))->model()->rowCount(),
                 7);
    QVERIFY(!errorBanner->isVisible());
}

void TestMainWindow::demoBannerUsesThePalette()
{
    const auto client = makeClient("key-admin-a1");
    MainWindow window(client.get(), true);
    window.show();
    QVERIFY(window.windowTitle().startsWith(QLatin1String("Valara Desk")));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("demoBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Demo: local data"));
    QVERIFY(banner->autoFillBackground());
    QCOMPARE(banner->backgroundRole(), QPalette::Highlight);
    QCOMPARE(banner->foregroundRole(), QPalette::HighlightedText);
    QVERIFY(banner->styleSheet().isEmpty());
    QVERIFY(!banner->accessibleName().isEmpty());
    QTRY_COMPARE(window.findChild<QTableView *>(QStringLiteral("userTable"))->model()->rowCount(),
                 7);
}

void TestMainWindow::withoutClientExplainsHowToConnect()
{
    MainWindow window(nullptr, false);
    window.show();
    QVERIFY(window.windowTitle().startsWith(QLatin1String("Valara Desk")));
    auto *banner = window.findChild<InlineBanner *>(QStringLiteral("connectBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("--demo")));
    QVERIFY(banner->text().contains(QLatin1String("--base-url")));
    QVERIFY(banner->text().contains(QLatin1String("VALARA_API_KEY")));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("demoBanner"))->isVisible());
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("errorBanner"))->isVisible());
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("userTable"))->model()->rowCount(), 0);
    QTest::qWait(50);
    QVERIFY(m_exchanges.isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
