// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace valara {

// The accounts Valara Desk knows (or, in demo mode, the demo's people), the current one first
// chosen, and "Add account…" and "Remove this account…" at the end. Choosing asks to switch; the
// window answers with setCurrent() once it has (or puts the old one back when the user stays).
class AccountSwitcher : public QComboBox
{
    Q_OBJECT

public:
    struct Entry
    {
        QString id;
        QString label;
    };

    explicit AccountSwitcher(QWidget *parent = nullptr);

    // `allowAdd` shows "Add account…", and "Remove this account…" when one is current.
    void setAccounts(const QList<Entry> &accounts, const QString &currentId, bool allowAdd);
    void setCurrent(const QString &id);
    QString currentId() const { return m_currentId; }

Q_SIGNALS:
    void switchRequested(const QString &id);
    void addRequested();
    void removeRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_currentId;
};

} // namespace valara
