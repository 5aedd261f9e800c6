// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accounts/InMemoryCredentialStore.h"

#include <QMetaObject>

namespace valara {

InMemoryCredentialStore::InMemoryCredentialStore(const QString &reason, QObject *parent)
    : CredentialStore(parent)
    , m_reason(reason)
{}

// Each operation runs, and answers, from the event loop, in call order, as a keychain would.
void InMemoryCredentialStore::write(const QString &key, const QByteArray &secret)
{
    QMetaObject::invokeMethod(
        this,
        [this, key, secret] {
            if (key.isEmpty()) {
                Q_EMIT written(key, emptyKeyError());
                return;
            }
            if (secret.isEmpty()) {
                Q_EMIT written(key, emptySecretError());
                return;
            }
            m_secrets.insert(key, secret);
            Q_EMIT written(key, QString());
        },
        Qt::QueuedConnection);
}

void InMemoryCredentialStore::read(const QString &key)
{
    QMetaObject::invokeMethod(
        this,
        [this, key] {
            if (key.isEmpty()) {
                Q_EMIT readFinished(key, QByteArray(), emptyKeyError());
                return;
            }
            const auto it = m_secrets.constFind(key);
            if (it == m_secrets.constEnd())
                Q_EMIT readFinished(key, QByteArray(), notFoundError());
            else
                Q_EMIT readFinished(key, *it, QString());
        },
        Qt::QueuedConnection);
}

void InMemoryCredentialStore::remove(const QString &key)
{
    QMetaObject::invokeMethod(
        this,
        [this, key] {
            if (key.isEmpty()) {
                Q_EMIT removed(key, emptyKeyError());
                return;
            }
            m_secrets.remove(key);
            Q_EMIT removed(key, QString());
        },
        Qt::QueuedConnection);
}

} // namespace valara
