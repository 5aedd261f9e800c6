#include "models/journal/JournalLogging.h"

namespace valara {

Q_LOGGING_CATEGORY(lcJournal, "valara.models.journal", QtInfoMsg)

} // namespace valara
