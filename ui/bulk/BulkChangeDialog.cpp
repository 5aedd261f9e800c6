// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkChangeDialog.h"

#include "models/bulk/BulkChange.h"
#include "models/bulk/BulkPreview.h"
#include "models/bulk/BulkResultsModel.h"
#include "models/bulk/BulkValues.h"
#include "models/export/FileExport.h"
#include "ui/UiLogging.h"
#include "ui/bulk/BulkRunPanel.h"
#include "ui/editing/InlineBanner.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace valara {

namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}

} // namespace

BulkChangeDialog::BulkChangeDialog(BulkChange *change,
                                   const BulkValuesForm::EditorFactory &makeEditor, QWidget *parent)
    : QDialog(parent)
    , m_change(change)
    , m_title(new QLabel(this))
    , m_notice(new InlineBanner(InlineBanner::Kind::Information, this))
    , m_error(new InlineBanner(InlineBanner::Kind::Error, this))
    , m_pages(new QStackedWidget(this))
    , m_form(new BulkValuesForm(change->values(), makeEditor, this))
    , m_panel(new BulkRunPanel(change, this))
    , m_preview(button(QString(), "bulkPreviewButton", this))
    , m_back(button(QString(), "bulkBackButton", this))
    , m_apply(button(QString(), "bulkApplyButton", this))
    , m_cancel(button(QString(), "bulkCancelButton", this))
    , m_retry(button(QString(), "bulkRetryButton", this))
    , m_export(button(QString(), "bulkExportButton", this))
    , m_close(button(QString(), "bulkCloseButton", this))
{
    setObjectName(QStringLiteral("bulkChangeDialog"));
    m_title->setObjectName(QStringLiteral("bulkTitle"));
    QFont heading = m_title->font();
    heading.setBold(true);
    m_title->setFont(heading);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    auto *hint = new QLabel(this);
    m_hint = hint;
    hint->setObjectName(QStringLiteral("bulkHint"));
    connect(change, &BulkChange::stageChanged, hint, [hint](BulkChange::Stage stage) {
        hint->setVisible(stage == BulkChange::Stage::Choosing);
    });
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_notice->setObjectName(QStringLiteral("bulkNotice"));
    m_notice->setClosable(true);
    m_notice->hide();
    m_error->setObjectName(QStringLiteral("bulkError"));
    m_error->setClosable(true);
    m_error->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_error);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("bulkValuesScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_panel);
    layout->addWidget(m_pages, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    for (QPushButton *b : {m_preview, m_apply, m_retry, m_cancel, m_close})
        buttons->addWidget(b);
    layout->addLayout(buttons);

    connect(m_preview, &QPushButton::clicked, this, [this] {
        m_notice->hide();
        m_change->startPreview();
    });
    connect(m_back, &QPushButton::clicked, m_change, &BulkChange::backToValues);
    connect(m_apply, &QPushButton::clicked, m_change, &BulkChange::confirm);
    connect(m_cancel, &QPushButton::clicked, m_change, &BulkChange::cancel);
    connect(m_retry, &QPushButton::clicked, m_change, &BulkChange::retryFailed);
    connect(m_export, &QPushButton::clicked, this, &BulkChangeDialog::chooseExportFile);
    connect(m_close, &QPushButton::clicked, this, &BulkChangeDialog::reject);
    connect(change, &BulkChange::stageChanged, this, &BulkChangeDialog::refresh);
    connect(change->values(), &BulkValues::changed, this, &BulkChangeDialog::refresh);
    // A stopped preview's last reads come back after the stage went back to Choosing.
    connect(change->preview(), &BulkPreview::finished, this, &BulkChangeDialog::refresh);
    retranslateUi();
    resize(760, 560);
    if (QWidget *first = m_form->firstEditor())
        first->setFocus();
}

void BulkChangeDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void BulkChangeDialog::retranslateUi()
{
    const int people = int(m_change->people().size());
    const QString title = m_change->kind() == BulkChange::Kind::Preferences
                              ? tr("Change preferences for %n people", nullptr, people)
                              : tr("Change profiles for %n people", nullptr, people);
    setWindowTitle(title);
    m_title->setText(title);
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("bulkValuesScroll")))
        scroll->setAccessibleName(tr("Fields to change"));
    m_hint->setText(tr("Edit the fields to set for everyone; only included fields are "
                       "changed. You see each person's change before anything is sent."));
    m_preview->setText(tr("&Preview…"));
    m_back->setText(tr("&Back"));
    m_cancel->setText(tr("&Stop"));
    m_cancel->setToolTip(tr("Sends nothing more; changes already on their way finish."));
    m_export->setText(tr("E&xport CSV…"));
    m_close->setText(tr("&Close"));
    refresh(); // "Apply to 2 people", "Retry 1 failed"
}

