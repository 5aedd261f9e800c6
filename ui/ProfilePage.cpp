#include "ProfilePage.h"

#include "AvatarPreview.h"
#include "ConflictBanner.h"
#include "ErrorBanner.h"
#include "InlineBanner.h"
#include "ProfileEditor.h"
#include "ProfileForm.h"
#include "ProfileModel.h"
#include "SaveBar.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

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
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("profileBanner"));
    layout->addWidget(m_banner);
    // Fields changed on the server under an admin's save: both values, "Keep mine" saves again.
    m_conflictBanner = new ConflictBanner(editor, this);
    m_conflictBanner->setObjectName(QStringLiteral("profileConflictBanner"));
    layout->addWidget(m_conflictBanner);
    connect(m_conflictBanner, &ConflictBanner::keepMineRequested, this, &ProfilePage::save);
    m_lockBanner = new InlineBanner(InlineBanner::Kind::Information, this);
    m_lockBanner->setObjectName(QStringLiteral("profileLockBanner"));
    m_lockBanner->hide();
    layout->addWidget(m_lockBanner);

    m_avatar = new AvatarPreview(images, this);
    m_avatar->setObjectName(QStringLiteral("avatarPreview"));
    m_form = new ProfileForm(m_model, m_avatar, this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);

    auto *bar = m_saveBar = new SaveBar(this);
    bar->setObjectNamePrefix(QStringLiteral("profile"));
    m_patchPreview = bar->preview();
    m_status = bar->status();
    m_revertButton = bar->revertButton();
    m_saveButton = bar->saveButton();
    layout->addWidget(bar);
    connect(bar, &SaveBar::saveRequested, this, &ProfilePage::save);
    connect(bar, &SaveBar::revertRequested, this, &ProfilePage::revert);

    m_avatarDelay->setSingleShot(true);
    m_avatarDelay->setInterval(AvatarDelayMs);
    connect(m_avatarDelay, &QTimer::timeout, this, &ProfilePage::refreshAvatar);
    connect(m_form, &ProfileForm::edited, this, [this](const QString &key) {
        m_statusMessage.clear();
        if (key == QLatin1String("avatar_url") || key == QLatin1String("name"))
            m_avatarDelay->start();
    });
    connect(m_model, &ProfileModel::rowStateChanged, this, &ProfilePage::refreshState);
    connect(m_editor, &ProfileEditor::busyChanged, this, &ProfilePage::refreshState);
    connect(m_editor, &ProfileEditor::loaded, this, [this](const QString &user) {
        if (user != m_userId)
            return;
        m_form->setRow(row());
        m_banner->hide();
        refreshAvatar();
        refreshState();
    });
    connect(m_editor, &ProfileEditor::saved, this,
            [this](const QString &user, const QString &requestId) {
                if (user != m_userId)
                    return;
                m_banner->hide();
                m_saving = false;
                m_statusMessage = tr("Saved (request %1).").arg(requestId);
                refreshAvatar();
                refreshState();
            });
    connect(m_editor, &ProfileEditor::failed, this,
            [this](const QString &user, const ApiError &error) {
                if (user != m_userId)
                    return;
                showFailure(error, !m_saving);
                m_saving = false;
                refreshState();
            });
    refreshState();
}

int ProfilePage::row() const
{
    return m_model->rowOf(m_userId);
}

void ProfilePage::setUser(const QString &userId)
{
    m_userId = userId;
    m_statusMessage.clear();
    m_saving = false;
    m_banner->hide();
    m_conflictBanner->setUserId(userId);
    m_model->ensureUser(userId);
    m_form->setRow(row());
    refreshAvatar();
    m_editor->load(userId);
    refreshState();
}

void ProfilePage::refreshAvatar()
{
    const int r = row();
    const QModelIndex url = m_model->index(r, ProfileModel::columnOf(QStringLiteral("avatar_url")));
    const QModelIndex name = m_model->index(r, ProfileModel::columnOf(QStringLiteral("name")));
    const bool usable = url.data(ProfileModel::ErrorRole).toString().isEmpty();
    m_avatar->setSource(usable ? QUrl(url.data().toString().trimmed()) : QUrl(),
                        name.data().toString());
}

void ProfilePage::refreshState()
{
    const int r = row();
    const bool loaded = m_model->hasServerValues(r);
    const bool busy = m_editor->isBusy(m_userId);
    const QString lock = loaded ? m_model->profileLockReason(r) : QString();
    m_lockBanner->setText(lock);
    m_lockBanner->setVisible(!lock.isEmpty());
    m_saveButton->setEnabled(loaded && !busy && m_model->canSave(r));
    m_revertButton->setEnabled(loaded && !busy && m_model->isDirty(r));
    m_saveBar->setSaving(busy && m_saving);

    m_patchPreview->setPlainText(m_editor->savePreview(m_userId));
    if (busy)
        m_status->setText(m_saving ? tr("Saving…") : tr("Loading…"));
    else
        m_status->setText(m_statusMessage);
}

bool ProfilePage::hasUnsavedChanges() const
{
    return m_model->isDirty(row());
}

void ProfilePage::save()
{
    m_statusMessage.clear();
    m_saving = m_editor->save(m_userId);
    refreshState();
}

void ProfilePage::revert()
{
    m_model->revert(row());
    m_banner->hide();
    m_conflictBanner->clear();
    refreshAvatar();
}

bool ProfilePage::maybeLeave()
{
    return m_saveBar->leaveAllowed(
        tr("The profile of %1 has changes that are not saved.").arg(m_userId),
        [this] { return hasUnsavedChanges(); });
}

void ProfilePage::showFailure(const ApiError &error, bool loading)
{
    m_statusMessage.clear();
    if (!loading && error.kind == ApiError::Kind::Conflict && m_conflictBanner->isShowing()) {
        m_banner->hide(); // the conflict banner says what happened
        return;
    }
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
    m_banner->showError(error, summary);
}
