#include "models/journal/JournalRedaction.h"

#include <QRegularExpression>

namespace valara {

QString JournalRedaction::path(const QString &path)
{
    const qsizetype end = path.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    return end < 0 ? path : path.left(end);
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
