// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace valara::testing {

// Readable QCOMPARE failures for JSON values (found by argument-dependent lookup).
inline char *toString(const QJsonValue &value)
{
    return qstrdup(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).constData());
}
inline char *toString(const QJsonArray &array)
{
    return qstrdup(QJsonDocument(array).toJson(QJsonDocument::Compact).constData());
}
inline char *toString(const QJsonObject &object)
{
    return qstrdup(QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
}

} // namespace valara::testing
