// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bulk/BulkValuesForm.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace valara {

class BulkChange;
class BulkRunPanel;
class InlineBanner;

// One change for many people, in a window of its own: choose the values (BulkValuesForm), see
// each person's current → new value (nothing is sent before "Apply to N people"), follow the
// sending (progress, rate, time left, Cancel), then each person's result, with "Retry failed"
// and "Export CSV…". Closing while changes are on their way stops sending first.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT

public:
    // `change` is not owned; it outlives the dialog.
    BulkChangeDialog(BulkChange *change, const BulkValuesForm::EditorFactory &makeEditor,
                     QWidget *parent = nullptr);

    BulkValuesForm *valuesForm() const { return m_form; }
    BulkRunPanel *runPanel() const { return m_panel; }
    // Where "Export CSV…" writes (tests); by default a file dialog asks.
    void setExportPathChooser(std::function<QString()> chooser) { m_chooser = std::move(chooser); }
    bool exportTo(const QString &path);

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void chooseExportFile();
    void showMessage(const QString &text, bool ok);

    BulkChange *m_change;
    QLabel *m_title;
    QLabel *m_hint = nullptr;
    InlineBanner *m_notice;
    InlineBanner *m_error;
    QStackedWidget *m_pages;
    BulkValuesForm *m_form;
    BulkRunPanel *m_panel;
    QPushButton *m_preview;
    QPushButton *m_back;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_export;
    QPushButton *m_close;
    std::function<QString()> m_chooser;
    bool m_stopping = false;
};

} // namespace valara
