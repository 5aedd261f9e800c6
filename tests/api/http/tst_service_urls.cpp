// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/http/ServiceUrls.h"

#include <QTest>

using namespace valara;

class TestServiceUrls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedHosts()
    {
        QCOMPARE(ServiceUrls::primary(), QUrl("https://valara.cloud"));
        QCOMPARE(ServiceUrls::legacyAlias(), QUrl("https://dash.jacoballenmedia.com"));
    }

    void valaraCloud_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("cloud");
        QTest::addColumn<QUrl>("canonical");
        QTest::newRow("primary") << QUrl("https://valara.cloud") << true
                                 << QUrl("https://valara.cloud");
        QTest::newRow("alias") << QUrl("https://dash.jacoballenmedia.com") << true
                               << QUrl("https://valara.cloud");
        QTest::newRow("alias, path kept")
            << QUrl("https://DASH.jacoballenmedia.com:443/api/v1/users?q=a") << true
            << QUrl("https://valara.cloud/api/v1/users?q=a");
        QTest::newRow("alias, trailing dot")
            << QUrl("https://dash.jacoballenmedia.com./") << true << QUrl("https://valara.cloud/");
        QTest::newRow("plain http alias") << QUrl("http://dash.jacoballenmedia.com") << false
                                          << QUrl("http://dash.jacoballenmedia.com");
        QTest::newRow("other port")
            << QUrl("https://valara.cloud:8443") << false << QUrl("https://valara.cloud:8443");
        QTest::newRow("staging") << QUrl("https://staging.valara.cloud") << false
                                 << QUrl("https://staging.valara.cloud");
        QTest::newRow("look-alike") << QUrl("https://valara.cloud.example.com") << false
                                    << QUrl("https://valara.cloud.example.com");
        QTest::newRow("sandbox") << QUrl("http://127.0.0.1:8080") << false
                                 << QUrl("http://127.0.0.1:8080");
    }
    void valaraCloud()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, cloud);
        QFETCH(QUrl, canonical);
        QCOMPARE(ServiceUrls::isValaraCloud(url), cloud);
        QCOMPARE(ServiceUrls::canonical(url), canonical);
    }
};

QTEST_GUILESS_MAIN(TestServiceUrls)
#include "tst_service_urls.moc"
