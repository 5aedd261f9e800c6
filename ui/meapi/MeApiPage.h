// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <functional>

class QDataWidgetMapper;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QShortcut;

namespace valara {

class EditorBinder;
class FieldErrorLabel;
class InlineBanner;
class MeApiEditor;
class MeApiModel;
class SessionWatch;
class TimeZonePicker;

// The signed-in Me API account (docs/api-contract.md M1-M13): who the session is for (read-only),
// when it ends, and the account's one preference, the timezone, which may be cleared (the dashboard
// then follows the system's timezone). Edits go to the MeApiModel as they are made; Save sends the
// exact PATCH previewed. A session that is about to end, or has ended (401), is announced in a
// banner whose action asks to sign in again; an edit refused by an ended session is kept and sent
// again once signed in.
class MeApiPage : public QWidget
{
    Q_OBJECT

public:
    explicit MeApiPage(MeApiEditor *editor, QWidget *parent = nullptr);

    // The session token the client signs in with: shown as the account until the Me payload is
    // loaded, and watched for its end. The token itself is not kept.
    void setSessionToken(const QByteArray &token);
    // What "now" is for the session's end (tests inject one); the session is checked at once.
    void setClock(std::function<QDateTime()> clock);
    bool hasUnsavedChanges() const;
    // Asks what to do with unsaved changes (save, discard, cancel); false means stay.
    bool maybeLeave();

    // F5 refreshes the page; off where a window's Refresh action has the key (two owners of one
    // shortcut make it ambiguous, and then neither acts).
    void setRefreshShortcutEnabled(bool enabled);
    // Sessions whose tokens are minted as needed (a native sign-in): no end to watch or announce.
    void setSessionRenewed();
    // Signed in again (as `userId`): sends a kept edit again, unless it was made for another
    // user (then it is dropped and the status says so), and reloads.
    void resumeAfterSignIn(const QString &userId);

Q_SIGNALS:
    // Signing in again is wanted (the banner's action, or the session ended under a request).
    void signInRequested();

public Q_SLOTS:
    void save();
    void revert();
    void refresh();
    // Asks for signing in again (signInRequested()); resumeAfterSignIn() follows it.
    void signInAgain();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *buildAccount();
    QWidget *buildTimeZone();
    QLineEdit *addReadOnlyRow(QFormLayout *form, const QString &name);
    void commitTimeZone();
    void clearTimeZone();
    void refreshState();
    void refreshAccount();
    void updateSessionBanner();

    MeApiEditor *m_editor;
    MeApiModel *m_model;
    QDataWidgetMapper *m_mapper;
    SessionWatch *m_session;
    InlineBanner *m_sessionBanner = nullptr;
    QLineEdit *m_userId = nullptr;
    QLineEdit *m_orgId = nullptr;
    QLineEdit *m_staff = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLineEdit *m_sessionEnds = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QShortcut *m_refreshKey = nullptr;
    TimeZonePicker *m_timeZone = nullptr;
    FieldErrorLabel *m_timeZoneMessage = nullptr;
    QLabel *m_savedTimeZone = nullptr;
    QPushButton *m_clearButton = nullptr;
    EditorBinder *m_binder = nullptr;
    QGroupBox *m_accountBox = nullptr;
    QGroupBox *m_preferencesBox = nullptr;
    QLabel *m_timeZoneLabel = nullptr;
    QHash<QLineEdit *, QLabel *> m_rowLabels;
    QString m_signInRequestId;    // the request refused with 401, for the session banner
    bool m_resendPending = false; // a save met 401: MeApiEditor sends it again after signing in
    bool m_renewed = false;       // tokens minted as needed: the session has no end of its own
};

} // namespace valara