void BulkChangeDialog::reject()
{
    if (m_change->isIdle()) {
        QDialog::reject();
        return;
    }
    // Never leave while changes are on their way: stop, and say what is happening.
    m_change->cancel();
    m_stopping = true;
    showMessage(tr("Stopping: the changes already on their way finish first."), true);
}

void BulkChangeDialog::refresh()
{
    using Stage = BulkChange::Stage;
    const Stage stage = m_change->stage();
    m_pages->setCurrentIndex(stage == Stage::Choosing ? 0 : 1);
    m_preview->setVisible(stage == Stage::Choosing);
    m_preview->setEnabled(m_change->values()->isReady() && m_change->isIdle());
    m_back->setVisible(stage == Stage::Previewed);
    const int toSend = m_change->toSendCount();
    m_apply->setText(tr("&Apply to %n people", nullptr, toSend));
    m_apply->setVisible(stage == Stage::Previewed);
    m_apply->setEnabled(toSend > 0);
    m_cancel->setVisible(stage == Stage::Previewing || stage == Stage::Applying);
    const int failed = m_change->results()->retryableCount();
    m_retry->setText(tr("&Retry %n failed", nullptr, failed));
    m_retry->setVisible(stage == Stage::Finished && failed > 0);
    m_export->setVisible(stage == Stage::Previewed || stage == Stage::Finished);
    m_close->setVisible(stage != Stage::Previewing && stage != Stage::Applying);
    if (stage == Stage::Previewed)
        m_apply->setDefault(true);
    if (m_stopping && m_change->isIdle()) {
        m_stopping = false;
        m_notice->hide();
    }
    QPushButton *next = stage == Stage::Previewed                                ? m_apply
                        : stage == Stage::Finished                               ? m_close
                        : stage == Stage::Previewing || stage == Stage::Applying ? m_cancel
                                                                                 : nullptr;
    if (next && next->isEnabled() && !m_pages->currentWidget()->hasFocus())
        next->setFocus();
}

void BulkChangeDialog::chooseExportFile()
{
    const QString path =
        m_chooser ? m_chooser()
                  : QFileDialog::getSaveFileName(
                        this, tr("Export the results"),
                        QDir::home().filePath(tr("valara-bulk-change-%1.csv")
                                                  .arg(QDate::currentDate().toString(Qt::ISODate))),
                        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool BulkChangeDialog::exportTo(const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    QString error;
    const bool ok = FileExport::save(
        path, [this](QIODevice *device, QString *why) { return m_change->exportCsv(device, why); },
        &error);
    if (!ok) {
        qCWarning(lcUi).noquote() << "bulk change export failed:" << error;
        showMessage(tr("The results were not exported to %1: %2").arg(where, error), false);
        return false;
    }
    const int rows = m_change->results()->rowCount();
    showMessage(tr("Exported %n people to %1.", nullptr, rows).arg(where), true);
    return true;
}

void BulkChangeDialog::showMessage(const QString &text, bool ok)
{
    m_error->setVisible(!ok);
    m_notice->setVisible(ok);
    (ok ? m_notice : m_error)->setText(text);
}

} // namespace valara
