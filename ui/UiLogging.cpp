#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "valara.ui", QtInfoMsg)
