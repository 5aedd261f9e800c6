// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace valara {

// The people a bulk change is for, as the people list knows them: their ids in order, and their
// teams and names where known (who a manager may change depends on the team; the name is what
// the tables show, the id otherwise).
struct BulkPeople
{
    QStringList ids;
    QHash<QString, QString> teams; // user -> team id
    QHash<QString, QString> names; // user -> display name
};

} // namespace valara
