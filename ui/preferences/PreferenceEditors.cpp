// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/PreferenceEditors.h"

#include "models/preferences/PreferencePreview.h"
#include "models/preferences/PreferenceSchema.h"
#include "ui/widgets/ChoiceComboBox.h"
#include "ui/widgets/LanguagePicker.h"
#include "ui/widgets/TimeZonePicker.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace valara {

namespace {

constexpr double PreviewSquareFeet = 1850;

ChoiceComboBox *schemaChoices(const QString &key, QWidget *parent)
{
    auto *choice = new ChoiceComboBox(parent);
    for (const QString &value : PreferenceSchema::field(key)->allowedValues)
        choice->addChoice(value, value);
    return choice;
}

} // namespace

QWidget *PreferenceEditors::create(const QString &key, QWidget *parent)
{
    QWidget *editor = nullptr;
    if (key == QLatin1String("timezone")) {
        editor = new TimeZonePicker(parent);
    } else if (key == QLatin1String("language")) {
        editor = new LanguagePicker(parent);
    } else if (key == QLatin1String("theme")) {
        auto *theme = new ChoiceComboBox(parent);
        for (const QString &value :
             {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("system")})
            theme->addChoice(value, QString());
        editor = theme;
    } else {
        editor = schemaChoices(key, parent);
    }
    editor->setObjectName(objectName(key));
    retranslate(key, editor);
    return editor;
}

void PreferenceEditors::retranslate(const QString &key, QWidget *editor)
{
    auto *theme = qobject_cast<ChoiceComboBox *>(editor);
    if (key != QLatin1String("theme") || !theme)
        return;
    theme->setChoiceLabel(QStringLiteral("light"), tr("Light"));
    theme->setChoiceLabel(QStringLiteral("dark"), tr("Dark"));
    theme->setChoiceLabel(QStringLiteral("system"), tr("Follow the system"));
}

QString PreferenceEditors::objectName(const QString &key)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("date_time_format"), QStringLiteral("dateTimeFormatChoice")},
        {QStringLiteral("timezone"), QStringLiteral("timeZonePicker")},
        {QStringLiteral("language"), QStringLiteral("languagePicker")},
        {QStringLiteral("measurement_unit"), QStringLiteral("unitsChoice")},
        {QStringLiteral("theme"), QStringLiteral("themeChoice")}};
    return names.value(key, key + QStringLiteral("Editor"));
}

QString PreferenceEditors::buddyText(const QString &key)
{
    // Letters no other control of the main window uses (the theme's are all taken).
    if (key == QLatin1String("date_time_format"))
        return tr("&Date and time format:");
    if (key == QLatin1String("timezone"))
        return tr("Time&zone:");
    if (key == QLatin1String("language"))
        return tr("La&nguage:");
    if (key == QLatin1String("measurement_unit"))
        return tr("&Units:");
    return {};
}

void PreferenceEditors::showPreviews(ChoiceComboBox *format, ChoiceComboBox *units,
                                     const QString &zoneId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    const QHash<QString, QString> names{{QStringLiteral("friendly"), tr("Friendly")},
                                        {QStringLiteral("us"), tr("US")},
                                        {QStringLiteral("uk"), tr("UK")}};
    for (auto it = names.begin(); format && it != names.end(); ++it) {
        format->setChoiceLabel(
            it.key(),
            tr("%1: %2").arg(it.value(), PreferencePreview::dateTime(it.key(), now, now, zone)));
    }
    if (!units)
        return;
    units->setChoiceLabel(
        QStringLiteral("imperial"),
        tr("Imperial: %1")
            .arg(PreferencePreview::area(QStringLiteral("imperial"), PreviewSquareFeet)));
    units->setChoiceLabel(
        QStringLiteral("metric"),
        tr("Metric: %1").arg(PreferencePreview::area(QStringLiteral("metric"), PreviewSquareFeet)));
}

} // namespace valara
