// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace valara {

// One intended change as the change journal keeps it: what was to be sent, to whom, with which
// idempotency key, and how far it got. A value type; ChangeJournal assigns id and the timestamps.
// It has no place for a bearer token, API key or session token, and must never be given one.
struct JournalEntry
{
    // Draft -> Sending -> Applied | Failed | Conflicted; a Sending entry may be sent again (after a
    // crash, with its original key) and a Failed one retried. Applied and Conflicted are final: a
    // revert or a resolution is a new entry with a new key.
    enum class State
    {
        Draft,
        Sending,
        Applied,
        Failed,
        Conflicted
    };

    // One field of the change: the value it was based on (what the server had) and the new one.
    // Undefined (not known, or absent) and null are kept apart.
    struct Field
    {
        QString key;
        QJsonValue serverValue;
        QJsonValue newValue;

        bool operator==(const Field &) const = default;
    };

    qint64 id = 0;
    QString accountId; // Account::id()
    QString userId;    // whose record the change is for
    QString service;   // ServiceValara or ServiceMeApi
    QByteArray method; // "PATCH", "PUT"...
    QString path;      // the request's path, without query or fragment
    QList<Field> fields;
    // The request's X-Idempotency-Key, given to ApiClient when the change is sent (again) (K22);
    // a key C2 allows (ApiClient::newIdempotencyKey() makes one). Not a secret.
    QByteArray idempotencyKey;
    State state = State::Draft;
    int httpStatus = 0; // 0 until an answer came
    QString requestId;  // the server's request id, when it gave one
    QString error;      // what went wrong, for people; empty when nothing did
    QDateTime createdAt;
    QDateTime updatedAt;

    static inline const QString ServiceValara = QStringLiteral("valara");
    static inline const QString ServiceMeApi = QStringLiteral("meapi");

    static bool isKnownService(const QString &service)
    {
        return service == ServiceValara || service == ServiceMeApi;
    }

    // The field with this key, if the change has one.
    std::optional<Field> field(const QString &key) const;

    // "draft", "sending", "applied", "failed", "conflicted": how states are stored.
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
    // Whether an entry in state `from` may be moved to `to` (see State).
    static bool canMove(State from, State to);
    static bool isFinal(State state);

    bool operator==(const JournalEntry &) const = default;
};

} // namespace valara
