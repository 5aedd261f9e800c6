// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The History page over a real journal file, offscreen: filters that change the rows, Revert only
// for an applied change and what it asks for, export through the file-chooser hook (a complete
// file, or none and an inline error), the per-user mode, and a page without a journal.
#include "AccessibleNames.h"
#include "EnglishPlurals.h"
#include "JournalTestSupport.h"
#include "models/journal/JournalHistoryModel.h"
#include "ui/editing/InlineBanner.h"
#include "ui/history/HistoryPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace valara;
using namespace valara::testing;

using State = JournalEntry::State;
using JournalTest::field;

class TestHistoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void explainsItselfAndLabelsEveryInput();
    void filtersChangeTheRows();
    void revertOnlyForAnAppliedChange();
    void exportsThroughTheHook();
    void perUserModeHidesTheUserFilter();
    void withoutAJournalSaysWhy();

private:
    qint64 record(const JournalEntry &entry, State state, const QDateTime &when);
    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no %s", name);
        return widget;
    }
    void choose(const char *combo, const QVariant &data);
    int rows() const { return m_page->model()->rowCount(); }
    void selectRowOf(qint64 entryId);

    EnglishPlurals m_plurals; // "1 change"
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<HistoryPage> m_page;
    QDateTime m_now;
    qint64 m_applied = 0;
    qint64 m_failed = 0;
    qint64 m_draft = 0;
};

void TestHistoryPage::init()
{
    QVERIFY(m_plurals.isLoaded());
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = JournalTest::at(2025, 1, 1);
    m_journal = JournalTest::openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")), &m_now);
    QVERIFY(m_journal->isOpen());
    m_applied =
        record(JournalTest::entry(QStringLiteral("u1"), {field("timezone", "UTC", "Asia/Tokyo"),
                                                         field("language", "en", "ja")}),
               State::Applied, JournalTest::at(2025, 1, 2));
    m_failed = record(JournalTest::timezoneChange(QStringLiteral("u2")), State::Failed,
                      JournalTest::at(2025, 1, 3));
    m_draft = record(JournalTest::entry(QStringLiteral("u1"), {field("theme", "light", "dark")}),
                     State::Draft, JournalTest::at(2025, 1, 4));
    m_page = std::make_unique<HistoryPage>();
    m_page->setFieldChoices(
        {{"timezone", "Timezone"}, {"language", "Language"}, {"theme", "Theme"}});
    m_page->model()->setUserLabeller([](const QString &id) {
        return id == u"u1" ? QStringLiteral("Gina") : QStringLiteral("Bruno");
    });
    m_page->setJournal(m_journal.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(rows(), 4);
}

void TestHistoryPage::cleanup()
{
    m_page.reset();
    m_journal.reset();
}

qint64 TestHistoryPage::record(const JournalEntry &entry, State state, const QDateTime &when)
{
    m_now = when;
    JournalEntry recorded = entry;
    recorded.state = state == State::Draft ? State::Draft : State::Sending;
    const qint64 id = m_journal->record(recorded).value_or(0);
    if (state != recorded.state)
        m_journal->updateState(id, state, state == State::Applied ? 200 : 422);
    return id;
}

void TestHistoryPage::choose(const char *combo, const QVariant &data)
{
    auto *box = child<QComboBox>(combo);
    QVERIFY(box);
    const int index = box->findData(data);
    QVERIFY2(index >= 0, combo);
    box->setCurrentIndex(index);
}

void TestHistoryPage::selectRowOf(qint64 entryId)
{
    auto *table = child<QTableView>("historyTable");
    for (int row = 0; row < rows(); ++row) {
        if (m_page->model()->entryAt(row).id == entryId) {
            table->setFocus();
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(m_page->model()->index(row, 0)).center());
            QCOMPARE(table->currentIndex().row(), row);
            return;
        }
    }
    QFAIL("no such entry listed");
}

void TestHistoryPage::explainsItselfAndLabelsEveryInput()
{
    const QString intro = child<QLabel>("historyIntro")->text();
    QVERIFY(intro.contains(QLatin1String("this computer")));
    QVERIFY(intro.contains(QLatin1String("valara-cli with --journal")));
    QVERIFY(!child<QLabel>("historyUnavailable")->isVisible());
    QCOMPARE(child<QLabel>("historyCount")->text(), QStringLiteral("4 changes"));
    int checked = 0;
    QCOMPARE(accessibleNameMismatches(m_page.get(), &checked), QStringList());
    QCOMPARE(checked, 5);
    // The user filter offers the people in the history, by name.
    auto *users = child<QComboBox>("historyUser");
    QCOMPARE(users->count(), 3);
    QCOMPARE(users->itemText(1), QStringLiteral("Bruno"));
    QCOMPARE(users->itemData(2).toString(), QStringLiteral("u1"));
}

