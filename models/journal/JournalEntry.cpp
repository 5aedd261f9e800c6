// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalEntry.h"

namespace valara {

namespace {

struct StateName
{
    JournalEntry::State state;
    const char *name;
};

constexpr StateName StateNames[] = {
    {JournalEntry::State::Draft, "draft"},           {JournalEntry::State::Sending, "sending"},
    {JournalEntry::State::Applied, "applied"},       {JournalEntry::State::Failed, "failed"},
    {JournalEntry::State::Conflicted, "conflicted"},
};

} // namespace

std::optional<JournalEntry::Field> JournalEntry::field(const QString &key) const
{
    for (const Field &field : fields) {
        if (field.key == key)
            return field;
    }
    return std::nullopt;
}

QString JournalEntry::stateName(State state)
{
    for (const StateName &entry : StateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<JournalEntry::State> JournalEntry::stateFromName(const QString &name)
{
    for (const StateName &entry : StateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

bool JournalEntry::isFinal(State state)
{
    return state == State::Applied || state == State::Conflicted;
}

bool JournalEntry::canMove(State from, State to)
{
    switch (from) {
    case State::Draft:
        return to == State::Sending;
    case State::Sending:
        return to != State::Draft;
    case State::Failed:
        return to == State::Sending;
    case State::Applied:
    case State::Conflicted:
        return false;
    }
    return false;
}

} // namespace valara
