// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/values/JsonValueText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace valara {

QString JsonValueText::of(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return tr("(empty)");
    case QJsonValue::String:
        return value.toString();
    default: {
        // A scalar has no document of its own: written inside an array, without the brackets.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    }
}

} // namespace valara
