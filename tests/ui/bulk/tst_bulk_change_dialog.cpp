// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk change window, driven as a broker would with the keyboard and mouse, against the real
// sandbox: pick a value (the field is included), preview each member (nothing sent), apply, see
// each result, retry the failure with its original key, export the results, and stop a run.
#include "JournalEditorFixture.h"
#include "TestCaller.h"
#include "models/bulk/BulkApply.h"
#include "models/bulk/BulkChange.h"
#include "models/bulk/BulkResultsModel.h"
#include "sandbox/http/FaultInjector.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/BulkRunPanel.h"
#include "ui/preferences/PreferenceEditors.h"
#include "ui/widgets/ChoiceComboBox.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using Outcome = BulkMember::Outcome;
using Stage = BulkChange::Stage;

class TestBulkChangeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void init()
    {
        QString error;
        QVERIFY2(m_fixture.setUp(&error, "key-broker-b1"), qPrintable(error));
        connect(&m_fixture.sandbox->server(), &SandboxServer::exchangeCompleted, this,
                [this](const SandboxExchange &exchange) {
                    if (exchange.method == "PATCH")
                        m_patches.append(exchange);
                });
        m_change = std::make_unique<BulkChange>(
            BulkChange::Kind::Preferences, m_fixture.client.get(), m_fixture.journal.get(),
            testCaller("b1", "broker", "t1", {"t1"}),
            BulkPeople{{"g1", "g2", "b1", "p1"},
                       {{"g1", "t1"}, {"g2", "t1"}, {"b1", "t1"}, {"p1", "t2"}},
                       {{"g1", "Gus Agent"}}});
        m_dialog = std::make_unique<BulkChangeDialog>(m_change.get(), &PreferenceEditors::create);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_change.reset();
        m_fixture.tearDown();
        m_patches.clear();
    }

    void aBrokerChangesTheTeamAndSeesEachResult()
    {
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Change preferences for 4 people"));
        QVERIFY(!button("bulkPreviewButton")->isEnabled()); // nothing chosen yet
        pickMetric();
        QVERIFY(find<QCheckBox>("measurement_unitInclude")->isChecked());
        QVERIFY(!find<QCheckBox>("themeInclude")->isChecked());
        QVERIFY(button("bulkPreviewButton")->isEnabled());
        QTest::mouseClick(button("bulkPreviewButton"), Qt::LeftButton);
        QTRY_COMPARE(m_change->stage(), Stage::Previewed);

        // The preview: per member, current → new; nothing sent.
        QTableView *table = find<QTableView>("bulkResultsTable");
        QCOMPARE(table->model()->rowCount(), 4);
        const QString summary = m_dialog->runPanel()->summaryText();
        QVERIFY2(summary.contains("2 to change") && summary.contains("1 already set") &&
                     summary.contains("1 you may not change"),
                 qPrintable(summary));
        QVERIFY(m_patches.isEmpty());
        QCOMPARE(button("bulkApplyButton")->text(), QStringLiteral("&Apply to 2 people"));
        const QString cells = cellsOf(table);
        QVERIFY2(cells.contains("Gus Agent") && cells.contains("imperial → metric") &&
                     cells.contains("metric already"),
                 qPrintable(cells));

        // g1 is refused by a check of the service's; b1 goes through.
        m_fixture.sandbox->server().faults().answerNext(
            422, R"({"detail":[{"loc":["body","measurement_unit"],"msg":"Not for this office",)"
                 R"("type":"value_error"}]})");
        QTest::mouseClick(button("bulkApplyButton"), Qt::LeftButton);
        QTRY_COMPARE(m_change->stage(), Stage::Finished);
        QCOMPARE(m_patches.size(), 2);
        QCOMPARE(m_change->results()->count(Outcome::Applied), 1);
        QCOMPARE(m_change->results()->count(Outcome::Invalid), 1);
        QTRY_VERIFY(cellsOf(table).contains("Not for this office"));
        QVERIFY(m_dialog->runPanel()->summaryText().contains("1 applied"));
        QVERIFY(!button("bulkRetryButton")->isVisible()); // a refusal is not retried
        QVERIFY(button("bulkCloseButton")->isVisible());
    }

    void theFailuresAreRetriedWithTheirKeys()
    {
        pickMetric();
        QTest::mouseClick(button("bulkPreviewButton"), Qt::LeftButton);
        QTRY_COMPARE(m_change->stage(), Stage::Previewed);
        m_change->apply()->setConcurrency(1);
        m_fixture.sandbox->server().faults().failNext(3); // the first member, every attempt
        QTest::mouseClick(button("bulkApplyButton"), Qt::LeftButton);
        QTRY_COMPARE(m_change->stage(), Stage::Finished);
        QCOMPARE(m_change->results()->count(Outcome::Failed), 1);
        QPushButton *retry = button("bulkRetryButton");
        QVERIFY(retry->isVisible());
        QCOMPARE(retry->text(), QStringLiteral("&Retry 1 failed"));
        const QString failed = m_change->results()->members().constFirst().userId;
        const QByteArray key = m_fixture.journal->sending(failed).constFirst().idempotencyKey;
        const int before = int(m_patches.size());

        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(m_change->stage(), Stage::Finished);
        QTRY_COMPARE(m_change->results()->count(Outcome::Applied), 2);
        QCOMPARE(m_patches.size(), before + 1); // the failure only
        QCOMPARE(m_patches.constLast().requestHeader("X-Idempotency-Key"), key);
        QVERIFY(!button("bulkRetryButton")->isVisible());
    }

    void theResultsAreExported()
    {
        pickMetric();
        QTest::mouseClick(button("bulkPreviewButton"), Qt::LeftButton);
        QTRY_COMPARE(m_change->stage(), Stage::Previewed);
        QTest::mouseClick(button("bulkApplyButton"), Qt::LeftButton);
        QTRY_COMPARE(m_change->stage(), Stage::Finished);
        const QString path = m_fixture.dir->filePath("results.csv");
        m_dialog->setExportPathChooser([path] { return path; });
        QTest::mouseClick(button("bulkExportButton"), Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // a BOM, as the history export
        QCOMPARE(csv.count('\n'), 5);            // the header and four people
        QVERIFY(find<QWidget>("bulkNotice")->isVisible());

        // A folder that does not exist: said inline, nothing written.
        m_dialog->setExportPathChooser([this] { return m_fixture.dir->filePath("no/such.csv"); });
        QTest::mouseClick(button("bulkExportButton"), Qt::LeftButton);
        QVERIFY(find<QWidget>("bulkError")->isVisible());
        QVERIFY(!QFile::exists(m_fixture.dir->filePath("no/such.csv")));
    }

    void closingWhileSendingStopsFirst()
    {
        pickMetric();
        QTest::mouseClick(button("bulkPreviewButton"), Qt::LeftButton);
        QTRY_COMPARE(m_change->stage(), Stage::Previewed);
        m_change->apply()->setConcurrency(1);
        m_fixture.sandbox->server().faults().setLatencyMs(300);
        QTest::mouseClick(button("bulkApplyButton"), Qt::LeftButton);
        QCOMPARE(m_change->stage(), Stage::Applying);
        QVERIFY(button("bulkCancelButton")->isVisible());
        QVERIFY(!button("bulkCloseButton")->isVisible());
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(m_dialog->isVisible()); // stays until what is on its way is answered
        QVERIFY(find<QWidget>("bulkNotice")->isVisible());
        QTRY_COMPARE(m_change->stage(), Stage::Finished);
        QCOMPARE(m_patches.size(), 1); // one was on its way; the other was not sent
        QCOMPARE(m_change->results()->count(Outcome::NotSent), 1);
        QVERIFY(!find<QWidget>("bulkNotice")->isVisible());
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
    }

private:
    template <typename T>
    T *find(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    QPushButton *button(const char *name) const { return find<QPushButton>(name); }
    // The measurement units from imperial to metric, with the keyboard.
    void pickMetric()
    {
        auto *units = find<ChoiceComboBox>("unitsChoice");
        QCOMPARE(units->value(), QStringLiteral("imperial"));
        units->setFocus();
        QTest::keyClick(units, Qt::Key_Down);
        QCOMPARE(units->value(), QStringLiteral("metric"));
    }
    static QString cellsOf(QTableView *table)
    {
        QStringList cells;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int column = 0; column < table->model()->columnCount(); ++column)
                cells << table->model()->index(row, column).data().toString();
        }
        return cells.join(u'|');
    }

    JournalEditorFixture m_fixture;
    std::unique_ptr<BulkChange> m_change;
    std::unique_ptr<BulkChangeDialog> m_dialog;
    QList<SandboxExchange> m_patches;
};

QTEST_MAIN(TestBulkChangeDialog)
#include "tst_bulk_change_dialog.moc"
