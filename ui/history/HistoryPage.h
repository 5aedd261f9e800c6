// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/history/HistoryFilterBar.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace valara {

class ChangeJournal;
class InlineBanner;
class JournalHistoryModel;
class RowCountLabel;

// The History: the changes made from this computer (by this app, and by valara-cli with
// --journal), as the change journal kept them, with filters, "Revert…" for an applied change and
// "Export CSV…". Over the whole journal, or fixed to one user (setUserId(), the selected user's
// History tab), which hides the user filter.
//
// Reverting is not done here: the page asks with revertRequested() and is told the outcome with
// showRevertResult(); Revert stays disabled in between.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    // Returns the path to export to, or an empty string to cancel.
    using FileChooser = std::function<QString()>;

    explicit HistoryPage(QWidget *parent = nullptr);

    JournalHistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // The journal to list (not owned). Null: the page says why there is no history, with
    // `whyNot` when given (the journal is off, or could not be opened).
    void setJournal(ChangeJournal *journal, const QString &whyNot = {});
    // Fixes the page to one user's changes and hides the user filter; empty: everyone's.
    void setUserId(const QString &userId);
    QString userId() const { return m_userId; }
    // The fields the field filter offers: key and label.
    void setFieldChoices(const QList<HistoryFilterBar::Choice> &fields);

    // Says how a requested revert went, in the page's banner.
    void showRevertResult(const QString &message, bool ok);
    // Where "Export CSV…" writes, instead of asking with a file dialog (tests).
    void setFileChooser(FileChooser chooser);
    // Writes the listed rows to `path` as CSV, all or nothing; says how it went in the banner.
    bool exportTo(const QString &path);

Q_SIGNALS:
    // "Revert…" on an applied change: the journal entry `entryId` is to be undone.
    void revertRequested(qint64 entryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString unavailableText() const;
    void applyFilter();
    void onReset();
    void updateActions();
    void showMessage(const QString &text, bool ok);
    qint64 currentEntryId() const;
    void chooseExportFile();

    JournalHistoryModel *m_model = nullptr;
    QLabel *m_unavailable = nullptr;
    HistoryFilterBar *m_filters = nullptr;
    InlineBanner *m_infoBanner = nullptr;
    InlineBanner *m_errorBanner = nullptr;
    QTableView *m_table = nullptr;
    RowCountLabel *m_count = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_export = nullptr;
    FileChooser m_chooser;
    QString m_userId;
    qint64 m_keepEntry = 0; // the selected entry, selected again after a reload
    bool m_revertPending = false;
    bool m_sized = false; // columns fitted to the first rows listed
    QLabel *m_intro = nullptr;
    QString m_whyNot;
};

} // namespace valara
