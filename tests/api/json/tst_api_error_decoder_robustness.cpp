// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/ApiErrorDecoder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace valara;

// What the decoder does with hostile or broken input: never crash, stay bounded, never show
// markup.
class TestApiErrorDecoderRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedInputNeverCrashes_data();
    void malformedInputNeverCrashes();
    void randomBytesNeverCrash();
    void hugeInputIsBounded();
    void networkErrors_data();
    void networkErrors();
    void cleanText_data();
    void cleanText();
};

void TestApiErrorDecoderRobustness::malformedInputNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("deep arrays") << QByteArray(100000, '[');
    QTest::newRow("deep objects") << QByteArray("{\"detail\":").repeated(5000);
    QTest::newRow("closed deep arrays")
        << QByteArray("[").repeated(2000) + QByteArray("]").repeated(2000);
    QTest::newRow("detail list of junk") << QByteArray(
        R"({"detail":[1,null,"text",[[]],{"loc":"body"},{"loc":[null,{}]},{"msg":{}},)"
        R"({"loc":["body",""],"msg":""},{"loc":["body","x"],"msg":[1,2]}]})");
    QTest::newRow("error not object") << QByteArray(R"({"success":false,"error":[1,2]})");
    QTest::newRow("details wrong type")
        << QByteArray(R"({"success":false,"error":{"code":5,"message":null,"details":"x"}})");
    QTest::newRow("problem junk") << QByteArray(
        R"({"title":{},"type":7,"status":"x","errors":[null,{"pointer":5}]})");
    QTest::newRow("nul bytes") << QByteArray("{\"detail\":\"a\0b\"}", 15);
    QTest::newRow("invalid utf8") << QByteArray("{\"detail\":\"\xff\xfe\xfd\"}");
    QTest::newRow("long field name") << (QByteArray(R"({"detail":[{"loc":["body",")") +
                                         QByteArray(5000, 'a') + QByteArray(R"("],"msg":"x"}]})"));
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf{\"detail\":\"x\"}");
}

void TestApiErrorDecoderRobustness::malformedInputNeverCrashes()
{
    QFETCH(QByteArray, body);
    for (int status : {0, 200, 401, 422, 500, 999, -1}) {
        const ApiError error = ApiErrorDecoder::decode(status, body, body.left(200));
        QVERIFY(error.kind != ApiError::Kind::None);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.message.size() <= ApiErrorDecoder::MaxMessageLength);
        QVERIFY(!error.message.contains(QLatin1Char('<')));
        for (auto it = error.fieldErrors.constBegin(); it != error.fieldErrors.constEnd(); ++it)
            QVERIFY(!it.key().isEmpty() && it.key().size() <= 100);
    }
}

void TestApiErrorDecoderRobustness::randomBytesNeverCrash()
{
    QRandomGenerator random(20240611);
    for (int i = 0; i < 2000; ++i) {
        QByteArray body(int(random.bounded(256)), Qt::Uninitialized);
        for (char &c : body)
            c = char(random.bounded(256));
        if (i % 2)
            body.prepend(R"({"detail":[{"loc":["body",)");
        const ApiError error = ApiErrorDecoder::decode(400 + int(random.bounded(200)), body, body);
        QVERIFY(!error.message.isEmpty());
    }
}

void TestApiErrorDecoderRobustness::hugeInputIsBounded()
{
    // A huge detail string is cut.
    const QByteArray longDetail = "{\"detail\":\"" + QByteArray(1000 * 1000, 'x') + "\"}";
    ApiError error = ApiErrorDecoder::decode(400, longDetail);
    QCOMPARE(error.message.size(), ApiErrorDecoder::MaxMessageLength);
    QVERIFY(error.message.endsWith(QChar(0x2026)));

    // A body over the parse limit is not parsed at all.
    const QByteArray hugeBody = "{\"detail\":\"" + QByteArray(5 * 1024 * 1024, 'y') + "\"}";
    error = ApiErrorDecoder::decode(500, hugeBody);
    QCOMPARE(error.message, ApiErrorDecoder::messageForStatus(500));

    // Thousands of field errors are capped.
    QByteArray many = "{\"detail\":[";
    for (int i = 0; i < 5000; ++i)
        many += (i ? "," : "") + QByteArray(R"({"loc":["body","f)") + QByteArray::number(i) +
                R"("],"msg":"bad","type":"t"})";
    many += "]}";
    error = ApiErrorDecoder::decode(422, many);
    QCOMPARE(error.fieldErrors.size(), ApiErrorDecoder::MaxFieldErrors);
    QVERIFY(error.message.startsWith(QLatin1String("F0: bad (and ")));
}

void TestApiErrorDecoderRobustness::networkErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<QString>("kind");
    QTest::newRow("timeout error") << int(QNetworkReply::TimeoutError) << false << "Timeout";
    QTest::newRow("cancel by timeout")
        << int(QNetworkReply::OperationCanceledError) << true << "Timeout";
    QTest::newRow("cancel by user")
        << int(QNetworkReply::OperationCanceledError) << false << "Network";
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << "Network";
    QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError) << false << "Network";
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false << "Network";
    QTest::newRow("insecure redirect")
        << int(QNetworkReply::InsecureRedirectError) << false << "Protocol";
    QTest::newRow("protocol") << int(QNetworkReply::ProtocolFailure) << false << "Protocol";
    QTest::newRow("unknown") << int(QNetworkReply::UnknownNetworkError) << false << "Network";
}

void TestApiErrorDecoderRobustness::networkErrors()
{
    QFETCH(int, code);
    QFETCH(bool, timedOut);
    QFETCH(QString, kind);
    const ApiError error = ApiErrorDecoder::fromNetworkError(
        QNetworkReply::NetworkError(code), QStringLiteral("<b>raw</b> detail"), timedOut);
    QCOMPARE(ApiError::kindName(error.kind), kind);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.message.contains(QLatin1Char('<')));
}

void TestApiErrorDecoderRobustness::cleanText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "User not found"
                           << "User not found";
    QTest::newRow("trimmed") << "  spaced   out \n"
                             << "spaced out";
    QTest::newRow("html") << "<!DOCTYPE html><p>x</p>"
                          << "";
    QTest::newRow("tag") << "see <br/> here"
                         << "";
    QTest::newRow("comparison is fine") << "limit < 200 and > 0"
                                        << "limit < 200 and > 0";
    QTest::newRow("format chars") << QString::fromUtf8("a\u200Bb") << "ab";
    QTest::newRow("unicode kept") << QString::fromUtf8("Sofía Hernández")
                                  << QString::fromUtf8("Sofía Hernández");
}

void TestApiErrorDecoderRobustness::cleanText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ApiErrorDecoder::cleanText(input), expected);
}

QTEST_APPLESS_MAIN(TestApiErrorDecoderRobustness)
#include "tst_api_error_decoder_robustness.moc"
