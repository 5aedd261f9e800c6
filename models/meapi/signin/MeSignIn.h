// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace valara {

class ApiJob;
struct ApiError;
struct ApiResult;
class IdentityClient;
class MeOrganizationsModel;

// The Me API's sign-in, step by step, as its identity service leads it (docs/api-contract.md
// S4-S8): an identifier with a password, or with a code e-mailed to it; a TOTP code where the
// account has a second factor; the organization when the user belongs to several (session tokens
// are scoped to it). Each input is checked before anything is sent; a refusal names its field
// (fieldError) or, when it concerns no field, is the banner's message(). Nothing is kept but
// what the service answered: the password and codes are not stored.
class MeSignIn : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        Identifier,   // e-mail address, and password or "e-mail me a code"
        EmailCode,    // the code sent to codeSentTo()
        SecondFactor, // the authenticator app's code
        Organization, // organizations(): which one the session works in
        SignedIn,     // sessionId(), orgId()
    };
    Q_ENUM(Step)
    enum class Field
    {
        Identifier,
        Password,
        Code,
    };
    static constexpr int CodeLength = 6;

    // `identity` is not owned.
    explicit MeSignIn(IdentityClient *identity, QObject *parent = nullptr);

    Step step() const { return m_step; }
    bool isBusy() const { return !m_job.isNull(); }
    QString identifier() const { return m_identifier; }
    // Where the e-mail code went, as the service shows it (step EmailCode).
    QString codeSentTo() const { return m_codeSentTo; }
    MeOrganizationsModel *organizations() const { return m_organizations; }
    QString sessionId() const { return m_sessionId; }
    QString orgId() const { return m_orgId; }
    QString userId() const { return m_userId; }

    // Translated sentences; empty when there is nothing to say.
    QString fieldError(Field field) const { return m_fieldErrors.value(field); }
    QString message() const { return m_message; }

    // With a client token already held: the client's active session, if it has one, is signed
    // in at once (SignedIn, without asking anything); otherwise the Identifier step.
    void resume();
    void signInWithPassword(const QString &identifier, const QString &password);
    void sendEmailCode(const QString &identifier);
    void resendEmailCode();
    void submitEmailCode(const QString &code);
    void submitTotp(const QString &code);
    void chooseOrganization(const QString &orgId);
    // Back to the Identifier step (the identifier kept), the request in flight dropped.
    void restart();
    void cancel();

    // "123 456" → "123456"; empty unless it is CodeLength digits.
    static QString normalizedCode(const QString &code);

Q_SIGNALS:
    void stepChanged(MeSignIn::Step step);
    void busyChanged(bool busy);
    void errorsChanged();
    // Step SignedIn reached: sessionId() and orgId() are the session's.
    void signedIn();

private:
    using Handler = std::function<void(const ApiResult &)>;
    void run(ApiJob *job, Handler handler);
    void clearErrors();
    void setStep(Step step);
    void showError(const ApiError &error);
    // A sign-in attempt's answer: the next step, or done.
    void onSignInAnswer(const ApiResult &result);
    void complete(const QString &sessionId, const QJsonObject &client, bool askOrganization);
    bool checkCode(const QString &code, QString *normalized);

    IdentityClient *m_identity;
    MeOrganizationsModel *m_organizations;
    QPointer<ApiJob> m_job;
    Step m_step = Step::Identifier;
    QString m_identifier;
    QString m_signInId;
    QString m_emailAddressId;
    QString m_codeSentTo;
    QString m_sessionId;
    QString m_orgId;
    QString m_userId;
    QHash<Field, QString> m_fieldErrors;
    QString m_message;
};

} // namespace valara
