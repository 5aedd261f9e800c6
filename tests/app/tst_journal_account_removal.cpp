// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Removing an account forgets it on this computer: its entry in the settings and its change
// journal (which holds other people's data) go, other accounts' journals stay. The account list
// offers "Remove this account…" for the current account.
#include "JournalTestSupport.h"
#include "app/accounts/AccountFlow.h"
#include "models/accounts/Account.h"
#include "models/accounts/AppSettings.h"
#include "models/journal/ChangeJournal.h"
#include "ui/accounts/AccountSwitcher.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace valara;
using namespace valara::testing;

namespace {

Account account(const QString &userId)
{
    Account account;
    account.kind = Account::Kind::Valara;
    account.baseUrl = QUrl(QStringLiteral("https://valara.cloud"));
    account.userId = userId;
    return account;
}

// A journal with one change in it, at the account's own place, as the app leaves it.
bool writeJournal(const Account &account)
{
    ChangeJournal journal(account.id(), ChangeJournal::defaultPath(account.id()));
    return journal.open() && journal.record(JournalTest::timezoneChange(
                                 QStringLiteral("g2"), JournalEntry::State::Sending));
}

} // namespace

class TestJournalAccountRemoval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_config.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Valara"));
        QCoreApplication::setApplicationName(QStringLiteral("Valara Desk"));
    }

    void removingAnAccountDeletesItsJournal()
    {
        QSettings qsettings;
        AppSettings settings(&qsettings);
        const Account maya = account(QStringLiteral("usr-maya"));
        const Account daniel = account(QStringLiteral("usr-daniel"));
        settings.setAccounts({maya, daniel});
        settings.setCurrentAccountId(maya.id());
        QVERIFY(writeJournal(maya));
        QVERIFY(writeJournal(daniel));
        const QString mayas = ChangeJournal::defaultPath(maya.id());
        QVERIFY(QFile::exists(mayas));

        QNetworkAccessManager network;
        AccountFlow flow(&settings, &network);
        QSignalSpy changed(&flow, &AccountFlow::accountsChanged);
        QString problem;
        QVERIFY2(flow.removeAccount(maya.id(), &problem), qPrintable(problem));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(settings.accounts().size(), 1);
        QCOMPARE(settings.accounts().constFirst().id(), daniel.id());
        QVERIFY(settings.currentAccountId().isEmpty());
        // The file and SQLite's companions are gone; the other account's journal is intact.
        const QStringList left = QDir(QFileInfo(mayas).path()).entryList(QDir::Files);
        for (const QString &file : left)
            QVERIFY2(!file.startsWith(QFileInfo(mayas).fileName()), qPrintable(file));
        ChangeJournal danielsJournal(daniel.id(), ChangeJournal::defaultPath(daniel.id()));
        QVERIFY(danielsJournal.open());
        QCOMPARE(danielsJournal.list().size(), 1);

        // An account without a journal is removed all the same.
        QVERIFY(flow.removeAccount(account(QStringLiteral("usr-none")).id(), &problem));
    }

    void theAccountListOffersRemoval()
    {
        AccountSwitcher switcher;
        switcher.setAccounts({{"a", "Maya"}, {"b", "Daniel"}}, "a", true);
        const int remove = switcher.findText(QStringLiteral("Remove this account…"));
        QVERIFY(remove > 0);
        QSignalSpy removal(&switcher, &AccountSwitcher::removeRequested);
        Q_EMIT switcher.activated(remove);
        QCOMPARE(removal.size(), 1);
        QCOMPARE(removal.constFirst().constFirst().toString(), QStringLiteral("a"));
        QCOMPARE(switcher.currentId(), QStringLiteral("a")); // until the app has removed it
        // The demo's people (no adding) are not removed.
        switcher.setAccounts({{"a", "Maya"}}, "a", false);
        QCOMPARE(switcher.findText(QStringLiteral("Remove this account…")), -1);
    }

private:
    QTemporaryDir m_data;
    QTemporaryDir m_config;
};

QTEST_MAIN(TestJournalAccountRemoval)
#include "tst_journal_account_removal.moc"
