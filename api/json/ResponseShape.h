// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace valara {

// What a successful answer must look like before anything uses it. ApiResponseDecoder applies it
// to every 2xx answer (after keys are normalised to snake_case); an answer of another shape is a
// Protocol error ("the server's answer could not be understood"), never a value.
class ResponseShape
{
    Q_DECLARE_TR_FUNCTIONS(ResponseShape)

public:
    // What is wrong with a value, for people to read; empty when the value is acceptable.
    using Check = std::function<QString(const QJsonValue &)>;

    enum class Kind
    {
        Object,     // a JSON object (a Me API envelope is unwrapped to its `data` first)
        List,       // a list of objects, normalised to {"items": [...], "total": n}
        MeEnvelope, // {"success": true, "data": {...}}: the Me API's answers
        Bytes,      // any non-empty body, kept as received (an image)
    };

    // A JSON object, accepted when `check` finds nothing wrong with it.
    static ResponseShape object(Check check = {});
    // A user: an object with a non-empty string `id`, and whatever `check` asks on top.
    static ResponseShape user(Check check = {});
    // A list: a bare array, an object holding the array under `items`, `users`, `data` or
    // `results` (with an optional integer `total`), or a Me API envelope whose `data` is such a
    // list. Every element must be an object accepted by `itemCheck`.
    static ResponseShape list(Check itemCheck = {});
    // The Me API envelope with `success: true` and a `data` object accepted by `check`.
    static ResponseShape meEnvelope(Check check = {});
    // Any non-empty body, not read as JSON: ApiResult::body holds it.
    static ResponseShape bytes();

    Kind kind() const { return m_kind; }
    // Checks one value (an object, or a list's element); empty when acceptable.
    QString problem(const QJsonValue &value) const;

    // The user check on its own: an object with a non-empty string id.
    static QString userProblem(const QJsonValue &value);

private:
    ResponseShape(Kind kind, Check check);

    Kind m_kind;
    Check m_check;
};

} // namespace valara
