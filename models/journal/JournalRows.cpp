// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalRows.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace valara {

namespace {

constexpr auto EntryColumns =
    "e.id, e.account_id, e.user_id, e.service, e.method, e.path, e.idempotency_key, e.state, "
    "e.http_status, e.request_id, e.error, e.created_at, e.updated_at";

JournalEntry entryFrom(const QSqlQuery &query)
{
    JournalEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.accountId = query.value(1).toString();
    entry.userId = query.value(2).toString();
    entry.service = query.value(3).toString();
    entry.method = query.value(4).toString().toLatin1();
    entry.path = query.value(5).toString();
    entry.idempotencyKey = query.value(6).toByteArray();
    // An unknown state (from a hand-edited file) reads as Failed: shown, never sent again.
    entry.state = JournalEntry::stateFromName(query.value(7).toString())
                      .value_or(JournalEntry::State::Failed);
    entry.httpStatus = query.value(8).toInt();
    entry.requestId = query.value(9).toString();
    entry.error = query.value(10).toString();
    entry.createdAt = JournalRows::decodeTime(query.value(11));
    entry.updatedAt = JournalRows::decodeTime(query.value(12));
    return entry;
}

} // namespace

bool JournalRows::run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                      QString *error)
{
    if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
    }
    *error = query.lastError().text();
    return false;
}

