#pragma once

#include <QLoggingCategory>

namespace valara {

// valara.models: state held for the views.
Q_DECLARE_LOGGING_CATEGORY(lcModels)

} // namespace valara
