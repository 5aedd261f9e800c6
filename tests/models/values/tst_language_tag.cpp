// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// LanguageTag: well-formedness of BCP 47 tags per RFC 5646 section 2.1 (docs/api-contract.md P6).
#include "models/values/LanguageTag.h"

#include <QTest>

using namespace valara;

class TstLanguageTag : public QObject
{
    Q_OBJECT

private slots:
    void p6_wellFormedTagsAreAccepted_data();
    void p6_wellFormedTagsAreAccepted();
    void p6_malformedTagsAreRefused_data();
    void p6_malformedTagsAreRefused();
};

void TstLanguageTag::p6_wellFormedTagsAreAccepted_data()
{
    QTest::addColumn<QString>("tag");
    // RFC 5646 appendix A examples, grandfathered tags, and cases around the grammar's limits.
    for (const char *tag : {"de",
                            "fr",
                            "ja",
                            "i-enochian",
                            "zh-Hant",
                            "zh-Hans",
                            "sr-Cyrl",
                            "sr-Latn",
                            "zh-cmn-Hans-CN",
                            "cmn-Hans-CN",
                            "zh-yue-HK",
                            "yue-HK",
                            "zh-Hans-CN",
                            "sr-Latn-RS",
                            "sl-rozaj",
                            "sl-rozaj-biske",
                            "sl-nedis",
                            "de-CH-1901",
                            "sl-IT-nedis",
                            "hy-Latn-IT-arevela",
                            "de-DE",
                            "en-US",
                            "es-419",
                            "de-CH-x-phonebk",
                            "az-Arab-x-AZE-derbend",
                            "x-whatever",
                            "qaa-Qaaa-QM-x-southern",
                            "de-Qaaa",
                            "sr-Latn-QM",
                            "sr-Qaaa-RS",
                            "en-US-u-islamcal",
                            "zh-CN-a-myext-x-private",
                            "en-a-myext-b-another",
                            "en-a-bbb-x-ccc",
                            "zh-Hant-CN",
                            "en-US-x-twain",
                            "i-klingon",
                            "zh-min-nan",
                            "en-GB-oed",
                            "art-lojban",
                            "i-default",
                            "sgn-BE-FR",
                            "x-a",
                            "x-12345678",
                            "en-x-a-b-c",
                            "ja-JP-u-ca-japanese",
                            "de-1996",
                            "de-Latn-DE-1996",
                            "en-GB-scotland",
                            "pt-BR",
                            "EN-us",
                            "ZH-hANT-cn",
                            "DE-ch-1901",
                            "abcd",
                            "abcde",
                            "abcdefgh",
                            "zh-abc-def-ghi",
                            "en-005",
                            "en-a-12345678",
                            "en-US-1abc"})
        QTest::newRow(tag) << QString::fromLatin1(tag);
}

void TstLanguageTag::p6_wellFormedTagsAreAccepted()
{
    QFETCH(QString, tag);
    QVERIFY(LanguageTag::isWellFormed(tag));
}

void TstLanguageTag::p6_malformedTagsAreRefused_data()
{
    QTest::addColumn<QString>("tag");
    for (const char *tag : {"en_US",
                            "",
                            "e",
                            "en-",
                            "-en",
                            "en--US",
                            "toolongsubtag",
                            "abcdefghi",
                            "de-419-DE",
                            "a-DE",
                            "ar-a-aaa-b-bbb-a-ccc",
                            "en-a-aaa-A-bbb",
                            "de-DE-1901-1901",
                            "sl-rozaj-ROZAJ",
                            "en US",
                            " en",
                            "en ",
                            "en-US-",
                            "x",
                            "x-",
                            "x-abcdefghi",
                            "en-x",
                            "en-x-",
                            "en-a",
                            "en-a-b",
                            "en-a-x-ccc",
                            "i-foo",
                            "zh-abc-def-ghi-jkl",
                            "123",
                            "en-1",
                            "en-US-12",
                            "en-Latn-Latn",
                            "en-US-US",
                            "1en",
                            "en.US",
                            "en-US-x-twain!",
                            "en\nUS"})
        QTest::newRow(tag[0] ? tag : "(empty)") << QString::fromLatin1(tag);
    QTest::newRow("non-ASCII letter") << QStringLiteral("fr-\u00C9T");
    QTest::newRow("non-ASCII tag") << QStringLiteral("\u65E5\u672C\u8A9E");
    QTest::newRow("full-width letters") << QStringLiteral("\uFF45\uFF4E");
    // Lower-cases to an ASCII k: "\u212Ao" must not pass as "ko".
    QTest::newRow("Kelvin sign") << QStringLiteral("\u212Ao");
    QTest::newRow("nul inside") << QString::fromLatin1("en\0US", 5);
}

void TstLanguageTag::p6_malformedTagsAreRefused()
{
    QFETCH(QString, tag);
    QVERIFY(!LanguageTag::isWellFormed(tag));
}

QTEST_GUILESS_MAIN(TstLanguageTag)
#include "tst_language_tag.moc"
