// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A bulk change from start to end against the real sandbox (BulkChange): only the fields the user
// touched are sent, a problem in one blocks the preview, the stages follow the preview and the
// sending, managers' members of other teams are skipped up front, and profiles go out as PATCHes
// of just the shared fields.
#include "JournalEditorFixture.h"
#include "TestCaller.h"
#include "models/bulk/BulkChange.h"
#include "models/bulk/BulkResultsModel.h"
#include "models/bulk/BulkValues.h"
#include "models/records/EditableRecordsModel.h"
#include "sandbox/http/FaultInjector.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using Outcome = BulkMember::Outcome;
using Stage = BulkChange::Stage;

class TestBulkChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void cleanup()
    {
        m_change.reset();
        m_fixture.tearDown();
        m_writes.clear();
    }

    void onlyTouchedFieldsAreSent()
    {
        setUp("key-broker-b1");
        start(BulkChange::Kind::Preferences, testCaller("b1", "broker", "t1", {"t1"}),
              {"g1", "g2", "p1"}, {{"g1", "t1"}, {"g2", "t1"}, {"p1", "t2"}});
        BulkValues *values = m_change->values();
        QVERIFY(!values->isReady()); // nothing touched
        QVERIFY(!m_change->startPreview());
        type("measurement_unit", "metric");
        type("timezone", "Asia/Tokyo"); // typed, then left out
        values->setTouched("measurement_unit", true);
        QCOMPARE(values->values(), (QJsonObject{{"measurement_unit", "metric"}}));
        QVERIFY(values->isReady());

        QVERIFY(m_change->startPreview());
        QCOMPARE(m_change->stage(), Stage::Previewing);
        QTRY_COMPARE(m_change->stage(), Stage::Previewed);
        QCOMPARE(outcome("g1"), Outcome::Pending);
        QCOMPARE(outcome("g2"), Outcome::NoChange);  // metric already
        QCOMPARE(outcome("p1"), Outcome::Forbidden); // another team's
        QCOMPARE(m_change->toSendCount(), 1);
        QVERIFY(m_writes.isEmpty()); // nothing before the user confirms

        QVERIFY(m_change->confirm());
        QTRY_COMPARE(m_change->stage(), Stage::Finished);
        QCOMPARE(outcome("g1"), Outcome::Applied);
        QCOMPARE(m_writes.size(), 1);
        QCOMPARE(m_writes.first().method, QByteArray("PATCH"));
        QCOMPARE(QJsonDocument::fromJson(m_writes.first().requestBody).object(),
                 (QJsonObject{{"measurement_unit", "metric"}}));
        QCOMPARE(m_change->progress().done(), 1);
        QCOMPARE(m_change->progress().total(), 1);
    }

    void aProblemInATouchedFieldBlocksThePreview()
    {
        setUp("key-admin-a1");
        start(BulkChange::Kind::Profiles, testCaller("a1", "admin"), {"g1"}, {});
        type("website_url", "not an address");
        BulkValues *values = m_change->values();
        QVERIFY(values->isTouched("website_url") == false);
        QVERIFY(values->problem("website_url").isEmpty()); // not part of the change
        values->setTouched("website_url", true);
        QVERIFY(!values->problem("website_url").isEmpty());
        QVERIFY(!values->isReady());
        QVERIFY(!m_change->startPreview());
        type("website_url", "https://reyes.example");
        QVERIFY(values->isReady());
    }

    void profilesGoOutAsPatchesOfTheSharedFields()
    {
        setUp("key-admin-a1");
        start(BulkChange::Kind::Profiles, testCaller("a1", "admin"), {"g1", "g2"}, {});
        QVERIFY(!BulkChange::offeredKeys(BulkChange::Kind::Profiles).contains("email"));
        type("office_name", "Denver");
        m_change->values()->setTouched("office_name", true);
        QVERIFY(m_change->startPreview());
        QTRY_COMPARE(m_change->stage(), Stage::Previewed);
        QCOMPARE(m_change->toSendCount(), 2);
        QVERIFY(m_change->confirm());
        QTRY_COMPARE(m_change->stage(), Stage::Finished);
        QCOMPARE(m_writes.size(), 2);
        for (const SandboxExchange &write : m_writes) {
            QCOMPARE(write.method, QByteArray("PATCH"));
            QCOMPARE(QJsonDocument::fromJson(write.requestBody).object(),
                     (QJsonObject{{"office_name", "Denver"}}));
        }
        QCOMPARE(m_change->results()->count(Outcome::Applied), 2);
    }

    void stoppingThePreviewGoesBackToTheValues()
    {
        setUp("key-admin-a1");
        start(BulkChange::Kind::Preferences, testCaller("a1", "admin"), {"g1", "g2", "b1"}, {});
        m_fixture.sandbox->server().faults().setLatencyMs(200);
        type("theme", "light");
        m_change->values()->setTouched("theme", true);
        QVERIFY(m_change->startPreview());
        m_change->cancel();
        QCOMPARE(m_change->stage(), Stage::Choosing);
        QVERIFY(!m_change->isIdle());       // the reads on their way come back first
        QVERIFY(!m_change->startPreview()); // not before they have
        QTRY_VERIFY(m_change->isIdle());
        QVERIFY(m_change->startPreview());
        QTRY_COMPARE(m_change->stage(), Stage::Previewed);
        QVERIFY(m_writes.isEmpty());
    }

private:
    void setUp(const QByteArray &key)
    {
        QString error;
        QVERIFY2(m_fixture.setUp(&error, key), qPrintable(error));
        connect(&m_fixture.sandbox->server(), &SandboxServer::exchangeCompleted, this,
                [this](const SandboxExchange &exchange) {
                    if (exchange.method != "GET" && exchange.status == 200)
                        m_writes.append(exchange);
                });
    }
    void start(BulkChange::Kind kind, const Caller &caller, const QStringList &people,
               const QHash<QString, QString> &teams)
    {
        m_change =
            std::make_unique<BulkChange>(kind, m_fixture.client.get(), m_fixture.journal.get(),
                                         caller, BulkPeople{people, teams, {}});
        new QAbstractItemModelTester(m_change->results(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_change.get());
    }
    // As the form does: the value into the change's own row.
    void type(const QString &key, const QString &value)
    {
        EditableRecordsModel *form = m_change->values()->form();
        QVERIFY(
            form->setData(form->index(m_change->values()->row(), form->columnOfKey(key)), value));
    }
    Outcome outcome(const QString &userId) const
    {
        for (const BulkMember &member : m_change->results()->members()) {
            if (member.userId == userId)
                return member.outcome;
        }
        return Outcome::Pending;
    }

    JournalEditorFixture m_fixture;
    std::unique_ptr<BulkChange> m_change;
    QList<SandboxExchange> m_writes;
};

QTEST_GUILESS_MAIN(TestBulkChange)
#include "tst_bulk_change.moc"
