#include "models/ModelsLogging.h"

namespace valara {

Q_LOGGING_CATEGORY(lcModels, "valara.models", QtInfoMsg)

} // namespace valara
