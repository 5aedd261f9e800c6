// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/ResponseShape.h"

#include <QJsonObject>

namespace valara {

ResponseShape::ResponseShape(Kind kind, Check check)
    : m_kind(kind)
    , m_check(std::move(check))
{}

ResponseShape ResponseShape::object(Check check)
{
    return ResponseShape(Kind::Object, std::move(check));
}

ResponseShape ResponseShape::user(Check check)
{
    return ResponseShape(Kind::Object, [check = std::move(check)](const QJsonValue &value) {
        const QString problem = userProblem(value);
        return problem.isEmpty() && check ? check(value) : problem;
    });
}

ResponseShape ResponseShape::list(Check itemCheck)
{
    return ResponseShape(Kind::List, std::move(itemCheck));
}

ResponseShape ResponseShape::meEnvelope(Check check)
{
    return ResponseShape(Kind::MeEnvelope, std::move(check));
}

ResponseShape ResponseShape::bytes()
{
    return ResponseShape(Kind::Bytes, {});
}

QString ResponseShape::problem(const QJsonValue &value) const
{
    if (!value.isObject())
        return m_kind == Kind::List ? tr("a list entry is not an object")
                                    : tr("expected an object");
    return m_check ? m_check(value) : QString();
}

QString ResponseShape::userProblem(const QJsonValue &value)
{
    if (!value.isObject())
        return tr("expected a user");
    const QJsonValue id = value.toObject().value(QLatin1String("id"));
    if (!id.isString() || id.toString().trimmed().isEmpty())
        return tr("a user without an id");
    return {};
}

} // namespace valara
