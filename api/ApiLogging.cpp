#include "ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "valara.api", QtInfoMsg)
