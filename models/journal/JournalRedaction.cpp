// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalRedaction.h"

#include <QRegularExpression>

#include <algorithm>

namespace valara {

QString JournalRedaction::path(const QString &path)
{
    // A plain scan: this runs for every journaled save (a bulk change makes thousands).
    const auto end =
        std::find_if(path.cbegin(), path.cend(), [](QChar c) { return c == u'?' || c == u'#'; });
    return path.left(end - path.cbegin());
}

QString JournalRedaction::text(const QString &text)
{
    static const QRegularExpression bearer(QStringLiteral("\\b(Bearer)\\s+[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
        QStringLiteral("\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));
    QString redacted = text;
    redacted.replace(bearer, QStringLiteral("\\1 [redacted]"));
    redacted.replace(jwt, QStringLiteral("[redacted]"));
    return redacted;
}

} // namespace valara
