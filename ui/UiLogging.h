#pragma once

#include <QLoggingCategory>

// valara.ui: what the windows do.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
