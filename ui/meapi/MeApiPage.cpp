// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meapi/MeApiPage.h"

#include "models/i18n/TimeFormat.h"
#include "models/meapi/MeApiEditor.h"
#include "models/meapi/MeApiModel.h"
#include "ui/UiLogging.h"
#include "ui/editing/EditorBinder.h"
#include "ui/editing/ErrorBanner.h"
#include "ui/editing/FieldErrorLabel.h"
#include "ui/editing/FormFieldDelegate.h"
#include "ui/editing/FormRow.h"
#include "ui/editing/InlineBanner.h"
#include "ui/editing/SaveBar.h"
#include "ui/meapi/SessionWatch.h"
#include "ui/widgets/TimeZonePicker.h"

#include <QDataWidgetMapper>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace valara {

MeApiPage::MeApiPage(MeApiEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(editor->model())
    , m_mapper(new QDataWidgetMapper(this))
    , m_session(new SessionWatch(this))
{
    auto *layout = new QVBoxLayout(this);
    m_sessionBanner = new InlineBanner(InlineBanner::Kind::Information, this);
    m_sessionBanner->setObjectName(QStringLiteral("sessionBanner"));
    m_sessionBanner->hide();
    layout->addWidget(m_sessionBanner);
    auto *banner = new ErrorBanner(this); // shown and hidden by the binder
    banner->setObjectName(QStringLiteral("meBanner"));
    layout->addWidget(banner);
    layout->addWidget(buildAccount());
    layout->addWidget(buildTimeZone(), 1);

    auto *bar = new SaveBar(this);
    bar->setObjectNamePrefix(QStringLiteral("me"));
    layout->addWidget(bar);
    m_binder = new EditorBinder(editor, bar, banner, this);
    m_binder->setUserId(MeApiModel::RowId);
    m_binder->setFailureSummary(
        [](const ApiError &error, EditorBinder::Operation operation) -> std::optional<QString> {
            if (error.kind == ApiError::Kind::Unauthorized)
                return std::nullopt; // the session banner says it and offers to sign in again
            if (operation == EditorBinder::Operation::Save)
                return tr("The timezone was not saved; your change is still here.");
            return tr("Your account could not be loaded.");
        });
    connect(m_sessionBanner, &InlineBanner::actionTriggered, this, &MeApiPage::signInAgain);
    m_refreshKey = new QShortcut(QKeySequence::Refresh, this);
    m_refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshKey, &QShortcut::activated, this, &MeApiPage::refresh);

    m_mapper->setModel(m_model);
    m_mapper->setItemDelegate(new FormFieldDelegate(m_mapper));
    m_mapper->setOrientation(Qt::Horizontal);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    m_mapper->addMapping(m_timeZone, MeApiModel::TimeZoneColumn);
    m_mapper->setCurrentIndex(m_model->meRow());

    connect(m_timeZone, &TimeZonePicker::zoneIdChanged, this, &MeApiPage::commitTimeZone);
    connect(m_binder, &EditorBinder::refreshed, this, &MeApiPage::refreshState);
    connect(m_editor, &MeApiEditor::signInRequired, this, &MeApiPage::refreshState);
    connect(m_binder, &EditorBinder::loaded, this, [this] {
        m_mapper->setCurrentIndex(m_model->meRow());
        m_signInRequestId.clear();
    });
    connect(m_binder, &EditorBinder::saved, this, [this] {
        m_resendPending = false;
        m_signInRequestId.clear();
    });
    connect(m_binder, &EditorBinder::failed, this,
            [this](const ApiError &error, EditorBinder::Operation operation) {
                if (error.kind != ApiError::Kind::Unauthorized) {
                    m_resendPending = false;
                    return;
                }
                // The edit stays, to be sent again once signed in.
                qCInfo(lcUi) << "Me API: the session was refused, request" << error.requestId;
                m_resendPending = m_resendPending || operation == EditorBinder::Operation::Save;
                m_signInRequestId = error.requestId;
            });

    connect(m_session, &SessionWatch::changed, this, [this] {
        refreshAccount();
        updateSessionBanner();
    });
    retranslateUi(); // and m_binder->refresh()
}

void MeApiPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MeApiPage::retranslateUi()
{
    m_sessionBanner->setActionText(tr("Sign in again…"));
    m_accountBox->setTitle(tr("Account"));
    const QList<QPair<QLineEdit *, QString>> rows{{m_userId, tr("User ID")},
                                                  {m_orgId, tr("Organisation")},
                                                  {m_staff, tr("Staff")},
                                                  {m_scopes, tr("Scopes")},
                                                  {m_sessionEnds, tr("Session ends")}};
    for (const auto &[value, label] : rows)
        FormRow::setLabel(m_rowLabels.value(value), label);
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setToolTip(tr("Read the account again from the service (F5)."));
    m_preferencesBox->setTitle(tr("Preferences"));
    m_timeZone->setAccessibleName(tr("Timezone"));
    m_timeZoneLabel->setText(tr("&Timezone:"));
    m_clearButton->setText(tr("&Clear (follow the system timezone)"));
    m_binder->refresh(); // the state, the account and the session banner
    refreshAccount();
    updateSessionBanner();
}

