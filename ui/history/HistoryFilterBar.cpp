// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/HistoryFilterBar.h"

#include "models/journal/JournalHistoryModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
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
    m_user = addCombo(QStringLiteral("historyUser"), &m_userLabel);
    m_user->setProperty("valaraData", true); // the people the changes are for, by name
    m_field = addCombo(QStringLiteral("historyField"), &m_fieldLabel);
    m_from = addDate(QStringLiteral("historyFrom"), &m_fromLabel);
    m_to = addDate(QStringLiteral("historyTo"), &m_toLabel);
    m_result = addCombo(QStringLiteral("historyResult"), &m_resultLabel);
    for (auto state :
         {JournalEntry::State::Draft, JournalEntry::State::Sending, JournalEntry::State::Applied,
          JournalEntry::State::Failed, JournalEntry::State::Conflicted})
        m_result->addItem(QString(), int(state));

    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("historyClearFilters"));
    connect(m_clear, &QPushButton::clicked, this, &HistoryFilterBar::clear);
    m_layout->addWidget(m_clear);
    m_layout->addStretch(1);
    retranslateUi();
}

void HistoryFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void HistoryFilterBar::retranslateUi()
{
    const auto name = [](QLabel *label, QWidget *field, const QString &text) {
        label->setText(text);
        field->setAccessibleName(QString(text).remove(u'&').remove(u':').trimmed());
    };
    name(m_userLabel, m_user, tr("&User:"));
    name(m_fieldLabel, m_field, tr("Fiel&d:"));
    name(m_fromLabel, m_from, tr("Fr&om:"));
    name(m_toLabel, m_to, tr("&To:"));
    name(m_resultLabel, m_result, tr("R&esult:"));
    m_user->setItemText(0, tr("All users"));
    m_field->setItemText(0, tr("All fields"));
    m_result->setItemText(0, tr("All results"));
    for (int i = 1; i < m_result->count(); ++i)
        m_result->setItemText(
            i, JournalHistoryModel::stateLabel(JournalEntry::State(m_result->itemData(i).toInt())));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setSpecialValueText(tr("Any"));
    m_clear->setText(tr("&Clear filters"));
}

QComboBox *HistoryFilterBar::addCombo(const QString &name, QLabel **labelOut)
{
    auto *text = new QLabel(this);
    text->setObjectName(name + QStringLiteral("Label"));
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->addItem(QString(), QVariant()); // all of them
    text->setBuddy(combo);
    m_layout->addWidget(text);
    m_layout->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
    *labelOut = text;
    return combo;
}

QDateEdit *HistoryFilterBar::addDate(const QString &name, QLabel **labelOut)
{
    auto *text = new QLabel(this);
    text->setObjectName(name + QStringLiteral("Label"));
    auto *edit = new QDateEdit(this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(AnyDate);
    edit->setDate(AnyDate);
    *labelOut = text;
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
