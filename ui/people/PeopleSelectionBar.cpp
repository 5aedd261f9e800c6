#include "ui/people/PeopleSelectionBar.h"

#include "models/people/MatchSelector.h"
#include "models/people/PeopleFilterModel.h"
#include "models/people/PeopleSelection.h"
#include "models/people/UserDirectory.h"
#include "models/people/UserListModel.h"
#include "ui/UiLogging.h"

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
    auto *choose = new QHBoxLayout;
    m_selectLoaded = button(QStringLiteral("selectLoadedButton"), tr("Select all &loaded"));
    m_selectMatches = button(QStringLiteral("selectMatchesButton"), tr("Select all matches"));
    m_selectTeam = button(QStringLiteral("selectTeamButton"), tr("Select t&eam…"));
    m_teamMenu = new QMenu(m_selectTeam);
    m_teamMenu->setObjectName(QStringLiteral("selectTeamMenu"));
    m_selectTeam->setMenu(m_teamMenu);
    m_clear = button(QStringLiteral("clearSelectionButton"), tr("&Clear selection"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("selectionCount"));
    for (QWidget *widget : std::initializer_list<QWidget *>{m_selectLoaded, m_selectMatches,
                                                            m_selectTeam, m_clear, m_count})
        choose->addWidget(widget);
    choose->addStretch(1);
    layout->addLayout(choose);

    auto *reading = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("selectionProgress"));
    m_progress->setAccessibleName(tr("Reading the matches"));
    m_cancel = button(QStringLiteral("cancelSelectionButton"), tr("Cancel"));
    reading->addWidget(m_progress, 1);
    reading->addWidget(m_cancel);
    layout->addLayout(reading);
    m_progress->hide();
    m_cancel->hide();

    auto *bulk = new QHBoxLayout;
    m_bulkPreferences = button(QStringLiteral("bulkPreferencesButton"), QString());
    m_bulkProfile = button(QStringLiteral("bulkProfileButton"), QString());
    bulk->addWidget(m_bulkPreferences);
    bulk->addWidget(m_bulkProfile);
    bulk->addStretch(1);
    layout->addLayout(bulk);
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
    refresh();
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
    // English has no plural rules without a translation: the singular is its own sentence.
    if (total < 0 || !m_directory->queryApplied())
        m_selectMatches->setText(tr("Select all &matches"));
    else if (total == 1)
        m_selectMatches->setText(tr("Select the one &match"));
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
    m_bulkPreferences->setText(count == 0 ? tr("Change &preferences of the people checked…")
                               : count == 1
                                   ? tr("Change &preferences for 1 person…")
                                   : tr("Change &preferences for %n people…", nullptr, count));
    m_bulkProfile->setText(count == 0   ? tr("Change prof&iles of the people checked…")
                           : count == 1 ? tr("Change prof&iles for 1 person…")
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
