#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The Valara user profile schema as the service enforces it (seed 001; docs/api-contract.md
// U2-U9 and A1-A5).
class ProfileRules
{
public:
    enum class Kind
    {
        Text,
        Multiline,
        Name,
        Phone,
        Url,
        Email,
        Date,
        Role,
        AccountStatus,
        Bool
    };
    enum class Mode
    {
        Patch,
        Put
    };

    struct Field
    {
        QString key; // snake_case
        Kind kind = Kind::Text;
        int maxLength = 0;
        bool adminOnly = false;
    };

    struct Problem
    {
        QString type;
        QString message;
    };

    // The outcome of reading a PATCH or PUT body.
    struct Parsed
    {
        QJsonObject values; // snake_case; null means "clear"
        QJsonArray issues;  // FastAPI validation issues; empty when the body is acceptable
    };

    static const QList<Field> &fields();
    // A field by its snake_case or camelCase name.
    static const Field *find(const QString &name);
    static QStringList readOnlyFields();
    static QStringList roles();
    static QStringList accountStatuses();
    static QString camelCase(const QString &snake);

    // The problem with one value, if any. `null` and "" are acceptable where a field may be empty.
    static std::optional<Problem> check(const Field &field, const QJsonValue &value);
    static Parsed parse(const QJsonObject &body, Mode mode, const QString &pathUserId);
    // The stored form of a value: empty strings become absent.
    static bool isCleared(const QJsonValue &value);
};