QVariant JournalRows::encodeValue(const QJsonValue &value)
{
    if (value.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue JournalRows::decodeValue(const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson(stored.toString().toUtf8());
    if (!document.isArray() || document.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return document.array().first();
}

qint64 JournalRows::encodeTime(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QVariant JournalRows::encodeText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QDateTime JournalRows::decodeTime(const QVariant &stored)
{
    return QDateTime::fromMSecsSinceEpoch(stored.toLongLong()).toUTC();
}

bool JournalRows::insert(const QSqlDatabase &db, const JournalEntry &entry, qint64 *id,
                         QString *error)
{
    QSqlQuery query(db);
    const QString sql = QStringLiteral(
        "INSERT INTO entries (account_id, user_id, service, method, path, idempotency_key, state,"
        " http_status, request_id, error, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariantList values = {entry.accountId,
                                 entry.userId,
                                 entry.service,
                                 QString::fromLatin1(entry.method),
                                 entry.path,
                                 entry.idempotencyKey,
                                 JournalEntry::stateName(entry.state),
                                 entry.httpStatus,
                                 encodeText(entry.requestId),
                                 encodeText(entry.error),
                                 encodeTime(entry.createdAt),
                                 encodeTime(entry.updatedAt)};
    if (!run(query, sql, values, error))
        return false;
    *id = query.lastInsertId().toLongLong();
    return insertFields(db, *id, entry.fields, error);
}

bool JournalRows::writeFields(const QSqlDatabase &db, qint64 id,
                              const QList<JournalEntry::Field> &fields, QString *error)
{
    QSqlQuery query(db);
    return run(query, QStringLiteral("DELETE FROM entry_fields WHERE entry_id = ?"), {id}, error) &&
           insertFields(db, id, fields, error);
}

bool JournalRows::insertFields(const QSqlDatabase &db, qint64 id,
                               const QList<JournalEntry::Field> &fields, QString *error)
{
    QSqlQuery query(db);
    const QString insert =
        QStringLiteral("INSERT INTO entry_fields"
                       " (entry_id, position, field_key, server_value, new_value)"
                       " VALUES (?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const JournalEntry::Field &field = fields.at(i);
        if (!run(query, insert,
                 {id, i, field.key, encodeValue(field.serverValue), encodeValue(field.newValue)},
                 error))
            return false;
    }
    return true;
}

bool JournalRows::updateDraft(const QSqlDatabase &db, qint64 id, const JournalEntry &draft,
                              bool *updated, QString *error)
{
    QSqlQuery query(db);
    *updated = false;
    if (!run(query,
             QStringLiteral("UPDATE entries SET updated_at = ? WHERE id = ? AND state = ?"
                            " AND user_id = ? AND path = ?"),
             {encodeTime(draft.updatedAt), id, JournalEntry::stateName(JournalEntry::State::Draft),
              draft.userId, draft.path},
             error))
        return false;
    *updated = query.numRowsAffected() == 1;
    return !*updated || writeFields(db, id, draft.fields, error);
}

bool JournalRows::deleteDraft(const QSqlDatabase &db, qint64 id, QString *error)
{
    QSqlQuery query(db);
    return run(query, QStringLiteral("DELETE FROM entries WHERE id = ? AND state = ?"),
               {id, JournalEntry::stateName(JournalEntry::State::Draft)}, error);
}

std::optional<QList<JournalEntry>> JournalRows::select(const QSqlDatabase &db,
                                                       const JournalFilter &filter, QString *error)
{
    QStringList conditions{QStringLiteral("1")};
    QVariantList values;
    if (!filter.userId.isEmpty()) {
        conditions << QStringLiteral("e.user_id = ?");
        values << filter.userId;
    }
    if (!filter.fieldKey.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM entry_fields k"
                                     " WHERE k.entry_id = e.id AND k.field_key = ?)");
        values << filter.fieldKey;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("e.created_at >= ?");
        values << encodeTime(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("e.created_at <= ?");
        values << encodeTime(filter.to);
    }
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (JournalEntry::State state : filter.states) {
            marks << QStringLiteral("?");
            values << JournalEntry::stateName(state);
        }
        conditions << QStringLiteral("e.state IN (%1)").arg(marks.join(u','));
    }
    const QString direction = filter.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString tail = QStringLiteral(" ORDER BY e.created_at %1, e.id %1").arg(direction);
    if (filter.limit > 0)
        tail += QStringLiteral(" LIMIT %1").arg(filter.limit);
    return load(db, conditions.join(QStringLiteral(" AND ")), values, tail, error);
}

std::optional<JournalEntry> JournalRows::find(const QSqlDatabase &db, qint64 id, QString *error)
{
    error->clear();
    const auto entries = load(db, QStringLiteral("e.id = ?"), {id}, {}, error);
    if (!entries || entries->isEmpty())
        return std::nullopt;
    return entries->first();
}

std::optional<JournalEntry> JournalRows::findState(const QSqlDatabase &db, qint64 id,
                                                   QString *error)
{
    error->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT state FROM entries WHERE id = ?"), {id}, error))
        return std::nullopt;
    if (!query.next()) {
        if (query.lastError().isValid())
            *error = query.lastError().text();
        return std::nullopt;
    }
    JournalEntry entry;
    entry.id = id;
    entry.state = JournalEntry::stateFromName(query.value(0).toString())
                      .value_or(JournalEntry::State::Failed); // as entryFrom() reads it
    return entry;
}

bool JournalRows::mayExist(const QSqlDatabase &db, const QString &userId, JournalEntry::State state)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString error;
    return !run(query,
                QStringLiteral(
                    "SELECT EXISTS (SELECT 1 FROM entries WHERE user_id = ? AND state = ?)"),
                {userId, JournalEntry::stateName(state)}, &error) ||
           !query.next() || query.value(0).toBool();
}

std::optional<QList<JournalEntry>> JournalRows::load(const QSqlDatabase &db, const QString &where,
                                                     const QVariantList &values,
                                                     const QString &tail, QString *error)
{
    const QString entriesSql = QStringLiteral("SELECT %1 FROM entries e WHERE %2%3")
                                   .arg(QLatin1String(EntryColumns), where, tail);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, entriesSql, values, error))
        return std::nullopt;
    QList<JournalEntry> entries;
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        entries << entryFrom(query);
        indexOf.insert(entries.constLast().id, entries.size() - 1);
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (entries.isEmpty())
        return entries;

    QSqlQuery fields(db);
    fields.setForwardOnly(true);
    const QString fieldsSql = QStringLiteral("SELECT entry_id, field_key, server_value, new_value"
                                             " FROM entry_fields WHERE entry_id IN (SELECT e.id"
                                             " FROM entries e WHERE %1%2)"
                                             " ORDER BY entry_id, position")
                                  .arg(where, tail);
    if (!run(fields, fieldsSql, values, error))
        return std::nullopt;
    while (fields.next()) {
        const auto it = indexOf.constFind(fields.value(0).toLongLong());
        if (it == indexOf.constEnd())
            continue;
        entries[*it].fields << JournalEntry::Field{
            fields.value(1).toString(), decodeValue(fields.value(2)), decodeValue(fields.value(3))};
    }
    if (fields.lastError().isValid()) {
        *error = fields.lastError().text();
        return std::nullopt;
    }
    return entries;
}

} // namespace valara
