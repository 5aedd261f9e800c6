#include "sandbox/SandboxLog.h"

namespace valara::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "valara.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxHttp, "valara.sandbox.http", QtInfoMsg)

} // namespace valara::sandbox
