// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;

namespace valara {

class BulkChange;

// The people of a bulk change while it runs: a table of each member (their change, then their
// result and request id), a progress bar with done of total, the rate and the time left, and a
// summary of the outcomes. Reads the BulkChange it is given; the model batches its updates.
class BulkRunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BulkRunPanel(BulkChange *change, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString summaryText() const;
    QString progressText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    QString outcomesText() const;

    BulkChange *m_change;
    QLabel *m_summary;
    QProgressBar *m_bar;
    QLabel *m_progress;
    QTableView *m_table;
    int m_pauseSeconds = 0; // the service asked to slow down, for so long
};

} // namespace valara
