// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/store/SandboxStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

namespace valara::sandbox {

// Idempotency keys (docs/api-contract.md C2-C5): replays, in-flight duplicates, reused keys.
class IdempotencyGuard
{
public:
    enum class Outcome
    {
        Proceed,  // first time: process the request, then call finish() or abandon()
        Replay,   // answer with the stored response
        InFlight, // the same key is being processed right now: 409
        KeyReused // the same key was used for a different request: 422
    };
    struct Decision
    {
        Outcome outcome = Outcome::Proceed;
        SandboxStore::StoredResponse stored;
    };

    static constexpr qint64 RetentionSeconds = 24 * 60 * 60;

    explicit IdempotencyGuard(SandboxStore &store);

    static bool isValidKey(const QByteArray &key);
    // Method, path and body; JSON bodies are compared in canonical form.
    static QByteArray fingerprint(const QByteArray &method, const QString &path,
                                  const QByteArray &body);
    // C5: final responses below 500, except 401, 409 and 429.
    static bool isStorable(int status);

    Decision begin(const QString &principal, const QByteArray &key, const QByteArray &fingerprint,
                   const QDateTime &now);
    // Stores the response when storable (inside the caller's transaction) and ends the flight.
    bool finish(const QString &principal, const QByteArray &key, const QByteArray &fingerprint,
                int status, const QByteArray &body, const QDateTime &now);
    void abandon(const QString &principal, const QByteArray &key);
    bool isInFlight(const QString &principal, const QByteArray &key) const;

private:
    static QString flightId(const QString &principal, const QByteArray &key);

    SandboxStore &m_store;
    QSet<QString> m_inFlight;
};

} // namespace valara::sandbox
