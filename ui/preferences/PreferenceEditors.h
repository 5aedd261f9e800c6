// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace valara {

class ChoiceComboBox;

// The editors of the preferences, made once for every form that edits them (a person's page, a
// bulk change): choice lists with their labels, the time zone and language pickers. Each editor's
// USER property is the wire value, for a QDataWidgetMapper.
class PreferenceEditors
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceEditors)

public:
    // The editor of a preference (docs/api-contract.md P1-P7), named by objectName(key).
    static QWidget *create(const QString &key, QWidget *parent);
    // The labels of an editor's choices again, in the current language (the previews of the
    // date format's and the units' choices are showPreviews()').
    static void retranslate(const QString &key, QWidget *editor);
    static QString objectName(const QString &key);
    // The field's buddy label with a mnemonic (Alt+letter), or empty to keep the plain label.
    static QString buddyText(const QString &key);
    // Shows in the date format's and the units' choices how each looks now in `zoneId` (the
    // system's zone when it is not one).
    static void showPreviews(ChoiceComboBox *format, ChoiceComboBox *units, const QString &zoneId);
};

} // namespace valara
