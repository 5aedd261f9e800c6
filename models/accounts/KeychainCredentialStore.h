// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/accounts/CredentialStore.h"

#include <functional>

namespace valara {

// Secrets in the OS keychain through QtKeychain (the Secret Service on Linux, the Keychain on
// macOS, the Credential Manager on Windows): one entry per account key under the service
// "cloud.valara.Desk", stored as binary data. Never falls back to a plain-text file; when probe()
// says no keychain works, use an InMemoryCredentialStore with its reason instead.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    // Another service name (namespace of entries), for tests.
    KeychainCredentialStore(const QString &service, QObject *parent);

    static QString defaultService();
    QString service() const { return m_service; }

    bool isPersistent() const override { return true; }

    void write(const QString &key, const QByteArray &secret) override;
    void read(const QString &key) override;
    void remove(const QString &key) override;

    // Checks that a keychain backend works by writing, reading back and deleting a probe entry,
    // then calls done once, from the event loop: (true, {}) or (false, a translated sentence for
    // CredentialStore::unavailableReason()). context (not null) bounds the call: nothing is
    // called if it is destroyed first.
    // A locked keychain may ask the user to unlock it first, so this can take a while.
    static void probe(QObject *context, std::function<void(bool available, QString reason)> done);

private:
    static QString unavailableReasonFor(int error, const QString &detail);

    QString m_service;
};

} // namespace valara
