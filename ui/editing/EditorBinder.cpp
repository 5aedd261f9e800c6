// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/EditorBinder.h"

#include "models/i18n/LanguageChangeWatch.h"
#include "models/records/EditableRecordsModel.h"
#include "models/records/RecordEditor.h"
#include "ui/editing/ErrorBanner.h"
#include "ui/editing/SaveBar.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace valara {

EditorBinder::EditorBinder(RecordEditor *editor, SaveBar *bar, ErrorBanner *banner, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_records(editor->records())
    , m_bar(bar)
    , m_banner(banner)
{
    Q_ASSERT(editor && bar && banner);
    connect(m_bar, &SaveBar::saveRequested, this, &EditorBinder::save);
    connect(m_bar, &SaveBar::revertRequested, this, &EditorBinder::revert);
    // Every edit, answer and revert changes the row's state (setData included).
    connect(m_records, &EditableRecordsModel::rowStateChanged, this, &EditorBinder::refresh);
    connect(m_editor, &RecordEditor::busyChanged, this, &EditorBinder::onBusyChanged);
    connect(m_editor, &RecordEditor::loaded, this, &EditorBinder::onLoaded);
    connect(m_editor, &RecordEditor::saved, this, &EditorBinder::onSaved);
    connect(m_editor, &RecordEditor::failed, this, &EditorBinder::onFailed);
    // The bar's texts follow the language: "Saving…", "Saved (request …).".
    connect(new LanguageChangeWatch(this), &LanguageChangeWatch::changed, this, [this] {
        if (!m_savedRequestId.isEmpty() && !m_status.isEmpty())
            m_status = savedText();
        refresh();
    });
}

void EditorBinder::setUserId(const QString &userId)
{
    m_userId = userId;
    m_status.clear();
    m_saving = false;
    m_banner->hide();
    m_records->ensureUser(userId);
    refresh();
}

int EditorBinder::row() const
{
    return m_records->rowOf(m_userId);
}

bool EditorBinder::isLoaded() const
{
    return m_records->hasServerValues(row());
}

bool EditorBinder::isBusy() const
{
    return m_editor->isBusy(m_userId);
}

bool EditorBinder::hasUnsavedChanges() const
{
    return m_records->isDirty(row());
}

QString EditorBinder::savedText() const
{
    return tr("Saved (request %1).").arg(m_savedRequestId);
}

void EditorBinder::setStatus(const QString &status)
{
    m_status = status;
    m_savedRequestId.clear();
    if (!isBusy())
        m_bar->status()->setText(m_status);
}

void EditorBinder::expectSave()
{
    m_saving = true;
}

bool EditorBinder::maybeLeave(const QString &what)
{
    return m_bar->leaveAllowed(what, [this] { return hasUnsavedChanges(); });
}

bool EditorBinder::save()
{
    // Known before the request goes, so that its busyChanged() already reads "Saving…".
    const bool wasSaving = m_saving;
    m_saving = true;
    if (m_editor->save(m_userId))
        return true;
    m_saving = wasSaving; // nothing sent: the last outcome still stands
    return false;
}

void EditorBinder::revert()
{
    m_records->revertRow(row());
    m_status.clear();
    m_banner->hide();
    Q_EMIT reverted();
    refresh();
}

void EditorBinder::refresh()
{
    const int r = row();
    const bool loaded = m_records->hasServerValues(r);
    const bool busy = isBusy();
    m_bar->saveButton()->setEnabled(loaded && !busy && m_records->canSave(r));
    m_bar->revertButton()->setEnabled(loaded && !busy && m_records->isDirty(r));
    m_bar->setSaving(busy && m_saving);
    const QString preview = m_editor->savePreview(m_userId);
    if (m_bar->preview()->toPlainText() != preview) // keeps the reader's scroll position
        m_bar->preview()->setPlainText(preview);
    if (busy)
        m_bar->status()->setText(m_saving ? tr("Saving…") : tr("Loading…"));
    else
        m_bar->status()->setText(m_status);
    Q_EMIT refreshed();
}

void EditorBinder::onBusyChanged(const QString &userId, bool busy)
{
    if (userId == m_userId && busy && m_saving) {
        // A save starts: the last outcome and the last error are history.
        m_status.clear();
        m_banner->hide();
    } else if (userId == m_userId && !busy) {
        // Whatever was under way has ended, answered or not (a save expected after signing in
        // again may have been a load).
        m_saving = false;
    }
    refresh();
}

void EditorBinder::onLoaded(const QString &userId, const QString &requestId)
{
    if (userId != m_userId)
        return;
    m_banner->hide();
    Q_EMIT loaded(requestId);
    refresh();
}

void EditorBinder::onSaved(const QString &userId, const QString &requestId)
{
    if (userId != m_userId)
        return;
    m_saving = false;
    m_banner->hide();
    m_savedRequestId = requestId;
    m_status = savedText();
    Q_EMIT saved(requestId);
    refresh();
}

// The edits stay (the editor keeps them); the record may hold new server values.
void EditorBinder::onFailed(const QString &userId, const ApiError &error)
{
    if (userId != m_userId)
        return;
    const Operation operation = m_saving ? Operation::Save : Operation::Load;
    m_saving = false;
    m_status.clear();
    const std::optional<QString> summary =
        m_summary ? m_summary(error, operation) : std::optional<QString>(QString());
    if (summary)
        m_banner->showError(error, *summary);
    else
        m_banner->hide();
    Q_EMIT failed(error, operation);
    refresh();
}

} // namespace valara
