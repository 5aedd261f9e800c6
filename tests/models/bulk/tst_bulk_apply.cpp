// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A bulk change of preferences against the real sandbox (BulkPreview, BulkApply): the preview
// reads each member and skips those already at the new value or not the caller's to change;
// applying sends each member exactly their changed fields with their own key, a few at a time,
// reports 403 and 422 per member, pauses everyone on a 429, stops on cancel, and retries the
// failures with their original keys.
#include "JournalEditorFixture.h"
#include "models/bulk/BulkApply.h"
#include "models/bulk/BulkPreview.h"
#include "sandbox/http/FaultInjector.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using Outcome = BulkMember::Outcome;

namespace {
const QJsonObject Metric{{"measurement_unit", "metric"}};
}

class TestBulkApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void cleanup() { m_fixture.tearDown(); }

    void thePreviewSkipsUnchangedAndForbiddenMembers()
    {
        setUp("key-broker-b1");
        const QList<BulkMember> members = preview({"g1", "g2", "p1", "b1", "g1"});
        QCOMPARE(members.size(), 4); // g1 once
        QCOMPARE(outcome(members, "g1"), Outcome::Pending);
        QCOMPARE(member(members, "g1").changes, Metric);
        QCOMPARE(outcome(members, "g2"), Outcome::NoChange);  // metric already
        QCOMPARE(outcome(members, "p1"), Outcome::Forbidden); // not b1's team
        QCOMPARE(outcome(members, "b1"), Outcome::Pending);
        QVERIFY(m_writes.isEmpty()); // nothing sent before the user confirms
        QCOMPARE(m_reads, 3);        // the forbidden one is not even read
    }

    void eachMemberGetsExactlyTheirChangeWithTheirOwnKey()
    {
        setUp("key-broker-b1");
        BulkApply apply(m_fixture.editor.get());
        QSignalSpy finished(&apply, &BulkApply::finished);
        apply.start(preview({"g1", "g2", "b1"}));
        QVERIFY(finished.wait(10000));
        QCOMPARE(outcome(apply.members(), "g1"), Outcome::Applied);
        QCOMPARE(outcome(apply.members(), "b1"), Outcome::Applied);
        QCOMPARE(outcome(apply.members(), "g2"), Outcome::NoChange);
        QCOMPARE(m_writes.size(), 2);
        QSet<QByteArray> keys;
        for (const SandboxExchange &write : m_writes) {
            QCOMPARE(QJsonDocument::fromJson(write.requestBody).object(), Metric);
            keys.insert(write.requestHeader("X-Idempotency-Key"));
        }
        QCOMPARE(keys.size(), 2);
        // Journaled like any save.
        JournalFilter applied;
        applied.states = {JournalEntry::State::Applied};
        QCOMPARE(m_fixture.journal->list(applied).size(), 2);
        QVERIFY(!member(apply.members(), "g1").requestId.isEmpty());
    }

    void refusalsAreReportedPerMember()
    {
        setUp("key-broker-b1");
        const QList<BulkMember> members = preview({"g1", "b1"});
        m_fixture.sandbox->server().faults().answerNext(403, R"({"detail":"Not allowed"})");
        m_fixture.sandbox->server().faults().answerNext(
            422, R"({"detail":[{"loc":["body","measurement_unit"],"msg":"Bad unit",)"
                 R"("type":"value_error"}]})");
        BulkApply apply(m_fixture.editor.get());
        apply.setConcurrency(1); // the scripted answers in order
        QSignalSpy finished(&apply, &BulkApply::finished);
        apply.start(members);
        QVERIFY(finished.wait(10000));
        QCOMPARE(outcome(apply.members(), "g1"), Outcome::Refused);
        QCOMPARE(member(apply.members(), "g1").httpStatus, 403);
        QCOMPARE(outcome(apply.members(), "b1"), Outcome::Invalid);
        QVERIFY(member(apply.members(), "b1").error.contains("Bad unit"));
    }

    void retryResendsOnlyTheFailuresWithTheirKeys()
    {
        setUp("key-broker-b1");
        const QList<BulkMember> members = preview({"g1", "b1"});
        m_fixture.sandbox->server().faults().failNext(3); // g1's save, every attempt
        BulkApply apply(m_fixture.editor.get());
        apply.setConcurrency(1);
        QSignalSpy finished(&apply, &BulkApply::finished);
        apply.start(members);
        QVERIFY(finished.wait(10000));
        QCOMPARE(outcome(apply.members(), "g1"), Outcome::Failed);
        QCOMPARE(outcome(apply.members(), "b1"), Outcome::Applied);
        const QByteArray key = m_fixture.journal->sending("g1").constFirst().idempotencyKey;
        const int before = int(m_writes.size());

        QVERIFY(apply.retryFailed());
        QVERIFY(finished.wait(10000));
        QCOMPARE(outcome(apply.members(), "g1"), Outcome::Applied);
        QCOMPARE(outcome(apply.members(), "b1"), Outcome::Applied);
        QCOMPARE(m_writes.size(), before + 1); // g1 only
        QCOMPARE(m_writes.constLast().path, QStringLiteral("/api/v1/users/g1/preferences"));
        QCOMPARE(m_writes.constLast().requestHeader("X-Idempotency-Key"), key);
        QVERIFY(!apply.retryFailed()); // nothing left to retry
    }

    void aFinalRefusalIsNotRetried()
    {
        setUp("key-broker-b1");
        const QList<BulkMember> members = preview({"g1", "b1"});
        m_fixture.sandbox->server().faults().answerNext(500, R"({"detail":"Internal error"})");
        BulkApply apply(m_fixture.editor.get());
        apply.setConcurrency(1);
        QSignalSpy finished(&apply, &BulkApply::finished);
        apply.start(members);
        QVERIFY(finished.wait(10000));
        QCOMPARE(outcome(apply.members(), "g1"), Outcome::Failed);
        QVERIFY(!member(apply.members(), "g1").retryable); // the service answered: final
        QCOMPARE(outcome(apply.members(), "b1"), Outcome::Applied);
        QVERIFY(!apply.retryFailed()); // nothing sent again over what the server holds now
    }

    void aRateLimitTheClientGaveUpOnPausesEveryone()
    {
        setUp("key-broker-b1");
        const QList<BulkMember> members = preview({"g1", "b1"});
        m_fixture.sandbox->server().faults().rateLimitNext(1, 600); // too long to wait for
        BulkApply apply(m_fixture.editor.get());
        apply.setConcurrency(1);
        QSignalSpy paused(&apply, &BulkApply::paused);
        QSignalSpy finished(&apply, &BulkApply::finished);
        apply.start(members);
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 10000);
        QCOMPARE(paused.constFirst().constFirst().toInt(), BulkApply::FinalRateLimitPauseMs);
        QTRY_COMPARE(outcome(apply.members(), "g1"), Outcome::Failed);
        QVERIFY(member(apply.members(), "g1").retryable); // outcome unknown: it waits (K24)
        QCOMPARE(outcome(apply.members(), "b1"), Outcome::Pending); // not sent while paused
        QVERIFY(apply.isPaused());
        apply.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(5000));
        QCOMPARE(outcome(apply.members(), "b1"), Outcome::NotSent);
        QVERIFY(m_writes.isEmpty());
    }

    void cancelLeavesTheRestUnsent()
    {
        setUp("key-admin-a1");
        const QList<BulkMember> members = preview({"a1", "b1", "g1", "p1", "g3"});
        m_fixture.sandbox->server().faults().setLatencyMs(100);
        BulkApply apply(m_fixture.editor.get());
        apply.setConcurrency(1);
        QSignalSpy finished(&apply, &BulkApply::finished);
        // Stopped once the second member is on its way (the first answer freed its connection):
        // both finish, nobody else is sent.
        connect(&apply, &BulkApply::memberChanged, &apply, [&](int index) {
            if (index == 1 && apply.members().at(index).outcome == Outcome::Sending)
                apply.cancel();
        });
        apply.start(members);
        QVERIFY(finished.wait(10000));
        int applied = 0;
        int notSent = 0;
        for (const BulkMember &m : apply.members()) {
            applied += m.outcome == Outcome::Applied;
            notSent += m.outcome == Outcome::NotSent;
        }
        QCOMPARE(applied, 2);
        QCOMPARE(notSent, 3);
        QCOMPARE(m_writes.size(), 2);
        QVERIFY(!apply.isRunning() && !apply.isPaused());
    }

    void theNextMemberGoesOutAsSoonAsAConnectionIsFree()
    {
        setUp("key-broker-b1");
        const QList<BulkMember> members = preview({"g1", "b1"});
        BulkApply apply(m_fixture.editor.get());
        apply.setConcurrency(1);
        QSignalSpy finished(&apply, &BulkApply::finished);
        QString firstState;
        connect(&apply, &BulkApply::memberChanged, &apply, [&](int index) {
            if (index != 1 || apply.members().at(1).outcome != Outcome::Sending)
                return;
            // The first answer is in, but not journaled yet: the connection did not wait.
            firstState =
                JournalEntry::stateName(m_fixture.journal->list(JournalFilter()).constLast().state);
        });
        apply.start(members);
        QVERIFY(finished.wait(10000));
        QCOMPARE(firstState, QStringLiteral("sending"));
        QCOMPARE(outcome(apply.members(), "g1"), Outcome::Applied);
        QCOMPARE(outcome(apply.members(), "b1"), Outcome::Applied);
    }

    void concurrencyIsBounded()
    {
        setUp("key-admin-a1");
        const QList<BulkMember> members = preview({"a1", "b1", "g1", "p1", "g3"});
        m_fixture.sandbox->server().faults().setLatencyMs(100);
        int inFlight = 0;
        int most = 0;
        connect(&m_fixture.sandbox->server(), &SandboxServer::requestReceived, this,
                [&](const QByteArray &method) {
                    if (method == "PATCH")
                        most = qMax(most, ++inFlight);
                });
        connect(&m_fixture.sandbox->server(), &SandboxServer::exchangeCompleted, this,
                [&](const SandboxExchange &exchange) { inFlight -= exchange.method == "PATCH"; });
        BulkApply apply(m_fixture.editor.get());
        apply.setConcurrency(2);
        QSignalSpy finished(&apply, &BulkApply::finished);
        apply.start(members);
        QVERIFY(finished.wait(10000));
        QCOMPARE(most, 2);
        QCOMPARE(m_writes.size(), 5);
    }

    void a429PausesEveryWorker()
    {
        setUp("key-admin-a1");
        const QList<BulkMember> members = preview({"a1", "b1", "g1", "p1", "g3"});
        m_fixture.sandbox->server().faults().rateLimitNext(1, 1);
        BulkApply apply(m_fixture.editor.get());
        apply.setConcurrency(2); // the other worker waits too
        QElapsedTimer clock;
        qint64 pausedAt = -1;
        QList<qint64> startedAt; // when each member was sent (or sent again)
        connect(&apply, &BulkApply::paused, this, [&] { pausedAt = clock.elapsed(); });
        connect(&apply, &BulkApply::memberChanged, this, [&](int index) {
            if (apply.members().at(index).outcome == Outcome::Sending)
                startedAt.append(clock.elapsed());
        });
        QSignalSpy paused(&apply, &BulkApply::paused);
        QSignalSpy finished(&apply, &BulkApply::finished);
        clock.start();
        apply.start(members);
        QVERIFY(finished.wait(15000));
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.constFirst().constFirst().toInt(), 1000);
        // No member was sent during the Retry-After, though a worker was free.
        for (qint64 at : std::as_const(startedAt))
            QVERIFY2(at <= pausedAt || at >= pausedAt + 950, qPrintable(QString::number(at)));
        QCOMPARE(startedAt.size(), 5);
        for (const BulkMember &m : apply.members())
            QCOMPARE(m.outcome, Outcome::Applied);
    }

