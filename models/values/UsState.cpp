// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/values/UsState.h"

namespace valara {

const QList<UsState::Entry> &UsState::all()
{
    static const QList<Entry> entries = [] {
        static const char *const table[][2] = {
            {"AL", "Alabama"},
            {"AK", "Alaska"},
            {"AZ", "Arizona"},
            {"AR", "Arkansas"},
            {"CA", "California"},
            {"CO", "Colorado"},
            {"CT", "Connecticut"},
            {"DE", "Delaware"},
            {"DC", "District of Columbia"},
            {"FL", "Florida"},
            {"GA", "Georgia"},
            {"HI", "Hawaii"},
            {"ID", "Idaho"},
            {"IL", "Illinois"},
            {"IN", "Indiana"},
            {"IA", "Iowa"},
            {"KS", "Kansas"},
            {"KY", "Kentucky"},
            {"LA", "Louisiana"},
            {"ME", "Maine"},
            {"MD", "Maryland"},
            {"MA", "Massachusetts"},
            {"MI", "Michigan"},
            {"MN", "Minnesota"},
            {"MS", "Mississippi"},
            {"MO", "Missouri"},
            {"MT", "Montana"},
            {"NE", "Nebraska"},
            {"NV", "Nevada"},
            {"NH", "New Hampshire"},
            {"NJ", "New Jersey"},
            {"NM", "New Mexico"},
            {"NY", "New York"},
            {"NC", "North Carolina"},
            {"ND", "North Dakota"},
            {"OH", "Ohio"},
            {"OK", "Oklahoma"},
            {"OR", "Oregon"},
            {"PA", "Pennsylvania"},
            {"RI", "Rhode Island"},
            {"SC", "South Carolina"},
            {"SD", "South Dakota"},
            {"TN", "Tennessee"},
            {"TX", "Texas"},
            {"UT", "Utah"},
            {"VT", "Vermont"},
            {"VA", "Virginia"},
            {"WA", "Washington"},
            {"WV", "West Virginia"},
            {"WI", "Wisconsin"},
            {"WY", "Wyoming"},
            {"AS", "American Samoa"},
            {"GU", "Guam"},
            {"MP", "Northern Mariana Islands"},
            {"PR", "Puerto Rico"},
            {"VI", "U.S. Virgin Islands"},
        };
        QList<Entry> list;
        for (const auto &row : table)
            list.append(Entry{QString::fromLatin1(row[0]), QString::fromLatin1(row[1])});
        return list;
    }();
    return entries;
}

QString UsState::codeFor(const QString &codeOrName)
{
    const QString text = codeOrName.simplified();
    for (const Entry &entry : all()) {
        if (text.compare(entry.code, Qt::CaseInsensitive) == 0 ||
            text.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.code;
    }
    return {};
}

QString UsState::nameOf(const QString &code)
{
    for (const Entry &entry : all()) {
        if (entry.code == code)
            return entry.name;
    }
    return {};
}

} // namespace valara
