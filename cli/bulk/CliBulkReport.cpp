// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/bulk/CliBulkReport.h"

#include "cli/journal/CliHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace valara {

namespace {

using Outcome = BulkMember::Outcome;

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The members that were not applied nor unchanged (for a dry run: would not be sent nor are
// unchanged).
qsizetype incomplete(const QList<BulkMember> &members, bool dryRun)
{
    const Outcome done = dryRun ? Outcome::Pending : Outcome::Applied;
    return std::count_if(members.cbegin(), members.cend(), [done](const BulkMember &member) {
        return member.outcome != done && member.outcome != Outcome::NoChange;
    });
}

} // namespace

QString CliBulkReport::result(const BulkMember &member)
{
    switch (member.outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::NoChange:
        return QStringLiteral("unchanged");
    case Outcome::Forbidden:
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::Unreadable:
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Pending: // never sent: a dry run, or the time ran out
    case Outcome::Sending:
    case Outcome::NotSent:
        break;
    }
    return QStringLiteral("not_sent");
}

QByteArray CliBulkReport::jsonLine(const BulkMember &member)
{
    // A success carries no status of its own: PATCH answers 200 (docs/api-contract.md P3).
    const int status =
        member.outcome == Outcome::Applied && !member.httpStatus ? 200 : member.httpStatus;
    const QList<QPair<const char *, QJsonValue>> fields = {
        {"user_id", member.userId},
        {"result", result(member)},
        {"status", status ? QJsonValue(status) : QJsonValue(QJsonValue::Null)},
        {"request_id", textOrNull(member.requestId)},
        {"error", textOrNull(member.error)},
    };
    // Written by hand to keep this order (a QJsonObject sorts its keys).
    QByteArrayList parts;
    for (const auto &[key, value] : fields) {
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        parts.append('"' + QByteArray(key) + "\":" + text.mid(1, text.size() - 2));
    }
    return '{' + parts.join(',') + '}';
}

QString CliBulkReport::previewLine(const BulkMember &member)
{
    QString text = member.userId + QStringLiteral(": ");
    switch (member.outcome) {
    case Outcome::Pending: {
        QStringList fields;
        for (auto it = member.changes.begin(); it != member.changes.end(); ++it)
            fields.append(QStringLiteral("%1: %2 %3 %4")
                              .arg(it.key(), CliHistory::shortValue(member.current.value(it.key())),
                                   QChar(0x2192), CliHistory::shortValue(it.value())));
        return text + fields.join(QStringLiteral("; "));
    }
    case Outcome::NoChange:
        return text + tr("no change");
    case Outcome::Forbidden:
        //: %1: why, in the server's or the app's words.
        return text + tr("forbidden (%1)").arg(member.error);
    case Outcome::Invalid:
        //: %1: why, in the server's or the app's words.
        return text + tr("invalid (%1)").arg(member.error);
    case Outcome::Unreadable:
        //: %1: why, in the server's or the app's words.
        return text + tr("cannot be read (%1)").arg(member.error);
    default:
        break;
    }
    //: %1: why, in the server's or the app's words.
    return text + tr("not read (%1)").arg(member.error);
}

CliExitCode CliBulkReport::exitCode(const QList<BulkMember> &members, bool dryRun)
{
    return incomplete(members, dryRun) > 0 ? CliExitCode::Incomplete : CliExitCode::Ok;
}

QString CliBulkReport::summary(const QList<BulkMember> &members, bool dryRun)
{
    return tr("%n people could not be changed: their lines say why", nullptr,
              int(incomplete(members, dryRun)));
}

} // namespace valara
