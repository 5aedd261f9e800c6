// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A Me API account in the app (MeApiSession) against the real sandbox, whose session tokens live
// 60 s, with the clocks injected: signed in through the dialog, an hour of saves never meets an
// expired token; the client token is found in the credential store and nowhere in the settings;
// a revoked session opens the dialog, the edit is kept and sent once, after signing in again; a
// stored client token signs in again without asking.
#include "AppTestDirs.h"
#include "SandboxHarness.h"
#include "SignInFixture.h"
#include "api/identity/IdentityClient.h"
#include "api/identity/PublishableKey.h"
#include "app/meapi/MeApiSession.h"
#include "models/accounts/AppSettings.h"
#include "models/accounts/InMemoryCredentialStore.h"
#include "models/meapi/MeApiEditor.h"
#include "models/meapi/MeApiModel.h"
#include "models/meapi/signin/MeSignIn.h"
#include "sandbox/identity/FrontendApi.h"
#include "ui/meapi/MeApiWindow.h"
#include "ui/meapi/MeSignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace valara;
using namespace valara::testing;

class TestMeSignInApp : public QObject
{
    Q_OBJECT

private:
    AppTestDirs m_dirs;
    std::unique_ptr<SandboxHarness> m_h;
    QNetworkAccessManager m_network;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    InMemoryCredentialStore *m_store = nullptr; // the session's
    std::unique_ptr<MeApiSession> m_session;
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

