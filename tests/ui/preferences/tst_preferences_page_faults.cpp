// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The preferences page when the server misbehaves on a save: the error banner shows the editor's
// message, and the edit stays on screen, unsaved. One fault of each family (the editor suite
// covers them all).
// Must stay fast: short deadlines, every row ends within a few seconds.
#include "PreferencesFaultFixture.h"
#include "ui/editing/InlineBanner.h"
#include "ui/preferences/PreferencesPage.h"
#include "ui/widgets/ChoiceComboBox.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::testing;

namespace {

using Fault = MisbehavingServer::Fault;

} // namespace

class TestPreferencesPageFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { capAddressSpace(2048); }
    void theBannerShowsTheFailure_data()
    {
        QTest::addColumn<int>("fault");
        // The large answers last (see capAddressSpace).
        for (Fault fault : {Fault::NoAnswer, Fault::Reset, Fault::NotJson200,
                            Fault::WrongShapeObject200, Fault::Html500, Fault::RetryAfterFarFuture,
                            Fault::RedirectLoop, Fault::OversizedBody, Fault::CompressionBomb})
            QTest::newRow(qPrintable(MisbehavingServer::faultName(fault))) << int(fault);
    }

    void theBannerShowsTheFailure()
    {
        QFETCH(int, fault);
        PreferencesFaultFixture f{Fault(fault)};
        QVERIFY2(f.server.isListening(), qPrintable(f.server.errorString()));
        PreferencesEditor &editor = f.editor;
        PreferencesPage page(&editor, nullptr, QStringLiteral("usr-0"));
        page.resize(700, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy loaded(&editor, &PreferencesEditor::loaded);
        page.setUser(QStringLiteral("usr-1"));
        QVERIFY(loaded.wait(5000));

        auto *theme = page.findChild<ChoiceComboBox *>(QStringLiteral("themeChoice"));
        QVERIFY(theme);
        theme->setFocus();
        const QString chosen = QStringLiteral("dark"); // the default is "system"
        for (Qt::Key key : {Qt::Key_Down, Qt::Key_Up}) {
            for (int i = 0; i < theme->count() && theme->value() != chosen; ++i)
                QTest::keyClick(theme, key);
        }
        QCOMPARE(theme->value(), chosen);
        auto *save = page.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(save && save->isEnabled());
        QSignalSpy failed(&editor, &PreferencesEditor::failed);
        QSignalSpy saved(&editor, &PreferencesEditor::saved);
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() + saved.size() > 0, 2 * FaultReportBoundMs);
        QVERIFY2(timer.elapsed() < FaultReportBoundMs,
                 qPrintable(QString::number(timer.elapsed())));

        QCOMPARE(saved.size(), 0);
        QCOMPARE(failed.size(), 1);
        const QString message = failed.at(0).at(1).value<ApiError>().message;
        QVERIFY(!message.trimmed().isEmpty());
        auto *banner = page.findChild<InlineBanner *>(QStringLiteral("preferencesBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(message), qPrintable(banner->text()));
        QCOMPARE(theme->value(), chosen);
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(save->isEnabled()); // may be sent again
    }
};

QTEST_MAIN(TestPreferencesPageFaults)
#include "tst_preferences_page_faults.moc"
