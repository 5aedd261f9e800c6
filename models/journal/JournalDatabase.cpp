// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalDatabase.h"

#include "models/journal/JournalLogging.h"
#include "models/journal/JournalSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace valara {

namespace {

constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// SQLite's primary result codes that mean the file is not a usable database.
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

bool isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == SqliteCorrupt || code == SqliteNotADatabase);
}

} // namespace

JournalDatabase::JournalDatabase(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("valara-journal-") + QUuid::createUuid().toString())
{}

JournalDatabase::~JournalDatabase()
{
    close();
}

QStringList JournalDatabase::files(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

QSqlDatabase JournalDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void JournalDatabase::close()
{
    m_open = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void JournalDatabase::restrictPermissions() const
{
    for (const QString &file : files(m_path)) {
        if (QFile::exists(file) && QFile::permissions(file) != OwnerOnly &&
            !QFile::setPermissions(file, OwnerOnly))
            qCWarning(lcJournal) << "cannot make the journal file owner-only:" << file;
    }
}

bool JournalDatabase::createFile(QString *error) const
{
    const QFileInfo info(m_path);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
            return false;
        }
        QFile::setPermissions(info.absolutePath(), OwnerOnly | QFile::ExeOwner);
    }
    if (info.exists())
        return true;
    // Created empty and owner-only before SQLite writes a byte into it.
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = file.errorString();
        return false;
    }
    file.close();
    if (file.setPermissions(OwnerOnly))
        return true;
    *error = file.errorString();
    return false;
}

bool JournalDatabase::connect(QString *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (db.open())
        return true;
    *error = db.lastError().text();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    return false;
}

JournalDatabase::Health JournalDatabase::inspect(QString *error)
{
    QSqlQuery query(database());
    // Reads only: a file from a newer version must come out of this unchanged.
    for (const QString &statement :
         {QStringLiteral("PRAGMA user_version"), QStringLiteral("PRAGMA quick_check")}) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return isDamage(query.lastError()) ? Health::Damaged : Health::Failed;
        }
        if (!query.next()) {
            *error = query.lastError().text();
            return isDamage(query.lastError()) ? Health::Damaged : Health::Failed;
        }
    }
    if (query.value(0).toString() != u"ok") {
        *error = query.value(0).toString();
        return Health::Damaged;
    }
    return Health::Good;
}

bool JournalDatabase::moveAside(const QDateTime &now, QString *asidePath, QString *error) const
{
    const QString base = m_path + QStringLiteral(".corrupt-") +
                         now.toUTC().toString(QStringLiteral("yyyyMMddTHHmmss'Z'"));
    QString aside = base;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = base + u'-' + QString::number(n);
    const QStringList from = files(m_path);
    const QStringList to = files(aside);
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (QFile::exists(from.at(i)) && !QFile::rename(from.at(i), to.at(i))) {
            *error = QStringLiteral("cannot rename %1").arg(from.at(i));
            return false;
        }
    }
    *asidePath = aside;
    return true;
}

JournalDatabase::Opened JournalDatabase::fail(JournalProblem problem, const QString &message)
{
    close();
    return {problem, message, {}};
}

