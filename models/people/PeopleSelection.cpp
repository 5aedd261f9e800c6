// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/people/PeopleSelection.h"

#include <algorithm>

namespace valara {

PeopleSelection::PeopleSelection(QObject *parent)
    : QObject(parent)
{}

void PeopleSelection::setSelected(const QString &userId, bool selected)
{
    if (userId.isEmpty() || isSelected(userId) == selected)
        return;
    if (selected) {
        m_ids.insert(userId);
        m_uncheckedWhilePending.remove(userId);
    } else {
        m_ids.remove(userId);
        if (m_pending)
            m_uncheckedWhilePending.insert(userId);
    }
    Q_EMIT changed({userId});
}

void PeopleSelection::select(const QStringList &userIds)
{
    const qsizetype before = m_ids.size();
    for (const QString &id : userIds) {
        if (!id.isEmpty())
            m_ids.insert(id);
    }
    if (m_ids.size() != before)
        Q_EMIT changed({});
}

void PeopleSelection::clear()
{
    const bool wasEmpty = isEmpty();
    m_ids.clear();
    endPending();
    if (!wasEmpty)
        Q_EMIT changed({});
}

QStringList PeopleSelection::ids() const
{
    QStringList list(m_ids.cbegin(), m_ids.cend());
    list.sort();
    return list;
}

void PeopleSelection::endPending()
{
    m_pending = false;
    m_pendingExtra = 0;
    m_addedByMatches.clear();
    m_uncheckedWhilePending.clear();
}

void PeopleSelection::beginMatches(const QStringList &known, int total)
{
    m_pending = true;
    m_addedByMatches.clear();
    m_uncheckedWhilePending.clear();
    for (const QString &id : known) {
        if (!id.isEmpty() && !m_ids.contains(id)) {
            m_ids.insert(id);
            m_addedByMatches.insert(id);
        }
    }
    m_pendingExtra = std::max(0, total - int(known.size()));
    Q_EMIT changed({});
}

void PeopleSelection::finishMatches(const QStringList &matches)
{
    for (const QString &id : matches) {
        if (!id.isEmpty() && !m_uncheckedWhilePending.contains(id))
            m_ids.insert(id);
    }
    endPending();
    Q_EMIT changed({});
}

void PeopleSelection::cancelMatches()
{
    if (!m_pending)
        return;
    for (const QString &id : std::as_const(m_addedByMatches))
        m_ids.remove(id);
    endPending();
    Q_EMIT changed({});
}

} // namespace valara
