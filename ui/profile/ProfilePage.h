// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QWidget>

#include <optional>

class QScrollArea;
class QTimer;

namespace valara {

class AvatarPreview;
class ConflictBanner;
class EditorBinder;
class InlineBanner;
class ProfileEditor;
class ProfileForm;
class ProfileModel;
class ApiClient;

// Edits one user's Valara profile (docs/api-contract.md U1-U10): the grouped form, a photo preview
// loaded from the photo address, the exact request that Save will send, and Save/Revert. Ordinary
// fields are PATCHed; admin-only fields (admins only) are saved with PUT over a fresh copy. Errors
// show next to their fields or in a banner with the request id; edits are never dropped by a
// failure.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    // `images` loads the profile photo (null: never, the initials only).
    ProfilePage(ProfileEditor *editor, ApiClient *images, QWidget *parent = nullptr);

    QString userId() const;
    // Shows (and loads) a user's profile. Ask maybeLeave() first when something is unsaved.
    void setUser(const QString &userId);
    bool hasUnsavedChanges() const;
    // Asks what to do with unsaved changes (save, discard, cancel); false means stay.
    bool maybeLeave();
    ProfileForm *form() const { return m_form; }

public Q_SLOTS:
    void save();
    void revert();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void refreshState();
    void refreshAvatar();
    // What the error banner says above a failure's message; none when the conflict banner tells.
    std::optional<QString> failureSummary(const ApiError &error, bool loading) const;

    ProfileEditor *m_editor;
    ProfileModel *m_model;
    EditorBinder *m_binder = nullptr;
    ConflictBanner *m_conflictBanner = nullptr;
    InlineBanner *m_lockBanner = nullptr;
    AvatarPreview *m_avatar = nullptr;
    ProfileForm *m_form = nullptr;
    QTimer *m_avatarDelay = nullptr;
    QScrollArea *m_scroll = nullptr;
    bool m_avatarStale = false; // the photo to show changed while the page was hidden
};

} // namespace valara
