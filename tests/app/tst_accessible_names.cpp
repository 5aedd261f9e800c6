// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every window and page of the demo app (AppTour), as a screen reader finds it through the
// accessibility tree: every visible widget that takes focus or can be acted on has a name; every
// item view has named header sections, tells its row count through the table interface (the
// model's), and says it in its description as in its visible count.
#include "AppTestDirs.h"
#include "AppTour.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSlider>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using namespace valara;
using namespace valara::testing;

namespace {

// What a person can act on, even when it does not take focus (QToolBar's buttons do not).
bool isActionable(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QTabBar *>(widget) || qobject_cast<const QSlider *>(widget);
}

QString where(const QString &stop, const QWidget *widget)
{
    return QStringLiteral("%1: %2 \"%3\"")
        .arg(stop, QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

QString accessibleText(const QWidget *widget, QAccessible::Text text)
{
    QAccessibleInterface *iface =
        QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
    return iface ? iface->text(text) : QString();
}

// Whether a screen reader reaches the widget from its parent: Qt leaves some parts out of the
// accessibility tree (a spin box's line edit: the spin box itself is named and edited).
bool inAccessibleTree(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    QAccessibleInterface *parentInterface =
        parent ? QAccessible::queryAccessibleInterface(parent) : nullptr;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return !parentInterface || (iface && parentInterface->indexOfChild(iface) >= 0);
}

// The view's rows, its header sections and its description, as a screen reader reads them.
void checkView(const QString &stop, QAbstractItemView *view, QStringList *problems)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QAccessibleTableInterface *table = iface ? iface->tableInterface() : nullptr;
    if (!table) {
        problems->append(where(stop, view) + QStringLiteral(": no table interface"));
        return;
    }
    const int rows = view->model()->rowCount(view->rootIndex());
    if (table->rowCount() != rows)
        problems->append(where(stop, view) + QStringLiteral(": the table interface has %1 rows, "
                                                            "the model %2")
                                                 .arg(table->rowCount())
                                                 .arg(rows));
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        if (child && child->role() == QAccessible::ColumnHeader &&
            child->text(QAccessible::Name).trimmed().isEmpty())
            problems->append(where(stop, view) +
                             QStringLiteral(": header section %1 has no name").arg(i));
    }
    const QString description = iface->text(QAccessible::Description);
    if (!description.contains(QString::number(rows)))
        problems->append(where(stop, view) +
                         QStringLiteral(": its description does not say its %1 rows: \"%2\"")
                             .arg(rows)
                             .arg(description));
}

QStringList problemsAt(const QString &stop, QWidget *window, int *checked, int *views)
{
    QStringList problems;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->isWindow() != (widget == window))
            continue; // hidden, or a window of its own (menus, popups)
        if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QHeaderView *>(widget))
            continue; // parts of a view: its header sections are checked with the view
        if (widget->focusPolicy() == Qt::NoFocus && !isActionable(widget))
            continue;
        if (!inAccessibleTree(widget)) {
            qDebug().noquote() << where(stop, widget) << "is not in the accessibility tree";
            continue;
        }
        ++*checked;
        if (accessibleText(widget, QAccessible::Name).trimmed().isEmpty())
            problems.append(where(stop, widget) + QStringLiteral(": no accessible name"));
        if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            ++*views;
            checkView(stop, view, &problems);
        }
    }
    return problems;
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dirs.setUp()); }

    void everyStopNamesWhatCanBeUsed()
    {
        QStringList problems;
        QStringList stops;
        int checked = 0;
        int views = 0;
        QString error;
        const bool visited = AppTour::visit(
            [&](const QString &stop, QWidget *window) {
                stops.append(stop);
                problems += problemsAt(stop, window, &checked, &views);
            },
            &error);
        QVERIFY2(visited, qPrintable(error));
        QVERIFY2(stops.size() >= 10, qPrintable(stops.join(u' ')));
        qInfo() << checked << "widgets and" << views << "item views checked";
        QVERIFY(checked > 100 && views >= 10); // the walk looked at the pages' contents
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem; // the failure message is cut short
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    AppTestDirs m_dirs;
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessible_names.moc"
