// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace valara {

// What the people list asks for, above the table: the search (admins, who search everyone on
// the service), the team and the role, each with its buddy label. Reports a change once the
// typing has paused (300 ms), so one query goes out per pause, not per key.
class PeopleFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 300;

    explicit PeopleFilterBar(QWidget *parent = nullptr);

    QString search() const;
    // The team id chosen or typed; empty for every team.
    QString team() const;
    // The role key chosen; empty for every role.
    QString role() const;

    void setSearchable(bool searchable);
    // `teams` to choose from; with `freeText` any team id may be typed too (admins, who may not
    // have seen every team). addTeams() adds more without touching what is typed.
    void setTeams(const QStringList &teams, bool freeText);
    void addTeams(const QStringList &teams);
    QStringList teams() const;

Q_SIGNALS:
    // The search, team or role changed and the typing paused.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void retranslateTeamChoice();
    QLineEdit *m_search;
    QLabel *m_searchLabel;
    QComboBox *m_team;
    QComboBox *m_role;
    QTimer *m_delay;
    QLabel *m_teamLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
};

} // namespace valara
