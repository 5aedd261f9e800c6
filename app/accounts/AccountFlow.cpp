// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/AccountFlow.h"

#include "app/AppLogging.h"
#include "models/accounts/AppSettings.h"
#include "models/accounts/InMemoryCredentialStore.h"
#include "models/accounts/KeychainCredentialStore.h"
#include "models/caller/ConnectionTester.h"
#include "models/journal/ChangeJournal.h"
#include "ui/accounts/SignInDialog.h"

#include <QFileInfo>

namespace valara {

AccountFlow::AccountFlow(AppSettings *settings, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(network)
{}

AccountFlow::~AccountFlow() = default;

void AccountFlow::start()
{
    KeychainCredentialStore::probe(this, [this](bool available, const QString &reason) {
        if (available)
            useStore(new KeychainCredentialStore(this));
        else
            useStore(new InMemoryCredentialStore(reason, this));
        qCInfo(lcApp) << "secrets kept" << (available ? "in the keychain" : "in memory only");
        if (!available)
            Q_EMIT failed(reason); // said once, in the window
        const QString current = currentId();
        if (current.isEmpty())
            Q_EMIT signInNeeded();
        else
            switchTo(current);
    });
}

void AccountFlow::useStore(CredentialStore *store)
{
    m_store = store;
}

QList<Account> AccountFlow::accounts() const
{
    return m_settings->accounts();
}

QString AccountFlow::currentId() const
{
    return m_settings->currentAccountId();
}

QString AccountFlow::storageNote() const
{
    return m_store ? m_store->unavailableReason() : QString();
}

void AccountFlow::addAccount(QWidget *parent)
{
    ConnectionTester tester(m_network);
    SignInDialog dialog(&tester, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    remember(dialog.account(), dialog.secret());
}

void AccountFlow::remember(const Account &account, const QByteArray &secret)
{
    if (!m_store)
        return;
    const QString key = account.id();
    auto *context = new QObject(this);
    connect(m_store, &CredentialStore::written, context,
            [this, context, account, secret, key](const QString &written, const QString &error) {
                if (written != key)
                    return;
                context->deleteLater();
                if (!error.isEmpty()) {
                    // The key worked but cannot be kept: use it for this session, and say so.
                    qCWarning(lcApp) << "could not store the secret of" << key << error;
                    Q_EMIT failed(tr("The key could not be saved in the keychain (%1): it is used "
                                     "until you quit.")
                                      .arg(error));
                }
                m_settings->addOrUpdateAccount(account);
                m_settings->setCurrentAccountId(key);
                Q_EMIT accountsChanged();
                Q_EMIT open(account, secret);
            });
    m_store->write(key, secret);
}

void AccountFlow::switchTo(const QString &id)
{
    if (!m_store)
        return;
    Account account;
    for (const Account &candidate : accounts()) {
        if (candidate.id() == id)
            account = candidate;
    }
    if (!account.isValid())
        return;
    auto *context = new QObject(this);
    connect(m_store, &CredentialStore::readFinished, context,
            [this, context, account, id](const QString &key, const QByteArray &secret,
                                         const QString &error) {
                if (key != id)
                    return;
                context->deleteLater();
                if (!error.isEmpty() || secret.isEmpty()) {
                    Q_EMIT failed(tr("The key of %1 is not in the keychain any more: sign in "
                                     "again.")
                                      .arg(account.label()));
                    Q_EMIT signInNeeded();
                    return;
                }
                m_settings->setCurrentAccountId(id);
                Q_EMIT open(account, secret);
            });
    m_store->read(id);
}

bool AccountFlow::removeAccount(const QString &id, QString *problem)
{
    qCInfo(lcApp) << "removing account" << id;
    m_settings->removeAccount(id);
    if (m_store)
        m_store->remove(id);
    Q_EMIT accountsChanged();
    const QString path = ChangeJournal::defaultPath(id);
    if (!QFileInfo::exists(path))
        return true;
    ChangeJournal journal(id, path);
    if (journal.deleteDatabase())
        return true;
    *problem = journal.lastProblem();
    return false;
}

} // namespace valara
