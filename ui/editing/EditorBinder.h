// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace valara {

class EditableRecordsModel;
class ErrorBanner;
class RecordEditor;
class SaveBar;

// What every editing page does around saving, for the one record it shows: binds a RecordEditor
// to the page's SaveBar and ErrorBanner. It enables Save only when the record is loaded, changed,
// valid and nothing is under way, and Revert when it is changed and nothing is under way; keeps
// the exact request Save would send in the bar's preview; says "Loading…" or "Saving…" while the
// editor is busy and the last outcome otherwise ("Saved (request …)."). A save that starts hides
// the last outcome and the last error; a save that fails keeps every edit, shows the error in the
// banner and refreshes the page, whose record may hold new server values. The page keeps its own
// fields: it refreshes them on refreshed(), and reacts to loaded(), saved(), failed() and
// reverted(), all about the record it shows, after the binder's own bookkeeping.
class EditorBinder : public QObject
{
    Q_OBJECT

public:
    enum class Operation
    {
        Load,
        Save
    };
    Q_ENUM(Operation)

    // What the banner says above a failure's message ("The profile was not saved."), or no value
    // when the page tells about this failure its own way (the banner is then hidden). Without
    // one, the banner shows the error's message alone.
    using FailureSummary = std::function<std::optional<QString>(const ApiError &, Operation)>;

    // Connects the bar's Save and Revert (and Ctrl+S) to save() and revert(). `banner` and `bar`
    // belong to the page, which lays them out.
    EditorBinder(RecordEditor *editor, SaveBar *bar, ErrorBanner *banner, QObject *parent);

    void setFailureSummary(FailureSummary summary) { m_summary = std::move(summary); }

    // The record shown: forgets the last outcome, the error and any save under way for the
    // previous one. The page then loads it.
    void setUserId(const QString &userId);
    QString userId() const { return m_userId; }
    int row() const;
    bool isLoaded() const;
    bool isBusy() const;
    // Whether the work under way is a save (rather than a load).
    bool isSaving() const { return m_saving; }
    bool hasUnsavedChanges() const;

    // The last outcome, shown while nothing is under way.
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    // Forgets the last outcome; pages call it as the person edits.
    void clearStatus() { setStatus(QString()); }
    // The editor sends the record on its own (a save resent after signing in again): what is
    // under way is a save. Call it before that save starts.
    void expectSave();

    // Whether the page may be left (SaveBar::leaveAllowed); `what` says whose changes they are.
    bool maybeLeave(const QString &what);

public Q_SLOTS:
    // Sends the record's changes; false when nothing was sent (nothing valid to send, or busy).
    bool save();
    // Every field back to the server's value; hides the last outcome and the error.
    void revert();
    // Brings the bar up to date, then emits refreshed().
    void refresh();

Q_SIGNALS:
    // The page brings its own widgets up to date.
    void refreshed();
    void loaded(const QString &requestId);
    void saved(const QString &requestId);
    void failed(const ApiError &error, EditorBinder::Operation operation);
    void reverted();

private:
    void onBusyChanged(const QString &userId, bool busy);
    void onLoaded(const QString &userId, const QString &requestId);
    void onSaved(const QString &userId, const QString &requestId);
    void onFailed(const QString &userId, const ApiError &error);
    QString savedText() const;

    RecordEditor *m_editor;
    EditableRecordsModel *m_records;
    SaveBar *m_bar;
    ErrorBanner *m_banner;
    FailureSummary m_summary;
    QString m_userId;
    QString m_status;
    QString m_savedRequestId; // the status is "Saved (request …)."
    bool m_saving = false;
};

} // namespace valara
