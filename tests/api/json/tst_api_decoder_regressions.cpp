// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs the fuzzer found (tests/fuzz/corpus/regression-*), as plain unit tests of the rules they
// broke: no markup ever reaches a message, field keys are single tokens, messages never vanish,
// and key normalisation is stable.
#include "api/json/ApiErrorDecoder.h"
#include "api/json/JsonCase.h"

#include <QTest>

using namespace valara;

class TestApiDecoderRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenCharactersCannotSmuggleMarkup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("control char in tag") << QStringLiteral("<b\u0001>bold</b>");
        QTest::newRow("zero-width in tag") << QStringLiteral("<\u200Bb>bold");
        QTest::newRow("lt inside tag") << QStringLiteral("see <b a<1> here");
        QTest::newRow("lone surrogate before a tag")
            << QString(QStringLiteral("<b") + QChar(0xDDDD) + QStringLiteral("0ddd00<b>0>bold"));
    }
    void hiddenCharactersCannotSmuggleMarkup()
    {
        QFETCH(QString, text);
        QCOMPARE(ApiErrorDecoder::cleanText(text), QString());
    }

    void plainComparisonsStay()
    {
        QCOMPARE(ApiErrorDecoder::cleanText("limit < 200 and > 0"),
                 QStringLiteral("limit < 200 and > 0"));
        const QString once = ApiErrorDecoder::cleanText("a\u0007b\u200Bc  d");
        QCOMPARE(once, QStringLiteral("a bc d"));
        QCOMPARE(ApiErrorDecoder::cleanText(once), once);
    }

    void aFieldNameWithSpacesIsNotAField()
    {
        const ApiError error = ApiErrorDecoder::decode(
            422, R"({"detail":[{"loc":["body","display name"],"msg":"bad","type":"x"}]})");
        QVERIFY(error.fieldErrors.isEmpty());
        QVERIFY(error.message.contains(QStringLiteral("bad")));
    }

    void twoMessagesThatFormMarkupTogetherKeepTheFirst()
    {
        const ApiError error = ApiErrorDecoder::decode(
            422, R"({"detail":[{"loc":["body","title"],"msg":"<b x","type":"a"},)"
                 R"({"loc":["body","title"],"msg":"y>","type":"b"}]})");
        QCOMPARE(error.fieldErrors.value(QStringLiteral("title")), QStringLiteral("<b x"));
    }

    void snakeCaseIsStable()
    {
        const QString once = JsonCase::toSnakeCase(QStringLiteral("aV\u210B1"));
        QCOMPARE(JsonCase::toSnakeCase(once), once);
        QCOMPARE(JsonCase::toSnakeCase("displayName"), QStringLiteral("display_name"));
        QCOMPARE(JsonCase::toSnakeCase("avatarURL"), QStringLiteral("avatar_url"));
    }
};

QTEST_GUILESS_MAIN(TestApiDecoderRegressions)
#include "tst_api_decoder_regressions.moc"
