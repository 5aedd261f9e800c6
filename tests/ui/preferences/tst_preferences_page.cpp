// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The preferences page driven like a user would, against the real sandbox: a broker (b1) edits a
// team member's (g2) preferences.
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "api/ApiClient.h"
#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"
#include "sandbox/http/FaultInjector.h"
#include "ui/editing/FieldErrorLabel.h"
#include "ui/editing/InlineBanner.h"
#include "ui/preferences/PreferencesPage.h"
#include "ui/shell/ThemeController.h"
#include "ui/widgets/ChoiceComboBox.h"
#include "ui/widgets/LanguagePicker.h"
#include "ui/widgets/TimeZonePicker.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestPreferencesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = makeTestClient(*m_sandbox, &m_network, "key-broker-b1");
        m_model = std::make_unique<PreferencesModel>();
        m_editor = std::make_unique<PreferencesEditor>(m_client.get(), m_model.get());
        m_page = std::make_unique<PreferencesPage>(m_editor.get(), nullptr, "b1");
        m_page->resize(700, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QSignalSpy loaded(m_editor.get(), &PreferencesEditor::loaded);
        m_page->setUser("g2");
        QVERIFY(loaded.wait(5000));
        m_exchanges =
            std::make_unique<QSignalSpy>(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
    }
    void cleanup()
    {
        m_exchanges.reset();
        m_page.reset();
        m_editor.reset();
        m_model.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void theFormShowsTheServerValues()
    {
        QCOMPARE(find<ChoiceComboBox>("dateTimeFormatChoice")->value(), QStringLiteral("uk"));
        QCOMPARE(find<ChoiceComboBox>("unitsChoice")->value(), QStringLiteral("metric"));
        QCOMPARE(find<TimeZonePicker>("timeZonePicker")->zoneId(),
                 QStringLiteral("America/New_York"));
        QCOMPARE(find<LanguagePicker>("languagePicker")->languageTag(), QStringLiteral("en-US"));
        QVERIFY(!find<QPushButton>("saveButton")->isEnabled());
        QVERIFY(find<ChoiceComboBox>("dateTimeFormatChoice")->currentText().contains("/2"));
    }

    void changeTimezoneAndThemeSaveAndOnlyThoseAreSent()
    {
        pickTimeZone("kolk");
        chooseTheme(QStringLiteral("dark"));
        auto *save = find<QPushButton>("saveButton");
        QVERIFY(save->isEnabled());
        const QString preview = find<QPlainTextEdit>("patchPreview")->toPlainText();
        QVERIFY2(preview.contains("Asia/Kolkata") && preview.contains("dark"), qPrintable(preview));

        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QCOMPARE(m_exchanges->size(), 1);
        const auto exchange = m_exchanges->at(0).at(0).value<SandboxExchange>();
        QCOMPARE(QJsonDocument::fromJson(exchange.requestBody).object(),
                 (QJsonObject{{"timezone", "Asia/Kolkata"}, {"theme", "dark"}}));
        // Refreshed from the payload: nothing left to send, the server's values shown.
        QVERIFY(!save->isEnabled());
        QCOMPARE(find<TimeZonePicker>("timeZonePicker")->zoneId(), QStringLiteral("Asia/Kolkata"));
        QCOMPARE(find<ChoiceComboBox>("themeChoice")->value(), QStringLiteral("dark"));
        QVERIFY(find<QLabel>("preferencesStatus")
                    ->text()
                    .contains(QString::fromLatin1(exchange.requestId)));
    }

    void ctrlSSaves()
    {
        chooseTheme(QStringLiteral("light"));
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        QTest::keyClick(m_page.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(5000));
        QCOMPARE(m_model->index(0, PreferencesModel::columnOf("theme"))
                     .data(PreferencesModel::ServerValueRole)
                     .toString(),
                 QStringLiteral("light"));
    }

    // Ctrl+S right after typing, without leaving the field, sends what was typed.
    void ctrlSSendsTheLanguageJustTyped()
    {
        auto *language = typeLanguage("fr-CA");
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        QTest::keySequence(language->lineEdit(), QKeySequence::Save);
        QVERIFY(saved.wait(5000));
        QCOMPARE(m_exchanges->size(), 1);
        const auto exchange = m_exchanges->at(0).at(0).value<SandboxExchange>();
        QCOMPARE(QJsonDocument::fromJson(exchange.requestBody).object(),
                 (QJsonObject{{"language", "fr-CA"}}));
        QCOMPARE(
            m_sandbox->get("/api/v1/users/g2/preferences", "key-agent-g2").json().value("language"),
            QJsonValue("fr-CA"));
        QVERIFY(!m_page->hasUnsavedChanges());
    }

    // The answer to a save arrives while the person is typing in another field: what they typed
    // stays, as typed, and is still to be saved.
    void anAnswerNeverReplacesWhatIsBeingTyped()
    {
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        saveThemeSlowly();
        auto *language = typeLanguage("de-CH");
        QVERIFY(saved.wait(5000));
        QCOMPARE(language->lineEdit()->text(), QStringLiteral("de-CH"));
        QVERIFY(language->lineEdit()->hasFocus());
        QCOMPARE(m_model->changes(m_model->rowOf("g2")), (QJsonObject{{"language", "de-CH"}}));
        QVERIFY(find<QPushButton>("saveButton")->isEnabled());
    }

    void anAnswerNeverClearsATimezoneSearch()
    {
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        saveThemeSlowly();
        auto *search = find<QLineEdit>("timeZoneSearch");
        search->setFocus();
        QTest::keyClicks(search, "kolk"); // hides the chosen zone, America/New_York
        QVERIFY(saved.wait(5000));
        QCOMPARE(search->text(), QStringLiteral("kolk"));
        QCOMPARE(find<TimeZonePicker>("timeZonePicker")->zoneId(),
                 QStringLiteral("America/New_York"));
    }

    void anInvalidValueIsNeverSent()
    {
        auto *language = find<LanguagePicker>("languagePicker");
        language->setFocus();
        language->lineEdit()->selectAll();
        QTest::keyClicks(language->lineEdit(), "en_US");
        QTest::keyClick(language->lineEdit(), Qt::Key_Tab);
        QTRY_VERIFY(find<FieldErrorLabel>("languageError")->isVisible());
        QVERIFY(!find<QPushButton>("saveButton")->isEnabled());
        QTest::keyClick(m_page.get(), Qt::Key_S, Qt::ControlModifier);
        QTest::qWait(100);
        QCOMPARE(m_exchanges->size(), 0);
    }

    void aRefusalShowsInTheBannerAndKeepsTheEdits()
    {
        m_client->setBearerToken("key-agent-g1"); // an agent may not edit a teammate
        chooseTheme(QStringLiteral("dark"));
        QSignalSpy failed(m_editor.get(), &PreferencesEditor::failed);
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
        QVERIFY(failed.wait(5000));
        auto *banner = find<InlineBanner>("preferencesBanner");
        QVERIFY(banner->isVisible());
        const auto exchange = m_exchanges->at(0).at(0).value<SandboxExchange>();
        QCOMPARE(exchange.status, 403);
        QVERIFY2(banner->text().contains(QString::fromLatin1(exchange.requestId)),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().startsWith("The preferences were not saved"),
                 qPrintable(banner->text()));
        QCOMPARE(find<ChoiceComboBox>("themeChoice")->value(), QStringLiteral("dark"));
        QVERIFY(find<QPushButton>("saveButton")->isEnabled());
    }

    void editsSurviveATimeout()
    {
        m_sandbox->server().faults().setLatencyMs(800);
        m_client->setAttemptTimeout(150);
        pickTimeZone("lisbon");
        QSignalSpy failed(m_editor.get(), &PreferencesEditor::failed);
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY(find<InlineBanner>("preferencesBanner")->isVisible());
        QCOMPARE(find<TimeZonePicker>("timeZonePicker")->zoneId(), QStringLiteral("Europe/Lisbon"));
        QVERIFY(m_page->hasUnsavedChanges());
    }

    void revertRestoresTheServerValues()
    {
        chooseTheme(QStringLiteral("dark"));
        QTest::mouseClick(find<QPushButton>("revertButton"), Qt::LeftButton);
        QCOMPARE(find<ChoiceComboBox>("themeChoice")->value(), QStringLiteral("system"));
        QVERIFY(!m_page->hasUnsavedChanges());
    }

    void theThemeAppliesLiveOnlyToYourOwnPreferences()
    {
        ThemeController theme;
        PreferencesPage own(m_editor.get(), &theme, "g2"); // g2 editing their own preferences
        own.show();
        QSignalSpy loaded(m_editor.get(), &PreferencesEditor::loaded);
        own.setUser("g2");
        QTRY_VERIFY(m_model->hasServerValues(m_model->rowOf("g2")));
        auto *combo = own.findChild<ChoiceComboBox *>("themeChoice");
        const QColor systemWindow = qApp->palette().color(QPalette::Window);
        QVERIFY(systemWindow.lightness() > 150); // so that dark shows
        combo->setFocus();
        while (combo->value() != QLatin1String("dark"))
            QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(theme.theme(), QStringLiteral("dark"));
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 100);
        theme.apply("system");
        QCOMPARE(qApp->palette().color(QPalette::Window), systemWindow);

        ThemeController other;
        QSignalSpy otherChanged(&other, &ThemeController::themeChanged);
        PreferencesPage teammate(m_editor.get(), &other, "b1"); // a broker editing g2
        teammate.show();
        teammate.setUser("g2");
        auto *otherCombo = teammate.findChild<ChoiceComboBox *>("themeChoice");
        QCOMPARE(otherCombo->value(), QStringLiteral("dark")); // g2's edit, in the shared model
        otherCombo->setFocus();
        QTest::keyClick(otherCombo, Qt::Key_Up); // dark -> light: would change the app
        QCOMPARE(otherCombo->value(), QStringLiteral("light"));
        QCOMPARE(otherChanged.size(), 0); // not applied to the broker's app
        QCOMPARE(qApp->palette().color(QPalette::Window), systemWindow);
    }

    void accessibleNamesEqualTheVisibleLabels()
    {
        const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
        int buddies = 0;
        for (QLabel *label : labels) {
            if (!label->buddy())
                continue;
            ++buddies;
            QString visible = label->text();
            visible.remove(QLatin1Char('&'));
            if (visible.endsWith(QLatin1Char(':')))
                visible.chop(1);
            QCOMPARE(label->buddy()->accessibleName(), visible);
        }
        QVERIFY(buddies >= 6); // five fields and the preview
        QCOMPARE(find<LanguagePicker>("languagePicker")->lineEdit()->accessibleName(),
                 QStringLiteral("Language"));
    }

private:
    template <typename T>
    T *find(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    // As a user: type in the timezone search, go down into the list, press Enter.
    void pickTimeZone(const char *query)
    {
        auto *search = find<QLineEdit>("timeZoneSearch");
        search->setFocus();
        search->clear();
        QTest::keyClicks(search, query);
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(find<QListView>("timeZoneList"), Qt::Key_Return);
    }

    // Types `text` in the language picker, which keeps the focus.
    LanguagePicker *typeLanguage(const char *text)
    {
        auto *language = find<LanguagePicker>("languagePicker");
        language->setFocus();
        language->lineEdit()->selectAll();
        QTest::keyClicks(language->lineEdit(), text);
        if (!language->lineEdit()->hasFocus())
            qFatal("the language picker lost the focus");
        return language;
    }

    // Chooses the dark theme and saves it, the sandbox answering slowly; the save is under way.
    void saveThemeSlowly()
    {
        m_sandbox->server().faults().setLatencyMs(400);
        chooseTheme(QStringLiteral("dark"));
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
        if (!m_editor->isBusy("g2"))
            qFatal("no save under way");
    }

    void chooseTheme(const QString &value)
    {
        auto *combo = find<ChoiceComboBox>("themeChoice");
        combo->setFocus();
        for (int i = 0; i < combo->count() && combo->value() != value; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        if (combo->value() != value) {
            for (int i = 0; i < combo->count() && combo->value() != value; ++i)
                QTest::keyClick(combo, Qt::Key_Up);
        }
        QCOMPARE(combo->value(), value);
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PreferencesModel> m_model;
    std::unique_ptr<PreferencesEditor> m_editor;
    std::unique_ptr<PreferencesPage> m_page;
    std::unique_ptr<QSignalSpy> m_exchanges;
};

QTEST_MAIN(TestPreferencesPage)
#include "tst_preferences_page.moc"
