// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

namespace valara {

// How sending a journaled change again (after a crash, from the offline queue, a revert), or
// restoring a draft into the form, ended. See ChangeReplay.
struct ReplayResult
{
    enum class Mode
    {
        Send,    // a journaled change sent again with its own key
        Restore, // a draft put back into the form
        Revert   // an applied change's old values sent as a new change
    };

    enum class Outcome
    {
        Applied,        // sent with its key and accepted
        AlreadyApplied, // the server already held the new values: nothing was sent
        Restored,       // a draft's edits are back in the form (see conflicts)
        Conflicted,     // the server holds other values now: nothing sent (a change to send
                        // is kept as a draft; a revert is not made)
        Waiting,        // the service could not be reached: still to be sent
        Failed          // refused, or cannot be sent at all (see error)
    };

    // A field someone changed on the server after the change was made: the value the change was
    // based on, the server's value now, and the change's.
    struct Conflict
    {
        QString key;
        QJsonValue basedOn;
        QJsonValue server;
        QJsonValue mine;
    };

    Mode mode = Mode::Send;
    qint64 entryId = 0;  // the change sent, restored or (Revert) made; 0 for a revert not made
    qint64 revertOf = 0; // Revert: the change reverted
    QString userId;
    Outcome outcome = Outcome::Failed;
    QList<Conflict> conflicts;
    ApiError error;
    QString requestId;
};

} // namespace valara

Q_DECLARE_METATYPE(valara::ReplayResult)
