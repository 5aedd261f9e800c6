// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/profile/ProfileConflict.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

namespace valara {

class ProfileEditor;

// Shown inside the profile page (never a modal box) when an admin's save found fields changed on
// the server meanwhile: for each, the server's new value and the admin's. "Keep mine" asks the
// page to save again over the new server copy; "Use the server's" drops the admin's edits of
// those fields. Either hides the banner, and so does a save. Colours come from the palette.
class ConflictBanner : public QFrame
{
    Q_OBJECT

public:
    ConflictBanner(ProfileEditor *editor, QWidget *parent = nullptr);

    // The user the page shows; conflicts about others are ignored. Hides the banner.
    void setUserId(const QString &userId);
    bool isShowing() const { return !m_conflict.isEmpty(); }
    const ProfileConflict &conflict() const { return m_conflict; }
    void clear();

Q_SIGNALS:
    // "Keep mine": the page saves again.
    void keepMineRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showConflict(const ProfileConflict &conflict);
    QLabel *addCell(int row, int column, const QString &text, const QString &objectName);

    ProfileEditor *m_editor;
    QString m_userId;
    ProfileConflict m_conflict;
    QLabel *m_summary = nullptr;
    QWidget *m_table = nullptr;
    QGridLayout *m_grid = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_useServers = nullptr;
};

} // namespace valara
