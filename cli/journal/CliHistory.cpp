// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/journal/CliHistory.h"

#include "api/json/JsonCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace valara {

namespace {

constexpr qsizetype kMaxValueLength = 40;

QString states()
{
    QStringList names;
    for (const auto state :
         {JournalEntry::State::Draft, JournalEntry::State::Sending, JournalEntry::State::Applied,
          JournalEntry::State::Failed, JournalEntry::State::Conflicted})
        names.append(JournalEntry::stateName(state));
    return names.join(QStringLiteral(", "));
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject toJson(const JournalEntry &entry)
{
    QJsonArray fields;
    for (const JournalEntry::Field &field : entry.fields) {
        QJsonObject object{{QStringLiteral("key"), field.key},
                           {QStringLiteral("new_value"), field.newValue}};
        if (!field.serverValue.isUndefined()) // absent on the server: no server_value
            object.insert(QStringLiteral("server_value"), field.serverValue);
        fields.append(object);
    }
    return {
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("created_at"), isoUtc(entry.createdAt)},
        {QStringLiteral("updated_at"), isoUtc(entry.updatedAt)},
        {QStringLiteral("account_id"), entry.accountId},
        {QStringLiteral("user_id"), entry.userId},
        {QStringLiteral("service"), entry.service},
        {QStringLiteral("method"), QString::fromLatin1(entry.method)},
        {QStringLiteral("path"), entry.path},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("idempotency_key"), QString::fromLatin1(entry.idempotencyKey)},
        {QStringLiteral("state"), JournalEntry::stateName(entry.state)},
        {QStringLiteral("http_status"),
         entry.httpStatus ? QJsonValue(entry.httpStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("request_id"), textOrNull(entry.requestId)},
        {QStringLiteral("error"), textOrNull(entry.error)},
    };
}

} // namespace

QDateTime CliHistory::parseSince(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return date.startOfDay();
    return QDateTime::fromString(text, Qt::ISODate);
}

JournalFilter CliHistory::filter(const CliCommand &command, QStringList *problems)
{
    JournalFilter filter;
    filter.userId = command.userId;
    // Keys are kept as sent, in snake_case; camelCase is accepted as for set.
    filter.fieldKey = JsonCase::toSnakeCase(command.field);
    if (!command.since.isEmpty()) {
        filter.from = parseSince(command.since);
        if (filter.from.isValid())
            filter.from = filter.from.toUTC();
        else
            //: %1: what was given.
            problems->append(tr("--since needs a date such as 2026-01-31 or "
                                "2026-01-31T09:00:00Z, not \"%1\"")
                                 .arg(command.since));
    }
    if (!command.state.isEmpty()) {
        if (const auto state = JournalEntry::stateFromName(command.state.toLower()))
            filter.states = {*state};
        else
            problems->append(
                //: %1: the states, not translated (draft, sending, …); %2: what was given.
                tr("--state needs one of %1, not \"%2\"").arg(states(), command.state));
    }
    return filter;
}

QString CliHistory::shortValue(const QJsonValue &value)
{
    if (value.isUndefined())
        //: In the history table: the field was absent on the server.
        return tr("(absent)");
    QString text =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2); // unwrapped from the array
    if (text.size() > kMaxValueLength)
        text = text.left(kMaxValueLength - 1) + QChar(0x2026);
    return text;
}

QString CliHistory::table(const QList<JournalEntry> &entries)
{
    if (entries.isEmpty())
        return tr("No entries in the journal match.") + QLatin1Char('\n');
    // The column headings of the history table.
    QList<QStringList> rows = {{tr("WHEN"), tr("USER"), tr("REQUEST"), tr("FIELD"), tr("CHANGE"),
                                tr("STATE"), tr("STATUS"), tr("REQUEST ID"), tr("ERROR")}};
    for (const JournalEntry &entry : entries) {
        const QStringList facts = {
            entry.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            entry.userId, QString::fromLatin1(entry.method) + QLatin1Char(' ') + entry.path};
        const QStringList outcome = {
            JournalEntry::stateName(entry.state),
            entry.httpStatus ? QString::number(entry.httpStatus) : QStringLiteral("-"),
            entry.requestId.isEmpty() ? QStringLiteral("-") : entry.requestId, entry.error};
        // One line per field; the entry's facts on its first line only.
        const QList<JournalEntry::Field> fields =
            entry.fields.isEmpty() ? QList<JournalEntry::Field>{{}} : entry.fields;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const JournalEntry::Field &field = fields.at(i);
            const QString change = field.key.isEmpty() ? QString()
                                                       : shortValue(field.serverValue) +
                                                             QStringLiteral(" \u2192 ") +
                                                             shortValue(field.newValue);
            QStringList row = i == 0 ? facts : QStringList{QString(), QString(), QString()};
            row << field.key << change;
            row += i == 0 ? outcome : QStringList{QString(), QString(), QString(), QString()};
            rows.append(row);
        }
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column) : row.at(column).leftJustified(widths.at(column) + 2);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString CliHistory::json(const QList<JournalEntry> &entries)
{
    QJsonArray array;
    for (const JournalEntry &entry : entries)
        array.append(toJson(entry));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace valara
