// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/RowCountLabel.h"

#include <QAbstractItemView>
#include <QEvent>

namespace valara {

RowCountLabel::RowCountLabel(QAbstractItemView *view, Text text, QWidget *parent)
    : QLabel(parent)
    , m_view(view)
    , m_text(std::move(text))
    , m_viewDescription(view->accessibleDescription())
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model); // the view has its model before it is counted
    connect(model, &QAbstractItemModel::rowsInserted, this, &RowCountLabel::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RowCountLabel::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &RowCountLabel::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RowCountLabel::refresh);
    refresh();
}

void RowCountLabel::setViewDescription(const QString &description)
{
    m_viewDescription = description;
    refresh();
}

void RowCountLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void RowCountLabel::refresh()
{
    const QString count = m_text(m_view->model()->rowCount(m_view->rootIndex()));
    setText(count);
    m_view->setAccessibleDescription(
        m_viewDescription.isEmpty()
            ? count
            : tr("%1. %2", "the rows of a list, then what it lists").arg(count, m_viewDescription));
}

} // namespace valara
