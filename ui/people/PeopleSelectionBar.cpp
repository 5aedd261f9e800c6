// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PeopleSelectionBar.h"

#include "models/people/MatchSelector.h"
#include "models/people/PeopleFilterModel.h"
#include "models/people/PeopleSelection.h"
#include "models/people/UserDirectory.h"
#include "models/people/UserListModel.h"
#include "ui/UiLogging.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace valara {

PeopleSelectionBar::PeopleSelectionBar(UserDirectory *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Two buttons a row, and the changes for many one a row: the list beside the person's pages
    // is narrow, and longer languages need the room.
    auto *choose = new QGridLayout;
    m_selectLoaded = button(QStringLiteral("selectLoadedButton"), QString());
    m_selectMatches = button(QStringLiteral("selectMatchesButton"), QString());
    m_selectTeam = button(QStringLiteral("selectTeamButton"), QString());
    m_teamMenu = new QMenu(m_selectTeam);
    m_teamMenu->setObjectName(QStringLiteral("selectTeamMenu"));
    m_selectTeam->setMenu(m_teamMenu);
    m_clear = button(QStringLiteral("clearSelectionButton"), QString());
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("selectionCount"));
    m_count->setWordWrap(true);
    choose->addWidget(m_selectLoaded, 0, 0);
    choose->addWidget(m_selectMatches, 0, 1);
    choose->addWidget(m_selectTeam, 1, 0);
    choose->addWidget(m_clear, 1, 1);
    choose->addWidget(m_count, 2, 0, 1, 3);
    choose->setColumnStretch(2, 1);
    layout->addLayout(choose);

    auto *reading = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("selectionProgress"));
    m_cancel = button(QStringLiteral("cancelSelectionButton"), QString());
    reading->addWidget(m_progress, 1);
    reading->addWidget(m_cancel);
    layout->addLayout(reading);
    m_progress->hide();
    m_cancel->hide();

    m_bulkPreferences = button(QStringLiteral("bulkPreferencesButton"), QString());
    m_bulkProfile = button(QStringLiteral("bulkProfileButton"), QString());
    layout->addWidget(m_bulkPreferences, 0, Qt::AlignLeft);
    layout->addWidget(m_bulkProfile, 0, Qt::AlignLeft);
    setTeams({}, false);

    PeopleSelection *selection = directory->selection();
    MatchSelector *selector = directory->matchSelector();
    connect(m_selectLoaded, &QPushButton::clicked, selection,
            [this] { m_directory->selection()->select(m_directory->shownIds()); });
    connect(m_selectMatches, &QPushButton::clicked, directory, &UserDirectory::selectAllMatches);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_waiting = Waiting::Nothing;
        m_directory->matchSelector()->cancel();
        m_directory->selection()->clear();
    });
    connect(m_cancel, &QPushButton::clicked, selector, &MatchSelector::cancel);
    connect(m_bulkPreferences, &QPushButton::clicked, this,
            [this] { request(Waiting::Preferences); });
    connect(m_bulkProfile, &QPushButton::clicked, this, [this] { request(Waiting::Profiles); });
    connect(m_teamMenu, &QMenu::aboutToShow, this, &PeopleSelectionBar::rebuildTeamMenu);
    connect(selection, &PeopleSelection::changed, this, &PeopleSelectionBar::refresh);
    connect(selector, &MatchSelector::progress, this, [this](int read, int total) {
        m_progress->setRange(0, std::max(total, 0)); // 0..0: busy, no count known
        m_progress->setValue(std::min(read, std::max(total, 0)));
    });
    connect(selector, &MatchSelector::finished, this, &PeopleSelectionBar::onSelectorFinished);
    rebuildTeamMenu();
    retranslateUi();
}

void PeopleSelectionBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PeopleSelectionBar::retranslateUi()
{
    m_selectLoaded->setText(tr("Select all &loaded"));
    m_selectTeam->setText(tr("Select t&eam…"));
    m_clear->setText(tr("&Clear selection"));
    m_progress->setAccessibleName(tr("Reading the matches"));
    m_cancel->setText(tr("Cancel"));
    refresh(); // the count, "Select all 7 matches", the changes for many
}

QPushButton *PeopleSelectionBar::button(const QString &objectName, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

void PeopleSelectionBar::setTeams(const QStringList &teams, bool allowed)
{
    m_teams = teams;
    m_selectTeam->setVisible(allowed);
    rebuildTeamMenu();
}

void PeopleSelectionBar::setMayChangeProfiles(bool may)
{
    m_mayChangeProfiles = may;
    refresh();
}

void PeopleSelectionBar::rebuildTeamMenu()
{
    m_teamMenu->clear();
    for (const QString &team : std::as_const(m_teams)) {
        QAction *action = m_teamMenu->addAction(team);
        action->setObjectName(QStringLiteral("selectTeamAction"));
        action->setData(team);
        connect(action, &QAction::triggered, m_directory,
                [directory = m_directory, team] { directory->selectTeam(team); });
    }
    m_selectTeam->setEnabled(!m_teams.isEmpty());
}

void PeopleSelectionBar::refresh()
{
    const PeopleSelection *selection = m_directory->selection();
    const bool reading = m_directory->matchSelector()->isRunning();
    const int count = selection->count();
    const int total = m_directory->total();
    const int shown = m_directory->rows()->rowCount();
    m_count->setText(reading ? tr("%n selected (reading the rest…)", nullptr, count)
                             : tr("%n selected", nullptr, count));
    // English reads "Select the one &match" for one (translations/valara_en.ts).
    if (total < 0 || !m_directory->queryApplied())
        m_selectMatches->setText(tr("Select all &matches"));
    else
        m_selectMatches->setText(tr("Select all %n &matches", nullptr, total));
    m_selectLoaded->setEnabled(shown > 0);
    m_selectMatches->setEnabled(shown > 0 && !reading);
    m_clear->setEnabled(count > 0 || reading);
    if (reading && m_progress->isHidden())
        m_progress->setRange(0, 0); // busy until the first page says how many
    m_progress->setVisible(reading);
    m_cancel->setVisible(reading);
    const bool waiting = m_waiting != Waiting::Nothing;
    // With nobody checked, the buttons say what they do, not "for 0 people".
    m_bulkPreferences->setText(count == 0
                                   ? tr("Change &preferences of the people checked…")
                                   : tr("Change &preferences for %n people…", nullptr, count));
    m_bulkProfile->setText(count == 0 ? tr("Change prof&iles of the people checked…")
                                      : tr("Change prof&iles for %n people…", nullptr, count));
    m_bulkPreferences->setEnabled(count > 0 && !waiting);
    m_bulkProfile->setEnabled(count > 0 && !waiting);
    m_bulkProfile->setVisible(m_mayChangeProfiles);
}

void PeopleSelectionBar::request(Waiting what)
{
    if (m_directory->selection()->isPending()) {
        qCDebug(lcUi) << "a change for many people waits for the matches to be read";
        m_waiting = what; // sent when the read finishes
        refresh();
        return;
    }
    emitRequest(what);
}

void PeopleSelectionBar::emitRequest(Waiting what)
{
    const QStringList ids = m_directory->selection()->ids();
    if (ids.isEmpty())
        return;
    if (what == Waiting::Preferences)
        Q_EMIT bulkPreferencesRequested(ids);
    else if (what == Waiting::Profiles)
        Q_EMIT bulkProfileRequested(ids);
}

void PeopleSelectionBar::onSelectorFinished(bool complete, const ApiError &error)
{
    const Waiting waiting = std::exchange(m_waiting, Waiting::Nothing);
    if (error.isError())
        Q_EMIT failed(tr("Could not read every match: %1").arg(error.message), error);
    refresh();
    if (complete)
        emitRequest(waiting);
}

} // namespace valara
