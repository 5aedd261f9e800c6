// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/ProfilePage.h"

#include "models/profile/ProfileEditor.h"
#include "models/profile/ProfileModel.h"
#include "models/values/PhoneNumber.h"
#include "ui/editing/ConflictBanner.h"
#include "ui/editing/EditorBinder.h"
#include "ui/editing/ErrorBanner.h"
#include "ui/editing/InlineBanner.h"
#include "ui/editing/SaveBar.h"
#include "ui/profile/AvatarPreview.h"
#include "ui/profile/ProfileForm.h"

#include <QEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace valara {

namespace {

constexpr int AvatarDelayMs = 600; // after the last keystroke in the photo address

} // namespace

ProfilePage::ProfilePage(ProfileEditor *editor, ApiClient *images, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(editor->model())
    , m_avatarDelay(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *banner = new ErrorBanner(this); // shown and hidden by the binder
    banner->setObjectName(QStringLiteral("profileBanner"));
    layout->addWidget(banner);
    // Fields changed on the server under an admin's save: both values, "Keep mine" saves again.
    m_conflictBanner = new ConflictBanner(editor, this);
    m_conflictBanner->setObjectName(QStringLiteral("profileConflictBanner"));
    layout->addWidget(m_conflictBanner);
    m_lockBanner = new InlineBanner(InlineBanner::Kind::Information, this);
    m_lockBanner->setObjectName(QStringLiteral("profileLockBanner"));
    m_lockBanner->hide();
    layout->addWidget(m_lockBanner);

    m_avatar = new AvatarPreview(images, this);
    m_avatar->setObjectName(QStringLiteral("avatarPreview"));
    m_form = new ProfileForm(m_model, m_avatar, this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileScroll"));
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);

    auto *bar = new SaveBar(this);
    bar->setObjectNamePrefix(QStringLiteral("profile"));
    layout->addWidget(bar);
    m_binder = new EditorBinder(editor, bar, banner, this);
    m_binder->setFailureSummary([this](const ApiError &error, EditorBinder::Operation operation) {
        return failureSummary(error, operation == EditorBinder::Operation::Load);
    });
    connect(m_conflictBanner, &ConflictBanner::keepMineRequested, m_binder, &EditorBinder::save);

    m_avatarDelay->setSingleShot(true);
    m_avatarDelay->setInterval(AvatarDelayMs);
    connect(m_avatarDelay, &QTimer::timeout, this, &ProfilePage::refreshAvatar);
    connect(m_form, &ProfileForm::edited, this, [this](const QString &key) {
        m_binder->clearStatus();
        if (key == QLatin1String("avatar_url") || key == QLatin1String("name"))
            m_avatarDelay->start();
    });
    connect(m_binder, &EditorBinder::refreshed, this, &ProfilePage::refreshState);
    connect(m_binder, &EditorBinder::loaded, this, [this] {
        m_form->setRow(m_binder->row());
        refreshAvatar();
    });
    connect(m_binder, &EditorBinder::saved, this, &ProfilePage::refreshAvatar);
    connect(m_binder, &EditorBinder::reverted, this, [this] {
        m_conflictBanner->clear();
        refreshAvatar();
    });
    m_binder->refresh();
    retranslateUi();
}

void ProfilePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    PhoneNumber::prepareInBackground(); // its phone fields are about to be typed in
    if (m_avatarStale)
        refreshAvatar();
}

void ProfilePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

// The form, the banners and the save bar word themselves; the page names its scroll area.
void ProfilePage::retranslateUi()
{
    m_scroll->setAccessibleName(tr("Profile fields"));
}

QString ProfilePage::userId() const
{
    return m_binder->userId();
}

void ProfilePage::setUser(const QString &userId)
{
    m_binder->setUserId(userId);
    m_conflictBanner->setUserId(userId);
    m_form->setRow(m_binder->row());
    refreshAvatar();
    m_editor->load(userId);
}

void ProfilePage::refreshAvatar()
{
    // The photo is fetched once the page is seen: not before the app's first window is painted
    // (a download from another server, which also loads TLS), nor for a page never opened.
    if (!isVisible()) {
        m_avatarStale = true;
        return;
    }
    m_avatarStale = false;
    const int r = m_binder->row();
    const QModelIndex url = m_model->index(r, ProfileModel::columnOf(QStringLiteral("avatar_url")));
    const QModelIndex name = m_model->index(r, ProfileModel::columnOf(QStringLiteral("name")));
    const bool usable = url.data(ProfileModel::ErrorRole).toString().isEmpty();
    m_avatar->setSource(usable ? QUrl(url.data().toString().trimmed()) : QUrl(),
                        name.data().toString());
}

// The page's own state; the binder keeps the save bar.
void ProfilePage::refreshState()
{
    const QString lock =
        m_binder->isLoaded() ? m_model->profileLockReason(m_binder->row()) : QString();
    m_lockBanner->setText(lock);
    m_lockBanner->setVisible(!lock.isEmpty());
}

bool ProfilePage::hasUnsavedChanges() const
{
    return m_binder->hasUnsavedChanges();
}

void ProfilePage::save()
{
    m_binder->save();
}

void ProfilePage::revert()
{
    m_binder->revert();
}

bool ProfilePage::maybeLeave()
{
    return m_binder->maybeLeave(
        tr("The profile of %1 has changes that are not saved.").arg(m_binder->userId()));
}

std::optional<QString> ProfilePage::failureSummary(const ApiError &error, bool loading) const
{
    if (!loading && error.kind == ApiError::Kind::Conflict && m_conflictBanner->isShowing())
        return std::nullopt; // the conflict banner says what happened
    QString summary;
    if (loading && error.kind == ApiError::Kind::Forbidden)
        summary = tr("You cannot open this profile: only the person themselves, their team's "
                     "manager or an administrator can.");
    else if (loading && error.kind == ApiError::Kind::NotFound)
        summary = tr("This user does not exist (any more).");
    else if (loading)
        summary = tr("The profile could not be loaded.");
    else if (error.kind == ApiError::Kind::Conflict)
        summary = tr("Nothing was saved.");
    else
        summary = tr("The profile was not saved; your changes are still here.");
    return summary;
}

} // namespace valara
