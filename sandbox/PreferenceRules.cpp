#include "PreferenceRules.h"

#include "LanguageTag.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

QStringList PreferenceRules::fieldNames()
{
    return {QStringLiteral("date_time_format"), QStringLiteral("timezone"),
            QStringLiteral("language"), QStringLiteral("measurement_unit"),
            QStringLiteral("theme")};
}

QStringList PreferenceRules::allowedValues(const QString &field)
{
    if (field == QLatin1String("date_time_format"))
        return {QStringLiteral("friendly"), QStringLiteral("us"), QStringLiteral("uk")};
    if (field == QLatin1String("measurement_unit"))
        return {QStringLiteral("imperial"), QStringLiteral("metric")};
    if (field == QLatin1String("theme"))
        return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("system")};
    return {};
}

QJsonObject PreferenceRules::defaults()
{
    return {{QStringLiteral("date_time_format"), QStringLiteral("friendly")},
            {QStringLiteral("timezone"), QStringLiteral("America/New_York")},
            {QStringLiteral("language"), QStringLiteral("en-US")},
            {QStringLiteral("measurement_unit"), QStringLiteral("imperial")},
            {QStringLiteral("theme"), QStringLiteral("system")}};
}

QJsonObject PreferenceRules::withDefaults(const QJsonObject &stored)
{
    QJsonObject result = defaults();
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (it.value().isString() && result.contains(it.key()))
            result.insert(it.key(), it.value());
    }
    return result;
}

bool PreferenceRules::isKnownTimeZone(const QString &id)
{
    // IANA names: canonical zones and their links (US/Eastern, Etc/UTC), case-sensitive. Not Qt's
    // own offset ids (UTC+05:00), POSIX TZ strings (EST5), nor the database's housekeeping
    // entries. QTimeZone(id).isValid() accepts all of those, so it is not used as the test.
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*$"));
    static const QRegularExpression qtOffset(QStringLiteral("^UTC[+-]"));
    static const QStringList excluded{QStringLiteral("posixrules"), QStringLiteral("localtime"),
                                      QStringLiteral("Factory")};
    if (!shape.match(id).hasMatch() || qtOffset.match(id).hasMatch() || excluded.contains(id) ||
        id.startsWith(QLatin1String("posix/")) || id.startsWith(QLatin1String("right/")))
        return false;
    static const QSet<QByteArray> listed = [] {
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        return QSet<QByteArray>(ids.begin(), ids.end());
    }();
    if (listed.contains(id.toUtf8()))
        return true;
    // Links are not listed by Qt on every platform: where the system keeps the IANA database as
    // files, a compiled zone file of exactly that name is an IANA name.
    const QString directory = qEnvironmentVariable("TZDIR", QStringLiteral("/usr/share/zoneinfo"));
    QFile file(directory + QLatin1Char('/') + id);
    return QFileInfo(file).isFile() && file.open(QIODevice::ReadOnly) && file.read(4) == "TZif";
}

QString PreferenceRules::valueProblem(const QString &field, const QString &value)
{
    const QStringList allowed = allowedValues(field);
    if (!allowed.isEmpty()) {
        if (allowed.contains(value))
            return {};
        return QStringLiteral("%1 must be one of %2 (got '%3')")
            .arg(field, allowed.join(QLatin1String(", ")), value);
    }
    if (field == QLatin1String("timezone")) {
        if (isKnownTimeZone(value))
            return {};
        return QStringLiteral("timezone '%1' is not a valid IANA timezone").arg(value);
    }
    if (field == QLatin1String("language")) {
        if (LanguageTag::isWellFormed(value))
            return {};
        return QStringLiteral("language '%1' is not a well-formed BCP 47 language tag").arg(value);
    }
    return QStringLiteral("unknown preference '%1'").arg(field);
}
