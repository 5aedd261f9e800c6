// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <functional>

class QModelIndex;
class QTableView;

namespace valara {

class Caller;
class InlineBanner;
class PeopleFilterBar;
class PeopleSelectionBar;
class RowCountLabel;
class UserDirectory;
class UserListModel;
struct ApiError;

// The people the signed-in user may see (a UserDirectory, loaded a page at a time as the table
// scrolls): a search field sent as `q` (admins, who see everyone), team and role filters, a
// table (name with a check box, e-mail, role, team) sorted by a header click, what to do with
// the people checked (PeopleSelectionBar), a note when the service does not sort or filter, and
// an error banner with Retry. Reports the current user; the window decides whether to move
// (unsaved changes) and may put the current row back with restoreCurrent().
class PeopleView : public QWidget
{
    Q_OBJECT

public:
    // A text computed again when the interface language changes.
    using TextSource = std::function<QString()>;

    // `directory` (not owned) lives as long as the view.
    explicit PeopleView(UserDirectory *directory, QWidget *parent = nullptr);

    UserDirectory *directory() const { return m_directory; }
    // The rows as loaded (the table shows them sorted and filtered when the service did not).
    UserListModel *model() const;
    QTableView *table() const { return m_table; }
    bool isLoading() const;
    // What the signed-in user's role gives here: themselves left out, the search (admins),
    // the teams to filter and select by (managers: theirs; admins: those seen, or typed),
    // changing profiles of many people (admins).
    void setCaller(const Caller &caller);
    // Users other than this one are listed (the signed-in user has their own pages); empty for
    // everyone.
    void setExcludedUser(const QString &userId);
    // Shows the search field (admins: every user of the account, searched by the service).
    void setSearchable(bool searchable);
    // The teams offered by the team filter and "Select team…"; with `freeText` the filter takes
    // any team id typed and the teams seen in loaded rows are added as they come.
    void setTeamChoices(const QStringList &teams, bool freeText);
    // Whether "Change profiles for N people…" is offered (admins, R2).
    void setMayChangeProfiles(bool may);
    // The teams (empty for none) of those of `userIds` the list knows (UserDirectory::knownTeams).
    QHash<QString, QString> knownTeams(const QStringList &userIds) const;
    QHash<QString, QString> knownNames(const QStringList &userIds) const;
    // Fetches the list again (with the current search, order and filters).
    void reload();
    // Puts the selection back on `index` without reporting it.
    void restoreCurrent(const QModelIndex &index);

Q_SIGNALS:
    void currentUserChanged(const QString &userId, const QModelIndex &current,
                            const QModelIndex &previous);
    // A passing message for the status bar, worded again if the language changes meanwhile.
    void statusMessage(const valara::PeopleView::TextSource &text);
    // The people checked, once every match is known.
    void bulkPreferencesRequested(const QStringList &userIds);
    void bulkProfileRequested(const QStringList &userIds);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void buildTable();
    void onLoaded(int shown, int total);
    void showError(const QString &summary, const ApiError &error);

    UserDirectory *m_directory;
    PeopleFilterBar *m_filters;
    InlineBanner *m_queryNote;
    InlineBanner *m_errorBanner;
    PeopleSelectionBar *m_selectionBar;
    QTableView *m_table;
    RowCountLabel *m_count = nullptr;
    bool m_freeTextTeams = false;
};

} // namespace valara
