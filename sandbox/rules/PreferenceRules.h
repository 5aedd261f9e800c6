// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace valara::sandbox {

// The Valara preferences as the service enforces them (docs/api-contract.md P1-P7), from the
// sandbox's own field table (SandboxFieldTable).
class PreferenceRules
{
public:
    static QStringList fieldNames();
    static QStringList allowedValues(const QString &field); // empty for timezone and language
    static QJsonObject defaults();
    // Stored values with defaults applied for every field not set.
    static QJsonObject withDefaults(const QJsonObject &stored);
    // The reason a value is refused (P6), or an empty string when it is acceptable.
    static QString valueProblem(const QString &field, const QString &value);
    static bool isKnownTimeZone(const QString &id);
};

} // namespace valara::sandbox
