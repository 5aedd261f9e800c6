#pragma once

#include <QLoggingCategory>

namespace valara {

// valara.models.journal: the change journal's database (opening, migrations, SQL errors). Never
// logs field values.
Q_DECLARE_LOGGING_CATEGORY(lcJournal)

} // namespace valara
