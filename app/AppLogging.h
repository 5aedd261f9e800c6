#pragma once

#include <QLoggingCategory>

namespace valara {

// valara.app: start-up, options and wiring.
Q_DECLARE_LOGGING_CATEGORY(lcApp)

} // namespace valara
