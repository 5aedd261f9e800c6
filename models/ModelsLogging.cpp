#include "ModelsLogging.h"

Q_LOGGING_CATEGORY(lcModels, "valara.models", QtInfoMsg)
