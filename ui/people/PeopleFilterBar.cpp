// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PeopleFilterBar.h"

#include "models/caller/Caller.h"
#include "ui/widgets/SearchField.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace valara {

PeopleFilterBar::PeopleFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new SearchField(this))
    , m_searchLabel(new QLabel(this))
    , m_team(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_delay(new QTimer(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_searchLabel->setObjectName(QStringLiteral("peopleSearchLabel"));
    m_searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    layout->addWidget(m_searchLabel, 0, 0, 1, 2);
    layout->addWidget(m_search, 1, 0, 1, 2);

    auto *teamLabel = new QLabel(this);
    m_teamLabel = teamLabel;
    teamLabel->setObjectName(QStringLiteral("peopleTeamLabel"));
    teamLabel->setBuddy(m_team);
    m_team->setObjectName(QStringLiteral("peopleTeamFilter"));
    m_team->setInsertPolicy(QComboBox::NoInsert);
    auto *roleLabel = new QLabel(this);
    m_roleLabel = roleLabel;
    roleLabel->setObjectName(QStringLiteral("peopleRoleLabel"));
    roleLabel->setBuddy(m_role);
    m_role->setObjectName(QStringLiteral("peopleRoleFilter"));
    m_role->addItem(QString(), QString());
    for (const QString &key : Caller::roleKeys())
        m_role->addItem(QString(), key);
    layout->addWidget(teamLabel, 2, 0);
    layout->addWidget(roleLabel, 2, 1);
    layout->addWidget(m_team, 3, 0);
    layout->addWidget(m_role, 3, 1);
    setTeams({}, false);
    setSearchable(false);
    retranslateUi();

    m_delay->setSingleShot(true);
    m_delay->setInterval(SearchDelayMs);
    connect(m_delay, &QTimer::timeout, this, &PeopleFilterBar::changed);
    auto restart = [this] { m_delay->start(); };
    connect(m_search, &QLineEdit::textChanged, m_delay, restart);
    connect(m_team, &QComboBox::currentTextChanged, m_delay, restart);
    connect(m_role, &QComboBox::currentIndexChanged, m_delay, restart);
}

void PeopleFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PeopleFilterBar::retranslateUi()
{
    m_searchLabel->setText(tr("&Search people:"));
    m_search->setAccessibleName(tr("Search people"));
    m_search->setPlaceholderText(tr("Name, e-mail or id"));
    m_teamLabel->setText(tr("&Team:"));
    m_team->setAccessibleName(tr("Team"));
    m_roleLabel->setText(tr("R&ole:"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setItemText(0, tr("All roles"));
    for (int i = 1; i < m_role->count(); ++i)
        m_role->setItemText(i, Caller::roleDisplayName(m_role->itemData(i).toString()));
    retranslateTeamChoice();
}

// The first team entry (no filter), and what to type in a free-text team filter.
void PeopleFilterBar::retranslateTeamChoice()
{
    const bool freeText = m_team->isEditable();
    const QSignalBlocker blocker(m_team);
    const QString typed = m_team->currentText();
    const bool onFirst = m_team->currentIndex() == 0 && typed == m_team->itemText(0);
    m_team->setItemText(0, freeText ? tr("All teams") : tr("All my teams"));
    if (freeText) {
        m_team->lineEdit()->setPlaceholderText(tr("Team id"));
        m_team->lineEdit()->setAccessibleName(m_team->accessibleName());
        m_team->setEditText(onFirst ? m_team->itemText(0) : typed);
    }
}

QString PeopleFilterBar::search() const
{
    return m_search->isHidden() ? QString() : m_search->text().trimmed();
}

QString PeopleFilterBar::team() const
{
    const int index = m_team->currentIndex();
    const QString text = m_team->currentText().trimmed();
    if (index >= 0 && m_team->itemText(index) == m_team->currentText())
        return m_team->itemData(index).toString();
    return text; // typed
}

QString PeopleFilterBar::role() const
{
    return m_role->currentData().toString();
}

void PeopleFilterBar::setSearchable(bool searchable)
{
    m_search->setHidden(!searchable);
    m_searchLabel->setHidden(!searchable);
    if (!searchable)
        m_search->clear();
}

void PeopleFilterBar::setTeams(const QStringList &teams, bool freeText)
{
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->setEditable(freeText);
    m_team->addItem(QString(), QString());
    retranslateTeamChoice();
    addTeams(teams);
    m_team->setCurrentIndex(0);
}

void PeopleFilterBar::addTeams(const QStringList &teams)
{
    const QSignalBlocker blocker(m_team);
    const QString typed = m_team->currentText();
    for (const QString &team : teams) {
        if (team.isEmpty() || m_team->findData(team) >= 0)
            continue;
        int at = 1;
        while (at < m_team->count() && m_team->itemData(at).toString() < team)
            ++at;
        m_team->insertItem(at, team, team);
    }
    if (m_team->isEditable() && m_team->currentText() != typed)
        m_team->setEditText(typed);
}

QStringList PeopleFilterBar::teams() const
{
    QStringList list;
    for (int i = 1; i < m_team->count(); ++i)
        list.append(m_team->itemData(i).toString());
    return list;
}

} // namespace valara
