#include "AppLogging.h"

Q_LOGGING_CATEGORY(lcApp, "valara.app", QtInfoMsg)
