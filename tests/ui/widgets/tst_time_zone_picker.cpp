// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/timezones/TimeZoneFilter.h"
#include "models/timezones/TimeZoneListModel.h"
#include "ui/widgets/TimeZonePicker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDataWidgetMapper>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace valara;

class TestTimeZonePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typeDownEnterSelects();
    void spaceSelectsToo();
    void upFromFirstRowReturnsToSearch();
    void escapeClearsTheSearch();
    void setZoneIdDoesNotEmit();
    void unknownZoneSelectsNothing();
    void buttonSelectsSystemZone();
    void accessibleNamesAreTheLabels();
    void theClearButtonIsNamed();
    void searchKeepsTheChosenZone();
    void dataWidgetMapperBindsZoneId();
    void minuteTimerRefreshesTheSharedModel();
    void theZonesArriveAfterThePickerIsShown();
    void aZoneSetWhileLoadingIsSelected();
    void typingWhileLoadingSearchesEveryZone();

private:
    QLineEdit *search() const;
    QListView *list() const;
    QLabel *summary() const;

    std::unique_ptr<TimeZonePicker> m_picker;
};

void TestTimeZonePicker::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_picker = std::make_unique<TimeZonePicker>();
    m_picker->resize(420, 480);
    m_picker->show();
    QApplication::setActiveWindow(m_picker.get());
    QVERIFY(QTest::qWaitForWindowActive(m_picker.get()));
    search()->setFocus();
    QTRY_VERIFY(search()->hasFocus());
    QTRY_VERIFY(!m_picker->model()->isLoading());
}

void TestTimeZonePicker::cleanup()
{
    m_picker.reset();
}

QLineEdit *TestTimeZonePicker::search() const
{
    return m_picker->findChild<QLineEdit *>(QStringLiteral("timeZoneSearch"));
}

QListView *TestTimeZonePicker::list() const
{
    return m_picker->findChild<QListView *>(QStringLiteral("timeZoneList"));
}

QLabel *TestTimeZonePicker::summary() const
{
    return m_picker->findChild<QLabel *>(QStringLiteral("timeZoneSummary"));
}

