// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/SaveBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace valara {

SaveBar::SaveBar(QWidget *page)
    : QWidget(page)
    , m_preview(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_revert(new QPushButton(this))
    , m_save(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preview->setReadOnly(true);
    m_preview->setMaximumBlockCount(60);
    m_preview->setFixedHeight(fontMetrics().lineSpacing() * 6);
    m_previewLabel->setBuddy(m_preview);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview);

    auto *buttons = new QHBoxLayout;
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setProperty("valaraLive", true); // follows the page's requests
    m_status->setWordWrap(true);
    m_save->setDefault(true);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &SaveBar::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, &SaveBar::revertRequested);
    auto *shortcut = new QShortcut(QKeySequence::Save, page);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &SaveBar::saveRequested);
    retranslateUi();
}

void SaveBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SaveBar::retranslateUi()
{
    m_preview->setAccessibleName(tr("Will be sent"));
    m_status->setAccessibleName(tr("Save status"));
    m_previewLabel->setText(tr("&Will be sent:"));
    m_revert->setText(tr("&Revert"));
    m_save->setText(tr("&Save"));
}

void SaveBar::setObjectNamePrefix(const QString &prefix)
{
    m_preview->setObjectName(prefix + QStringLiteral("PatchPreview"));
    m_status->setObjectName(prefix + QStringLiteral("Status"));
    m_revert->setObjectName(prefix + QStringLiteral("RevertButton"));
    m_save->setObjectName(prefix + QStringLiteral("SaveButton"));
}

void SaveBar::setSaving(bool saving)
{
    m_saving = saving;
    if (!saving && m_waiting)
        m_waiting->done(QMessageBox::Ok);
}

bool SaveBar::leaveAllowed(const QString &what, const std::function<bool()> &hasUnsavedChanges)
{
    if (m_saving && !waitForSave())
        return false;
    if (!hasUnsavedChanges())
        return true;
    switch (QMessageBox::question(parentWidget(), tr("Unsaved changes"), what,
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                  QMessageBox::Save)) {
    case QMessageBox::Save:
        Q_EMIT saveRequested();
        return false; // stay until the save has an answer
    case QMessageBox::Discard:
        Q_EMIT revertRequested();
        return true;
    default:
        return false;
    }
}

// Shown until the save is answered (true) or the person cancels (false).
bool SaveBar::waitForSave()
{
    QMessageBox box(QMessageBox::Information, tr("Saving"),
                    tr("The changes are being saved: waiting for the service's answer…"),
                    QMessageBox::Cancel, parentWidget());
    box.setObjectName(QStringLiteral("saveWaitBox"));
    box.setInformativeText(tr("Cancel to stay on this page."));
    m_waiting = &box;
    const int answer = box.exec();
    return answer != QMessageBox::Cancel && !m_saving;
}

} // namespace valara