private:
    void setUp(const QByteArray &key)
    {
        QString error;
        QVERIFY2(m_fixture.setUp(&error, key), qPrintable(error));
        m_admin = key == "key-admin-a1";
        m_writes.clear();
        m_reads = 0;
        connect(&m_fixture.sandbox->server(), &SandboxServer::exchangeCompleted, this,
                [this](const SandboxExchange &exchange) {
                    if (exchange.method == "PATCH" && exchange.status == 200)
                        m_writes.append(exchange);
                    m_reads += exchange.method == "GET";
                });
    }
    QList<BulkMember> preview(const QStringList &users)
    {
        const QSet<QString> team{"b1", "g1", "g2"};
        const bool admin = m_admin;
        BulkPreview preview(m_fixture.editor.get());
        QSignalSpy finished(&preview, &BulkPreview::finished);
        preview.start(users, Metric,
                      [&](const QString &user) { return admin || team.contains(user); });
        if (preview.isRunning() && !finished.wait(10000))
            return {};
        return preview.members();
    }
    static BulkMember member(const QList<BulkMember> &members, const QString &user)
    {
        for (const BulkMember &m : members) {
            if (m.userId == user)
                return m;
        }
        return {};
    }
    static Outcome outcome(const QList<BulkMember> &members, const QString &user)
    {
        return member(members, user).outcome;
    }

    JournalEditorFixture m_fixture;
    QList<SandboxExchange> m_writes;
    int m_reads = 0;
    bool m_admin = false;
};

QTEST_GUILESS_MAIN(TestBulkApply)
#include "tst_bulk_apply.moc"
