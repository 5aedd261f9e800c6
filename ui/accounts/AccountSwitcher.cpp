// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/AccountSwitcher.h"

#include <QEvent>

namespace valara {

namespace {
const QString AddEntry = QStringLiteral("add-account");
const QString RemoveEntry = QStringLiteral("remove-account");
} // namespace

AccountSwitcher::AccountSwitcher(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("accountSwitcher"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString id = itemData(index).toString();
        setCurrent(m_currentId); // until the window has switched
        if (id == AddEntry)
            Q_EMIT addRequested();
        else if (id == RemoveEntry)
            Q_EMIT removeRequested(m_currentId);
        else if (id != m_currentId)
            Q_EMIT switchRequested(id);
    });
}

void AccountSwitcher::setAccounts(const QList<Entry> &accounts, const QString &currentId,
                                  bool allowAdd)
{
    const QSignalBlocker blocker(this);
    clear();
    for (const Entry &entry : accounts)
        addItem(entry.label, entry.id);
    if (allowAdd) {
        if (count() > 0)
            insertSeparator(count());
        addItem(QString(), AddEntry);
        if (!currentId.isEmpty() && findData(currentId) >= 0)
            addItem(QString(), RemoveEntry);
    }
    retranslateUi();
    setCurrent(currentId);
}

void AccountSwitcher::changeEvent(QEvent *event)
{
    QComboBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

// The accounts' labels are the app's (it sets them again); these entries are the switcher's.
void AccountSwitcher::retranslateUi()
{
    if (const int add = findData(AddEntry); add >= 0)
        setItemText(add, tr("Add account…"));
    if (const int remove = findData(RemoveEntry); remove >= 0)
        setItemText(remove, tr("Remove this account…"));
}

void AccountSwitcher::setCurrent(const QString &id)
{
    m_currentId = id;
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(id));
}

} // namespace valara
