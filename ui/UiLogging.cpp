#include "ui/UiLogging.h"

namespace valara {

Q_LOGGING_CATEGORY(lcUi, "valara.ui", QtInfoMsg)

} // namespace valara
