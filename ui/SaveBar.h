#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// The foot of an editing page: "Will be sent" (the exact request Save makes), a status line, and
// Revert and Save (also Ctrl+S while the page has focus). The page decides what they show and
// when they are enabled.
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

    // Asks what to do with unsaved changes; `what` says whose ("The profile of Gina Agent has
    // changes that are not saved."). Save requests a save and stays until its answer; Discard
    // requests a revert and leaves; Cancel stays. True means the page may be left.
    bool leaveAllowed(const QString &what);

Q_SIGNALS:
    void saveRequested();
    void revertRequested();

private:
    QPlainTextEdit *m_preview;
    QLabel *m_status;
    QPushButton *m_revert;
    QPushButton *m_save;
};
