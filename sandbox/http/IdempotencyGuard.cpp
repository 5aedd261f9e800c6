// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/http/IdempotencyGuard.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace valara::sandbox {

IdempotencyGuard::IdempotencyGuard(SandboxStore &store)
    : m_store(store)
{}

bool IdempotencyGuard::isValidKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > 255)
        return false;
    for (char c : key) {
        if (c < 0x21 || c > 0x7E)
            return false;
    }
    return true;
}

QByteArray IdempotencyGuard::fingerprint(const QByteArray &method, const QString &path,
                                         const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    // QJsonObject keeps its keys sorted, so the compact form is canonical for objects.
    const QByteArray canonical =
        error.error == QJsonParseError::NoError ? document.toJson(QJsonDocument::Compact) : body;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical);
    return hash.result().toHex();
}

bool IdempotencyGuard::isStorable(int status)
{
    return status < 500 && status != 401 && status != 409 && status != 429;
}

QString IdempotencyGuard::flightId(const QString &principal, const QByteArray &key)
{
    return principal + QLatin1Char('\n') + QString::fromLatin1(key);
}

IdempotencyGuard::Decision IdempotencyGuard::begin(const QString &principal, const QByteArray &key,
                                                   const QByteArray &fingerprint,
                                                   const QDateTime &now)
{
    m_store.purgeResponsesBefore(now.addSecs(-RetentionSeconds));
    Decision decision;
    if (m_inFlight.contains(flightId(principal, key))) {
        decision.outcome = Outcome::InFlight;
        return decision;
    }
    if (const auto stored = m_store.storedResponse(principal, key)) {
        decision.stored = *stored;
        decision.outcome =
            stored->fingerprint == fingerprint ? Outcome::Replay : Outcome::KeyReused;
        return decision;
    }
    m_inFlight.insert(flightId(principal, key));
    decision.outcome = Outcome::Proceed;
    return decision;
}

bool IdempotencyGuard::finish(const QString &principal, const QByteArray &key,
                              const QByteArray &fingerprint, int status, const QByteArray &body,
                              const QDateTime &now)
{
    m_inFlight.remove(flightId(principal, key));
    if (!isStorable(status))
        return true;
    return m_store.storeResponse(principal, key,
                                 SandboxStore::StoredResponse{fingerprint, status, body, now});
}

void IdempotencyGuard::abandon(const QString &principal, const QByteArray &key)
{
    m_inFlight.remove(flightId(principal, key));
}

bool IdempotencyGuard::isInFlight(const QString &principal, const QByteArray &key) const
{
    return m_inFlight.contains(flightId(principal, key));
}

} // namespace valara::sandbox
