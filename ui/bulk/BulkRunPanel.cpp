// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkRunPanel.h"

#include "models/bulk/BulkApply.h"
#include "models/bulk/BulkChange.h"
#include "models/bulk/BulkResultsModel.h"
#include "ui/widgets/RowCountLabel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace valara {

namespace {

using Outcome = BulkMember::Outcome;

QString durationText(qint64 milliseconds)
{
    const qint64 seconds = (milliseconds + 999) / 1000;
    if (seconds < 60)
        return BulkRunPanel::tr("about %n s left", nullptr, int(seconds));
    return BulkRunPanel::tr("about %n min left", nullptr, int((seconds + 59) / 60));
}

} // namespace

BulkRunPanel::BulkRunPanel(BulkChange *change, QWidget *parent)
    : QWidget(parent)
    , m_change(change)
    , m_summary(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_progress(new QLabel(this))
    , m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);
    m_bar->setObjectName(QStringLiteral("bulkProgressBar"));
    layout->addWidget(m_bar);
    m_progress->setObjectName(QStringLiteral("bulkProgressText"));
    layout->addWidget(m_progress);

    m_table->setObjectName(QStringLiteral("bulkResultsTable"));
    m_table->setProperty("valaraData", true); // the people and their changes (headers checked)
    m_table->setModel(change->results());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(BulkResultsModel::PersonColumn, 160);
    m_table->setColumnWidth(BulkResultsModel::ResultColumn, 110);
    m_table->setColumnWidth(BulkResultsModel::StatusColumn, 90);
    m_table->setColumnWidth(BulkResultsModel::ChangesColumn, 380);
    layout->addWidget(m_table, 1);
    auto *count = new RowCountLabel(
        m_table, [](int rows) { return tr("%n people in this change", nullptr, rows); }, this);
    count->setObjectName(QStringLiteral("bulkResultsCount"));
    layout->addWidget(count);

    connect(change, &BulkChange::progressChanged, this, &BulkRunPanel::refresh);
    connect(change, &BulkChange::stageChanged, this, [this] {
        m_pauseSeconds = 0;
        refresh();
    });
    connect(change->apply(), &BulkApply::paused, this, [this](int milliseconds) {
        m_pauseSeconds = int((milliseconds + 999) / 1000);
        refresh();
    });
    retranslateUi();
}

void BulkRunPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void BulkRunPanel::retranslateUi()
{
    m_bar->setAccessibleName(tr("Progress"));
    m_table->setAccessibleName(tr("People of this change"));
    refresh(); // the summary and the progress
}

QString BulkRunPanel::summaryText() const
{
    return m_summary->text();
}

QString BulkRunPanel::progressText() const
{
    return m_progress->text();
}

void BulkRunPanel::refresh()
{
    const BulkChange::Stage stage = m_change->stage();
    const BulkProgress &progress = m_change->progress();
    const bool running =
        stage == BulkChange::Stage::Previewing || stage == BulkChange::Stage::Applying;
    m_bar->setVisible(running || stage == BulkChange::Stage::Finished);
    m_bar->setRange(0, qMax(1, progress.total()));
    m_bar->setValue(progress.done());
    m_progress->setVisible(running);
    if (running) {
        QStringList parts;
        parts << (stage == BulkChange::Stage::Previewing
                      ? tr("Read %1 of %2").arg(progress.done()).arg(progress.total())
                      : tr("Sent %1 of %2").arg(progress.done()).arg(progress.total()));
        if (const std::optional<double> rate = progress.ratePerSecond())
            parts << tr("%1 per second").arg(*rate, 0, 'f', 1);
        if (const std::optional<qint64> left = progress.millisecondsLeft())
            parts << durationText(*left);
        if (m_pauseSeconds > 0 && m_change->apply()->isPaused())
            parts << tr("The service asked to slow down: waiting %n s.", nullptr, m_pauseSeconds);
        m_progress->setText(parts.join(QStringLiteral(" · ")));
    }
    switch (stage) {
    case BulkChange::Stage::Choosing:
        m_summary->clear();
        break;
    case BulkChange::Stage::Previewing:
        m_summary->setText(tr("Reading each person's current values. Nothing is sent yet."));
        break;
    case BulkChange::Stage::Previewed:
        m_summary->setText(tr("Nothing has been sent yet. %1").arg(outcomesText()));
        break;
    case BulkChange::Stage::Applying:
        m_summary->setText(tr("Sending each person's change, a few at a time."));
        break;
    case BulkChange::Stage::Finished:
        m_summary->setText(tr("Done. %1").arg(outcomesText()));
        break;
    }
}

QString BulkRunPanel::outcomesText() const
{
    const BulkResultsModel *results = m_change->results();
    const QList<std::pair<Outcome, const char *>> texts{
        {Outcome::Pending, QT_TR_N_NOOP("%n to change.")},
        {Outcome::Applied, QT_TR_N_NOOP("%n applied.")},
        {Outcome::NoChange, QT_TR_N_NOOP("%n already set: no change.")},
        {Outcome::Forbidden, QT_TR_N_NOOP("%n you may not change: skipped.")},
        {Outcome::Unreadable, QT_TR_N_NOOP("%n could not be read: skipped.")},
        {Outcome::Invalid, QT_TR_N_NOOP("%n invalid.")},
        {Outcome::Refused, QT_TR_N_NOOP("%n refused by the service.")},
        {Outcome::Failed, QT_TR_N_NOOP("%n failed.")},
        {Outcome::NotSent, QT_TR_N_NOOP("%n not sent.")},
    };
    QStringList parts;
    for (const auto &[outcome, text] : texts) {
        if (const int count = results->count(outcome))
            parts << tr(text, nullptr, count);
    }
    return parts.join(u' ');
}

} // namespace valara