QWidget *MeApiPage::buildAccount()
{
    auto *box = new QGroupBox(this);
    m_accountBox = box;
    box->setObjectName(QStringLiteral("meAccountGroup"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_userId = addReadOnlyRow(form, QStringLiteral("meUserId"));
    m_orgId = addReadOnlyRow(form, QStringLiteral("meOrgId"));
    m_staff = addReadOnlyRow(form, QStringLiteral("meStaff"));
    m_scopes = addReadOnlyRow(form, QStringLiteral("meScopes"));
    m_sessionEnds = addReadOnlyRow(form, QStringLiteral("meSessionEnds"));

    m_refreshButton = new QPushButton(box);
    m_refreshButton->setObjectName(QStringLiteral("meRefreshButton"));
    m_refreshButton->setAutoDefault(false);
    connect(m_refreshButton, &QPushButton::clicked, this, &MeApiPage::refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_refreshButton);
    form->addRow(buttons);
    return box;
}

// A read-only value that can be selected and copied, with its buddy label; the accessible name is
// the visible label.
QLineEdit *MeApiPage::addReadOnlyRow(QFormLayout *form, const QString &name)
{
    QWidget *parent = form->parentWidget();
    auto *value = new QLineEdit(parent);
    value->setObjectName(name);
    value->setReadOnly(true);
    m_rowLabels.insert(value, FormRow::add(form, name, value)); // labelled by retranslateUi()
    return value;
}

QWidget *MeApiPage::buildTimeZone()
{
    auto *box = new QGroupBox(this);
    m_preferencesBox = box;
    box->setObjectName(QStringLiteral("mePreferencesGroup"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_timeZone = new TimeZonePicker(box);
    m_timeZone->setObjectName(QStringLiteral("meTimeZonePicker"));
    auto *label = new QLabel(box);
    m_timeZoneLabel = label;
    label->setBuddy(m_timeZone);

    m_timeZoneMessage = new FieldErrorLabel(box);
    m_timeZoneMessage->setObjectName(QStringLiteral("meTimeZoneMessage"));
    m_savedTimeZone = new QLabel(box);
    m_savedTimeZone->setObjectName(QStringLiteral("meSavedTimeZone"));
    m_savedTimeZone->setTextFormat(Qt::PlainText);
    m_savedTimeZone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clearButton = new QPushButton(box);
    m_clearButton->setObjectName(QStringLiteral("meClearTimeZone"));
    m_clearButton->setAutoDefault(false);
    connect(m_clearButton, &QPushButton::clicked, this, &MeApiPage::clearTimeZone);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_clearButton);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_timeZone, 1);
    column->addWidget(m_timeZoneMessage);
    column->addWidget(m_savedTimeZone);
    column->addLayout(buttons);
    form->addRow(label, column);
    return box;
}

void MeApiPage::setSessionToken(const QByteArray &token)
{
    m_renewed = false;
    m_session->setToken(token);
}

void MeApiPage::setClock(std::function<QDateTime()> clock)
{
    m_session->setClock(std::move(clock));
}

// As the person chooses: only a value that differs from the model's is an edit (the mapper
// filling the picker is not).
void MeApiPage::commitTimeZone()
{
    if (!m_model->hasServerValues(m_model->meRow()))
        return;
    const QModelIndex index = m_model->timeZoneIndex();
    const QString zone = m_timeZone->zoneId();
    if (index.data(Qt::EditRole).toString() == zone)
        return;
    m_binder->clearStatus();
    m_model->setData(index, zone);
}

void MeApiPage::clearTimeZone()
{
    m_binder->clearStatus();
    m_model->setData(m_model->timeZoneIndex(), QString()); // empty: null, the system's zone
}

// The page's own state; the binder keeps the save bar.
void MeApiPage::refreshState()
{
    const bool loaded = m_binder->isLoaded();
    const QModelIndex index = m_model->timeZoneIndex();
    m_timeZoneMessage->setMessage(index.data(MeApiModel::ErrorRole).toString());
    m_timeZone->setEnabled(loaded);
    m_clearButton->setEnabled(loaded && !index.data(Qt::EditRole).toString().isEmpty());
    const QString saved = index.data(MeApiModel::ServerValueRole).toString();
    if (!loaded)
        m_savedTimeZone->setText(tr("Saved: not known yet"));
    else if (saved.isEmpty())
        m_savedTimeZone->setText(tr("Saved: not set (follows the system timezone)"));
    else
        m_savedTimeZone->setText(tr("Saved: %1").arg(saved));
    m_refreshButton->setEnabled(!m_binder->isBusy());
    refreshAccount();
    updateSessionBanner();
}

void MeApiPage::refreshAccount()
{
    const bool loaded = m_model->hasServerValues(m_model->meRow());
    const QString unknown = tr("Not known yet");
    const auto orUnknown = [&unknown](const QString &value) {
        return value.isEmpty() ? unknown : value;
    };
    const SessionTokenInfo &token = m_session->info();
    m_userId->setText(orUnknown(loaded ? m_model->userId() : token.userId()));
    m_orgId->setText(orUnknown(loaded ? m_model->orgId() : token.orgId()));
    m_staff->setText(loaded ? (m_model->isStaff() ? tr("Yes") : tr("No")) : unknown);
    const QStringList scopes = m_model->scopes();
    m_scopes->setText(loaded ? (scopes.isEmpty() ? tr("None") : scopes.join(QStringLiteral(", ")))
                             : unknown);

    if (m_renewed) {
        m_sessionEnds->setText(tr("When you sign out (renewed every minute while you work)"));
    } else if (!token.isValid()) {
        m_sessionEnds->setText(tr("Not known (no session token)"));
    } else if (!m_session->hasEnd()) {
        m_sessionEnds->setText(tr("Not stated by the session token"));
    } else {
        const QString when = TimeFormat().moment(token.expiresAt());
        m_sessionEnds->setText(
            m_session->hasEnded()
                ? tr("%1 (ended)").arg(when)
                : tr("%1 (%2)").arg(when, SessionWatch::inMinutes(m_session->secondsLeft())));
    }
}

void MeApiPage::updateSessionBanner()
{
    QString text;
    if (m_editor->awaitingSignIn() || m_session->hasEnded()) {
        text = m_model->isDirty(m_model->meRow())
                   ? tr("Your session has ended. Your change is kept: sign in again to send it.")
                   : tr("Your session has ended: sign in again to keep working.");
        if (!m_signInRequestId.isEmpty())
            text += QLatin1Char(' ') + tr("(request %1)").arg(m_signInRequestId);
    } else if (m_session->isShortLived()) {
        //: %n: the pasted session token's lifetime in seconds.
        text = tr("This session token lasts %n second(s) and cannot be renewed: sign in to keep "
                  "working after it ends.",
                  nullptr, int(m_session->lifetimeSeconds()));
        if (m_session->endsSoon())
            text += QLatin1Char(' ') +
                    tr("It ends %1.").arg(SessionWatch::inMinutes(m_session->secondsLeft()));
    } else if (m_session->endsSoon()) {
        text = tr("Your session ends %1. Save your changes, or sign in again to keep working.")
                   .arg(SessionWatch::inMinutes(m_session->secondsLeft()));
    }
    m_sessionBanner->setText(text);
    m_sessionBanner->setVisible(!text.isEmpty());
}

bool MeApiPage::hasUnsavedChanges() const
{
    return m_binder->hasUnsavedChanges();
}

void MeApiPage::save()
{
    m_binder->save();
}

void MeApiPage::revert()
{
    m_binder->revert();
}

void MeApiPage::refresh()
{
    m_binder->clearStatus();
    m_editor->load();
    m_binder->refresh();
}

void MeApiPage::signInAgain()
{
    Q_EMIT signInRequested();
}

void MeApiPage::setRefreshShortcutEnabled(bool enabled)
{
    m_refreshKey->setEnabled(enabled);
}

void MeApiPage::setSessionRenewed()
{
    m_renewed = true;
    m_session->setToken({});
}

void MeApiPage::resumeAfterSignIn(const QString &userId)
{
    m_signInRequestId.clear();
    m_sessionBanner->hide();
    // An edit made for one account is never sent to another.
    const int row = m_model->meRow();
    const QString before = m_model->userId();
    if (m_model->isDirty(row) && !before.isEmpty() && userId != before) {
        qCInfo(lcUi) << "signed in as another user: the kept timezone edit is dropped";
        m_model->revertRow(row);
        m_binder->setStatus(
            tr("Signed in as %1: the change made for %2 was not sent.").arg(userId, before));
    }
    if (m_resendPending && m_model->canSave(row))
        m_binder->expectSave();
    m_resendPending = false;
    m_editor->resumeAfterSignIn();
    m_binder->refresh();
}

bool MeApiPage::maybeLeave()
{
    return m_binder->maybeLeave(tr("Your timezone change is not saved."));
}

} // namespace valara
