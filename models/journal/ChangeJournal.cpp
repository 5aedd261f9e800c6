// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/ChangeJournal.h"

#include "api/ApiClient.h"
#include "models/journal/JournalDatabase.h"
#include "models/journal/JournalLogging.h"
#include "models/journal/JournalRedaction.h"
#include "models/journal/JournalRows.h"
#include "models/journal/JournalTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace valara {

namespace {

// What a start-up recovers: a user's entries in one state, in the order they were made.
JournalFilter recovery(const QString &userId, JournalEntry::State state)
{
    JournalFilter filter;
    filter.userId = userId;
    filter.states = {state};
    filter.newestFirst = false;
    return filter;
}

} // namespace

ChangeJournal::ChangeJournal(const QString &accountId, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_accountId(accountId)
    , m_database(std::make_unique<JournalDatabase>(databasePath))
{}

ChangeJournal::~ChangeJournal() = default;

QString ChangeJournal::fileName(const QString &accountId)
{
    return QString::fromLatin1(
               QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256).toHex()) +
           QStringLiteral(".sqlite");
}

QString ChangeJournal::defaultPath(const QString &accountId)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal/") + fileName(accountId));
}

QString ChangeJournal::path() const
{
    return m_database->path();
}

void ChangeJournal::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ChangeJournal::setBusyTimeout(int milliseconds)
{
    m_database->setBusyTimeout(milliseconds);
}

QDateTime ChangeJournal::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool ChangeJournal::open()
{
    const JournalDatabase::Opened opened = m_database->open(now());
    if (opened.problem != JournalProblem::None)
        report(opened.problem, opened.message);
    return m_database->isOpen();
}

bool ChangeJournal::isOpen() const
{
    return m_database->isOpen();
}

void ChangeJournal::close()
{
    m_database->close();
}

void ChangeJournal::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void ChangeJournal::clearProblem()
{
    m_problem = JournalProblem::None;
    m_problemText.clear();
}

bool ChangeJournal::report(JournalProblem problem, const QString &message)
{
    m_problem = problem;
    m_problemText = message;
    if (!m_holdSignals)
        Q_EMIT problemOccurred(problem, message);
    return false;
}

bool ChangeJournal::reportSql(const char *operation, const QString &error)
{
    qCWarning(lcJournal) << operation << "failed:" << error;
    return report(JournalProblem::Sql,
                  tr("The change journal could not complete the operation: %1").arg(error));
}

bool ChangeJournal::canWrite()
{
    if (!m_enabled)
        return report(JournalProblem::Disabled,
                      tr("The change journal is turned off, so this change was not recorded."));
    return canRead();
}

bool ChangeJournal::canRead()
{
    if (m_database->isOpen())
        return true;
    return report(JournalProblem::NotOpen, tr("The change journal is not open."));
}

std::optional<JournalEntry> ChangeJournal::prepared(const JournalEntry &entry)
{
    if (!canWrite())
        return std::nullopt;
    if (!entry.accountId.isEmpty() && entry.accountId != m_accountId) {
        report(JournalProblem::WrongAccount,
               tr("The change belongs to another account and was not recorded."));
        return std::nullopt;
    }
    if (entry.userId.isEmpty() || !JournalEntry::isKnownService(entry.service) ||
        entry.method.isEmpty() || entry.path.isEmpty() ||
        !ApiClient::isValidIdempotencyKey(entry.idempotencyKey) ||
        (entry.state != JournalEntry::State::Draft &&
         entry.state != JournalEntry::State::Sending)) {
        report(JournalProblem::InvalidEntry,
               tr("The change is incomplete (user, service, request or idempotency key), so it "
                  "was not recorded."));
        return std::nullopt;
    }
    JournalEntry stored = entry;
    stored.id = 0;
    stored.accountId = m_accountId;
    stored.path = JournalRedaction::path(entry.path);
    stored.error = JournalRedaction::text(entry.error);
    stored.createdAt = stored.updatedAt = now();
    return stored;
}

