// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;

namespace valara {

class UserDirectory;
struct ApiError;

// The people chosen in the list (the directory's PeopleSelection) and what can be done with
// them: select all loaded, all matches of the query (read page by page, with progress and
// Cancel), a team's members, clear; "N selected"; and the changes for many people, which report
// the chosen ids. While matches are still being read, a change waits for them (or is dropped
// with Cancel).
class PeopleSelectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit PeopleSelectionBar(UserDirectory *directory, QWidget *parent = nullptr);

    // "Select team…" offers these teams; hidden when empty and not `allowed` (agents).
    void setTeams(const QStringList &teams, bool allowed);
    // Shows "Change profiles for N people…" (admins).
    void setMayChangeProfiles(bool may);
    // The loaded rows or the service's count changed: the buttons' texts follow.
    void refresh();

Q_SIGNALS:
    void bulkPreferencesRequested(const QStringList &userIds);
    void bulkProfileRequested(const QStringList &userIds);
    void failed(const QString &summary, const ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    enum class Waiting
    {
        Nothing,
        Preferences,
        Profiles
    };
    QPushButton *button(const QString &objectName, const QString &text);
    void request(Waiting what);
    void emitRequest(Waiting what);
    void onSelectorFinished(bool complete, const ApiError &error);
    void rebuildTeamMenu();

    UserDirectory *m_directory;
    QPushButton *m_selectLoaded;
    QPushButton *m_selectMatches;
    QPushButton *m_selectTeam;
    QMenu *m_teamMenu;
    QPushButton *m_clear;
    QLabel *m_count;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_bulkPreferences;
    QPushButton *m_bulkProfile;
    QStringList m_teams;
    bool m_mayChangeProfiles = false;
    Waiting m_waiting = Waiting::Nothing;
};

} // namespace valara
