// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace valara {

// The people chosen in the people list, by user id, so a choice survives paging, a new search
// or another order. "Every match of a query" is a pending state while the ids the list has not
// loaded are read (SelectAllMatches): the ids known at once are selected right away, and the
// count includes the matches still to come (K26).
class PeopleSelection : public QObject
{
    Q_OBJECT

public:
    explicit PeopleSelection(QObject *parent = nullptr);

    bool isSelected(const QString &userId) const { return m_ids.contains(userId); }
    void setSelected(const QString &userId, bool selected);
    void toggle(const QString &userId) { setSelected(userId, !isSelected(userId)); }
    void select(const QStringList &userIds);
    void clear();

    // The ids selected, sorted; while matches are pending only those known so far.
    QStringList ids() const;
    // How many are selected, counting the pending matches not read yet.
    int count() const { return int(m_ids.size()) + m_pendingExtra; }
    bool isEmpty() const { return count() == 0; }

    // Matches of a query are being read: `known` (matches already loaded) are selected now and
    // `total` (-1 when unknown) counted.
    void beginMatches(const QStringList &known, int total);
    bool isPending() const { return m_pending; }
    // Every match was read: all are selected, but those unchecked meanwhile.
    void finishMatches(const QStringList &matches);
    // The read was cancelled or failed: the ids beginMatches() added are dropped again.
    void cancelMatches();

Q_SIGNALS:
    // The ids whose state changed; empty when many did (a check box per row is asked again).
    void changed(const QStringList &userIds);

private:
    void endPending();

    QSet<QString> m_ids;
    bool m_pending = false;
    int m_pendingExtra = 0;
    QSet<QString> m_addedByMatches;
    QSet<QString> m_uncheckedWhilePending;
};

} // namespace valara
