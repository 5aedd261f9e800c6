// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which translators valara-cli installs for a locale (cli/CliTranslations.h): ours for the
// locale's language (es_MX reads Spanish), the English plural forms for English and for languages
// without a translation, Qt's own where installed, and the pseudo-locale on request.
#include "cli/CliTranslations.h"

#include "models/i18n/PseudoTranslator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>

using namespace valara;

namespace {

QProcessEnvironment pseudo(const QString &value)
{
    QProcessEnvironment environment;
    environment.insert(QLatin1String(CliTranslations::PseudoLocaleVariable), value);
    return environment;
}

bool hasQtTranslation(const QString &language)
{
    return QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                         QStringLiteral("/qtbase_%1.qm").arg(language));
}

QString people(int n)
{
    return QCoreApplication::translate(
        "CliBulkReport", "%n people could not be changed: their lines say why", nullptr, n);
}

} // namespace

class TestCliTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownTranslationForTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("file");
        QTest::newRow("German") << "de_DE"
                                << ":/i18n/valara_de.qm";
        QTest::newRow("Spanish of Mexico") << "es_MX"
                                           << ":/i18n/valara_es.qm";
        QTest::newRow("French of Canada") << "fr_CA"
                                          << ":/i18n/valara_fr.qm";
        QTest::newRow("English") << "en_GB"
                                 << ":/i18n/valara_en.qm";
        QTest::newRow("C") << "C"
                           << ":/i18n/valara_en.qm";
        QTest::newRow("no translation") << "it_IT"
                                        << ":/i18n/valara_en.qm";
    }

    void ownTranslationForTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, file);
        CliTranslations translations;
        translations.install(QLocale(locale), {});
        QVERIFY2(!translations.files().isEmpty(), qPrintable(locale));
        QCOMPARE(translations.files().first(), file); // asked first
        // Nothing else of ours: Qt's own at most.
        for (const QString &other : translations.files().mid(1))
            QVERIFY2(other.contains(QLatin1String("qtbase_")), qPrintable(other));
    }

    void englishPluralForms()
    {
        for (const char *locale : {"C", "en_US", "it_IT"}) {
            CliTranslations translations;
            translations.install(QLocale(QLatin1String(locale)), {});
            QCOMPARE(people(1),
                     QStringLiteral("1 person could not be changed: their line says why"));
            QCOMPARE(people(3),
                     QStringLiteral("3 people could not be changed: their lines say why"));
        }
        // Removed with the object: the source text again.
        QCOMPARE(people(1), QStringLiteral("1 people could not be changed: their lines say why"));
    }

    void qtOwnStringsInTheLanguage()
    {
        if (!hasQtTranslation(QStringLiteral("de")))
            QSKIP("Qt's German translation is not installed (qt6-translations-l10n)");
        CliTranslations translations;
        translations.install(QLocale(QStringLiteral("de_DE")), {});
        QVERIFY(translations.files().last().endsWith(QLatin1String("qtbase_de.qm")));
        // QCommandLineParser's error for an unknown option.
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Unknown option '%1'."),
                 QStringLiteral("Unbekannte Option '%1'."));
    }

    void pseudoLocale()
    {
        CliTranslations translations;
        translations.install(QLocale(QStringLiteral("de_DE")), pseudo(QStringLiteral("1")));
        QCOMPARE(translations.files().first(), QStringLiteral("pseudo-locale"));
        QVERIFY(!translations.files().contains(QStringLiteral(":/i18n/valara_de.qm")));
        // On the English plural forms, whatever the locale; %n replaced after.
        QCOMPARE(people(1),
                 PseudoTranslator::expand(
                     QStringLiteral("%n person could not be changed: their line says why"))
                     .replace(QStringLiteral("%n"), QStringLiteral("1")));
        QVERIFY(PseudoTranslator::wrapped(QCoreApplication::translate("CliHelp", "Journal:")));
        // Qt's own strings are left to Qt's translation.
        QVERIFY(!PseudoTranslator::wrapped(
            QCoreApplication::translate("QCommandLineParser", "Unknown option '%1'.")));
    }

    void pseudoLocaleOnlyWhenAskedFor()
    {
        for (const char *value : {"", "0", "yes"}) {
            CliTranslations translations;
            translations.install(QLocale(QStringLiteral("en_US")), pseudo(QLatin1String(value)));
            QCOMPARE(translations.files().first(), QStringLiteral(":/i18n/valara_en.qm"));
            QVERIFY(!PseudoTranslator::wrapped(QCoreApplication::translate("CliHelp", "Journal:")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_cli_translations.moc"
