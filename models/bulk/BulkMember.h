// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace valara {

// One person of a bulk change: what is to be sent to them and how it ended.
struct BulkMember
{
    enum class Outcome
    {
        Pending,    // to be sent
        NoChange,   // already holds the new values: skipped
        Forbidden,  // the caller may not change them (known up front): skipped
        Unreadable, // their current values could not be read: skipped
        Sending,    // on its way
        Applied,
        Refused, // 403
        Invalid, // 400/422, with the field's message
        Failed,  // failed after the client's retries (kept in the journal, to retry)
        NotSent  // cancelled before it was sent
    };

    QString userId;
    QJsonObject changes; // exactly the fields to send, with their values (wire form)
    QJsonObject current; // what the server held for the change's fields when read (as sent)
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;
    QString requestId;
    QString error; // for people; empty when none
    // A Failed one whose outcome is unknown (no answer, a deadline, 502-504, 429): it waits in
    // the journal and may be sent again with its key. A final refusal (404, 409, 500...) is not.
    bool retryable = false;

    // Final for this run (sent and answered, or skipped).
    bool isSettled() const { return outcome != Outcome::Pending && outcome != Outcome::Sending; }
};

} // namespace valara