JournalDatabase::Opened JournalDatabase::open(const QDateTime &now)
{
    QString error;
    Opened opened;
    Health health = Health::Damaged;
    const QFileInfo file(m_path);
    if (file.exists() && !file.isReadable()) {
        // SQLite would not open it at all; set aside like a damaged one.
        error = QStringLiteral("the file cannot be read");
    } else if (!createFile(&error) || !connect(&error)) {
        qCWarning(lcJournal) << "cannot open the journal:" << error;
        return fail(JournalProblem::Unusable,
                    QCoreApplication::translate("valara::ChangeJournal",
                                                "The change journal could not be opened: %1")
                        .arg(error));
    } else {
        health = inspect(&error);
    }
    if (health == Health::Damaged) {
        close();
        qCWarning(lcJournal) << "the journal is damaged:" << error;
        QString aside;
        QString moveError;
        if (!moveAside(now, &aside, &moveError)) {
            qCWarning(lcJournal) << "cannot set the damaged journal aside:" << moveError;
            return fail(JournalProblem::Unusable,
                        QCoreApplication::translate(
                            "valara::ChangeJournal",
                            "The change journal is damaged and could not be set aside, so no "
                            "changes are recorded: %1")
                            .arg(moveError));
        }
        opened = {JournalProblem::MovedAside,
                  QCoreApplication::translate(
                      "valara::ChangeJournal",
                      "The change journal could not be read, so it was set aside as %1 and a new "
                      "one was started. Nothing was deleted.")
                      .arg(QDir::toNativeSeparators(aside)),
                  aside};
        if (!createFile(&error) || !connect(&error))
            health = Health::Failed;
        else
            health = inspect(&error);
    }
    if (health != Health::Good) {
        qCWarning(lcJournal) << "cannot read the journal:" << error;
        return fail(JournalProblem::Unusable,
                    QCoreApplication::translate("valara::ChangeJournal",
                                                "The change journal could not be read: %1")
                        .arg(error));
    }
    return prepare(opened);
}

JournalDatabase::Opened JournalDatabase::prepare(Opened opened)
{
    // Refused before anything writes to the file (journal_mode=WAL would).
    QString error;
    const int found = JournalSchema::version(database(), &error);
    if (found > JournalSchema::currentVersion()) {
        qCWarning(lcJournal) << "the journal has version" << found << "; this build knows up to"
                             << JournalSchema::currentVersion();
        return fail(JournalProblem::NewerFormat,
                    QCoreApplication::translate(
                        "valara::ChangeJournal",
                        "The change journal was written by a newer version of Valara Desk (format "
                        "%1; this version reads up to format %2). It was left unchanged, and no "
                        "changes are recorded until the newer version is used again.")
                        .arg(found)
                        .arg(JournalSchema::currentVersion()));
    }
    QSqlQuery query(database());
    const auto unusable = [this, &query] {
        const QString message = query.lastError().text();
        qCWarning(lcJournal) << "cannot prepare the journal:" << message;
        return fail(JournalProblem::Unusable,
                    QCoreApplication::translate("valara::ChangeJournal",
                                                "The change journal could not be opened: %1")
                        .arg(message));
    };
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return unusable();
    const bool wal = query.next() && query.value(0).toString() == u"wal";
    // In WAL mode, NORMAL syncs the file at checkpoints rather than at every commit: a committed
    // change is in the file as soon as the commit returns, so a crash of the app (even SIGKILL)
    // never loses it; only a power cut or a crash of the system may take back the last commits,
    // never leaving the file damaged. A save is journaled, and answered, without waiting for the
    // disk each time (a bulk change journals thousands). Outside WAL mode (a file system without
    // it), FULL, SQLite's default.
    for (const QString &statement : {wal ? QStringLiteral("PRAGMA synchronous = NORMAL")
                                         : QStringLiteral("PRAGMA synchronous = FULL"),
                                     QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!query.exec(statement))
            return unusable();
    }
    query.finish();
    const JournalSchema::Result migrated = JournalSchema::migrate(database());
    if (migrated.outcome != JournalSchema::Result::Outcome::Ready) {
        return fail(
            JournalProblem::Unusable,
            QCoreApplication::translate("valara::ChangeJournal",
                                        "The change journal could not be brought up to date: %1")
                .arg(migrated.error));
    }
    restrictPermissions();
    m_open = true;
    return opened;
}

bool JournalDatabase::remove(QString *error)
{
    close();
    for (const QString &file : files(m_path)) {
        if (QFile::exists(file) && !QFile::remove(file)) {
            *error = file;
            return false;
        }
    }
    return true;
}

} // namespace valara
