// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The people of a bulk change as a table (BulkResultsModel): the preview's rows, then each
// result as the run reports it, told in batches rather than one repaint per answer, and the rows
// exported as CSV for spreadsheet programs.
#include "JournalEditorFixture.h"
#include "models/bulk/BulkApply.h"
#include "models/bulk/BulkPreview.h"
#include "models/bulk/BulkResultsModel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::testing;

using Outcome = BulkMember::Outcome;

namespace {

BulkMember member(const QString &user, Outcome outcome, const QJsonObject &changes = {})
{
    BulkMember m;
    m.userId = user;
    m.outcome = outcome;
    m.changes = changes;
    return m;
}

} // namespace

class TestBulkResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsReadAsPeopleDo()
    {
        BulkResultsModel model;
        QAbstractItemModelTester tester(&model);
        model.setUserLabeller([](const QString &id) {
            return id == QLatin1String("g1") ? QStringLiteral("Gina Agent") : QString();
        });
        model.setFieldLabeller([](const QString &key) {
            return key == QLatin1String("timezone") ? QStringLiteral("Timezone") : key;
        });
        BulkMember refused = member("g2", Outcome::Refused);
        refused.httpStatus = 403;
        refused.requestId = QStringLiteral("req-1");
        refused.error = QStringLiteral("Not allowed");
        model.setMembers({member("g1", Outcome::Pending, {{"timezone", "America/Denver"}}), refused,
                          member("p1", Outcome::NoChange)});
        QCOMPARE(model.rowCount(), 3);
        const auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, BulkResultsModel::PersonColumn), QStringLiteral("Gina Agent"));
        QCOMPARE(text(1, BulkResultsModel::PersonColumn), QStringLiteral("g2")); // no name known
        QCOMPARE(text(0, BulkResultsModel::ChangesColumn),
                 QStringLiteral("Timezone: America/Denver"));
        QCOMPARE(text(1, BulkResultsModel::ResultColumn), QStringLiteral("Refused"));
        QCOMPARE(text(1, BulkResultsModel::StatusColumn), QStringLiteral("403"));
        QCOMPARE(text(1, BulkResultsModel::RequestIdColumn), QStringLiteral("req-1"));
        QCOMPARE(text(2, BulkResultsModel::ResultColumn), QStringLiteral("No change"));
        QCOMPARE(model.count(Outcome::NoChange), 1);
        QCOMPARE(model.index(1, 0).data(BulkResultsModel::OutcomeRole).toInt(),
                 int(Outcome::Refused));
    }

    void aRunIsToldInBatches()
    {
        JournalEditorFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error, "key-admin-a1"), qPrintable(error));
        BulkPreview preview(fixture.editor.get());
        QSignalSpy previewed(&preview, &BulkPreview::finished);
        preview.start({"a1", "b1", "g1", "p1", "g3"}, {{"measurement_unit", "metric"}},
                      [](const QString &) { return true; });
        QVERIFY(previewed.wait(10000));

        BulkResultsModel model;
        QAbstractItemModelTester tester(&model);
        model.setBatchInterval(60000); // no batch ends during the run: only the end tells
        BulkApply apply(fixture.editor.get());
        model.attach(&apply);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy finished(&apply, &BulkApply::finished);
        apply.start(preview.members());
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(finished.wait(10000));
        QCOMPARE(changed.size(), 1); // ten updates (sending, then applied), one signal
        const QModelIndex first = changed.constFirst().at(0).toModelIndex();
        const QModelIndex last = changed.constFirst().at(1).toModelIndex();
        QCOMPARE(first.row(), 0);
        QCOMPARE(last.row(), 4);
        QCOMPARE(model.count(Outcome::Applied), 5);
        fixture.tearDown();
    }

    void theResultsExportAsCsv()
    {
        BulkResultsModel model;
        // A user id such as "=2+3" is what a spreadsheet would run as a formula.
        model.setMembers({member("=2+3", Outcome::Applied, {{"title", "=HYPERLINK(1)"}})});
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(model.exportCsv(&buffer, &error));
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("User ID,Person,Change,Result,HTTP status,Request ID,Message\r\n"));
        QVERIFY2(csv.contains("'=2+3,'=2+3,title: =HYPERLINK(1),Applied,,,\r\n"), csv.constData());
    }
};

QTEST_GUILESS_MAIN(TestBulkResultsModel)
#include "tst_bulk_results_model.moc"
