// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The interface's language in the whole app: it follows the signed-in user's saved language
// preference live (not a value being typed, not someone else's), a choice in View > Language
// wins over it, and a language without a translation leaves the interface in English, saying so.
#include "AppSessionStart.h"
#include "app/AppOptions.h"
#include "app/AppSession.h"
#include "ui/meapi/MeApiWindow.h"
#include "ui/shell/LanguageMenu.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NavigationList.h"
#include "ui/widgets/LanguagePicker.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace valara;
using namespace valara::testing;

class TestAppLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid() && m_data.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Valara"));
        QCoreApplication::setApplicationName(QStringLiteral("Valara Desk"));
    }

    void theInterfaceFollowsTheSignedInUsersSavedLanguage()
    {
        QString error;
        const std::unique_ptr<AppSession> started = startAppSession({"--demo"}, &error);
        QVERIFY2(started, qPrintable(error));
        AppSession &session = *started;
        MainWindow *window = session.window();
        QTRY_COMPARE_WITH_TIMEOUT(window->callerId(), QStringLiteral("usr-maya-thompson"), 10000);
        LanguageMenu *menu = window->languageMenu();
        QTRY_VERIFY_WITH_TIMEOUT(menu->note().contains(QLatin1String("English")), 10000);
        QCOMPARE(menu->title(), QStringLiteral("&Language"));
        QVERIFY(window->showPage(NavigationList::MyPreferences));

        // Typed, not saved: nothing changes.
        auto *picker = window->findChild<LanguagePicker *>(QStringLiteral("languagePicker"));
        QVERIFY(picker);
        QTRY_COMPARE_WITH_TIMEOUT(picker->languageTag(), QStringLiteral("en-US"), 10000);
        typeLanguage(picker, "de-DE");
        QCOMPARE(picker->languageTag(), QStringLiteral("de-DE"));
        QCOMPARE(menu->title(), QStringLiteral("&Language"));

        // Saved: German at once, Qt's own buttons too.
        save(window);
        QTRY_COMPARE_WITH_TIMEOUT(menu->title(), german("valara::LanguageMenu", "&Language"),
                                  10000);
        QVERIFY(menu->title() != QLatin1String("&Language"));
        QCOMPARE(menu->note(),
                 QCoreApplication::translate("UiLanguage", "%1, from your language preference.")
                     .arg(QStringLiteral("Deutsch")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));

        // View > Language wins over the account; "Follow" gives it back.
        window->findChild<QAction *>(QStringLiteral("language_fr"))->trigger();
        QTRY_VERIFY(menu->title() != german("valara::LanguageMenu", "&Language"));
        QVERIFY(menu->title() != QLatin1String("&Language"));
        QVERIFY(window->findChild<QAction *>(QStringLiteral("language_fr"))->isChecked());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Annuler"));
        window->findChild<QAction *>(QStringLiteral("languageFollowAccount"))->trigger();
        QTRY_COMPARE(menu->title(), german("valara::LanguageMenu", "&Language"));

        // Someone else's language, saved: the interface stays as it is.
        QVERIFY(window->showPage(NavigationList::People));
        QTRY_VERIFY_WITH_TIMEOUT(window->openUser(QStringLiteral("usr-chloe-nguyen")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(picker->languageTag().isEmpty(), false, 10000);
        typeLanguage(picker, "fr-CA");
        save(window);
        QTest::qWait(200); // the answer is in: the save button went off again
        QCOMPARE(menu->title(), german("valara::LanguageMenu", "&Language"));

        // A language with no translation: English, and the menu says why.
        QVERIFY(window->showPage(NavigationList::MyPreferences));
        QTRY_COMPARE_WITH_TIMEOUT(picker->languageTag(), QStringLiteral("de-DE"), 10000);
        typeLanguage(picker, "pt-BR");
        save(window);
        QTRY_COMPARE_WITH_TIMEOUT(menu->title(), QStringLiteral("&Language"), 10000);
        QVERIFY2(menu->note().contains(QStringLiteral("Português (Brasil)")),
                 qPrintable(menu->note()));
    }

    void aMeApiAccountChoosesItsLanguageInItsOwnWindow()
    {
        QString error;
        const std::unique_ptr<AppSession> started = startAppSession({"--demo", "--me-api"}, &error);
        QVERIFY2(started, qPrintable(error));
        AppSession &session = *started;
        MeApiWindow *window = session.meWindow();
        QVERIFY(window);
        // The Me API has no language preference: the system's (English here) until one is chosen.
        LanguageMenu *menu = window->languageMenu();
        QVERIFY(menu);
        QCOMPARE(menu->title(), QStringLiteral("&Language"));
        auto *german = window->findChild<QAction *>(QStringLiteral("language_de"));
        QVERIFY(german);
        german->trigger();
        QTRY_COMPARE(menu->title(), TestAppLanguage::german("valara::LanguageMenu", "&Language"));
        QCOMPARE(window->windowTitle(),
                 TestAppLanguage::german("valara::MeApiWindow", "Valara Desk — Me API — Demo"));
        window->findChild<QAction *>(QStringLiteral("languageFollowAccount"))->trigger();
        QTRY_COMPARE(menu->title(), QStringLiteral("&Language"));
    }

private:
    // What the German translation says, read from the embedded file itself.
    static QString german(const char *context, const char *text)
    {
        QTranslator translator;
        if (!translator.load(QStringLiteral(":/i18n/valara_de.qm")))
            return QStringLiteral("(no German translation)");
        return translator.translate(context, text);
    }

    static void typeLanguage(LanguagePicker *picker, const char *tag)
    {
        picker->setFocus();
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), tag);
        QTest::keyClick(picker->lineEdit(), Qt::Key_Tab);
    }

    static void save(MainWindow *window)
    {
        auto *save = window->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(save);
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 5000);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!save->isEnabled(), 10000);
    }

    QTemporaryDir m_config;
    QTemporaryDir m_data;
};

QTEST_MAIN(TestAppLanguage)
#include "tst_app_language.moc"
