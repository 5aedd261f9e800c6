// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace valara {

class Caller;

// The places of the main window, by what the signed-in user may do (a Caller, known from
// GET /api/v1/users/me): My profile and My preferences for everyone; Team for brokers and
// photographers (the members of the teams they manage); All users for admins; History (the
// changes made from this computer) for everyone. An entry the role does not allow is shown
// disabled, with the reason as its tooltip.
//
// Any change of the current item or of the selection (mouse, keyboard, a screen reader's action,
// setCurrentRow(), the selection model) chooses the page, once, unless it is not allowed.
class NavigationList : public QListWidget
{
    Q_OBJECT

public:
    static inline const QString MyProfile = QStringLiteral("myProfile");
    static inline const QString MyPreferences = QStringLiteral("myPreferences");
    static inline const QString People = QStringLiteral("people");
    static inline const QString History = QStringLiteral("history");

    explicit NavigationList(QWidget *parent = nullptr);

    // The signed-in user: what they may reach follows from their role.
    void setCaller(const Caller &caller);
    QString currentPage() const;
    // Shows the page the window is on, if it is allowed (false otherwise), without pageChosen.
    bool setCurrentPage(const QString &page);
    bool isAllowed(const QString &page) const;

Q_SIGNALS:
    void pageChosen(const QString &page);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QListWidgetItem *itemFor(const QString &page) const;
    void choose(QListWidgetItem *item);

    QString m_page; // the page shown or last chosen
    bool m_quiet = false;

    bool m_admin = false;
    bool m_seesOthers = true;
};

} // namespace valara
