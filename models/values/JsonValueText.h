// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace valara {

// A field's JSON value as people read it in lists and messages: text as it is, null as
// "(empty)", nothing for a value that is not there, anything else as compact JSON.
class JsonValueText
{
    Q_DECLARE_TR_FUNCTIONS(JsonValueText)

public:
    static QString of(const QJsonValue &value);
};

} // namespace valara