std::optional<qint64> ChangeJournal::record(const JournalEntry &entry, qint64 replacingDraft)
{
    const std::optional<JournalEntry> stored = prepared(entry);
    if (!stored)
        return std::nullopt;
    qint64 id = 0;
    QString error;
    const auto insert = [&](QString *sqlError) {
        return (!replacingDraft ||
                JournalRows::deleteDraft(m_database->database(), replacingDraft, sqlError)) &&
               JournalRows::insert(m_database->database(), *stored, &id, sqlError);
    };
    if (!journalTransaction(m_database->database(), true, insert, &error)) {
        reportSql("record", error);
        return std::nullopt;
    }
    Q_EMIT entriesChanged();
    return id;
}

std::optional<qint64> ChangeJournal::saveDraft(const JournalEntry &draft)
{
    if (draft.state != JournalEntry::State::Draft || draft.fields.isEmpty()) {
        report(JournalProblem::InvalidEntry, tr("A draft needs at least one changed field."));
        return std::nullopt;
    }
    const std::optional<JournalEntry> stored = prepared(draft);
    if (!stored)
        return std::nullopt;
    qint64 id = 0;
    QString error;
    const auto save = [&](QString *sqlError) {
        const QSqlDatabase db = m_database->database();
        bool updated = false;
        // The same draft again, while it is one (a change may have taken its place).
        if (draft.id > 0 && !JournalRows::updateDraft(db, draft.id, *stored, &updated, sqlError))
            return false;
        id = updated ? draft.id : 0;
        return updated || JournalRows::insert(db, *stored, &id, sqlError);
    };
    if (!journalTransaction(m_database->database(), true, save, &error)) {
        reportSql("saveDraft", error);
        return std::nullopt;
    }
    Q_EMIT entriesChanged();
    return id;
}

std::optional<JournalEntry> ChangeJournal::loadEntry(qint64 id, const char *operation,
                                                     bool stateOnly)
{
    QString error;
    std::optional<JournalEntry> entry = (stateOnly ? JournalRows::findState : JournalRows::find)(
        m_database->database(), id, &error);
    if (!entry && error.isEmpty())
        report(JournalProblem::NotFound, tr("The change journal has no entry %1.").arg(id));
    else if (!entry)
        reportSql(operation, error);
    return entry;
}

bool ChangeJournal::changeEntry(qint64 id, const char *operation, const Allowed &allowed,
                                const QString &sql, const QVariantList &values,
                                const std::optional<QList<JournalEntry::Field>> &fields)
{
    if (!canWrite())
        return false;
    bool refused = false;
    QString error;
    // A refusal is signalled once the transaction is over, so a slot may use the journal.
    m_holdSignals = true;
    const bool ok = journalTransaction(
        m_database->database(), true,
        [&](QString *failure) {
            const std::optional<JournalEntry> entry = loadEntry(id, operation, true);
            refused = !entry || !allowed(*entry);
            if (refused)
                return false;
            QSqlQuery query(m_database->database());
            return (!fields ||
                    JournalRows::writeFields(m_database->database(), id, *fields, failure)) &&
                   JournalRows::run(query, sql, values, failure);
        },
        &error);
    m_holdSignals = false;
    if (!ok && refused)
        Q_EMIT problemOccurred(m_problem, m_problemText);
    else if (!ok)
        reportSql(operation, error);
    else
        Q_EMIT entriesChanged();
    return ok;
}

bool ChangeJournal::updateState(qint64 id, JournalEntry::State state, int httpStatus,
                                const QString &requestId, const QString &error)
{
    const auto allowed = [&](const JournalEntry &entry) {
        return JournalEntry::canMove(entry.state, state) ||
               report(JournalProblem::BadTransition, tr("The change cannot go from %1 to %2.")
                                                         .arg(JournalEntry::stateName(entry.state),
                                                              JournalEntry::stateName(state)));
    };
    return changeEntry(id, "updateState", allowed,
                       QStringLiteral("UPDATE entries SET state = ?, http_status = ?,"
                                      " request_id = ?, error = ?, updated_at = ? WHERE id = ?"),
                       {JournalEntry::stateName(state), httpStatus,
                        JournalRows::encodeText(requestId),
                        JournalRows::encodeText(JournalRedaction::text(error)),
                        JournalRows::encodeTime(now()), id});
}

