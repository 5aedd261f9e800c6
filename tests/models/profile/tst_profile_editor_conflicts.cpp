// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileEditor's admin PUT against someone else's change, on the real sandbox: with ETags
// (--etags) the PUT carries If-Match and a change between the read and the write is a 412, read
// again and compared; without them, the comparison with the fresh copy catches a change made
// after Save was pressed. A conflict tells both values; "Keep mine" and "Use the server's".
#include "ConcurrentChange.h"
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "TestCaller.h"
#include "api/ApiClient.h"
#include "models/profile/ProfileConflict.h"
#include "models/profile/ProfileEditor.h"
#include "models/profile/ProfileModel.h"
#include "sandbox/http/EntityTag.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestProfileEditorConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void cleanup()
    {
        m_exchanges.reset();
        m_editor.reset();
        m_model.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void withETagsThePutCarriesTheReadsETag()
    {
        QVERIFY(start(true));
        QSignalSpy saved(m_editor.get(), &ProfileEditor::saved);
        editTitleAndStatus();
        QVERIFY(m_editor->save("f1"));
        QVERIFY(saved.wait(5000));
        QCOMPARE(methods(), (QList<QByteArray>{"GET 200", "PUT 200"}));
        const QByteArray etag = EntityTag::of(exchange(0).responseBody);
        QCOMPARE(exchange(1).requestHeader("If-Match"), etag);
        QCOMPARE(stored("f1").value("account_status"), QJsonValue("suspended"));
    }

    void withETagsAChangeBetweenReadAndWriteIsAConflict()
    {
        QVERIFY(start(true));
        const ProfileConflict conflict = saveIntoConflict(true);
        QCOMPARE(methods(), (QList<QByteArray>{"GET 200", "PUT 412", "GET 200"}));
        QCOMPARE(exchange(1).requestHeader("If-Match"), EntityTag::of(exchange(0).responseBody));
        verifyTitleConflict(conflict);
        QCOMPARE(conflict.requestId, QString::fromLatin1(exchange(2).requestId));
        QCOMPARE(stored("f1").value("title"), QJsonValue("Team Lead")); // not overwritten
        QCOMPARE(stored("f1").value("account_status"), QJsonValue("pending"));
    }

    void withoutETagsAChangeAfterSaveIsCaughtByTheComparison()
    {
        QVERIFY(start(false));
        editTitleAndStatus();
        QSignalSpy conflicted(m_editor.get(), &ProfileEditor::conflicted);
        QVERIFY(m_editor->save("f1"));
        // Lands after Save was pressed, before the fresh copy is read: nothing is sent.
        QVERIFY(changeStoredProfile(m_sandbox->server(), "f1", {{"title", "Team Lead"}}));
        QVERIFY(conflicted.wait(5000));
        QCOMPARE(methods(), (QList<QByteArray>{"GET 200"}));
        verifyTitleConflict(conflicted.at(0).at(0).value<ProfileConflict>());
        QCOMPARE(stored("f1").value("title"), QJsonValue("Team Lead"));
    }

    void keepMineSavesOverTheNewServerCopy_data() { withAndWithoutETags(); }
    void keepMineSavesOverTheNewServerCopy()
    {
        QFETCH(bool, etags);
        QVERIFY(start(etags));
        QVERIFY(!saveIntoConflict(etags).isEmpty());
        m_exchanges->clear();
        QSignalSpy saved(m_editor.get(), &ProfileEditor::saved);
        QVERIFY(m_editor->save("f1")); // "Keep mine"
        QVERIFY(saved.wait(5000));
        QCOMPARE(methods(), (QList<QByteArray>{"GET 200", "PUT 200"}));
        QCOMPARE(stored("f1").value("title"), QJsonValue("Agent II"));
        QCOMPARE(stored("f1").value("account_status"), QJsonValue("suspended"));
        QVERIFY(!m_model->isDirty(m_model->rowOf("f1")));
    }

    void useTheServersDropsOnlyThoseEdits()
    {
        QVERIFY(start(true));
        const ProfileConflict conflict = saveIntoConflict(true);
        QVERIFY(!conflict.isEmpty());
        m_exchanges->clear();
        m_editor->useServerValues(conflict);
        QCOMPARE(cell("title").data().toString(), QStringLiteral("Team Lead"));
        QCOMPARE(m_model->changes(m_model->rowOf("f1")),
                 (QJsonObject{{"account_status", "suspended"}}));
        QVERIFY(m_exchanges->isEmpty()); // nothing sent until Save
        QSignalSpy saved(m_editor.get(), &ProfileEditor::saved);
        QVERIFY(m_editor->save("f1"));
        QVERIFY(saved.wait(5000));
        QCOMPARE(stored("f1").value("title"), QJsonValue("Team Lead"));
        QCOMPARE(stored("f1").value("account_status"), QJsonValue("suspended"));
    }

    void withETagsAnUnrelatedChangeIsKeptAndTheSaveGoesThrough()
    {
        QVERIFY(start(true));
        QObject context;
        changeAfterEachRead(m_sandbox->server(), "f1", {{"bio", "Rewritten by Fern."}}, &context);
        QSignalSpy saved(m_editor.get(), &ProfileEditor::saved);
        QSignalSpy conflicted(m_editor.get(), &ProfileEditor::conflicted);
        editTitleAndStatus();
        QVERIFY(m_editor->save("f1"));
        QVERIFY(saved.wait(5000));
        QVERIFY(conflicted.isEmpty());
        QCOMPARE(methods(), (QList<QByteArray>{"GET 200", "PUT 412", "GET 200", "PUT 200"}));
        QCOMPARE(exchange(3).requestHeader("If-Match"), EntityTag::of(exchange(2).responseBody));
        const QJsonObject after = stored("f1");
        QCOMPARE(after.value("bio"), QJsonValue("Rewritten by Fern."));
        QCOMPARE(after.value("title"), QJsonValue("Agent II"));
        QCOMPARE(after.value("account_status"), QJsonValue("suspended"));
    }

    void withETagsTheSaveGivesUpAfterRepeated412s()
    {
        QVERIFY(start(true));
        int changes = 0; // a different bio after every read
        QObject context;
        connect(&m_sandbox->server(), &SandboxServer::exchangeCompleted, &context,
                [this, &changes](const SandboxExchange &exchange) {
                    if (exchange.method == "GET")
                        changeStoredProfile(m_sandbox->server(), "f1",
                                            {{"bio", QStringLiteral("Take %1").arg(++changes)}});
                });
        QSignalSpy failed(m_editor.get(), &ProfileEditor::failed);
        editTitleAndStatus();
        QVERIFY(m_editor->save("f1"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(methods(), (QList<QByteArray>{"GET 200", "PUT 412", "GET 200", "PUT 412",
                                               "GET 200", "PUT 412"}));
        QCOMPARE(failed.at(0).at(1).value<ApiError>().httpStatus, 412);
        QCOMPARE(cell("title").data().toString(), QStringLiteral("Agent II")); // edits kept
        QVERIFY(!m_editor->isBusy("f1"));
    }

    void conflictTexts()
    {
        const QJsonObject base{{"title", "A"},
                               {"is_active", true},
                               {"role", "agent"},
                               {"phone", "+15125550100"},
                               {"city", "Austin"}};
        const QJsonObject current{{"title", "B"},
                                  {"is_active", false},
                                  {"role", "broker"},
                                  {"phone", QJsonValue()},
                                  {"city", "Round Rock"}};
        const QJsonObject sent{{"title", "C"},
                               {"is_active", true},
                               {"role", "admin"},
                               {"phone", "+15125550199"},
                               {"city", "Round Rock"}}; // changed to the same: no conflict
        const ProfileConflict conflict = ProfileConflict::between("u", base, current, sent);
        QCOMPARE(conflict.keys(), (QStringList{"phone", "title", "role", "is_active"}));
        QCOMPARE(conflict.fields.at(0).serverText, QStringLiteral("(empty)"));
        QCOMPARE(conflict.fields.at(1).label, QStringLiteral("Title"));
        QCOMPARE(conflict.fields.at(2).serverText, QStringLiteral("Broker"));
        QCOMPARE(conflict.fields.at(2).mineText, QStringLiteral("Administrator"));
        QCOMPARE(conflict.fields.at(3).serverText, QStringLiteral("No"));
        QCOMPARE(conflict.fields.at(3).mineText, QStringLiteral("Yes"));
        QVERIFY(ProfileConflict::between("u", base, base, sent).isEmpty());
    }

private:
    bool start(bool etags)
    {
        SandboxConfig config;
        config.etags = etags;
        m_sandbox = std::make_unique<SandboxHarness>(
            config, SandboxHarness::contractFixtureWith("full-profile-user.json"));
        if (!m_sandbox->isReady())
            return false;
        m_client = makeTestClient(*m_sandbox, &m_network, "key-admin-a1");
        m_model = std::make_unique<ProfileModel>();
        m_model->setCaller(testCaller("a1", "admin"));
        m_editor = std::make_unique<ProfileEditor>(m_client.get(), m_model.get());
        QSignalSpy loaded(m_editor.get(), &ProfileEditor::loaded);
        m_editor->load("f1");
        if (!loaded.wait(5000))
            return false;
        m_exchanges =
            std::make_unique<QSignalSpy>(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        return true;
    }
    static void withAndWithoutETags()
    {
        QTest::addColumn<bool>("etags");
        QTest::newRow("ETags") << true;
        QTest::newRow("no ETags") << false;
    }
    void editTitleAndStatus()
    {
        QVERIFY(m_model->setData(cell("title"), QStringLiteral("Agent II")));
        QVERIFY(m_model->setData(cell("account_status"), QStringLiteral("suspended")));
    }
    // Edits, saves and waits for the conflict, which must also come as a failure. Fern retitles
    // herself: with ETags the moment the admin's fresh copy is on its way (the PUT gets a 412);
    // without, after Save was pressed but before the fresh copy is read.
    ProfileConflict saveIntoConflict(bool etags)
    {
        QSignalSpy conflicted(m_editor.get(), &ProfileEditor::conflicted);
        QSignalSpy failed(m_editor.get(), &ProfileEditor::failed);
        const QJsonObject change{{"title", "Team Lead"}};
        QObject context;
        if (etags)
            changeAfterEachRead(m_sandbox->server(), "f1", change, &context);
        editTitleAndStatus();
        if (!m_editor->save("f1"))
            return {};
        if (!etags)
            changeStoredProfile(m_sandbox->server(), "f1", change);
        if (!failed.wait(5000) || conflicted.size() != 1)
            return {};
        if (failed.at(0).at(1).value<ApiError>().kind != ApiError::Kind::Conflict)
            return {};
        return conflicted.at(0).at(0).value<ProfileConflict>();
    }
    void verifyTitleConflict(const ProfileConflict &conflict)
    {
        QCOMPARE(conflict.userId, QStringLiteral("f1"));
        QCOMPARE(conflict.keys(), QStringList{"title"});
        QCOMPARE(conflict.fields.at(0).label, QStringLiteral("Title"));
        QCOMPARE(conflict.fields.at(0).server, QJsonValue("Team Lead"));
        QCOMPARE(conflict.fields.at(0).serverText, QStringLiteral("Team Lead"));
        QCOMPARE(conflict.fields.at(0).mine, QJsonValue("Agent II"));
        QCOMPARE(conflict.fields.at(0).mineText, QStringLiteral("Agent II"));
        // The edits stay; the server's new value is the row's.
        QCOMPARE(cell("title").data().toString(), QStringLiteral("Agent II"));
        QCOMPARE(cell("title").data(ProfileModel::ServerValueRole).toString(),
                 QStringLiteral("Team Lead"));
        QCOMPARE(cell("account_status").data().toString(), QStringLiteral("suspended"));
    }
    QModelIndex cell(const QString &key) const
    {
        return m_model->index(m_model->rowOf("f1"), ProfileModel::columnOf(key));
    }
    SandboxExchange exchange(int i) const
    {
        return m_exchanges->at(i).at(0).value<SandboxExchange>();
    }
    QList<QByteArray> methods() const
    {
        QList<QByteArray> result;
        for (int i = 0; i < m_exchanges->size(); ++i)
            result.append(exchange(i).method + ' ' + QByteArray::number(exchange(i).status));
        return result;
    }
    QJsonObject stored(const QString &userId) { return m_sandbox->storedUser(userId); }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProfileModel> m_model;
    std::unique_ptr<ProfileEditor> m_editor;
    std::unique_ptr<QSignalSpy> m_exchanges;
};

QTEST_GUILESS_MAIN(TestProfileEditorConflicts)
#include "tst_profile_editor_conflicts.moc"
