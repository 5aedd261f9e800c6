#include "app/AppLogging.h"

namespace valara {

Q_LOGGING_CATEGORY(lcApp, "valara.app", QtInfoMsg)

} // namespace valara
