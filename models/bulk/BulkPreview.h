// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bulk/BulkMember.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace valara {

class RecordEditor;

// The first half of a bulk change: for each member, what would be sent. Members the caller may
// not change are marked Forbidden without a request; the others' records are read through the
// editor (a few at a time), the new values put into each member's row as if typed, and each is
// marked NoChange (already holds them), Invalid (the form's own check refuses a value) or Pending
// with exactly the fields that differ. Nothing is sent. The editor (and its model) should be the
// bulk change's own, not a form's: the rows keep the edits for BulkApply.
class BulkPreview : public QObject
{
    Q_OBJECT

public:
    using MayChange = std::function<bool(const QString &userId)>;
    static constexpr int MaxConcurrency = 6;

    explicit BulkPreview(RecordEditor *editor, QObject *parent = nullptr);

    void setConcurrency(int requests);
    // `values`: the fields the user touched, as sent (JSON).
    void start(const QStringList &userIds, const QJsonObject &values, const MayChange &mayChange);
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<BulkMember> &members() const { return m_members; }
    int readCount() const { return m_read; }

Q_SIGNALS:
    void progress(int read, int toRead);
    void finished();

private:
    void readNext();
    void onLoaded(const QString &userId);
    void onFailed(const QString &userId, const QString &message);
    void settle();

    RecordEditor *m_editor;
    QJsonObject m_values;
    QList<BulkMember> m_members;
    QHash<QString, int> m_index; // user -> member
    QList<int> m_toRead;
    QHash<QString, bool> m_reading;
    int m_concurrency = MaxConcurrency;
    int m_read = 0;
    int m_total = 0;
    bool m_running = false;
};

} // namespace valara