void TestTimeZonePicker::typeDownEnterSelects()
{
    QSignalSpy changed(m_picker.get(), &TimeZonePicker::zoneIdChanged);
    QTest::keyClicks(search(), QStringLiteral("kolk"));
    QCOMPARE(list()->model()->rowCount(), 1);
    QTest::keyClick(search(), Qt::Key_Down);
    QVERIFY(list()->hasFocus());
    QCOMPARE(changed.count(), 0); // moving into the list does not choose yet
    QTest::keyClick(list(), Qt::Key_Return);
    QCOMPARE(m_picker->zoneId(), QStringLiteral("Asia/Kolkata"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("Asia/Kolkata"));
    QVERIFY(summary()->text().contains(QLatin1String("Kolkata")));
    QTest::keyClick(list(), Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
}

void TestTimeZonePicker::spaceSelectsToo()
{
    QSignalSpy changed(m_picker.get(), &TimeZonePicker::zoneIdChanged);
    QTest::keyClicks(search(), QStringLiteral("paris"));
    QTest::keyClick(search(), Qt::Key_Down);
    QTest::keyClick(list(), Qt::Key_Space);
    QCOMPARE(m_picker->zoneId(), QStringLiteral("Europe/Paris"));
    QCOMPARE(changed.count(), 1);
}

void TestTimeZonePicker::upFromFirstRowReturnsToSearch()
{
    QTest::keyClicks(search(), QStringLiteral("america"));
    QTest::keyClick(search(), Qt::Key_Down);
    QVERIFY(list()->hasFocus());
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(list()->currentIndex().row(), 1);
    QTest::keyClick(list(), Qt::Key_Up);
    QVERIFY(list()->hasFocus());
    QTest::keyClick(list(), Qt::Key_Up);
    QVERIFY(search()->hasFocus());
    // Typing in the list goes to the search box.
    QTest::keyClick(search(), Qt::Key_Down);
    QTest::keyClicks(list(), QStringLiteral("/new"));
    QVERIFY(search()->hasFocus());
    QCOMPARE(search()->text(), QStringLiteral("america/new"));
}

void TestTimeZonePicker::escapeClearsTheSearch()
{
    const int all = list()->model()->rowCount();
    QTest::keyClicks(search(), QStringLiteral("zzzz"));
    QCOMPARE(list()->model()->rowCount(), 0);
    auto *noMatch = m_picker->findChild<QLabel *>(QStringLiteral("timeZoneNoMatch"));
    QVERIFY(noMatch->isVisible());
    QVERIFY(noMatch->text().contains(QLatin1String("zzzz")));
    QTest::keyClick(search(), Qt::Key_Escape);
    QCOMPARE(search()->text(), QString());
    QVERIFY(!noMatch->isVisible());
    QCOMPARE(list()->model()->rowCount(), all);
}

void TestTimeZonePicker::setZoneIdDoesNotEmit()
{
    QSignalSpy changed(m_picker.get(), &TimeZonePicker::zoneIdChanged);
    QTest::keyClicks(search(), QStringLiteral("paris"));
    m_picker->setZoneId(QStringLiteral("America/New_York"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_picker->zoneId(), QStringLiteral("America/New_York"));
    QCOMPARE(search()->text(), QString()); // the search that hid it is gone
    const QModelIndex current = list()->currentIndex();
    QVERIFY(list()->selectionModel()->isSelected(current));
    QCOMPARE(current.data(TimeZoneListModel::ZoneIdRole).toString(),
             QStringLiteral("America/New_York"));
    QVERIFY(list()->viewport()->rect().intersects(list()->visualRect(current)));
    QCOMPARE(m_picker->property("zoneId").toString(), QStringLiteral("America/New_York"));
}

void TestTimeZonePicker::unknownZoneSelectsNothing()
{
    m_picker->setZoneId(QStringLiteral("Europe/Paris"));
    m_picker->setZoneId(QStringLiteral("Mars/Olympus_Mons"));
    QCOMPARE(m_picker->zoneId(), QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(list()->selectionModel()->selectedIndexes().isEmpty());
    QVERIFY2(summary()->text().contains(QLatin1String("Mars/Olympus_Mons")),
             qPrintable(summary()->text()));
    m_picker->setZoneId(QString());
    QVERIFY(list()->selectionModel()->selectedIndexes().isEmpty());
    QCOMPARE(summary()->text(), QStringLiteral("No timezone selected."));
}

void TestTimeZonePicker::buttonSelectsSystemZone()
{
    m_picker->setZoneId(QStringLiteral("Pacific/Auckland"));
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    QSignalSpy changed(m_picker.get(), &TimeZonePicker::zoneIdChanged);
    auto *button = m_picker->findChild<QPushButton *>(QStringLiteral("useSystemTimeZone"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_picker->zoneId(), system);
    if (system != QLatin1String("Pacific/Auckland"))
        QCOMPARE(changed.count(), 1);
    const QModelIndexList selected = list()->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(TimeZoneListModel::ZoneIdRole).toString(), system);
}

void TestTimeZonePicker::accessibleNamesAreTheLabels()
{
    QLabel *label = nullptr;
    for (QLabel *candidate : m_picker->findChildren<QLabel *>()) {
        if (candidate->buddy() == search())
            label = candidate;
    }
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Search timezones"));
    QCOMPARE(search()->accessibleName(), label->text());
    QCOMPARE(list()->accessibleName(), QStringLiteral("Timezones"));
    auto *button = m_picker->findChild<QPushButton *>(QStringLiteral("useSystemTimeZone"));
    QCOMPARE(button->text(), QStringLiteral("Use this computer's timezone"));
}

void TestTimeZonePicker::searchKeepsTheChosenZone()
{
    QSignalSpy changed(m_picker.get(), &TimeZonePicker::zoneIdChanged);
    m_picker->setZoneId(QStringLiteral("Europe/Paris"));
    QTest::keyClicks(search(), QStringLiteral("tokyo"));
    QVERIFY(list()->selectionModel()->selectedIndexes().isEmpty());
    QCOMPARE(m_picker->zoneId(), QStringLiteral("Europe/Paris"));
    QTest::keyClick(search(), Qt::Key_Escape);
    QCOMPARE(m_picker->zoneId(), QStringLiteral("Europe/Paris"));
    QCOMPARE(list()->currentIndex().data(TimeZoneListModel::ZoneIdRole).toString(),
             QStringLiteral("Europe/Paris"));
    QCOMPARE(changed.count(), 0);
}

void TestTimeZonePicker::dataWidgetMapperBindsZoneId()
{
    QStandardItemModel data(1, 1);
    data.setData(data.index(0, 0), QStringLiteral("Asia/Tokyo"));
    QDataWidgetMapper mapper;
    mapper.setModel(&data);
    mapper.setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    mapper.addMapping(m_picker.get(), 0);
    mapper.toFirst();
    QCOMPARE(m_picker->zoneId(), QStringLiteral("Asia/Tokyo"));
    QTest::keyClicks(search(), QStringLiteral("kolkata"));
    QTest::keyClick(search(), Qt::Key_Down);
    QTest::keyClick(list(), Qt::Key_Return);
    QVERIFY(mapper.submit());
    QCOMPARE(data.data(data.index(0, 0)).toString(), QStringLiteral("Asia/Kolkata"));
}

void TestTimeZonePicker::minuteTimerRefreshesTheSharedModel()
{
    QDateTime now(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
    TimeZoneListModel zones([&now] { return now; });
    TimeZonePicker picker(&zones);
    picker.setZoneId(QStringLiteral("America/Los_Angeles"));
    auto *label = picker.findChild<QLabel *>(QStringLiteral("timeZoneSummary"));
    QVERIFY2(label->text().contains(QLatin1String("4:00 AM")), qPrintable(label->text()));
    auto *timer = picker.findChild<QTimer *>();
    QVERIFY(timer && timer->isActive() && timer->isSingleShot());
    QVERIFY(timer->interval() <= 60 * 1000 + 50);
    now = now.addSecs(60);
    QVERIFY(QMetaObject::invokeMethod(timer, "timeout"));
    QVERIFY2(label->text().contains(QLatin1String("4:01 AM")), qPrintable(label->text()));
    QVERIFY(timer->isActive());
}

// Qt's clear button in the search field has no name of its own: screen readers said "button".
// The clear button comes with the first text (before, it would only cost an icon lookup).
void TestTimeZonePicker::theClearButtonIsNamed()
{
    QVERIFY(search()->findChildren<QToolButton *>().isEmpty());
    QTest::keyClicks(search(), "par");
    const QList<QToolButton *> buttons = search()->findChildren<QToolButton *>();
    QVERIFY(!buttons.isEmpty());
    for (QToolButton *button : buttons)
        QCOMPARE(button->accessibleName(), QStringLiteral("Clear search"));
}

// A picker with its own model is shown before its zones are read: it says so, and the rows come
// in one reset.
void TestTimeZonePicker::theZonesArriveAfterThePickerIsShown()
{
    TimeZonePicker picker;
    QVERIFY(picker.model()->isLoading());
    QAbstractItemModelTester tester(picker.model());
    auto *view = picker.findChild<QListView *>(QStringLiteral("timeZoneList"));
    auto *text = picker.findChild<QLabel *>(QStringLiteral("timeZoneSummary"));
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(text->text(), QStringLiteral("Loading timezones\u2026"));
    QSignalSpy loaded(picker.model(), &TimeZoneListModel::loaded);
    picker.show();
    QVERIFY(loaded.wait());
    QVERIFY(!picker.model()->isLoading());
    QVERIFY(view->model()->rowCount() > 300);
    QCOMPARE(text->text(), QStringLiteral("No timezone selected."));
}

// A value set before the rows are in waits for them: it is selected, not refused as unknown.
void TestTimeZonePicker::aZoneSetWhileLoadingIsSelected()
{
    TimeZonePicker picker;
    QVERIFY(picker.model()->isLoading());
    picker.setZoneId(QStringLiteral("Asia/Kolkata"));
    QVERIFY(!picker.model()->isLoading());
    auto *view = picker.findChild<QListView *>(QStringLiteral("timeZoneList"));
    QCOMPARE(view->currentIndex().data(TimeZoneListModel::ZoneIdRole).toString(),
             QStringLiteral("Asia/Kolkata"));
    QVERIFY(picker.findChild<QLabel *>(QStringLiteral("timeZoneSummary"))
                ->text()
                .startsWith(QStringLiteral("Selected: Kolkata")));
}

void TestTimeZonePicker::typingWhileLoadingSearchesEveryZone()
{
    TimeZonePicker picker;
    QVERIFY(picker.model()->isLoading());
    auto *field = picker.findChild<QLineEdit *>(QStringLiteral("timeZoneSearch"));
    QTest::keyClicks(field, QStringLiteral("kolkata"));
    auto *view = picker.findChild<QListView *>(QStringLiteral("timeZoneList"));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(picker.findChild<QLabel *>(QStringLiteral("timeZoneNoMatch"))->isHidden());
}

QTEST_MAIN(TestTimeZonePicker)
#include "tst_time_zone_picker.moc"
