#include "cli/CliLogging.h"

namespace valara {

Q_LOGGING_CATEGORY(lcCli, "valara.cli", QtInfoMsg)

} // namespace valara
