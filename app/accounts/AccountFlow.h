// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/accounts/Account.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QWidget;

namespace valara {

class AppSettings;
class CredentialStore;

// The accounts Valara Desk remembers and how the app signs in to them. Accounts (never their
// secrets) live in AppSettings; each secret lives in the OS keychain under the account's id, or,
// where no keychain works, in memory for this session only, which storageNote() says. A new
// account is stored only after its key worked (SignInDialog tests it first).
class AccountFlow : public QObject
{
    Q_OBJECT

public:
    AccountFlow(AppSettings *settings, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AccountFlow() override;

    // Chooses the keychain (or the in-memory fallback), then opens the current account, or asks
    // for one (signInNeeded).
    void start();
    QList<Account> accounts() const;
    QString currentId() const;
    // Why secrets are not kept after quitting, or an empty string.
    QString storageNote() const;

    // The sign-in dialog; on success the account is stored and opened.
    void addAccount(QWidget *parent);
    // Opens a remembered account with its stored secret.
    void switchTo(const QString &id);
    // Forgets an account: its entry in the settings, its secret in the keychain, and its change
    // journal on this computer (which holds other people's data). Close the account's window
    // first. False, with why in *problem, when the journal could not be deleted (the rest is
    // gone all the same).
    bool removeAccount(const QString &id, QString *problem);

Q_SIGNALS:
    void open(const Account &account, const QByteArray &secret);
    void signInNeeded();
    // Something the user should know (no keychain, a key that could not be kept...).
    void failed(const QString &message);
    void accountsChanged();

private:
    void useStore(CredentialStore *store);
    void remember(const Account &account, const QByteArray &secret);

    AppSettings *m_settings;
    QNetworkAccessManager *m_network;
    QPointer<CredentialStore> m_store;
};

} // namespace valara
