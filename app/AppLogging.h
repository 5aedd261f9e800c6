#pragma once

#include <QLoggingCategory>

// valara.app: start-up, options and wiring.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
