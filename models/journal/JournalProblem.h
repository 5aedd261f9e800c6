// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace valara {

// What went wrong with the change journal's last operation that did not succeed
// (ChangeJournal::lastProblemKind(); ChangeJournal::lastProblem() says it in a sentence).
enum class JournalProblem
{
    None,
    Disabled,      // the journal is turned off: writes do nothing
    NotOpen,       // open() was not called, failed, or the database was deleted
    NewerFormat,   // written by a newer version: left untouched, not used
    MovedAside,    // was unreadable: set aside and a new one started
    Unusable,      // could not be created, opened or migrated
    Sql,           // a statement failed; the journal stays usable
    NotFound,      // no entry with that id
    NotDraft,      // only drafts' fields can change
    BadTransition, // that state change is not allowed (JournalEntry::canMove)
    WrongAccount,  // the entry is for another account than the journal's
    InvalidEntry   // a required part of the entry or argument is missing or wrong
};

} // namespace valara
