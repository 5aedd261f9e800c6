// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;

namespace valara {

// The foot of an editing page: "Will be sent" (the exact request Save makes), a status line, and
// Revert and Save (also Ctrl+S while the page has focus). The page decides what they show and
// when they are enabled. Save and Revert act on the page's model only: every editor of a page
// puts what the person types into the model as it is typed, so nothing is left to commit when
// they are pressed.
class SaveBar : public QWidget
{
    Q_OBJECT

public:
    // `page` receives the Ctrl+S shortcut.
    explicit SaveBar(QWidget *page);

    // Object names for tests and accessibility tools: <prefix>PatchPreview, <prefix>Status,
    // <prefix>RevertButton, <prefix>SaveButton.
    void setObjectNamePrefix(const QString &prefix);

    QPlainTextEdit *preview() const { return m_preview; }
    QLabel *status() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }

    // Whether the page's save is under way (the page tells as it refreshes its state).
    void setSaving(bool saving);

    // Whether the page may be left. While a save is under way, first waits for its answer (a
    // message the person may cancel, which stays): what is being sent cannot be discarded.
    // Then, when `hasUnsavedChanges()` holds, asks what to do; `what` says whose ("The profile
    // of Gina Agent has changes that are not saved."). Save requests a save and stays until its
    // answer; Discard requests a revert and leaves; Cancel stays.
    bool leaveAllowed(const QString &what, const std::function<bool()> &hasUnsavedChanges);

Q_SIGNALS:
    void saveRequested();
    void revertRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool waitForSave();

    QPlainTextEdit *m_preview;
    QLabel *m_previewLabel;
    QLabel *m_status;
    QPushButton *m_revert;
    QPushButton *m_save;
    QPointer<QMessageBox> m_waiting;
    bool m_saving = false;
};

} // namespace valara
