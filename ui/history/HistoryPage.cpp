// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/HistoryPage.h"

#include "models/export/FileExport.h"
#include "models/journal/JournalHistoryExport.h"
#include "models/journal/JournalHistoryModel.h"
#include "ui/UiLogging.h"
#include "ui/editing/InlineBanner.h"
#include "ui/widgets/RowCountLabel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace valara {

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new JournalHistoryModel(this))
    , m_unavailable(new QLabel(this))
    , m_filters(new HistoryFilterBar(this))
    , m_infoBanner(new InlineBanner(InlineBanner::Kind::Information, this))
    , m_errorBanner(new InlineBanner(InlineBanner::Kind::Error, this))
    , m_table(new QTableView(this))
    , m_revert(new QPushButton(this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("historyPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    m_intro = intro;
    intro->setObjectName(QStringLiteral("historyIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_unavailable->setObjectName(QStringLiteral("historyUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_unavailable);

    connect(m_filters, &HistoryFilterBar::changed, this, &HistoryPage::applyFilter);
    layout->addWidget(m_filters);

    m_infoBanner->setObjectName(QStringLiteral("historyBanner"));
    m_errorBanner->setObjectName(QStringLiteral("historyErrorBanner"));
    for (InlineBanner *banner : {m_infoBanner, m_errorBanner}) {
        banner->setClosable(true);
        banner->hide();
        layout->addWidget(banner);
    }

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setProperty("valaraData", true); // the changes (its headers are checked)
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // A result that changes ("Sending" to "Applied") is never cut short.
    m_table->horizontalHeader()->setSectionResizeMode(JournalHistoryModel::ResultColumn,
                                                      QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_count = new RowCountLabel(
        m_table,
        [this](int rows) {
            const QString count = tr("%n changes", nullptr, rows);
            return m_model->isCapped()
                       ? tr("%1, from the newest %L2 saves only: narrow the filters to see "
                            "older ones.")
                             .arg(count)
                             .arg(m_model->cap())
                       : count;
        },
        this);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_revert->setObjectName(QStringLiteral("historyRevert"));
    m_export->setObjectName(QStringLiteral("historyExport"));
    actions->addWidget(m_count, 1);
    actions->addWidget(m_revert);
    actions->addWidget(m_export);
    layout->addLayout(actions);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepEntry = currentEntryId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::onReset);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::updateActions);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const qint64 id = currentEntryId();
        if (id == 0)
            return;
        m_revertPending = true;
        updateActions();
        Q_EMIT revertRequested(id);
    });
    connect(m_export, &QPushButton::clicked, this, &HistoryPage::chooseExportFile);
    setJournal(nullptr);
    retranslateUi();
}

void HistoryPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void HistoryPage::retranslateUi()
{
    m_intro->setText(
        tr("The changes made from this computer, by Valara Desk and by valara-cli with --journal. "
           "Changes made elsewhere, on the web or on another computer, are not listed."));
    m_table->setAccessibleName(tr("Changes"));
    m_table->setAccessibleDescription(
        tr("One row per changed field, newest first: when, account, for whom, field, old and new "
           "value, result, request ID"));
    m_revert->setText(tr("&Revert…"));
    m_revert->setToolTip(tr("Sends the old values of this change as a new change."));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Saves the listed changes as a CSV file for a spreadsheet program."));
    if (m_whyNot.isEmpty())
        m_unavailable->setText(unavailableText());
}

QString HistoryPage::unavailableText() const
{
    return m_whyNot.isEmpty()
               ? tr("There is no history: the change journal is turned off or could not be opened.")
               : m_whyNot;
}

void HistoryPage::setJournal(ChangeJournal *journal, const QString &whyNot)
{
    m_whyNot = whyNot; // given translated (by the app, which sets it again)
    m_unavailable->setText(unavailableText());
    m_unavailable->setVisible(!journal);
    m_filters->setEnabled(journal != nullptr);
    m_table->setEnabled(journal != nullptr);
    m_revertPending = false;
    m_model->setJournal(journal);
}

void HistoryPage::setUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    m_filters->setUserFilterVisible(userId.isEmpty());
    applyFilter();
}

void HistoryPage::setFieldChoices(const QList<HistoryFilterBar::Choice> &fields)
{
    m_filters->setFieldChoices(fields);
}

void HistoryPage::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

void HistoryPage::applyFilter()
{
    JournalFilter filter = m_filters->filter();
    if (!m_userId.isEmpty())
        filter.userId = m_userId;
    m_model->setFilter(filter);
}

void HistoryPage::onReset()
{
    for (int row = 0; m_keepEntry != 0 && row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row).id == m_keepEntry) {
            m_table->selectRow(row);
            break;
        }
    }
    const int rows = m_model->rowCount();
    if (!m_sized && rows > 0) {
        // Once, by the first rows; the user's widths stay afterwards.
        m_table->horizontalHeader()->setResizeContentsPrecision(200);
        m_table->resizeColumnsToContents();
        m_sized = true;
    }
    if (m_model->filter().userId.isEmpty()) {
        // The user filter offers the people the listed changes are for, by name.
        QMap<QString, HistoryFilterBar::Choice> users;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_model->index(row, JournalHistoryModel::ForColumn);
            const QString name = index.data().toString();
            users.insert(name.toCaseFolded() + u'\n' +
                             index.data(JournalHistoryModel::UserIdRole).toString(),
                         {index.data(JournalHistoryModel::UserIdRole).toString(), name});
        }
        m_filters->setUserChoices(users.values());
    }
    updateActions();
}

qint64 HistoryPage::currentEntryId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(JournalHistoryModel::EntryIdRole).toLongLong() : 0;
}

void HistoryPage::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool applied =
        current.isValid() &&
        current.data(JournalHistoryModel::StateRole).toInt() == int(JournalEntry::State::Applied);
    m_revert->setEnabled(applied && !m_revertPending);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void HistoryPage::showMessage(const QString &text, bool ok)
{
    InlineBanner *shown = ok ? m_infoBanner : m_errorBanner;
    InlineBanner *hidden = ok ? m_errorBanner : m_infoBanner;
    hidden->hide();
    shown->setText(text);
    shown->setVisible(!text.isEmpty());
}

void HistoryPage::showRevertResult(const QString &message, bool ok)
{
    m_revertPending = false;
    showMessage(message, ok);
    updateActions();
}

void HistoryPage::chooseExportFile()
{
    const QString path =
        m_chooser
            ? m_chooser()
            : QFileDialog::getSaveFileName(
                  this, tr("Export the history"),
                  QDir::home().filePath(
                      tr("valara-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
                  tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool HistoryPage::exportTo(const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    QString error;
    const bool ok = FileExport::save(
        path,
        [this](QIODevice *device, QString *why) {
            return JournalHistoryExport::write(*m_model, device, why);
        },
        &error);
    if (!ok) {
        qCWarning(lcUi).noquote() << "history export failed:" << error;
        showMessage(tr("The history was not exported to %1: %2").arg(where, error), false);
        return false;
    }
    const int rows = m_model->rowCount();
    showMessage(tr("Exported %n changes to %1.", nullptr, rows).arg(where), true);
    return true;
}

} // namespace valara