void TestHistoryPage::filtersChangeTheRows()
{
    choose("historyUser", QStringLiteral("u2"));
    QCOMPARE(rows(), 1);
    QCOMPARE(m_page->model()->entryAt(0).id, m_failed);
    QCOMPARE(child<QComboBox>("historyUser")->count(), 3); // still offers everyone

    choose("historyUser", QVariant());
    choose("historyField", QStringLiteral("timezone"));
    QCOMPARE(rows(), 2);
    choose("historyResult", int(State::Applied));
    QCOMPARE(rows(), 1);
    QCOMPARE(m_page->model()->entryAt(0).id, m_applied);

    choose("historyField", QVariant());
    choose("historyResult", QVariant());
    child<QDateEdit>("historyFrom")->setDate(QDate(2025, 1, 3));
    QCOMPARE(rows(), 2); // the 3rd and the 4th
    child<QDateEdit>("historyTo")->setDate(QDate(2025, 1, 3));
    QCOMPARE(rows(), 1);
    QCOMPARE(child<QLabel>("historyCount")->text(), QStringLiteral("1 change"));

    QTest::mouseClick(child<QPushButton>("historyClearFilters"), Qt::LeftButton);
    QCOMPARE(rows(), 4);
    QCOMPARE(child<QDateEdit>("historyFrom")->text(), QStringLiteral("Any"));

    // Capped: the page says so.
    m_page->model()->setCap(2);
    QVERIFY(child<QLabel>("historyCount")->text().contains(QLatin1String("newest 2 saves")));
}

void TestHistoryPage::revertOnlyForAnAppliedChange()
{
    auto *revert = child<QPushButton>("historyRevert");
    QVERIFY(!revert->isEnabled()); // nothing selected
    selectRowOf(m_failed);
    QVERIFY(!revert->isEnabled());
    selectRowOf(m_draft);
    QVERIFY(!revert->isEnabled());
    selectRowOf(m_applied);
    QVERIFY(revert->isEnabled());

    QSignalSpy asked(m_page.get(), &HistoryPage::revertRequested);
    QTest::mouseClick(revert, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).toLongLong(), m_applied);
    QVERIFY(!revert->isEnabled()); // until the outcome is known

    // The revert is a new entry: the list reloads and the selection stays on the same change.
    QVERIFY(m_journal->record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Sending)));
    QCOMPARE(rows(), 5);
    QCOMPARE(child<QTableView>("historyTable")
                 ->currentIndex()
                 .data(JournalHistoryModel::EntryIdRole)
                 .toLongLong(),
             m_applied);

    m_page->showRevertResult(QStringLiteral("Reverted (request r-1)."), true);
    auto *banner = child<InlineBanner>("historyBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Reverted (request r-1)."));
    QVERIFY(revert->isEnabled());
    m_page->showRevertResult(QStringLiteral("Not reverted: the server refused it."), false);
    QVERIFY(!banner->isVisible());
    QVERIFY(child<InlineBanner>("historyErrorBanner")->isVisible());
}

void TestHistoryPage::exportsThroughTheHook()
{
    const QString path = m_dir->filePath(QStringLiteral("history.csv"));
    m_page->setFileChooser([path] { return path; });
    choose("historyUser", QStringLiteral("u1"));
    QCOMPARE(rows(), 3);
    QTest::mouseClick(child<QPushButton>("historyExport"), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "When (UTC),Account,For,Field"));
    QCOMPARE(csv.count("\r\n"), 4); // the header and the three rows listed
    QVERIFY(csv.contains("2025-01-04T12:00:00Z"));
    QVERIFY(child<InlineBanner>("historyBanner")->isVisible());
    QVERIFY(child<InlineBanner>("historyBanner")->text().contains(QDir::toNativeSeparators(path)));

    // A folder that does not exist: nothing written, the reason inline.
    const QString nowhere = m_dir->filePath(QStringLiteral("missing/history.csv"));
    m_page->setFileChooser([nowhere] { return nowhere; });
    QTest::mouseClick(child<QPushButton>("historyExport"), Qt::LeftButton);
    QVERIFY(!QFile::exists(nowhere));
    QVERIFY(child<InlineBanner>("historyErrorBanner")->isVisible());
    QVERIFY(!child<InlineBanner>("historyBanner")->isVisible());

    // Cancelled: nothing happens.
    m_page->setFileChooser([] { return QString(); });
    QTest::mouseClick(child<QPushButton>("historyExport"), Qt::LeftButton);
    QVERIFY(child<InlineBanner>("historyErrorBanner")->isVisible());
}

void TestHistoryPage::perUserModeHidesTheUserFilter()
{
    m_page->setUserId(QStringLiteral("u1"));
    QVERIFY(!child<QComboBox>("historyUser")->isVisible());
    QVERIFY(!child<QLabel>("historyUserLabel")->isVisible());
    QCOMPARE(rows(), 3);
    for (int row = 0; row < rows(); ++row)
        QCOMPARE(m_page->model()->entryAt(row).userId, QStringLiteral("u1"));
    choose("historyField", QStringLiteral("theme"));
    QCOMPARE(rows(), 1);
    m_page->setUserId(QStringLiteral("u2"));
    QCOMPARE(rows(), 0);
    choose("historyField", QVariant());
    QCOMPARE(rows(), 1);
    m_page->setUserId(QString());
    QVERIFY(child<QComboBox>("historyUser")->isVisible());
    QCOMPARE(rows(), 4);
}

void TestHistoryPage::withoutAJournalSaysWhy()
{
    m_page->setJournal(nullptr, QStringLiteral("The change journal is turned off."));
    QCOMPARE(rows(), 0);
    auto *unavailable = child<QLabel>("historyUnavailable");
    QVERIFY(unavailable->isVisible());
    QCOMPARE(unavailable->text(), QStringLiteral("The change journal is turned off."));
    QVERIFY(!child<QPushButton>("historyExport")->isEnabled());
    QCOMPARE(child<QLabel>("historyCount")->text(), QStringLiteral("0 changes"));
    m_page->setJournal(m_journal.get());
    QVERIFY(!unavailable->isVisible());
    QCOMPARE(rows(), 4);
}

QTEST_MAIN(TestHistoryPage)
#include "tst_history_page.moc"
