// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/me/CliMeCredentials.h"

#include "cli/CliLogging.h"
#include "models/accounts/Account.h"
#include "models/accounts/KeychainCredentialStore.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#if !defined(Q_OS_WIN)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

namespace valara {

namespace {

constexpr int KeychainWaitMs = 60 * 1000; // a locked keychain may ask to be unlocked first

// Runs an event loop until `done` is called (or the wait is over).
bool waitFor(const std::function<void(const std::function<void()> &done)> &start)
{
    QEventLoop loop;
    bool finished = false;
    QTimer::singleShot(KeychainWaitMs, &loop, &QEventLoop::quit);
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return finished;
}

QString keychainTimeout()
{
    return CliMeCredentials::tr("the keychain did not answer within a minute");
}

} // namespace

CliMeCredentials::CliMeCredentials(const QUrl &baseUrl, const QString &tokenFile)
    : m_key(QStringLiteral("me-cli:") + Account::normalizedBaseUrl(baseUrl).toString())
    , m_file(tokenFile)
{}

bool CliMeCredentials::keychainAvailable(QString *reason)
{
    QObject context;
    bool available = false;
    const bool answered = waitFor([&](const std::function<void()> &done) {
        KeychainCredentialStore::probe(&context, [&, done](bool works, const QString &why) {
            available = works;
            *reason = why;
            done();
        });
    });
    if (!answered)
        *reason = keychainTimeout();
    return answered && available;
}

QByteArray CliMeCredentials::encode(const SignIn &signIn)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("publishable_key"), signIn.publishableKey},
                                     {QStringLiteral("client_token"),
                                      QString::fromLatin1(signIn.clientToken)}})
        .toJson(QJsonDocument::Compact);
}

std::optional<CliMeCredentials::SignIn> CliMeCredentials::decode(const QByteArray &bytes)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    SignIn signIn{object.value(QLatin1String("publishable_key")).toString(),
                  object.value(QLatin1String("client_token")).toString().toLatin1()};
    if (signIn.publishableKey.isEmpty() || signIn.clientToken.isEmpty())
        return std::nullopt;
    return signIn;
}

std::optional<CliMeCredentials::SignIn> CliMeCredentials::load(QString *error) const
{
    error->clear();
    QByteArray bytes;
    if (usesFile()) {
        QFile file(m_file);
        if (!file.exists() && !QFileInfo(m_file).isSymLink())
            return std::nullopt;
        if (QFileInfo(m_file).isSymLink()) {
            //: %1: the token file's path.
            *error = tr("%1 is a link: it is not used (give the file itself)").arg(m_file);
            return std::nullopt;
        }
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteGroup | QFileDevice::WriteOther;
#if !defined(Q_OS_WIN)
        if (file.permissions() & others) {
            //: %1: the token file's path.
            *error = tr("%1 may be read by others: it is not used (chmod 600 %1, or sign in "
                        "again)")
                         .arg(m_file);
            return std::nullopt;
        }
#else
        Q_UNUSED(others)
#endif
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1 cannot be read: %2").arg(m_file, file.errorString());
            return std::nullopt;
        }
        bytes = file.read(64 * 1024);
    } else {
        KeychainCredentialStore store;
        QString readError;
        const bool answered = waitFor([&](const std::function<void()> &done) {
            QObject::connect(
                &store, &CredentialStore::readFinished, &store,
                [&, done](const QString &, const QByteArray &secret, const QString &why) {
                    bytes = secret;
                    readError = why;
                    done();
                });
            store.read(m_key);
        });
        if (!answered) {
            *error = keychainTimeout();
            return std::nullopt;
        }
        if (bytes.isEmpty()) {
            if (readError != CredentialStore::notFoundError())
                *error = readError;
            return std::nullopt;
        }
    }
    const std::optional<SignIn> signIn = decode(bytes);
    if (!signIn)
        *error = usesFile() ? tr("%1 does not hold a sign-in of valara-cli").arg(m_file)
                            : tr("the keychain's sign-in could not be read");
    return signIn;
}

bool CliMeCredentials::save(const SignIn &signIn, QString *error) const
{
    const QByteArray bytes = encode(signIn);
    if (usesFile()) {
#if !defined(Q_OS_WIN)
        // Written to a new file made readable and writable by its owner only before a byte is in
        // it, then renamed over the old one: never through a link, never half written.
        const QByteArray target = QFile::encodeName(m_file);
        const QByteArray temporary = target + ".new";
        ::unlink(temporary.constData()); // a leftover (unlink never follows a link)
        const int fd =
            ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                   S_IRUSR | S_IWUSR);
        bool written = fd >= 0;
        for (qsizetype done = 0; written && done < bytes.size();) {
            const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
            written = n > 0;
            done += n > 0 ? n : 0;
        }
        written = written && ::fsync(fd) == 0;
        const int failure = errno;
        if (fd >= 0)
            ::close(fd);
        if (!written || ::rename(temporary.constData(), target.constData()) != 0) {
            const int cause = written ? errno : failure;
            ::unlink(temporary.constData());
            *error =
                tr("%1 cannot be written: %2").arg(m_file, QString::fromLocal8Bit(strerror(cause)));
            return false;
        }
#else
        // The folder's access rules apply (docs/api-contract.md K30): on Windows the Credential
        // Manager, always there, is the place for a sign-in.
        QFile file(m_file);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size() || !file.flush()) {
            *error = tr("%1 cannot be written: %2").arg(m_file, file.errorString());
            return false;
        }
#endif
        return true;
    }
    KeychainCredentialStore store;
    QString writeError;
    const bool answered = waitFor([&](const std::function<void()> &done) {
        QObject::connect(&store, &CredentialStore::written, &store,
                         [&, done](const QString &, const QString &why) {
                             writeError = why;
                             done();
                         });
        store.write(m_key, bytes);
    });
    *error = answered ? writeError : keychainTimeout();
    return error->isEmpty();
}

bool CliMeCredentials::remove(QString *error) const
{
    error->clear();
    if (usesFile()) {
        if (QFile::exists(m_file) && !QFile::remove(m_file))
            *error = tr("%1 cannot be removed").arg(m_file);
        return error->isEmpty();
    }
    KeychainCredentialStore store;
    const bool answered = waitFor([&](const std::function<void()> &done) {
        QObject::connect(&store, &CredentialStore::removed, &store,
                         [&, done](const QString &, const QString &why) {
                             *error = why == CredentialStore::notFoundError() ? QString() : why;
                             done();
                         });
        store.remove(m_key);
    });
    if (!answered)
        *error = keychainTimeout();
    qCDebug(lcCli) << "me logout: keychain entry removed" << error->isEmpty();
    return error->isEmpty();
}

} // namespace valara
