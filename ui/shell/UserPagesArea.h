// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QLabel;
class QTabWidget;

namespace valara {

class HistoryPage;
class PreferencesPage;
class ProfilePage;

// The selected user's Preferences, Profile and History tabs; while no one is chosen (and before
// the signed-in user is known), a line saying so in their place. The tabs are neither laid out
// nor painted until someone is chosen, which keeps them out of the window's first paint.
class UserPagesArea : public QStackedWidget
{
    Q_OBJECT

public:
    explicit UserPagesArea(QWidget *parent = nullptr);

    // The pages, in this order whatever the order of the calls. The area takes them over.
    void setPreferencesPage(PreferencesPage *page);
    void setProfilePage(ProfilePage *page);
    void setHistoryPage(HistoryPage *page);
    QTabWidget *tabs() const { return m_tabs; }

    // The tabs when a user is chosen, the line otherwise. `signedIn` picks what the line says.
    void setUserChosen(bool chosen);
    bool isUserChosen() const;
    void setSignedIn(bool signedIn);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_placeholder = nullptr;
    QTabWidget *m_tabs = nullptr;
    PreferencesPage *m_preferences = nullptr;
    ProfilePage *m_profile = nullptr;
    HistoryPage *m_history = nullptr;
    bool m_signedIn = false;
};

} // namespace valara
