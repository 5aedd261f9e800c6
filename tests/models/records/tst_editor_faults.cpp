// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PreferencesEditor against a server that misbehaves on purpose: the load is answered well, the
// save badly. Whatever the fault, the save fails (never "saved" on a malformed success) with a
// message, within the deadline, and the edit stays unsaved with its value. Memory stays bounded
// through oversized answers and the compression bomb.
// Must stay fast: short deadlines, every row ends within a few seconds.
#include "FaultAnswer.h"
#include "PreferencesFaultFixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::testing;

namespace {

using Fault = MisbehavingServer::Fault;

constexpr qint64 MaxGrowthKiB = 100 * 1024;
const QString User = QStringLiteral("usr-1");

} // namespace

class TestEditorFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!FaultAnswer::gzipBomb().isEmpty()); // built once, before the baseline
        m_baselineKiB = peakResidentKiB();
        capAddressSpace(2048);
    }

    // No fault may make Qt print a warning (a reply finished twice prints one).
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void aFailedSaveKeepsTheEdit_data()
    {
        QTest::addColumn<int>("fault");
        for (Fault fault : MisbehavingServer::allFaults())
            QTest::newRow(qPrintable(MisbehavingServer::faultName(fault))) << int(fault);
    }

    void aFailedSaveKeepsTheEdit()
    {
        QFETCH(int, fault);
        PreferencesFaultFixture f{Fault(fault)};
        QVERIFY2(f.server.isListening(), qPrintable(f.server.errorString()));
        PreferencesModel &model = f.model;
        PreferencesEditor &editor = f.editor;
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&editor, &PreferencesEditor::loaded);
        editor.load(User);
        QVERIFY(loaded.wait(5000));

        const QModelIndex timezone =
            model.index(model.rowOf(User), PreferencesModel::columnOf("timezone"));
        QVERIFY(model.setData(timezone, QStringLiteral("Europe/Paris")));
        QSignalSpy failed(&editor, &PreferencesEditor::failed);
        QSignalSpy saved(&editor, &PreferencesEditor::saved);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(editor.save(User));
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() + saved.size() > 0, 2 * FaultReportBoundMs);
        const qint64 elapsed = timer.elapsed();

        QCOMPARE(saved.size(), 0);
        QCOMPARE(failed.size(), 1);
        const auto error = failed.at(0).at(1).value<ApiError>();
        QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(ApiError::kindName(error.kind)));
        QVERIFY2(elapsed < FaultReportBoundMs, qPrintable(QString::number(elapsed)));
        QVERIFY(model.isDirty(model.rowOf(User)));
        QCOMPARE(timezone.data().toString(), QStringLiteral("Europe/Paris"));
        QVERIFY(!editor.isBusy(User));

        if (FaultBoundsMemory) {
            const qint64 growth = peakResidentKiB() - m_baselineKiB;
            QVERIFY2(growth < MaxGrowthKiB,
                     qPrintable(QStringLiteral("peak memory grew by %1 MiB").arg(growth / 1024)));
        }
    }

private:
    qint64 m_baselineKiB = 0;
};

QTEST_GUILESS_MAIN(TestEditorFaults)
#include "tst_editor_faults.moc"