    MeApiSession::Start start(const QString &password = {}) const
    {
        MeApiSession::Start how = MeApiSession::Start::at(m_h->url(QString()));
        how.publishableKey = publishableKeyOf(*m_h);
        how.identifier = QStringLiteral("alice@valara.test");
        how.password = password;
        return how;
    }
    void open(const MeApiSession::Start &how, std::unique_ptr<InMemoryCredentialStore> store = {})
    {
        if (!store)
            store = std::make_unique<InMemoryCredentialStore>();
        m_store = store.get();
        m_session =
            std::make_unique<MeApiSession>(&m_network, m_settings.get(), false, std::move(store));
        m_session->setClock([this] { return m_now; });
        m_session->start(how);
    }
    // Signs in through the open dialog with Alice's password (Enter in the password field).
    bool signInWithTheDialog()
    {
        if (!QTest::qWaitFor([this] { return m_session->signInDialog(); }, 10000))
            return false;
        MeSignInDialog *dialog = m_session->signInDialog();
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("mePasswordField"));
        QTest::keyClicks(password, QStringLiteral("open sesame"));
        QTest::keyClick(password, Qt::Key_Return);
        return QTest::qWaitFor([this] { return !m_session->signInDialog(); }, 10000);
    }
    bool loaded()
    {
        MeApiModel *model = m_session->editor()->model();
        return QTest::qWaitFor([model] { return model->hasServerValues(model->meRow()); }, 10000);
    }
    // Sets the timezone and saves; true once saved.
    bool saveZone(const QString &zone)
    {
        MeApiModel *model = m_session->editor()->model();
        model->setData(model->timeZoneIndex(), zone);
        QSignalSpy saved(m_session->editor(), &MeApiEditor::saved);
        if (!m_session->editor()->save())
            return false;
        return saved.wait(10000);
    }

    // Every key and value of the settings as text (maps and lists opened), and the file's bytes.
    QByteArray settingsText() const
    {
        QStringList texts;
        const std::function<void(const QVariant &)> add = [&](const QVariant &value) {
            if (value.typeId() == QMetaType::QVariantMap) {
                const QVariantMap map = value.toMap();
                for (auto it = map.begin(); it != map.end(); ++it) {
                    texts.append(it.key());
                    add(it.value());
                }
            } else if (value.typeId() == QMetaType::QVariantList) {
                for (const QVariant &item : value.toList())
                    add(item);
            } else {
                texts.append(value.toString());
            }
        };
        for (const QString &key : m_qsettings->allKeys()) {
            texts.append(key);
            add(m_qsettings->value(key));
        }
        QFile file(m_qsettings->fileName());
        return texts.join(u'\n').toUtf8() + (file.open(QIODevice::ReadOnly) ? file.readAll() : "");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dirs.setUp()); }
    void init()
    {
        m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        m_h = std::make_unique<SandboxHarness>(sandbox::SandboxConfig(), fixtureWithSignIn());
        QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
        m_h->server().setClock([this] { return m_now; });
        m_qsettings = std::make_unique<QSettings>();
        m_qsettings->clear();
        m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    }
    void cleanup()
    {
        m_session.reset();
        m_settings.reset();
        m_qsettings.reset();
        m_h.reset();
    }

    void MeSignInOnceThenAnHourOfSavesWithMinuteTokens()
    {
        QSignalSpy exchanges(&m_h->server(), &sandbox::SandboxServer::exchangeCompleted);
        // The publishable key as remembered from an earlier sign-in, in the settings.
        MeApiSession::Start how = start();
        m_settings->setMeApiPublishableKey(how.baseUrl, how.publishableKey);
        how.publishableKey.clear();
        open(how);
        QVERIFY(signInWithTheDialog());
        QVERIFY(loaded());
        const QStringList zones{QStringLiteral("Europe/Paris"), QStringLiteral("Asia/Tokyo")};
        for (int minute = 0; minute < 60; ++minute) {
            QVERIFY2(saveZone(zones.at(minute % 2)), qPrintable(QString::number(minute)));
            m_now = m_now.addSecs(60);
        }
        QCOMPARE(m_h->meTimezone(QStringLiteral("a1")), QJsonValue(zones.at(1)));
        int meCalls = 0;
        int refused = 0;
        int mints = 0;
        for (const QList<QVariant> &arguments : exchanges) {
            const auto exchange = arguments.at(0).value<SandboxExchange>();
            if (exchange.path.startsWith(u"/v1/me")) {
                ++meCalls;
                refused += exchange.status == 401;
            }
            mints += exchange.path.endsWith(u"/tokens");
        }
        QCOMPARE(refused, 0);
        QVERIFY2(meCalls >= 61, qPrintable(QString::number(meCalls))); // the load and 60 saves
        QVERIFY2(mints >= 60 && mints <= 62, qPrintable(QString::number(mints)));

        // The client token is in the credential store, and nowhere in the settings.
        const QByteArray clientToken = m_session->identity()->clientToken();
        QVERIFY(clientToken.startsWith("ct_"));
        QByteArray stored;
        connect(m_store, &CredentialStore::readFinished, this,
                [&stored](const QString &, const QByteArray &secret) { stored = secret; });
        m_store->read(MeApiSession::clientTokenKey(m_h->url(QString())));
        QTRY_COMPARE(stored, clientToken);
        m_qsettings->sync();
        const QByteArray settings = settingsText();
        QVERIFY(settings.contains("pk_test_")); // the publishable key is remembered there
        QVERIFY(!settings.contains(clientToken));
        QVERIFY(!settings.contains("ct_"));
        QVERIFY(!settings.contains("eyJ")); // nor any session token
    }

    void MeSignInRevokedSessionLeadsToTheDialogWithTheEditKept()
    {
        open(start(QStringLiteral("open sesame"))); // signs in by itself, as the demo does
        QVERIFY(loaded());
        QCOMPARE(m_session->signInDialogsOpened(), 0);
        QCOMPARE(m_h->server().identity().revokeSessionsOf(QStringLiteral("a1")), 1);
        m_now = m_now.addSecs(120); // the token held has expired: a new one is refused
        QSignalSpy exchanges(&m_h->server(), &sandbox::SandboxServer::exchangeCompleted);
        MeApiModel *model = m_session->editor()->model();
        model->setData(model->timeZoneIndex(), QStringLiteral("Asia/Kolkata"));
        QSignalSpy required(m_session->editor(), &MeApiEditor::signInRequired);
        QVERIFY(m_session->editor()->save());
        QVERIFY(required.wait(10000));
        QVERIFY(QTest::qWaitFor([this] { return m_session->signInDialog(); }, 5000));
        auto *reason =
            m_session->signInDialog()->findChild<QLabel *>(QStringLiteral("meSignInReason"));
        QVERIFY2(reason->text().contains(u"your change is kept"), qPrintable(reason->text()));
        QVERIFY(model->isDirty(model->meRow()));
        QCOMPARE(model->data(model->timeZoneIndex()).toString(), QStringLiteral("Asia/Kolkata"));

        QSignalSpy saved(m_session->editor(), &MeApiEditor::saved);
        QVERIFY(signInWithTheDialog());
        QVERIFY(saved.wait(10000));
        QCOMPARE(m_h->meTimezone(QStringLiteral("a1")), QJsonValue(QStringLiteral("Asia/Kolkata")));
        int patches = 0;
        for (const QList<QVariant> &arguments : exchanges) {
            const auto exchange = arguments.at(0).value<SandboxExchange>();
            if (exchange.method == "PATCH" && exchange.status == 200)
                ++patches;
        }
        QCOMPARE(patches, 1); // sent once, after signing in
        QVERIFY(!model->isDirty(model->meRow()));
    }

    // A pasted token that has already ended (remembered from another day) is not sent: the
    // sign-in dialog opens at once; a live one is used as it is, with no sign-in.
    void MeSignInAnEndedPastedTokenLeadsToSigningIn()
    {
        QSignalSpy exchanges(&m_h->server(), &sandbox::SandboxServer::exchangeCompleted);
        MeApiSession::Start how = start();
        how.pastedToken = m_h->sessionToken(QStringLiteral("a1"), -60);
        open(how);
        QVERIFY(QTest::qWaitFor([this] { return m_session->signInDialog(); }, 5000));
        QCOMPARE(exchanges.count(), 0);
        QVERIFY(signInWithTheDialog());
        QVERIFY(loaded());

        m_session.reset();
        how.pastedToken = m_h->sessionToken(QStringLiteral("a1"), 600);
        open(how);
        QVERIFY(loaded());
        QCOMPARE(m_session->signInDialogsOpened(), 0);
        QCOMPARE(m_session->tokens()->mintCount(), 0);
    }

    // A pasted token that ends while an edit is pending: the save meets 401, the dialog opens,
    // and the edit is sent once signed in, with a token minted for it.
    void MeSignInAPastedTokenThatEndsKeepsThePendingEdit()
    {
        MeApiSession::Start how = start();
        how.pastedToken = m_h->sessionToken(QStringLiteral("a1"), 60);
        open(how);
        QVERIFY(loaded());
        MeApiModel *model = m_session->editor()->model();
        model->setData(model->timeZoneIndex(), QStringLiteral("Pacific/Auckland"));
        m_now = m_now.addSecs(90); // the pasted token has ended
        QSignalSpy saved(m_session->editor(), &MeApiEditor::saved);
        QVERIFY(m_session->editor()->save());
        QVERIFY(QTest::qWaitFor([this] { return m_session->signInDialog(); }, 10000));
        QVERIFY(model->isDirty(model->meRow()));
        QVERIFY(saved.isEmpty());
        QVERIFY(signInWithTheDialog());
        QVERIFY(saved.wait(10000));
        QCOMPARE(m_h->meTimezone(QStringLiteral("a1")),
                 QJsonValue(QStringLiteral("Pacific/Auckland")));
        QCOMPARE(m_session->tokens()->mintCount(), 1);
    }

    // F5 in the window refreshes (once: the page's own F5 gives way to the window's action).
    void MeSignInF5RefreshesTheWindow()
    {
        open(start(QStringLiteral("open sesame")));
        QVERIFY(loaded());
        MeApiWindow *window = m_session->window();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("timeZoneSearch"));
        search->setFocus();
        QSignalSpy exchanges(&m_h->server(), &sandbox::SandboxServer::exchangeCompleted);
        QSignalSpy loadedAgain(m_session->editor(), &MeApiEditor::loaded);
        QTest::keyClick(search, Qt::Key_F5);
        QVERIFY(loadedAgain.wait(5000));
        int reads = 0;
        for (const QList<QVariant> &arguments : exchanges)
            reads += arguments.at(0).value<SandboxExchange>().path == u"/v1/me";
        QCOMPARE(reads, 1);
    }

    // File > Sign out ends the session on the service (its tokens are refused from then on) and
    // opens the dialog; in the demo it says the published password.
    void MeSignInSignOutRevokesTheSession()
    {
        m_session = std::make_unique<MeApiSession>(&m_network, m_settings.get(), true,
                                                   std::make_unique<InMemoryCredentialStore>());
        m_session->setClock([this] { return m_now; });
        m_session->start(start(QStringLiteral("open sesame")));
        QVERIFY(loaded());
        const QString sessionId = m_session->tokens()->sessionId();
        QVERIFY(!sessionId.isEmpty());
        QSignalSpy exchanges(&m_h->server(), &sandbox::SandboxServer::exchangeCompleted);
        auto *signOut = m_session->window()->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut && signOut->isVisible());
        signOut->trigger();
        QVERIFY(QTest::qWaitFor([this] { return m_session->signInDialog(); }, 10000));
        QVERIFY(m_session->tokens()->sessionId().isEmpty());
        QVERIFY(!signOut->isVisible());
        auto *reason =
            m_session->signInDialog()->findChild<QLabel *>(QStringLiteral("meSignInReason"));
        QCOMPARE(reason->text(), QStringLiteral("You have signed out.\nDemo: every demo user's "
                                                "password is open sesame."));
        const auto sent = exchanges.at(0).at(0).value<SandboxExchange>();
        QCOMPARE(sent.method, QByteArray("DELETE"));
        QCOMPARE(sent.status, 200);
        // The session is over on the service: a token for it is refused.
        const HttpReply refused = m_h->send(
            "POST", QStringLiteral("/v1/client/sessions/%1/tokens?_is_native=true").arg(sessionId),
            {}, {}, {{"Authorization", m_session->identity()->clientToken()}});
        QCOMPARE(refused.status, 401);
    }

    void MeSignInAStoredClientTokenSignsInWithoutAsking()
    {
        open(start(QStringLiteral("open sesame")));
        QVERIFY(loaded());
        const QByteArray clientToken = m_session->identity()->clientToken();
        m_session.reset();

        auto store = std::make_unique<InMemoryCredentialStore>();
        QSignalSpy written(store.get(), &CredentialStore::written);
        store->write(MeApiSession::clientTokenKey(m_h->url(QString())), clientToken);
        QVERIFY(written.wait(5000));
        open(start(), std::move(store));
        QVERIFY(loaded());
        QCOMPARE(m_session->signInDialogsOpened(), 0);
        QCOMPARE(m_session->editor()->model()->userId(), QStringLiteral("a1"));
    }
};

QTEST_MAIN(TestMeSignInApp)
#include "tst_me_sign_in_app.moc"
