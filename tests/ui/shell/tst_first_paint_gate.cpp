// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Work held back until a window's first paint: nothing runs before the window has painted, then
// everything in the order given, once; work given later runs at once; a window that is never
// painted holds nothing back past the patience; work dies with the window.
#include "ui/shell/FirstPaintGate.h"

#include <QPainter>
#include <QPointer>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace valara;

namespace {

// Counts its paints, and what had run when it was first painted.
class PaintedWindow : public QWidget
{
public:
    int paints = 0;
    QStringList *log = nullptr;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter(this).fillRect(rect(), palette().window());
        if (paints++ == 0 && log)
            log->append(QStringLiteral("painted"));
    }
};

} // namespace

class TestFirstPaintGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workWaitsForTheFirstPaint()
    {
        QStringList log;
        PaintedWindow window;
        window.log = &log;
        auto *gate = new FirstPaintGate(&window, std::chrono::minutes(5));
        gate->run([&log] { log.append(QStringLiteral("first")); });
        gate->run([&log] { log.append(QStringLiteral("second")); });
        QVERIFY(!gate->isOpen());
        window.show();
        QCOMPARE(log, QStringList()); // shown, not yet painted: nothing ran
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(gate->isOpen());
        QCOMPARE(log, (QStringList{QStringLiteral("painted"), QStringLiteral("first"),
                                   QStringLiteral("second")}));

        // Open now: work runs at once, and nothing runs twice on later paints.
        gate->run([&log] { log.append(QStringLiteral("third")); });
        QCOMPARE(log.size(), 4);
        window.repaint();
        QTest::qWait(0);
        QCOMPARE(log.size(), 4);
    }

    void aWindowNeverPaintedWaitsNoLongerThanThePatience()
    {
        PaintedWindow window; // never shown
        auto *gate = new FirstPaintGate(&window, std::chrono::milliseconds(50));
        bool ran = false;
        gate->run([&ran] { ran = true; });
        QVERIFY(!ran);
        QTRY_VERIFY(ran);
        QCOMPARE(window.paints, 0);
        QVERIFY(gate->isOpen());
    }

    void workDiesWithTheWindow()
    {
        bool ran = false;
        auto window = std::make_unique<PaintedWindow>();
        QPointer<FirstPaintGate> gate =
            new FirstPaintGate(window.get(), std::chrono::milliseconds(20));
        gate->run([&ran] { ran = true; });
        window.reset();
        QVERIFY(!gate);
        QTest::qWait(60); // past the patience of the gate that is gone
        QVERIFY(!ran);
    }
};

QTEST_MAIN(TestFirstPaintGate)
#include "tst_first_paint_gate.moc"
