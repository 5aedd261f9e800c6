#pragma once

#include <QLoggingCategory>

// valara.models: state held for the views.
Q_DECLARE_LOGGING_CATEGORY(lcModels)
