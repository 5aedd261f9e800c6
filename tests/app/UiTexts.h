// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

namespace valara::testing {

// Every text a window shows, by where it is: window titles, labels, buttons, group boxes, tabs,
// placeholders, tooltips, accessible names and descriptions, the items of lists and choice lists,
// header sections of tables and lists, and the actions of the window's menu bar. Only visible
// widgets of that window count; a widget with the dynamic property "valaraData" set shows data
// (names, values, ids, dates), which is not translated, and is left out (an item view so marked
// still has its headers checked); so is a menu action with that property.
class UiTexts
{
public:
    // Where ("mainWindow/PeopleView#people/QLabel#selectionCount|text") -> the text shown.
    using Texts = QMap<QString, QString>;

    // `live`, when given, receives the keys of widgets marked "valaraLive": their texts follow
    // live state (a clock, the last request's id) and may change between two collections.
    static Texts collect(QWidget *window, QSet<QString> *live = nullptr);

    // Problems of fit with the pseudo-locale's longer texts: a visible label (without word wrap)
    // or button narrower than it needs to be, a tab bar whose tabs do not all fit.
    static QStringList clipped(QWidget *window);

    // Where a widget is, for the keys and the reports.
    static QString pathOf(const QWidget *widget, const QWidget *window);
};

} // namespace valara::testing
