// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accounts/KeychainCredentialStore.h"

#include "models/ModelsLogging.h"

#include <QMetaObject>
#include <QRandomGenerator>

#include <qt6keychain/keychain.h>

#include <memory>

namespace valara {

namespace {

// The entry probe() writes and deletes again; account keys ("valara:…", "me:…") never match it.
const QString ProbeKey = QStringLiteral("probe");

// Errors of QtKeychain, without the secret (QtKeychain never puts it in errorString()).
QString detailOf(const QKeychain::Job *job)
{
    return job->errorString().isEmpty() ? QString::number(int(job->error())) : job->errorString();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(defaultService(), parent)
{}

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{}

QString KeychainCredentialStore::defaultService()
{
    return QStringLiteral(VALARA_APP_ID);
}

// Jobs have no parent: QtKeychain's callbacks may still reach a job after this store is gone, so
// each job lives until it finishes and deletes itself; connecting with `this` as context drops
// the answer of a store that no longer exists.
void KeychainCredentialStore::write(const QString &key, const QByteArray &secret)
{
    if (key.isEmpty() || secret.isEmpty()) {
        const QString error = key.isEmpty() ? emptyKeyError() : emptySecretError();
        QMetaObject::invokeMethod(
            this, [this, key, error] { Q_EMIT written(key, error); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            qCDebug(lcModels) << "keychain: stored the secret of" << key;
            Q_EMIT written(key, QString());
            return;
        }
        qCWarning(lcModels) << "keychain: could not store the secret of" << key << ":"
                            << detailOf(finished);
        Q_EMIT written(
            key, tr("The key could not be saved in the keychain: %1").arg(finished->errorString()));
    });
    job->start();
}

void KeychainCredentialStore::read(const QString &key)
{
    if (key.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, key] { Q_EMIT readFinished(key, QByteArray(), emptyKeyError()); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError: {
            const QByteArray secret =
                static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            qCDebug(lcModels) << "keychain: read the secret of" << key;
            Q_EMIT readFinished(key, secret, secret.isEmpty() ? notFoundError() : QString());
            return;
        }
        case QKeychain::EntryNotFound:
            qCDebug(lcModels) << "keychain: no secret for" << key;
            Q_EMIT readFinished(key, QByteArray(), notFoundError());
            return;
        default:
            // Told to the caller, who says it as it needs (the app's notice, the CLI's line).
            qCInfo(lcModels) << "keychain: could not read the secret of" << key << ":"
                             << detailOf(finished);
            Q_EMIT readFinished(
                key, QByteArray(),
                tr("The key could not be read from the keychain: %1").arg(finished->errorString()));
        }
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key)
{
    if (key.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, key] { Q_EMIT removed(key, emptyKeyError()); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        // Removing what is not there succeeds, as it does in every store.
        if (finished->error() == QKeychain::NoError ||
            finished->error() == QKeychain::EntryNotFound) {
            qCDebug(lcModels) << "keychain: removed the secret of" << key;
            Q_EMIT removed(key, QString());
            return;
        }
        qCWarning(lcModels) << "keychain: could not remove the secret of" << key << ":"
                            << detailOf(finished);
        Q_EMIT removed(
            key,
            tr("The key could not be removed from the keychain: %1").arg(finished->errorString()));
    });
    job->start();
}

QString KeychainCredentialStore::unavailableReasonFor(int error, const QString &detail)
{
    qCInfo(lcModels) << "keychain: not available:" << detail; // the caller says it
    QString cause;
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser) {
        cause = tr("access to the keychain was refused");
    } else {
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
        cause = tr("no Secret Service on this system");
#else
        cause = tr("the system keychain did not answer");
#endif
    }
    return tr("No keychain is available (%1): the key is kept in memory until you quit.")
        .arg(cause);
}

void KeychainCredentialStore::probe(QObject *context,
                                    std::function<void(bool available, QString reason)> done)
{
    Q_ASSERT(context);
    const QString service = defaultService();
    const QByteArray expected = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    auto finish = std::make_shared<std::function<void(bool, QString)>>(std::move(done));

    auto *write = new QKeychain::WritePasswordJob(service);
    write->setAutoDelete(true);
    write->setKey(ProbeKey);
    write->setBinaryData(expected);
    QObject::connect(write, &QKeychain::Job::finished, context, [=](QKeychain::Job *written) {
        if (written->error() != QKeychain::NoError) {
            (*finish)(false, unavailableReasonFor(written->error(), detailOf(written)));
            return;
        }
        auto *read = new QKeychain::ReadPasswordJob(service);
        read->setAutoDelete(true);
        read->setKey(ProbeKey);
        QObject::connect(read, &QKeychain::Job::finished, context, [=](QKeychain::Job *job) {
            const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(job);
            if (job->error() != QKeychain::NoError || readJob->binaryData() != expected) {
                const QString detail = job->error() != QKeychain::NoError
                                           ? detailOf(job)
                                           : QStringLiteral("read back something else");
                (*finish)(false, unavailableReasonFor(job->error(), detail));
                return;
            }
            auto *cleanup = new QKeychain::DeletePasswordJob(service);
            cleanup->setAutoDelete(true);
            cleanup->setKey(ProbeKey);
            QObject::connect(cleanup, &QKeychain::Job::finished, context,
                             [finish](QKeychain::Job *deleted) {
                                 if (deleted->error() != QKeychain::NoError)
                                     qCWarning(lcModels) << "keychain: could not delete the probe:"
                                                         << detailOf(deleted);
                                 qCInfo(lcModels) << "keychain: available";
                                 (*finish)(true, QString());
                             });
            cleanup->start();
        });
        read->start();
    });
    write->start();
}

} // namespace valara
