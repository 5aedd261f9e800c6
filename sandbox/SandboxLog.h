#pragma once

#include <QLoggingCategory>

namespace valara::sandbox {

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
// One line per request: method, path, status, request id, duration. Never headers or queries.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)

} // namespace valara::sandbox
