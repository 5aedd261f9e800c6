#pragma once

#include <QListWidget>

namespace valara {

class Caller;

// The places of the main window, by what the signed-in user may do (a Caller, known from
// GET /api/v1/users/me): My profile and My preferences for everyone; Team for brokers and
// photographers (the members of the teams they manage); All users for admins; History (the
// changes made from this computer) for everyone. An entry the role does not allow is shown
// disabled, with the reason as its tooltip.
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
    // Selects a page if it is allowed; false otherwise.
    bool setCurrentPage(const QString &page);
    bool isAllowed(const QString &page) const;

Q_SIGNALS:
    void pageChosen(const QString &page);

private:
    QListWidgetItem *itemFor(const QString &page) const;
};

} // namespace valara
