// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/ConflictBanner.h"

#include "models/profile/ProfileEditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace valara {

ConflictBanner::ConflictBanner(ProfileEditor *editor, QWidget *parent)
    : QFrame(parent)
    , m_editor(editor)
    , m_summary(new QLabel(this))
    , m_table(new QWidget(this))
    , m_grid(new QGridLayout(m_table))
    , m_keepMine(new QPushButton(this))
    , m_useServers(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setForegroundRole(QPalette::Text);

    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_grid->setContentsMargins(0, 0, 0, 0);

    m_keepMine->setObjectName(QStringLiteral("conflictKeepMineButton"));
    m_useServers->setObjectName(QStringLiteral("conflictUseServersButton"));
    retranslateUi();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_useServers);
    buttons->addWidget(m_keepMine);

    auto *layout = new QVBoxLayout(this);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    layout->setContentsMargins(spacing, spacing, spacing, spacing);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    hide();

    connect(m_editor, &ProfileEditor::conflicted, this, [this](const ProfileConflict &conflict) {
        if (conflict.userId == m_userId)
            showConflict(conflict);
    });
    connect(m_editor, &ProfileEditor::saved, this, [this](const QString &userId) {
        if (userId == m_userId)
            clear();
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT keepMineRequested();
    });
    connect(m_useServers, &QPushButton::clicked, this, [this] {
        const ProfileConflict conflict = m_conflict;
        clear();
        m_editor->useServerValues(conflict);
    });
}

void ConflictBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ConflictBanner::retranslateUi()
{
    setAccessibleName(tr("Conflict"));
    m_keepMine->setText(tr("Keep mine"));
    m_keepMine->setToolTip(tr("Save your values over the server's new ones"));
    m_useServers->setText(tr("Use the server's"));
    m_useServers->setToolTip(tr("Drop your edits of these fields and keep the server's values"));
    if (isShowing())
        showConflict(m_conflict); // the summary and the headings (the fields' labels are given)
}

void ConflictBanner::setUserId(const QString &userId)
{
    m_userId = userId;
    clear();
}

void ConflictBanner::clear()
{
    m_conflict = ProfileConflict();
    hide();
}

QLabel *ConflictBanner::addCell(int row, int column, const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text, m_table);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_grid->addWidget(label, row, column);
    return label;
}

void ConflictBanner::showConflict(const ProfileConflict &conflict)
{
    m_conflict = conflict;
    m_summary->setText(
        tr("Someone else changed these fields of this profile while you were editing it, so "
           "nothing was saved. Choose which values to keep.") +
        (conflict.requestId.isEmpty()
             ? QString()
             : QLatin1Char(' ') + tr("(request %1)").arg(conflict.requestId)));

    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QFont heading = font();
    heading.setBold(true);
    const QStringList headings{tr("Field"), tr("On the server now"), tr("Yours")};
    for (int column = 0; column < headings.size(); ++column)
        addCell(0, column, headings.at(column), QString())->setFont(heading);
    int row = 1;
    for (const ProfileConflict::Field &field : conflict.fields) {
        addCell(row, 0, field.label, QStringLiteral("conflictLabel_") + field.key);
        addCell(row, 1, field.serverText, QStringLiteral("conflictServer_") + field.key)
            ->setAccessibleName(tr("Server's value of %1").arg(field.label));
        addCell(row, 2, field.mineText, QStringLiteral("conflictMine_") + field.key)
            ->setAccessibleName(tr("Your value of %1").arg(field.label));
        ++row;
    }
    setAccessibleDescription(m_summary->text());
    show();
}

} // namespace valara
