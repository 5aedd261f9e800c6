#include "CliLogging.h"

Q_LOGGING_CATEGORY(lcCli, "valara.cli", QtInfoMsg)
