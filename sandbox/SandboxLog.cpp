#include "SandboxLog.h"

Q_LOGGING_CATEGORY(lcSandbox, "valara.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxHttp, "valara.sandbox.http", QtInfoMsg)