bool ChangeJournal::updateDraftFields(qint64 id, const QList<JournalEntry::Field> &fields)
{
    const auto allowed = [&](const JournalEntry &entry) {
        return entry.state == JournalEntry::State::Draft ||
               report(JournalProblem::NotDraft,
                      tr("Only a draft's fields can change; this change is %1.")
                          .arg(JournalEntry::stateName(entry.state)));
    };
    return changeEntry(id, "updateDraftFields", allowed,
                       QStringLiteral("UPDATE entries SET updated_at = ? WHERE id = ?"),
                       {JournalRows::encodeTime(now()), id}, fields);
}

std::optional<JournalEntry> ChangeJournal::find(qint64 id)
{
    if (!canRead())
        return std::nullopt;
    return loadEntry(id, "find");
}

QList<JournalEntry> ChangeJournal::list(const JournalFilter &filter)
{
    if (!canRead())
        return {};
    std::optional<QList<JournalEntry>> entries;
    QString error;
    // One read transaction: the entries and their fields come from the same moment.
    journalTransaction(
        m_database->database(), false,
        [&](QString *failure) {
            entries = JournalRows::select(m_database->database(), filter, failure);
            return entries.has_value();
        },
        &error);
    if (!entries) {
        reportSql("list", error);
        return {};
    }
    return *entries;
}

QList<JournalEntry> ChangeJournal::drafts(const QString &userId)
{
    return list(recovery(userId, JournalEntry::State::Draft));
}

QList<JournalEntry> ChangeJournal::sending(const QString &userId)
{
    // Asked before every save: most users have none, which one single-column statement says.
    if (isOpen() &&
        !JournalRows::mayExist(m_database->database(), userId, JournalEntry::State::Sending))
        return {};
    return list(recovery(userId, JournalEntry::State::Sending));
}

std::optional<int> ChangeJournal::remove(const QString &where, const QVariantList &values,
                                         const char *operation)
{
    if (!canRead())
        return std::nullopt;
    int removed = 0;
    QString error;
    const bool ok = journalTransaction(
        m_database->database(), true,
        [&](QString *failure) {
            QSqlQuery query(m_database->database());
            if (!JournalRows::run(query, QStringLiteral("DELETE FROM entries WHERE ") + where,
                                  values, failure))
                return false;
            removed = query.numRowsAffected();
            return true;
        },
        &error);
    if (!ok) {
        reportSql(operation, error);
        return std::nullopt;
    }
    if (removed > 0)
        Q_EMIT entriesChanged();
    return removed;
}

std::optional<int> ChangeJournal::removeDrafts(const QString &userId)
{
    if (userId.isEmpty()) {
        report(JournalProblem::InvalidEntry, tr("No user was given whose drafts to remove."));
        return std::nullopt;
    }
    return remove(QStringLiteral("user_id = ? AND state = ?"),
                  {userId, JournalEntry::stateName(JournalEntry::State::Draft)}, "removeDrafts");
}

bool ChangeJournal::removeDraft(qint64 id)
{
    return remove(QStringLiteral("id = ? AND state = ?"),
                  {id, JournalEntry::stateName(JournalEntry::State::Draft)}, "removeDraft")
        .has_value();
}

std::optional<int> ChangeJournal::prune(int days)
{
    if (days < 0) {
        report(JournalProblem::InvalidEntry,
               tr("The journal cannot keep a negative number of days."));
        return std::nullopt;
    }
    return remove(QStringLiteral("created_at < ? AND state NOT IN (?, ?)"),
                  {JournalRows::encodeTime(now().addDays(-days)),
                   JournalEntry::stateName(JournalEntry::State::Draft),
                   JournalEntry::stateName(JournalEntry::State::Sending)},
                  "prune");
}

bool ChangeJournal::deleteDatabase()
{
    QString error;
    if (!m_database->remove(&error)) {
        qCWarning(lcJournal) << "cannot delete the journal file" << error;
        return report(
            JournalProblem::Unusable,
            tr("The change journal could not be deleted: %1").arg(QDir::toNativeSeparators(error)));
    }
    Q_EMIT entriesChanged();
    return true;
}

} // namespace valara
