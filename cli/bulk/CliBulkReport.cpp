#include "cli/bulk/CliBulkReport.h"

#include "cli/journal/CliHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace valara {

namespace {

using Outcome = BulkMember::Outcome;

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
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
        return text + QStringLiteral("no change");
    case Outcome::Forbidden:
        return text + QStringLiteral("forbidden (%1)").arg(member.error);
    case Outcome::Invalid:
        return text + QStringLiteral("invalid (%1)").arg(member.error);
    case Outcome::Unreadable:
        return text + QStringLiteral("cannot be read (%1)").arg(member.error);
    default:
        break;
    }
    return text + QStringLiteral("not read (%1)").arg(member.error);
}

CliExitCode CliBulkReport::exitCode(const QList<BulkMember> &members, bool dryRun)
{
    const Outcome done = dryRun ? Outcome::Pending : Outcome::Applied;
    for (const BulkMember &member : members) {
        if (member.outcome != done && member.outcome != Outcome::NoChange)
            return CliExitCode::Incomplete;
    }
    return CliExitCode::Ok;
}

} // namespace valara
