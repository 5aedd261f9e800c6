// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's places: every way of changing the current item or the selection (the
// keyboard, setCurrentRow(), the selection model, a screen reader's action on an item, the
// accessible table's selectRow) chooses the page exactly once; a place the role does not allow is
// never chosen; the window's own setCurrentPage() chooses nothing.
#include "TestCaller.h"
#include "ui/shell/NavigationList.h"

#include <QAccessible>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::testing;

namespace {

QAccessibleInterface *itemInterface(NavigationList *list, const QString &text)
{
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(list);
    for (int i = 0; view && i < view->childCount(); ++i) {
        QAccessibleInterface *child = view->child(i);
        if (child && child->text(QAccessible::Name) == text)
            return child;
    }
    return nullptr;
}

} // namespace

class TestNavigationList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_list = std::make_unique<NavigationList>();
        m_list->setCaller(testCaller(QStringLiteral("b1"), QStringLiteral("broker"),
                                     QStringLiteral("t1"), {QStringLiteral("t1")}));
        QVERIFY(m_list->setCurrentPage(NavigationList::MyPreferences));
        m_list->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_list.get()));
        m_spy = std::make_unique<QSignalSpy>(m_list.get(), &NavigationList::pageChosen);
    }
    void cleanup()
    {
        m_spy.reset();
        m_list.reset();
    }

    // The places' icons come when the list is first shown (the window hides it until the
    // signed-in user is known).
    void theIconsComeWhenTheListIsShown()
    {
        NavigationList list;
        for (int row = 0; row < list.count(); ++row)
            QVERIFY(list.item(row)->icon().isNull());
        list.show();
        for (int row = 0; row < list.count(); ++row)
            QVERIFY(!list.item(row)->icon().isNull());
    }

    void theWindowsOwnPageChoosesNothing()
    {
        QVERIFY(m_list->setCurrentPage(NavigationList::History));
        QCOMPARE(m_list->currentPage(), NavigationList::History);
        QVERIFY(m_list->item(3)->isSelected());
        QCOMPARE(m_spy->count(), 0);
    }

    void setCurrentRowChoosesOnce()
    {
        m_list->setCurrentRow(2);
        expectChosen(NavigationList::People);
    }

    void theSelectionModelChoosesOnce()
    {
        m_list->selectionModel()->select(m_list->model()->index(3, 0),
                                         QItemSelectionModel::ClearAndSelect);
        expectChosen(NavigationList::History);
        QCOMPARE(m_list->currentPage(), NavigationList::History); // the highlight follows

        m_list->selectionModel()->setCurrentIndex(m_list->model()->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect);
        expectChosen(NavigationList::MyProfile);
    }

    void theKeyboardChoosesOnce()
    {
        m_list->setFocus();
        QTest::keyClick(m_list.get(), Qt::Key_Down);
        expectChosen(NavigationList::People);
        QTest::keyClick(m_list.get(), Qt::Key_End);
        expectChosen(NavigationList::History);
    }

    void anAccessibleActionChoosesOnce()
    {
        QAccessibleInterface *team = itemInterface(m_list.get(), QStringLiteral("Team"));
        QVERIFY(team);
        QAccessibleActionInterface *actions = team->actionInterface();
        QVERIFY(actions);
        QVERIFY2(!actions->actionNames().isEmpty(), "the item offers no action");
        actions->doAction(actions->actionNames().constFirst());
        expectChosen(NavigationList::People);
    }

    void theAccessibleTableChoosesOnce()
    {
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_list.get());
        QVERIFY(view && view->tableInterface());
        QVERIFY(view->tableInterface()->selectRow(3));
        expectChosen(NavigationList::History);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        QVERIFY(view->selectionInterface());
        QAccessibleInterface *profile = itemInterface(m_list.get(), QStringLiteral("My profile"));
        QVERIFY(profile && view->selectionInterface()->select(profile));
        expectChosen(NavigationList::MyProfile);
#endif
    }

    void aPlaceNotAllowedIsNeverChosen()
    {
        m_list->setCaller(
            testCaller(QStringLiteral("g1"), QStringLiteral("agent"), QStringLiteral("t1")));
        QVERIFY(!m_list->isAllowed(NavigationList::People));
        m_list->setCurrentRow(2);
        QAccessibleInterface *team = itemInterface(m_list.get(), QStringLiteral("Team"));
        QVERIFY(team && team->actionInterface());
        for (const QString &action : team->actionInterface()->actionNames())
            team->actionInterface()->doAction(action);
        m_list->selectionModel()->select(m_list->model()->index(2, 0),
                                         QItemSelectionModel::ClearAndSelect);
        QCOMPARE(m_spy->count(), 0);
        QCOMPARE(m_list->currentPage(), NavigationList::MyPreferences);
    }

    // As the main window: it shows the page and sets it back on the list; or it stays (unsaved
    // changes) and puts the old one back.
    void aWindowThatFollowsOrStaysSeesOneChoice()
    {
        bool stay = false;
        QString shown = NavigationList::MyPreferences;
        connect(m_list.get(), &NavigationList::pageChosen, m_list.get(), [&](const QString &page) {
            if (!stay)
                shown = page;
            m_list->setCurrentPage(shown);
        });
        m_list->setCurrentRow(3);
        expectChosen(NavigationList::History);
        QCOMPARE(shown, NavigationList::History);

        stay = true;
        QAccessibleInterface *team = itemInterface(m_list.get(), QStringLiteral("Team"));
        QVERIFY(team && team->actionInterface());
        team->actionInterface()->doAction(team->actionInterface()->actionNames().constFirst());
        expectChosen(NavigationList::People);
        QCOMPARE(m_list->currentPage(), NavigationList::History);
        QVERIFY(m_list->item(3)->isSelected());
        QVERIFY(!m_list->item(2)->isSelected());
    }

private:
    void expectChosen(const QString &page)
    {
        QCOMPARE(m_spy->count(), 1);
        QCOMPARE(m_spy->takeFirst().at(0).toString(), page);
    }

    std::unique_ptr<NavigationList> m_list;
    std::unique_ptr<QSignalSpy> m_spy;
};

QTEST_MAIN(TestNavigationList)
#include "tst_navigation_list.moc"
