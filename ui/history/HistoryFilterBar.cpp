#include "ui/history/HistoryFilterBar.h"

#include "models/journal/JournalHistoryModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace valara {

namespace {
// A date edit at its minimum shows "Any": no bound on that side.
const QDate AnyDate(2000, 1, 1);
} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("historyFilters"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_user = addCombo(tr("&User:"), QStringLiteral("historyUser"), tr("All users"), &m_userLabel);
    m_field = addCombo(tr("Fiel&d:"), QStringLiteral("historyField"), tr("All fields"));
    m_from = addDate(tr("Fr&om:"), QStringLiteral("historyFrom"));
    m_to = addDate(tr("&To:"), QStringLiteral("historyTo"));
    m_result = addCombo(tr("R&esult:"), QStringLiteral("historyResult"), tr("All results"));
    for (auto state :
         {JournalEntry::State::Draft, JournalEntry::State::Sending, JournalEntry::State::Applied,
          JournalEntry::State::Failed, JournalEntry::State::Conflicted})
        m_result->addItem(JournalHistoryModel::stateLabel(state), int(state));

    auto *clear = new QPushButton(tr("&Clear filters"), this);
    clear->setObjectName(QStringLiteral("historyClearFilters"));
    connect(clear, &QPushButton::clicked, this, &HistoryFilterBar::clear);
    m_layout->addWidget(clear);
    m_layout->addStretch(1);
}

QComboBox *HistoryFilterBar::addCombo(const QString &label, const QString &name, const QString &all,
                                      QLabel **labelOut)
{
    auto *text = new QLabel(label, this);
    text->setObjectName(name + QStringLiteral("Label"));
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setAccessibleName(QString(label).remove(u'&').chopped(1));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->addItem(all, QVariant());
    text->setBuddy(combo);
    m_layout->addWidget(text);
    m_layout->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
    if (labelOut)
        *labelOut = text;
    return combo;
}

QDateEdit *HistoryFilterBar::addDate(const QString &label, const QString &name)
{
    auto *text = new QLabel(label, this);
    text->setObjectName(name + QStringLiteral("Label"));
    auto *edit = new QDateEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(QString(label).remove(u'&').chopped(1));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(AnyDate);
    edit->setSpecialValueText(tr("Any"));
    edit->setDate(AnyDate);
    text->setBuddy(edit);
    m_layout->addWidget(text);
    m_layout->addWidget(edit);
    connect(edit, &QDateEdit::dateChanged, this, &HistoryFilterBar::changed);
    return edit;
}

void HistoryFilterBar::setChoices(QComboBox *combo, const QList<Choice> &choices)
{
    const QVariant current = combo->currentData();
    const QString currentText = combo->currentText();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    bool listed = current.isNull();
    for (const auto &[id, text] : choices) {
        combo->addItem(text, id);
        listed = listed || id == current.toString();
    }
    if (!listed) // keep what was chosen, even when it is no longer offered
        combo->addItem(currentText, current);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void HistoryFilterBar::setUserChoices(const QList<Choice> &users)
{
    setChoices(m_user, users);
}

void HistoryFilterBar::setFieldChoices(const QList<Choice> &fields)
{
    setChoices(m_field, fields);
}

void HistoryFilterBar::setUserFilterVisible(bool visible)
{
    m_userLabel->setVisible(visible);
    m_user->setVisible(visible);
}

bool HistoryFilterBar::isUserFilterVisible() const
{
    return !m_user->isHidden();
}

void HistoryFilterBar::clear()
{
    {
        const QSignalBlocker blockers[]{QSignalBlocker(m_user), QSignalBlocker(m_field),
                                        QSignalBlocker(m_from), QSignalBlocker(m_to),
                                        QSignalBlocker(m_result)};
        m_user->setCurrentIndex(0);
        m_field->setCurrentIndex(0);
        m_from->setDate(AnyDate);
        m_to->setDate(AnyDate);
        m_result->setCurrentIndex(0);
    }
    Q_EMIT changed();
}

QDate HistoryFilterBar::dateOf(const QDateEdit *edit)
{
    return edit->date() == AnyDate ? QDate() : edit->date();
}

JournalFilter HistoryFilterBar::filter() const
{
    JournalFilter filter;
    filter.userId = m_user->currentData().toString();
    filter.fieldKey = m_field->currentData().toString();
    if (const QDate from = dateOf(m_from); from.isValid())
        filter.from = from.startOfDay();
    if (const QDate to = dateOf(m_to); to.isValid())
        filter.to = to.endOfDay();
    if (!m_result->currentData().isNull())
        filter.states = {JournalEntry::State(m_result->currentData().toInt())};
    return filter;
}

} // namespace valara
