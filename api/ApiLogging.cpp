#include "api/ApiLogging.h"

namespace valara {

Q_LOGGING_CATEGORY(lcApi, "valara.api", QtInfoMsg)

} // namespace valara
