// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTexts.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

namespace valara::testing {

namespace {

// A tool button showing its icon alone (a line edit's clear button): its text is a name.
bool iconOnly(const QAbstractButton *button)
{
    const auto *tool = qobject_cast<const QToolButton *>(button);
    return tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly;
}

bool showsData(const QWidget *widget)
{
    return widget->property("valaraData").toBool();
}

QString segment(const QObject *object)
{
    QString name = QString::fromLatin1(object->metaObject()->className());
    name.remove(QStringLiteral("valara::"));
    if (!object->objectName().isEmpty())
        return name + u'#' + object->objectName();
    int index = 0;
    if (const QObject *parent = object->parent()) {
        for (const QObject *sibling : parent->children()) {
            if (sibling == object)
                break;
            if (sibling->metaObject() == object->metaObject() && sibling->objectName().isEmpty())
                ++index;
        }
    }
    return name + QStringLiteral("[%1]").arg(index);
}

void addMenuTexts(UiTexts::Texts &texts, const QString &where, const QList<QAction *> &actions)
{
    for (int i = 0; i < actions.size(); ++i) {
        const QAction *action = actions.at(i);
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString key = QStringLiteral("%1/%2").arg(where).arg(i);
        if (!action->text().isEmpty() && !action->property("valaraData").toBool())
            texts.insert(key + QStringLiteral("|text"), action->text());
        if (const QMenu *menu = action->menu())
            addMenuTexts(texts, key, menu->actions());
    }
}

void addHeaderTexts(UiTexts::Texts &texts, const QString &where, const QHeaderView *header)
{
    const QAbstractItemModel *model = header->model();
    if (!model || !header->isVisible())
        return;
    const int count =
        header->orientation() == Qt::Horizontal ? model->columnCount() : model->rowCount();
    for (int section = 0; section < count; ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = model->headerData(section, header->orientation()).toString();
        texts.insert(QStringLiteral("%1|section %2").arg(where).arg(section), text);
    }
}

void addWidgetTexts(UiTexts::Texts &texts, const QString &where, QWidget *widget)
{
    auto add = [&](const QString &kind, const QString &text) {
        if (!text.isEmpty())
            texts.insert(where + u'|' + kind, text);
    };
    if (auto *label = qobject_cast<QLabel *>(widget))
        add(QStringLiteral("text"), label->text());
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        add(QStringLiteral("text"), button->text());
    else if (auto *group = qobject_cast<QGroupBox *>(widget))
        add(QStringLiteral("title"), group->title());
    else if (auto *line = qobject_cast<QLineEdit *>(widget))
        add(QStringLiteral("placeholder"), line->placeholderText());
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        add(QStringLiteral("placeholder"), plain->placeholderText());
    else if (auto *rich = qobject_cast<QTextEdit *>(widget))
        add(QStringLiteral("placeholder"), rich->placeholderText());
    else if (auto *toolBar = qobject_cast<QToolBar *>(widget))
        add(QStringLiteral("title"), toolBar->windowTitle());
    if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(QStringLiteral("tab %1").arg(i), tabs->tabText(i));
            add(QStringLiteral("tab tooltip %1").arg(i), tabs->tabToolTip(i));
        }
    }
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        for (int i = 0; i < combo->count(); ++i) {
            // An item that shows its own value (a team id) or address (a published host) is data.
            const QVariant value = combo->itemData(i);
            const QString text = combo->itemText(i);
            if (value.toString() != text && value.toUrl().host() != text)
                add(QStringLiteral("item %1").arg(i), text);
        }
    }
    if (auto *list = qobject_cast<QListWidget *>(widget)) {
        for (int i = 0; i < list->count(); ++i) {
            add(QStringLiteral("item %1").arg(i), list->item(i)->text());
            add(QStringLiteral("item tooltip %1").arg(i), list->item(i)->toolTip());
        }
    }
    add(QStringLiteral("tooltip"), widget->toolTip());
}

} // namespace

QString UiTexts::pathOf(const QWidget *widget, const QWidget *window)
{
    QStringList parts;
    for (const QObject *at = widget; at && at != window; at = at->parent())
        parts.prepend(segment(at));
    parts.prepend(segment(window));
    return parts.join(u'/');
}

UiTexts::Texts UiTexts::collect(QWidget *window, QSet<QString> *live)
{
    Texts texts;
    const QString root = segment(window);
    texts.insert(root + QStringLiteral("|windowTitle"), window->windowTitle());
    if (auto *main = qobject_cast<QMainWindow *>(window))
        addMenuTexts(texts, root + QStringLiteral("/menuBar"), main->menuBar()->actions());
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !widget->isVisible())
            continue;
        const QString where = pathOf(widget, window);
        if (auto *header = qobject_cast<QHeaderView *>(widget))
            addHeaderTexts(texts, where, header);
        if (!widget->accessibleName().isEmpty())
            texts.insert(where + QStringLiteral("|accessibleName"), widget->accessibleName());
        if (!widget->accessibleDescription().isEmpty() && !showsData(widget))
            texts.insert(where + QStringLiteral("|accessibleDescription"),
                         widget->accessibleDescription());
        if (!showsData(widget))
            addWidgetTexts(texts, where, widget);
        if (live && widget->property("valaraLive").toBool())
            live->insert(where + QStringLiteral("|text"));
    }
    return texts;
}

QStringList UiTexts::clipped(QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !widget->isVisible())
            continue;
        const QString where = pathOf(widget, window);
        auto *label = qobject_cast<QLabel *>(widget);
        auto *button = qobject_cast<QAbstractButton *>(widget);
        if (label && !label->wordWrap() && !label->text().isEmpty() &&
            label->width() < label->minimumSizeHint().width()) {
            problems << QStringLiteral("%1: label \"%2\" is %3 px wide, needs %4")
                            .arg(where, label->text())
                            .arg(label->width())
                            .arg(label->minimumSizeHint().width());
        } else if (button && !button->text().isEmpty() && !iconOnly(button) &&
                   button->width() < button->sizeHint().width()) {
            problems << QStringLiteral("%1: button \"%2\" is %3 px wide, needs %4")
                            .arg(where, button->text())
                            .arg(button->width())
                            .arg(button->sizeHint().width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget);
                   tabs && tabs->count() > 0 && tabs->sizeHint().width() > tabs->width() + 1) {
            QStringList names;
            for (int i = 0; i < tabs->count(); ++i)
                names << tabs->tabText(i);
            problems << QStringLiteral("%1: tabs \"%2\" elided: %3 px wide, need %4")
                            .arg(where, names.join(QStringLiteral("\", \"")))
                            .arg(tabs->width())
                            .arg(tabs->sizeHint().width());
        }
    }
    return problems;
}

} // namespace valara::testing
