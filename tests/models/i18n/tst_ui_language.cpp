// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which language the interface speaks: this computer's choice, then the signed-in user's
// preference, then the system; regional tags speak their language; a language without a
// translation leaves English and says so.
#include "models/i18n/UiLanguage.h"

#include <QTest>

using namespace valara;

using Source = UiLanguage::Source;

class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageOfATag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("language");
        QTest::newRow("regional") << "es-MX"
                                  << "es";
        QTest::newRow("posix") << "de_DE.UTF-8"
                               << "de";
        QTest::newRow("upper case") << "FR"
                                    << "fr";
        QTest::newRow("script") << "zh-Hant-TW"
                                << "zh";
        QTest::newRow("C locale") << "C"
                                  << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("not a tag") << "en US"
                                   << "";
        QTest::newRow("Kelvin sign") << QStringLiteral("\u212Ao") << "";
    }

    void languageOfATag()
    {
        QFETCH(QString, tag);
        QFETCH(QString, language);
        QCOMPARE(UiLanguage::languageOf(tag), language);
    }

    void theOrderIsComputerAccountSystem()
    {
        const QStringList available{"en", "de", "es", "fr"};
        QCOMPARE(UiLanguage::resolve("fr", "de-DE", "es_ES", available),
                 (UiLanguage::Choice{"fr", Source::Computer, {}}));
        QCOMPARE(UiLanguage::resolve("", "de-DE", "es_ES", available),
                 (UiLanguage::Choice{"de", Source::Account, {}}));
        QCOMPARE(UiLanguage::resolve("", "", "es_ES", available),
                 (UiLanguage::Choice{"es", Source::System, {}}));
        QCOMPARE(UiLanguage::resolve("", "", "C", available),
                 (UiLanguage::Choice{"en", Source::System, {}}));
        // A choice for a language no longer shipped is passed over.
        QCOMPARE(UiLanguage::resolve("it", "es-MX", "de_DE", available),
                 (UiLanguage::Choice{"es", Source::Account, {}}));
    }

    void aLanguageWithoutATranslationStaysInEnglish()
    {
        const QStringList available{"en", "de", "es", "fr"};
        const UiLanguage::Choice choice = UiLanguage::resolve("", "pt-BR", "de_DE", available);
        QCOMPARE(choice, (UiLanguage::Choice{"en", Source::Account, "pt-BR"}));
        QCOMPARE(UiLanguage::note(choice),
                 QStringLiteral("Português (Brasil) has no translation yet: Valara Desk speaks "
                                "English."));
        QCOMPARE(UiLanguage::note({"de", Source::Account, {}}),
                 QStringLiteral("Deutsch, from your language preference."));
        QCOMPARE(UiLanguage::note({"fr", Source::Computer, {}}),
                 QStringLiteral("Français, as chosen on this computer."));
    }

    void theBuildShipsGermanSpanishAndFrench()
    {
        const QStringList available = UiLanguage::available();
        QCOMPARE(available.constFirst(), QStringLiteral("en"));
        for (const char *language : {"de", "es", "fr"})
            QVERIFY2(available.contains(QLatin1String(language)), language);
        QVERIFY(!available.contains(QStringLiteral("en_plurals")));
        QCOMPARE(available.count(QStringLiteral("en")), 1);
    }
};

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_ui_language.moc"
