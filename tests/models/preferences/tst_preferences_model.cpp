// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/preferences/PreferenceSchema.h"
#include "models/preferences/PreferencesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace valara;

namespace {

const QJsonObject ServerPrefs{{"date_time_format", "us"},
                              {"timezone", "America/Chicago"},
                              {"language", "pt-BR"},
                              {"measurement_unit", "imperial"},
                              {"theme", "system"}};

} // namespace

class TestPreferencesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<PreferencesModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setServerValues("g1", ServerPrefs);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void columnsFollowTheSchema()
    {
        QCOMPARE(m_model->columnCount(), PreferenceSchema::fields().size());
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QString key = PreferenceSchema::fields().at(column).key;
            QCOMPARE(PreferencesModel::fieldAt(column), key);
            QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(),
                     PreferenceSchema::label(key));
        }
    }

    void serverValuesFillTheRow()
    {
        QCOMPARE(m_model->rowCount(), 1);
        const QModelIndex tz = cell("timezone");
        QCOMPARE(tz.data().toString(), QStringLiteral("America/Chicago"));
        QCOMPARE(tz.data(PreferencesModel::ServerValueRole).toString(),
                 QStringLiteral("America/Chicago"));
        QCOMPARE(tz.data(PreferencesModel::UserIdRole).toString(), QStringLiteral("g1"));
        QVERIFY(!m_model->isDirty(0));
        QVERIFY(!m_model->canSave(0));
    }

    void missingFieldsShowTheDefaults()
    {
        m_model->setServerValues("g2", QJsonObject{{"theme", "dark"}});
        const int row = m_model->rowOf("g2");
        QCOMPARE(m_model->index(row, PreferencesModel::columnOf("theme")).data().toString(),
                 QStringLiteral("dark"));
        QCOMPARE(m_model->index(row, PreferencesModel::columnOf("language")).data().toString(),
                 QStringLiteral("en-US"));
    }

    void nothingIsEditableBeforeTheServerAnswers()
    {
        const int row = m_model->ensureUser("g9");
        const QModelIndex index = m_model->index(row, 0);
        QVERIFY(!(index.flags() & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(index, "uk"));
        QVERIFY(m_model->changes(row).isEmpty());
    }

    void onlyChangedFieldsAreSent()
    {
        QSignalSpy rowState(m_model.get(), &PreferencesModel::rowStateChanged);
        QVERIFY(m_model->setData(cell("timezone"), "Asia/Kolkata"));
        QVERIFY(m_model->setData(cell("theme"), "dark"));
        QCOMPARE(m_model->changes(0),
                 (QJsonObject{{"timezone", "Asia/Kolkata"}, {"theme", "dark"}}));
        QVERIFY(cell("theme").data(PreferencesModel::DirtyRole).toBool());
        QVERIFY(!cell("language").data(PreferencesModel::DirtyRole).toBool());
        QVERIFY(m_model->canSave(0));
        QCOMPARE(rowState.size(), 2);
    }

    void editingBackToTheServerValueIsClean()
    {
        m_model->setData(cell("theme"), "dark");
        m_model->setData(cell("theme"), "system");
        QVERIFY(!m_model->isDirty(0));
    }

    void localValidation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("uk") << "date_time_format"
                            << "uk" << true;
        QTest::newRow("iso") << "date_time_format"
                             << "iso" << false;
        QTest::newRow("kolkata") << "timezone"
                                 << "Asia/Kolkata" << true;
        QTest::newRow("mars") << "timezone"
                              << "Mars/Olympus" << false;
        QTest::newRow("es-MX") << "language"
                               << "es-MX" << true;
        QTest::newRow("en_US") << "language"
                               << "en_US" << false;
        QTest::newRow("metric") << "measurement_unit"
                                << "metric" << true;
        QTest::newRow("furlongs") << "measurement_unit"
                                  << "furlongs" << false;
        QTest::newRow("light") << "theme"
                               << "light" << true;
        QTest::newRow("neon") << "theme"
                              << "neon" << false;
    }
    void localValidation()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QVERIFY(m_model->setData(cell(key), value));
        QCOMPARE(cell(key).data(PreferencesModel::ErrorRole).toString().isEmpty(), valid);
        QCOMPARE(m_model->hasErrors(0), !valid);
        QCOMPARE(m_model->canSave(0), valid); // an invalid value is never sent
    }

    void theAnswerToASaveShowsTheServerValues()
    {
        m_model->setData(cell("theme"), "dark");
        const auto ticket = m_model->beginSave(0);
        QCOMPARE(ticket.sent, (QJsonObject{{"theme", "dark"}}));
        QJsonObject answer = ServerPrefs;
        answer.insert("theme", "dark");
        answer.insert("language", "pt-BR"); // unchanged, echoed
        m_model->finishSave(ticket, answer);
        QVERIFY(!m_model->isDirty(0));
        QCOMPARE(cell("theme").data(PreferencesModel::ServerValueRole).toString(),
                 QStringLiteral("dark"));
    }

    void aLateAnswerNeverOverwritesANewerEdit()
    {
        m_model->setData(cell("theme"), "dark");
        const auto ticket = m_model->beginSave(0);
        m_model->setData(cell("theme"), "light");            // edited again while saving
        m_model->setData(cell("timezone"), "Europe/Lisbon"); // and another field
        QJsonObject answer = ServerPrefs;
        answer.insert("theme", "dark");
        m_model->finishSave(ticket, answer);
        QCOMPARE(cell("theme").data().toString(), QStringLiteral("light"));
        QCOMPARE(cell("timezone").data().toString(), QStringLiteral("Europe/Lisbon"));
        QCOMPARE(m_model->changes(0),
                 (QJsonObject{{"theme", "light"}, {"timezone", "Europe/Lisbon"}}));
    }

    // A revert while a save is under way: the answer is what the server now holds, and the value
    // shown before the save (the server's old one) never comes back as an edit.
    void aRevertWhileSavingFollowsTheAnswer_data()
    {
        QTest::addColumn<bool>("editedWhileSaving");
        QTest::newRow("reverted") << false;
        QTest::newRow("edited again, then reverted") << true;
    }
    void aRevertWhileSavingFollowsTheAnswer()
    {
        QFETCH(bool, editedWhileSaving);
        m_model->setData(cell("theme"), "dark");
        const auto ticket = m_model->beginSave(0);
        if (editedWhileSaving)
            m_model->setData(cell("theme"), "light");
        m_model->revertRow(0);
        QJsonObject answer = ServerPrefs;
        answer.insert("theme", "dark");
        m_model->finishSave(ticket, answer);
        QCOMPARE(cell("theme").data().toString(), QStringLiteral("dark"));
        QVERIFY(!m_model->isDirty(0));
        QCOMPARE(m_model->changes(0), QJsonObject());
    }

    void anEditAfterARevertIsKeptOverTheAnswer()
    {
        m_model->setData(cell("theme"), "dark");
        const auto ticket = m_model->beginSave(0);
        m_model->revertRow(0);
        m_model->setData(cell("theme"), "light");
        QJsonObject answer = ServerPrefs;
        answer.insert("theme", "dark");
        m_model->finishSave(ticket, answer);
        QCOMPARE(m_model->changes(0), (QJsonObject{{"theme", "light"}}));
    }

    void aRefusalAfterARevertLeavesNoMessage()
    {
        m_model->setData(cell("timezone"), "America/Denver");
        m_model->setData(cell("theme"), "dark");
        const auto ticket = m_model->beginSave(0);
        m_model->revertRow(0);
        m_model->setData(cell("theme"), "dark"); // the same value again: the refusal still holds
        m_model->failSave(ticket, {{"timezone", "unknown IANA timezone"}, {"theme", "no"}});
        QVERIFY(cell("timezone").data(PreferencesModel::ErrorRole).toString().isEmpty());
        QCOMPARE(cell("theme").data(PreferencesModel::ErrorRole).toString(), QStringLiteral("no"));
    }

    void serverFieldErrorsLandOnTheirFieldsAndKeepTheEdits()
    {
        m_model->setData(cell("timezone"), "America/Denver");
        m_model->setServerErrors("g1", {{"timezone", "unknown IANA timezone"}});
        QCOMPARE(cell("timezone").data(PreferencesModel::ErrorRole).toString(),
                 QStringLiteral("unknown IANA timezone"));
        QCOMPARE(cell("timezone").data().toString(), QStringLiteral("America/Denver"));
        QVERIFY(!m_model->canSave(0)); // not resent unchanged
        m_model->setData(cell("timezone"), "America/Boise");
        QVERIFY(cell("timezone").data(PreferencesModel::ErrorRole).toString().isEmpty());
        QVERIFY(m_model->canSave(0));
    }

    void revertRestoresTheServerValues()
    {
        m_model->setData(cell("theme"), "dark");
        m_model->setData(cell("language"), "xx_bad");
        m_model->revertRow(0);
        QVERIFY(!m_model->isDirty(0));
        QVERIFY(!m_model->hasErrors(0));
        QCOMPARE(cell("theme").data().toString(), QStringLiteral("system"));
    }

    void refreshingFromTheServerKeepsEdits()
    {
        m_model->setData(cell("theme"), "dark");
        QJsonObject newer = ServerPrefs;
        newer.insert("language", "es-MX"); // someone else changed the language
        m_model->setServerValues("g1", newer);
        QCOMPARE(cell("language").data().toString(), QStringLiteral("es-MX"));
        QCOMPARE(cell("theme").data().toString(), QStringLiteral("dark"));
        QCOMPARE(m_model->changes(0), (QJsonObject{{"theme", "dark"}}));
    }

private:
    QModelIndex cell(const QString &key) const
    {
        return m_model->index(0, PreferencesModel::columnOf(key));
    }

    std::unique_ptr<PreferencesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestPreferencesModel)
#include "tst_preferences_model.moc"
