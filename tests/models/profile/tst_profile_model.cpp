// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileModel: edits, what is sent (only changed fields, snake_case, normalised), warnings,
// and who may edit what.
#include "TestCaller.h"
#include "models/profile/ProfileModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::testing;

namespace {

QJsonObject gina()
{
    return QJsonObject{{"id", "g1"},
                       {"email", "gina@valara.test"},
                       {"role", "agent"},
                       {"is_active", true},
                       {"email_verified", true},
                       {"account_status", "active"},
                       {"name", "Gina Agent"},
                       {"title", "Agent"},
                       {"phone", QJsonValue()},
                       {"city", "Austin"},
                       {"state", "TX"},
                       {"bio", "Ten years in Austin."}};
}

} // namespace

class TestProfileModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ProfileModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setCaller(testCaller("g1", "agent"));
        m_model->setServerValues("g1", gina());
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void columnsAreTheSchemaFields()
    {
        QCOMPARE(m_model->columnCount(), int(ProfileSchema::fields().size()));
        QCOMPARE(m_model->headerData(ProfileModel::columnOf("title"), Qt::Horizontal).toString(),
                 QStringLiteral("Title"));
        QCOMPARE(cell("phone").data(Qt::EditRole).toString(), QString()); // null reads as ""
        QCOMPARE(cell("is_active").data(Qt::EditRole), QVariant(true));
    }

    void untouchedFieldsSendNothing()
    {
        // A form writes back what it shows: "" for a null field, the same text elsewhere.
        QVERIFY(m_model->setData(cell("phone"), QString()));
        QVERIFY(m_model->setData(cell("title"), QStringLiteral("Agent")));
        QVERIFY(m_model->setData(cell("city"), QStringLiteral(" Austin ")));
        QVERIFY(!m_model->isDirty(0));
        QCOMPARE(m_model->changes(0), QJsonObject());
    }

    void onlyChangedFieldsAreSentNormalised()
    {
        QSignalSpy state(m_model.get(), &ProfileModel::rowStateChanged);
        QVERIFY(m_model->setData(cell("title"), QStringLiteral("Senior Agent ")));
        QVERIFY(m_model->setData(cell("phone"), QStringLiteral("(512) 555-0142")));
        QVERIFY(m_model->setData(cell("state"), QStringLiteral("Texas"))); // same state: no change
        QVERIFY(m_model->setData(cell("city"), QString()));                // cleared
        QVERIFY(state.size() >= 3);
        QCOMPARE(m_model->changes(0), (QJsonObject{{"title", "Senior Agent"},
                                                   {"phone", "+15125550142"},
                                                   {"city", QJsonValue()}}));
        QVERIFY(cell("title").data(ProfileModel::DirtyRole).toBool());
        QVERIFY(!cell("state").data(ProfileModel::DirtyRole).toBool());
        QVERIFY(m_model->canSave(0));
        QVERIFY(!m_model->changesAdminFields(0));
    }

    void problemsBlockWarningsDoNot()
    {
        QVERIFY(m_model->setData(cell("phone"), QStringLiteral("call me")));
        QVERIFY(!cell("phone").data(ProfileModel::ErrorRole).toString().isEmpty());
        QVERIFY(!m_model->canSave(0));

        QVERIFY(m_model->setData(cell("phone"), QStringLiteral("+1-555-0123")));
        QVERIFY(cell("phone").data(ProfileModel::ErrorRole).toString().isEmpty());
        QVERIFY(!cell("phone").data(ProfileModel::WarningRole).toString().isEmpty());
        QVERIFY(m_model->canSave(0));
        QCOMPARE(m_model->changes(0).value("phone"), QJsonValue("+15550123"));

        QVERIFY(m_model->setData(cell("name"), QStringLiteral("  ")));
        QVERIFY(!cell("name").data(ProfileModel::ErrorRole).toString().isEmpty());
        QVERIFY(!m_model->canSave(0));
    }

    void phoneRegionReadsNationalNumbers()
    {
        QVERIFY(m_model->setData(cell("phone"), QStringLiteral("020 7946 0958")));
        m_model->setPhoneRegion("GB");
        QCOMPARE(m_model->changes(0).value("phone"), QJsonValue("+442079460958"));
        QVERIFY(cell("phone").data(ProfileModel::WarningRole).toString().isEmpty());
    }

    void adminOnlyFieldsAreLockedForOthers()
    {
        const QString reason = cell("email").data(ProfileModel::LockReasonRole).toString();
        QVERIFY(!reason.isEmpty());
        QVERIFY(!(m_model->flags(cell("email")) & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(cell("email"), QStringLiteral("g@valara.test")));
        QVERIFY(!m_model->setData(cell("is_active"), false));
        QCOMPARE(m_model->changes(0), QJsonObject());
        QVERIFY(m_model->flags(cell("title")) & Qt::ItemIsEditable);

        m_model->setCaller(testCaller("a1", "admin"));
        QVERIFY(cell("email").data(ProfileModel::LockReasonRole).toString().isEmpty());
        QVERIFY(m_model->setData(cell("is_active"), false));
        QVERIFY(m_model->changesAdminFields(0));
        QCOMPARE(m_model->changes(0), (QJsonObject{{"is_active", false}}));
    }

    void someoneElsesProfileIsReadOnly()
    {
        // A manager: preferences yes, profile no (docs/api-contract.md R2).
        m_model->setCaller(testCaller("b1", "broker", {}, {"t1"}));
        QVERIFY(!m_model->profileLockReason(0).isEmpty());
        QVERIFY(!m_model->setData(cell("title"), QStringLiteral("Changed")));
        QCOMPARE(cell("title").data(ProfileModel::LockReasonRole).toString(),
                 m_model->profileLockReason(0));
        m_model->setCaller(testCaller("a1", "admin"));
        QVERIFY(m_model->profileLockReason(0).isEmpty());
        QVERIFY(m_model->setData(cell("title"), QStringLiteral("Changed")));
    }

    void aSaveAnswerKeepsNewerEditsAndTheRecord()
    {
        QVERIFY(m_model->setData(cell("title"), QStringLiteral("Broker")));
        const auto ticket = m_model->beginSave(0);
        QCOMPARE(ticket.sent, (QJsonObject{{"title", "Broker"}}));
        QVERIFY(m_model->setData(cell("city"), QStringLiteral("Dallas"))); // while saving
        QJsonObject answer = gina();
        answer["title"] = "Broker";
        m_model->finishSave(ticket, answer);
        QCOMPARE(m_model->changes(0), (QJsonObject{{"city", "Dallas"}}));
        QCOMPARE(m_model->serverRecord(0).value("title"), QJsonValue("Broker"));
    }

    void aRevertWhileSavingNeverBringsBackTheOldValue()
    {
        QVERIFY(m_model->setData(cell("title"), QStringLiteral("Broker")));
        const auto ticket = m_model->beginSave(0);
        QVERIFY(m_model->setData(cell("title"), QStringLiteral("Team lead"))); // while saving
        m_model->revertRow(0);
        QJsonObject answer = gina();
        answer["title"] = "Broker";
        m_model->finishSave(ticket, answer);
        QCOMPARE(cell("title").data().toString(), QStringLiteral("Broker"));
        QCOMPARE(m_model->changes(0), QJsonObject());
    }

    void serverErrorsLandOnTheirFields()
    {
        QVERIFY(m_model->setData(cell("website_url"), QStringLiteral("https://gina.example")));
        m_model->setServerErrors("g1", {{"website_url", "Not reachable"}});
        QCOMPARE(cell("website_url").data(ProfileModel::ErrorRole).toString(),
                 QStringLiteral("Not reachable"));
        QVERIFY(m_model->setData(cell("website_url"), QStringLiteral("https://gina.example/x")));
        QVERIFY(cell("website_url").data(ProfileModel::ErrorRole).toString().isEmpty());
    }

private:
    QModelIndex cell(const char *key) const
    {
        return m_model->index(0, ProfileModel::columnOf(QString::fromLatin1(key)));
    }

    std::unique_ptr<ProfileModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestProfileModel)
#include "tst_profile_model.moc"
