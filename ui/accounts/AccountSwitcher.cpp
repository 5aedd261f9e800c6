#include "ui/accounts/AccountSwitcher.h"

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
        addItem(tr("Add account…"), AddEntry);
        if (!currentId.isEmpty() && findData(currentId) >= 0)
            addItem(tr("Remove this account…"), RemoveEntry);
    }
    setCurrent(currentId);
}

void AccountSwitcher::setCurrent(const QString &id)
{
    m_currentId = id;
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(id));
}

} // namespace valara
