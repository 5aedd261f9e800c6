// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace valara {

// Where account secrets (API keys, session tokens) are kept, one per Account::id(). Asynchronous,
// because OS keychains are: every call answers exactly once with its signal, never from inside
// the call (callers may connect after calling), and in the order the calls were made. An empty
// error means success. Reading a key that holds nothing answers an empty secret and
// notFoundError(); removing such a key succeeds. Secrets never appear in logs or errors.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // False when secrets are kept in memory for this session only.
    virtual bool isPersistent() const = 0;
    // Why secrets are not persisted: one translated sentence, empty when they are.
    virtual QString unavailableReason() const { return {}; }

    virtual void write(const QString &key, const QByteArray &secret) = 0;
    virtual void read(const QString &key) = 0;
    virtual void remove(const QString &key) = 0;

    // The error readFinished() gives for a key that holds no secret.
    static QString notFoundError();
    // The errors for an empty key or an empty secret (refused by every store).
    static QString emptyKeyError();
    static QString emptySecretError();

Q_SIGNALS:
    void written(const QString &key, const QString &error);
    void readFinished(const QString &key, const QByteArray &secret, const QString &error);
    void removed(const QString &key, const QString &error);
};

} // namespace valara
