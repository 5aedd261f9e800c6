// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/JournalEntry.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>
#include <QUuid>

#include <memory>

namespace valara::testing {

// What the change journal's tests share: an account, entries as an editor would record them, a
// clock the test moves, and a raw SQLite connection to look at or tamper with the file.
namespace JournalTest {

inline const QString AccountId = QStringLiteral("valara:https://valara.cloud:usr-maya");

inline QDateTime at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

inline JournalEntry::Field field(const QString &key, const QJsonValue &server,
                                 const QJsonValue &edited)
{
    return {key, server, edited};
}

inline JournalEntry entry(const QString &userId, const QList<JournalEntry::Field> &fields,
                          JournalEntry::State state = JournalEntry::State::Draft)
{
    JournalEntry entry;
    entry.userId = userId;
    entry.service = JournalEntry::ServiceValara;
    entry.method = "PATCH";
    entry.path = QStringLiteral("/api/v1/users/%1/preferences").arg(userId);
    entry.fields = fields;
    entry.idempotencyKey = ApiClient::newIdempotencyKey();
    entry.state = state;
    return entry;
}

inline JournalEntry timezoneChange(const QString &userId,
                                   JournalEntry::State state = JournalEntry::State::Draft)
{
    return entry(userId,
                 {field(QStringLiteral("timezone"), QStringLiteral("America/Denver"),
                        QStringLiteral("America/Chicago"))},
                 state);
}

// A journal on `path` whose clock reads *now.
inline std::unique_ptr<ChangeJournal> openJournal(const QString &path, const QDateTime *now)
{
    auto journal = std::make_unique<ChangeJournal>(AccountId, path);
    journal->setClock([now] { return *now; });
    journal->open();
    return journal;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes, qint64 offset = 0)
{
    QFile file(path);
    if (!file.open(offset == 0 ? QIODevice::WriteOnly : QIODevice::ReadWrite))
        return false;
    return file.seek(offset) && file.write(bytes) == bytes.size();
}

// A connection of the test's own to the file, removed when it goes out of scope.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("journal-test-") + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    // The file and its -wal and -shm companions.
    static QStringList files(const QString &path)
    {
        return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    }

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &statement) const
    {
        QSqlQuery query(db());
        return query.exec(statement);
    }
    QVariant value(const QString &statement) const
    {
        QSqlQuery query(db());
        return query.exec(statement) && query.next() ? query.value(0) : QVariant();
    }

private:
    QString m_name;
};

} // namespace JournalTest

} // namespace valara::testing
