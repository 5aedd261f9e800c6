// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/accounts/CredentialStore.h"

#include <QHash>

namespace valara {

// Secrets kept in this process's memory until it quits: the fallback when no keychain works, and
// the store of unit tests. Answers are queued like a keychain's.
class InMemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    // reason: what unavailableReason() returns (why the keychain is not used), may be empty.
    explicit InMemoryCredentialStore(const QString &reason = {}, QObject *parent = nullptr);

    bool isPersistent() const override { return false; }
    QString unavailableReason() const override { return m_reason; }

    void write(const QString &key, const QByteArray &secret) override;
    void read(const QString &key) override;
    void remove(const QString &key) override;

private:
    QString m_reason;
    QHash<QString, QByteArray> m_secrets;
};

} // namespace valara
