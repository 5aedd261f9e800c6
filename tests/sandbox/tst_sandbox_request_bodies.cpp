// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests of request bodies, common to both services (docs/api-contract.md C7 size cap,
// C8 content types).
#include "AsyncHttp.h"
#include "ContractChecks.h"
#include "SandboxHarness.h"
#include "ServiceWrites.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::testing;

using namespace ContractChecks;

namespace {

// The write's body padded with trailing whitespace (still valid JSON) to exactly `size` bytes.
QByteArray paddedBody(const QString &service, qsizetype size)
{
    const QByteArray body = ServiceWrite::of(service).bodyA;
    return body + QByteArray(size - body.size(), ' ');
}

} // namespace

class TstSandboxRequestBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_h = std::make_unique<SandboxHarness>();
        QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
    }
    void cleanup() { m_h.reset(); }

    void c7_bodiesAreCappedAt64KiB_data();
    void c7_bodiesAreCappedAt64KiB();
    void c8_jsonContentTypesAreParsed_data();
    void c8_jsonContentTypesAreParsed();
    void c8_otherContentTypesAreNotParsed_data();
    void c8_otherContentTypesAreNotParsed();

private:
    SandboxHarness &h() { return *m_h; }
    QByteArray bearerFor(const QString &service) const
    {
        return ServiceWrite::of(service).bearer(*m_h);
    }

    std::unique_ptr<SandboxHarness> m_h;
};

void TstSandboxRequestBodies::c7_bodiesAreCappedAt64KiB_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<bool>("tooLarge");
    for (const char *service : {"valara", "me"}) {
        QTest::addRow("%s exactly 64 KiB", service)
            << QString::fromLatin1(service) << qsizetype(65536) << false;
        QTest::addRow("%s one byte over", service)
            << QString::fromLatin1(service) << qsizetype(65537) << true;
        QTest::addRow("%s 1 MiB", service)
            << QString::fromLatin1(service) << qsizetype(1 << 20) << true;
    }
}

void TstSandboxRequestBodies::c7_bodiesAreCappedAt64KiB()
{
    QFETCH(QString, service);
    QFETCH(qsizetype, size);
    QFETCH(bool, tooLarge);
    const HttpReply reply =
        h().patch(ServiceWrite::of(service).path, bearerFor(service), paddedBody(service, size));
    if (!tooLarge) {
        CHECK(status(reply, 200));
        QVERIFY(ServiceWrite::of(service).appliedIn(*m_h));
        return;
    }
    CHECK(serviceError(service, reply, 413, QStringLiteral("PAYLOAD_TOO_LARGE")));
    QVERIFY(!ServiceWrite::of(service).appliedIn(*m_h));
}

void TstSandboxRequestBodies::c8_jsonContentTypesAreParsed_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("contentType"); // empty: no Content-Type header
    addServiceRows("json type", {QByteArray(), QByteArray("application/json"),
                                 QByteArray("application/json; charset=utf-8"),
                                 QByteArray("application/json;charset=UTF-8"),
                                 QByteArray("application/merge-patch+json"),
                                 QByteArray("application/vnd.valara.v1+json; charset=utf-8")});
}

void TstSandboxRequestBodies::c8_jsonContentTypesAreParsed()
{
    QFETCH(QString, service);
    QFETCH(QByteArray, contentType);
    const ServiceWrite write = ServiceWrite::of(service);
    AsyncHttp::Headers headers{{"Authorization", "Bearer " + bearerFor(service)}};
    if (!contentType.isEmpty())
        headers.push_back({"Content-Type", contentType});
    // Raw HTTP: QNetworkAccessManager would add a Content-Type to a body sent without one.
    const HttpReply reply =
        AsyncHttp(h().server().baseUrl())
            .raw(AsyncHttp::rawRequest("PATCH", write.path, headers, write.bodyA));
    CHECK(status(reply, 200));
    QVERIFY(ServiceWrite::of(service).appliedIn(*m_h));
}

void TstSandboxRequestBodies::c8_otherContentTypesAreNotParsed_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("contentType");
    addServiceRows("other type",
                   {QByteArray("text/plain"), QByteArray("text/json"),
                    QByteArray("application/xml"), QByteArray("application/x-www-form-urlencoded"),
                    QByteArray("application/jsonp")});
}

void TstSandboxRequestBodies::c8_otherContentTypesAreNotParsed()
{
    QFETCH(QString, service);
    QFETCH(QByteArray, contentType);
    const ServiceWrite write = ServiceWrite::of(service);
    const HttpReply reply = h().send("PATCH", write.path, bearerFor(service), write.bodyA,
                                     {{"Content-Type", contentType}});
    if (service == QLatin1String("me")) {
        CHECK(meError(reply, 415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE")));
    } else { // V4: the schema layer refuses it
        CHECK(status(reply, 422));
        const QJsonObject error = reply.detailList().at(0).toObject();
        QCOMPARE(error.value("type").toString(), QStringLiteral("model_attributes_type"));
        QCOMPARE(error.value("loc").toArray(), QJsonArray{QStringLiteral("body")});
    }
    QVERIFY(!ServiceWrite::of(service).appliedIn(*m_h));
}

QTEST_GUILESS_MAIN(TstSandboxRequestBodies)
#include "tst_sandbox_request_bodies.moc"
