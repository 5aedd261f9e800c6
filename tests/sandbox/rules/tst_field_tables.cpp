// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's field tables (models/profile/ProfileSchema, PreferenceSchema) against the sandbox's own
// (sandbox/rules/SandboxFieldTable): two independent readings of docs/api-contract.md (P1, P3, U2
// to U8, A1, A3) that must agree on names, kinds, admin-only and read-only fields, nullability,
// choices, lengths, defaults and the timezone ids each side knows. Values are compared in
// tst_field_values. A difference fails with a message asking to settle it in the contract.
#include "models/preferences/PreferenceSchema.h"
#include "models/profile/ProfileSchema.h"
#include "models/values/IanaTimeZone.h"
#include "sandbox/rules/SandboxFieldTable.h"
#include "sandbox/rules/SandboxTimeZones.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace valara;
using namespace valara::sandbox;

namespace {

using ClientKind = ProfileSchema::Kind;
using SandboxKind = SandboxFieldTable::ProfileKind;

QString reconcile(const QString &rule)
{
    return QStringLiteral("Reconcile them in docs/api-contract.md (%1), then fix the side that is "
                          "wrong (or record a commented exception here).")
        .arg(rule);
}

QString disagreement(const QString &what, const QString &rule, const QString &client,
                     const QString &sandbox)
{
    return QStringLiteral("The client and the sandbox disagree on %1: client %2, sandbox %3. ")
               .arg(what, client, sandbox) +
           reconcile(rule);
}

#define COMPARE_SIDES(what, rule, client, sandbox)                                                 \
    QVERIFY2((client) == (sandbox),                                                                \
             qPrintable(disagreement(what, rule, describe(client), describe(sandbox))))

QString describe(const QStringList &list)
{
    return QLatin1Char('[') + list.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString describe(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString describe(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString describe(int value)
{
    return QString::number(value);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// How the sandbox reads each of the client's kinds. The client's Name is Text that may not be
// blank (nullability, compared apart); its UsState is the one legitimate difference: the client
// takes only US states (K10), the service any text of 50 characters (U6).
SandboxKind expectedSandboxKind(ClientKind kind)
{
    switch (kind) {
    case ClientKind::Text:
    case ClientKind::Name:
    case ClientKind::UsState: // K10: stricter on the client, plain text on the service (U6)
        return SandboxKind::Text;
    case ClientKind::Multiline:
        return SandboxKind::Multiline;
    case ClientKind::Phone:
        return SandboxKind::Phone;
    case ClientKind::Url:
        return SandboxKind::Url;
    case ClientKind::Email:
        return SandboxKind::Email;
    case ClientKind::Date:
        return SandboxKind::Date;
    case ClientKind::Role:
    case ClientKind::AccountStatus:
        return SandboxKind::Choice;
    case ClientKind::Bool:
        return SandboxKind::Bool;
    }
    return SandboxKind::Text;
}

QStringList clientChoices(const ProfileSchema::Field &field)
{
    if (field.kind == ClientKind::Role)
        return ProfileSchema::roles();
    if (field.kind == ClientKind::AccountStatus)
        return ProfileSchema::accountStatuses();
    return {};
}

SandboxFieldTable::PreferenceKind expectedSandboxKind(PreferenceSchema::Kind kind)
{
    switch (kind) {
    case PreferenceSchema::Kind::Choice:
        return SandboxFieldTable::PreferenceKind::Choice;
    case PreferenceSchema::Kind::TimeZone:
        return SandboxFieldTable::PreferenceKind::TimeZone;
    case PreferenceSchema::Kind::Language:
        return SandboxFieldTable::PreferenceKind::LanguageTag;
    }
    return SandboxFieldTable::PreferenceKind::Choice;
}

} // namespace

class TstFieldTables : public QObject
{
    Q_OBJECT

private slots:
    void p1_samePreferenceFields();
    void p1_p3_samePreferenceKindsChoicesAndDefaults_data();
    void p1_p3_samePreferenceKindsChoicesAndDefaults();
    void p6_sameTimeZoneIds();
    void u3_u4_sameProfileFields();
    void u2_sameCamelCaseNames();
    void u5_sameReadOnlyFields();
    void u4_u6_a3_sameProfileAttributes_data();
    void u4_u6_a3_sameProfileAttributes();
};

void TstFieldTables::p1_samePreferenceFields()
{
    QStringList sandbox;
    for (const SandboxFieldTable::PreferenceField &field : SandboxFieldTable::preferenceFields())
        sandbox.append(field.key);
    COMPARE_SIDES(QStringLiteral("the preference fields"), QStringLiteral("P1"),
                  sorted(PreferenceSchema::keys()), sorted(sandbox));
}

void TstFieldTables::p1_p3_samePreferenceKindsChoicesAndDefaults_data()
{
    QTest::addColumn<QString>("key");
    for (const PreferenceSchema::Field &field : PreferenceSchema::fields())
        QTest::newRow(qPrintable(field.key)) << field.key;
}

void TstFieldTables::p1_p3_samePreferenceKindsChoicesAndDefaults()
{
    QFETCH(QString, key);
    const PreferenceSchema::Field *client = PreferenceSchema::field(key);
    const SandboxFieldTable::PreferenceField *sandbox = SandboxFieldTable::preferenceField(key);
    QVERIFY2(client && sandbox, qPrintable(key));
    QVERIFY2(sandbox->kind == expectedSandboxKind(client->kind),
             qPrintable(disagreement(key + QStringLiteral("'s kind"), QStringLiteral("P1, P6"),
                                     QString::number(int(client->kind)),
                                     QString::number(int(sandbox->kind)))));
    COMPARE_SIDES(key + QStringLiteral("'s accepted values"), QStringLiteral("P1"),
                  client->allowedValues, sandbox->choices);
    COMPARE_SIDES(key + QStringLiteral("'s default"), QStringLiteral("P3"), client->defaultValue,
                  sandbox->defaultValue);
}

// Every id either side could know: Qt's list, the sandbox's database, and ids that look like
// timezones but are not (P6). Each must be known to both or to neither.
void TstFieldTables::p6_sameTimeZoneIds()
{
    QSet<QString> candidates = SandboxTimeZones::ids();
    QVERIFY2(candidates.size() > 400, "the sandbox found too few IANA ids");
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        candidates.insert(QString::fromLatin1(id));
    for (const char *id :
         {"", "america/new_york", "Mars/Olympus", "UTC+05:00", "posixrules", "localtime", "Factory",
          "posix/Europe/Paris", "right/UTC", "America", "zone.tab", "tzdata.zi", "leapseconds",
          "Europe/../UTC", "EST5", "Etc/GMT+5", "US/Eastern", "GMT"})
        candidates.insert(QString::fromLatin1(id));
    QStringList differ;
    for (const QString &id : std::as_const(candidates)) {
        if (IanaTimeZone::isKnown(id) != SandboxTimeZones::isKnown(id))
            differ.append(id + (IanaTimeZone::isKnown(id) ? QStringLiteral(" (client only)")
                                                          : QStringLiteral(" (sandbox only)")));
    }
    differ.sort();
    QVERIFY2(differ.isEmpty(),
             qPrintable(QStringLiteral("The client and the sandbox disagree on timezone ids %1. ")
                            .arg(describe(differ)) +
                        reconcile(QStringLiteral("P6, M9"))));
}

void TstFieldTables::u3_u4_sameProfileFields()
{
    QStringList client, sandbox;
    for (const ProfileSchema::Field &field : ProfileSchema::fields())
        client.append(field.key);
    for (const SandboxFieldTable::ProfileField &field : SandboxFieldTable::profileFields())
        sandbox.append(field.key);
    COMPARE_SIDES(QStringLiteral("the profile fields"), QStringLiteral("U3, U4"), sorted(client),
                  sorted(sandbox));
}

void TstFieldTables::u2_sameCamelCaseNames()
{
    for (const ProfileSchema::Field &field : ProfileSchema::fields()) {
        COMPARE_SIDES(field.key + QStringLiteral("'s camelCase name"), QStringLiteral("U2"),
                      ProfileSchema::camelCase(field.key), SandboxFieldTable::camelCase(field.key));
        const SandboxFieldTable::ProfileField *byCamel =
            SandboxFieldTable::profileField(ProfileSchema::camelCase(field.key));
        QVERIFY2(byCamel && byCamel->key == field.key, qPrintable(field.key));
    }
}

void TstFieldTables::u5_sameReadOnlyFields()
{
    COMPARE_SIDES(QStringLiteral("the read-only fields"), QStringLiteral("U5"),
                  sorted(ProfileSchema::readOnlyKeys()), sorted(SandboxFieldTable::readOnlyKeys()));
}

void TstFieldTables::u4_u6_a3_sameProfileAttributes_data()
{
    QTest::addColumn<QString>("key");
    for (const ProfileSchema::Field &field : ProfileSchema::fields())
        QTest::newRow(qPrintable(field.key)) << field.key;
}

void TstFieldTables::u4_u6_a3_sameProfileAttributes()
{
    QFETCH(QString, key);
    const ProfileSchema::Field *client = ProfileSchema::find(key);
    const SandboxFieldTable::ProfileField *sandbox = SandboxFieldTable::profileField(key);
    QVERIFY2(client && sandbox, qPrintable(key));
    QVERIFY2(sandbox->kind == expectedSandboxKind(client->kind),
             qPrintable(disagreement(key + QStringLiteral("'s kind"), QStringLiteral("U6 to U8"),
                                     QString::number(int(client->kind)),
                                     QString::number(int(sandbox->kind)))));
    COMPARE_SIDES(key + QStringLiteral(" being admin-only"), QStringLiteral("U4"),
                  client->adminOnly, sandbox->adminOnly);
    COMPARE_SIDES(key + QStringLiteral(" being nullable"), QStringLiteral("U6, A1"),
                  !ProfileSchema::isRequired(*client), sandbox->nullable);
    COMPARE_SIDES(key + QStringLiteral("'s choices"), QStringLiteral("A3"), clientChoices(*client),
                  sandbox->choices);
    // Lengths where both set one: the client's 10 for a date is its format, not a U6 limit.
    if (client->maxLength > 0 && sandbox->maxLength > 0) {
        COMPARE_SIDES(key + QStringLiteral("'s maximum length"), QStringLiteral("U6"),
                      client->maxLength, sandbox->maxLength);
    } else if (client->kind != ClientKind::Date) {
        COMPARE_SIDES(key + QStringLiteral(" having a maximum length"), QStringLiteral("U6"),
                      client->maxLength > 0, sandbox->maxLength > 0);
    }
}

QTEST_GUILESS_MAIN(TstFieldTables)
#include "tst_field_tables.moc"
