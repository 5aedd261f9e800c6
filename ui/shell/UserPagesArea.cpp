// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/UserPagesArea.h"

#include "ui/history/HistoryPage.h"
#include "ui/preferences/PreferencesPage.h"
#include "ui/profile/ProfilePage.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>

namespace valara {

UserPagesArea::UserPagesArea(QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("userPagesArea"));
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("noUserChosen"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(fontMetrics().height());
    addWidget(m_placeholder);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("userPages"));
    m_tabs->setUsesScrollButtons(false); // whole tab titles, never elided
    addWidget(m_tabs);
    setCurrentWidget(m_placeholder);
    retranslateUi();
}

void UserPagesArea::setPreferencesPage(PreferencesPage *page)
{
    m_preferences = page;
    m_tabs->insertTab(0, page, QString());
    retranslateUi();
}

void UserPagesArea::setProfilePage(ProfilePage *page)
{
    m_profile = page;
    m_tabs->insertTab(m_preferences ? 1 : 0, page, QString());
    retranslateUi();
}

void UserPagesArea::setHistoryPage(HistoryPage *page)
{
    m_history = page;
    m_tabs->addTab(page, QString());
    retranslateUi();
}

void UserPagesArea::setUserChosen(bool chosen)
{
    setCurrentWidget(chosen ? static_cast<QWidget *>(m_tabs) : m_placeholder);
}

bool UserPagesArea::isUserChosen() const
{
    return currentWidget() == m_tabs;
}

void UserPagesArea::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    retranslateUi();
}

void UserPagesArea::changeEvent(QEvent *event)
{
    QStackedWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void UserPagesArea::retranslateUi()
{
    m_placeholder->setText(
        m_signedIn ? tr("Choose a person in the list to see their preferences, profile and "
                        "history.")
                   : tr("The preferences and profile of the person you choose appear here once "
                        "you are signed in."));
    m_tabs->setAccessibleName(tr("Selected user"));
    const auto retitle = [this](QWidget *page, const QString &title) {
        if (page && m_tabs->indexOf(page) >= 0)
            m_tabs->setTabText(m_tabs->indexOf(page), title);
    };
    retitle(m_preferences, tr("Preferences"));
    retitle(m_profile, tr("Profile"));
    retitle(m_history, tr("History"));
}

} // namespace valara
