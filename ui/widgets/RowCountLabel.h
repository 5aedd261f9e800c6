// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace valara {

// How many rows an item view lists ("12 people"), shown beside it and kept up to date as rows
// come and go. The view's accessible description says it too, before what the view lists, so a
// screen reader that lands on the view hears the count.
class RowCountLabel : public QLabel
{
    Q_OBJECT

public:
    // `text` words the count (tr("%n people", nullptr, rows)); the view is not owned.
    using Text = std::function<QString(int rows)>;
    RowCountLabel(QAbstractItemView *view, Text text, QWidget *parent = nullptr);

    // What the view lists, said after the count in its accessible description.
    void setViewDescription(const QString &description);
    // Words the count again (the text function reads more than the rows: call after a change).
    void refresh();

protected:
    // Worded again in a new interface language.
    void changeEvent(QEvent *event) override;

private:
    QAbstractItemView *m_view;
    Text m_text;
    QString m_viewDescription;
};

} // namespace valara
