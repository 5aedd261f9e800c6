#pragma once

#include <QLoggingCategory>

namespace valara {

// valara.ui: what the windows do.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace valara
