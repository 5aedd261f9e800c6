// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace valara {

// Where me login keeps its sign-in, for the me commands after it: the OS keychain (the app's
// service; entry "me-cli:<base URL>"), or, only when asked with --token-file PATH, a file that
// only its owner may read (created 0600; one others may read is refused). What is kept: the
// identity service's publishable key and the client token, as JSON. Never printed.
class CliMeCredentials
{
    Q_DECLARE_TR_FUNCTIONS(CliMeCredentials)

public:
    struct SignIn
    {
        QString publishableKey;
        QByteArray clientToken;
    };

    CliMeCredentials(const QUrl &baseUrl, const QString &tokenFile);

    bool usesFile() const { return !m_file.isEmpty(); }
    QString file() const { return m_file; }
    // The keychain's entry for the base URL.
    QString key() const { return m_key; }
    // Whether the keychain works here (written, read back, removed); *reason when not.
    static bool keychainAvailable(QString *reason);

    // The sign-in kept; nullopt with an empty *error when there is none.
    std::optional<SignIn> load(QString *error) const;
    bool save(const SignIn &signIn, QString *error) const;
    // Forgets the sign-in (none kept is fine).
    bool remove(QString *error) const;

private:
    static QByteArray encode(const SignIn &signIn);
    static std::optional<SignIn> decode(const QByteArray &bytes);

    QString m_key;
    QString m_file;
};

} // namespace valara
