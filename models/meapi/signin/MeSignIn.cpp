// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meapi/signin/MeSignIn.h"

#include "api/ApiJob.h"
#include "api/identity/IdentityClient.h"
#include "models/ModelsLogging.h"
#include "models/meapi/signin/MeOrganizationsModel.h"
#include "models/meapi/signin/MeSignInErrors.h"

#include <QJsonArray>

namespace valara {

namespace {

QJsonObject objectAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

QString textAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

MeSignIn::MeSignIn(IdentityClient *identity, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_organizations(new MeOrganizationsModel(this))
{}

QString MeSignIn::normalizedCode(const QString &code)
{
    QString digits = code;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (digits.size() != CodeLength)
        return {};
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
    }
    return digits;
}

// One request at a time: a new one replaces the one in flight. busyChanged(false) comes once the
// answer has been acted on (the step it leads to is set), and not when that started another.
void MeSignIn::run(ApiJob *job, Handler handler)
{
    const bool wasBusy = isBusy();
    ApiJob *replaced = m_job;
    m_job = job;
    if (replaced)
        replaced->abort(); // its answer is ignored below: it is no longer m_job
    connect(job, &ApiJob::finished, this, [this, job, handler](const ApiResult &result) {
        if (m_job != job)
            return; // replaced or cancelled
        m_job = nullptr;
        if (result.error.clientStop != ApiError::ClientStop::Cancelled)
            handler(result);
        if (!isBusy())
            Q_EMIT busyChanged(false);
    });
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void MeSignIn::cancel()
{
    if (!m_job)
        return;
    ApiJob *job = m_job;
    m_job = nullptr;
    job->abort();
    Q_EMIT busyChanged(false);
}

void MeSignIn::clearErrors()
{
    if (m_fieldErrors.isEmpty() && m_message.isEmpty())
        return;
    m_fieldErrors.clear();
    m_message.clear();
    Q_EMIT errorsChanged();
}

void MeSignIn::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
    if (step == Step::SignedIn)
        Q_EMIT signedIn();
}

void MeSignIn::showError(const ApiError &error)
{
    qCInfo(lcModels) << "Me API sign-in refused:" << ApiError::kindName(error.kind)
                     << error.serverCode;
    const MeSignInErrors::Explained explained = MeSignInErrors::explain(error);
    m_fieldErrors.clear();
    m_message.clear();
    if (explained.field)
        m_fieldErrors.insert(*explained.field, explained.text);
    else
        m_message = explained.text;
    Q_EMIT errorsChanged();
}

void MeSignIn::restart()
{
    cancel();
    clearErrors();
    m_signInId.clear();
    m_codeSentTo.clear();
    setStep(Step::Identifier);
}

void MeSignIn::resume()
{
    clearErrors();
    if (!m_identity->hasClientToken()) {
        setStep(Step::Identifier);
        return;
    }
    run(m_identity->readClient(), [this](const ApiResult &result) {
        const QJsonObject client = objectAt(result.value.toObject(), "response");
        const QString sessionId = textAt(client, "last_active_session_id");
        bool active = false;
        for (const QJsonValue &session : client.value(QLatin1String("sessions")).toArray()) {
            active = active || (textAt(session.toObject(), "id") == sessionId &&
                                textAt(session.toObject(), "status") == QLatin1String("active"));
        }
        if (!result.ok() || !active) {
            if (!result.ok() && result.error.kind != ApiError::Kind::Unauthorized)
                showError(result.error);
            setStep(Step::Identifier);
            return;
        }
        complete(sessionId, client, false);
    });
}

void MeSignIn::signInWithPassword(const QString &identifier, const QString &password)
{
    clearErrors();
    m_identifier = identifier.trimmed();
    if (m_identifier.isEmpty())
        m_fieldErrors.insert(Field::Identifier, tr("Enter the e-mail address you sign in with."));
    if (password.isEmpty())
        m_fieldErrors.insert(Field::Password, tr("Enter your password."));
    if (!m_fieldErrors.isEmpty()) {
        Q_EMIT errorsChanged();
        return;
    }
    run(m_identity->signInWithPassword(m_identifier, password),
        [this](const ApiResult &result) { onSignInAnswer(result); });
}

void MeSignIn::sendEmailCode(const QString &identifier)
{
    clearErrors();
    m_identifier = identifier.trimmed();
    if (m_identifier.isEmpty()) {
        m_fieldErrors.insert(Field::Identifier,
                             tr("Enter the e-mail address to send the code to."));
        Q_EMIT errorsChanged();
        return;
    }
    run(m_identity->startSignIn(m_identifier), [this](const ApiResult &result) {
        if (!result.ok()) {
            showError(result.error);
            return;
        }
        const QJsonObject signIn = objectAt(result.value.toObject(), "response");
        m_signInId = textAt(signIn, "id");
        m_emailAddressId.clear();
        for (const QJsonValue &factor :
             signIn.value(QLatin1String("supported_first_factors")).toArray()) {
            if (textAt(factor.toObject(), "strategy") == QLatin1String("email_code")) {
                m_emailAddressId = textAt(factor.toObject(), "email_address_id");
                m_codeSentTo = textAt(factor.toObject(), "safe_identifier");
            }
        }
        if (m_signInId.isEmpty() || m_emailAddressId.isEmpty()) {
            m_fieldErrors.insert(Field::Identifier,
                                 tr("This account cannot sign in with an e-mail code."));
            Q_EMIT errorsChanged();
            return;
        }
        resendEmailCode();
    });
}

void MeSignIn::resendEmailCode()
{
    clearErrors();
    if (m_signInId.isEmpty())
        return;
    run(m_identity->sendEmailCode(m_signInId, m_emailAddressId), [this](const ApiResult &result) {
        if (!result.ok()) {
            showError(result.error);
            return;
        }
        setStep(Step::EmailCode);
    });
}

bool MeSignIn::checkCode(const QString &code, QString *normalized)
{
    clearErrors();
    *normalized = normalizedCode(code);
    if (!normalized->isEmpty())
        return true;
    m_fieldErrors.insert(Field::Code, tr("Enter the %n-digit code.", nullptr, CodeLength));
    Q_EMIT errorsChanged();
    return false;
}

void MeSignIn::submitEmailCode(const QString &code)
{
    QString digits;
    if (m_step != Step::EmailCode || !checkCode(code, &digits))
        return;
    run(m_identity->attemptEmailCode(m_signInId, digits),
        [this](const ApiResult &result) { onSignInAnswer(result); });
}

void MeSignIn::submitTotp(const QString &code)
{
    QString digits;
    if (m_step != Step::SecondFactor || !checkCode(code, &digits))
        return;
    run(m_identity->attemptTotp(m_signInId, digits),
        [this](const ApiResult &result) { onSignInAnswer(result); });
}

void MeSignIn::onSignInAnswer(const ApiResult &result)
{
    if (!result.ok()) {
        showError(result.error);
        return;
    }
    const QJsonObject answer = result.value.toObject();
    const QJsonObject signIn = objectAt(answer, "response");
    const QString status = textAt(signIn, "status");
    m_signInId = textAt(signIn, "id");
    if (status == QLatin1String("complete")) {
        complete(textAt(signIn, "created_session_id"), objectAt(answer, "client"), true);
    } else if (status == QLatin1String("needs_second_factor")) {
        setStep(Step::SecondFactor);
    } else {
        qCWarning(lcModels) << "Me API sign-in: unexpected status" << status;
        m_message =
            tr("The sign-in service asked for a step Valara Desk does not know (%1).").arg(status);
        Q_EMIT errorsChanged();
    }
}

// The session and its user from the client; the organization asked for when there is a choice.
void MeSignIn::complete(const QString &sessionId, const QJsonObject &client, bool askOrganization)
{
    QJsonObject session;
    for (const QJsonValue &value : client.value(QLatin1String("sessions")).toArray()) {
        if (textAt(value.toObject(), "id") == sessionId)
            session = value.toObject();
    }
    if (sessionId.isEmpty() || session.isEmpty() ||
        textAt(session, "status") != QLatin1String("active")) {
        m_message = tr("The sign-in service did not start a session. Try again.");
        Q_EMIT errorsChanged();
        setStep(Step::Identifier);
        return;
    }
    m_sessionId = sessionId;
    const QJsonObject user = objectAt(session, "user");
    m_userId = textAt(user, "id");
    QList<MeOrganizationsModel::Organization> organizations;
    for (const QJsonValue &membership :
         user.value(QLatin1String("organization_memberships")).toArray()) {
        const QJsonObject organization = objectAt(membership.toObject(), "organization");
        if (!textAt(organization, "id").isEmpty())
            organizations.append({textAt(organization, "id"), textAt(organization, "name")});
    }
    m_organizations->setOrganizations(organizations);
    m_orgId = textAt(session, "last_active_organization_id");
    if (m_orgId.isEmpty() && organizations.size() == 1)
        m_orgId = organizations.constFirst().id;
    if (askOrganization && organizations.size() > 1) {
        setStep(Step::Organization);
        return;
    }
    setStep(Step::SignedIn);
}

void MeSignIn::chooseOrganization(const QString &orgId)
{
    clearErrors();
    if (m_step != Step::Organization)
        return;
    if (m_organizations->rowOf(orgId) < 0) {
        m_message = tr("Choose one of your organizations.");
        Q_EMIT errorsChanged();
        return;
    }
    run(m_identity->chooseOrganization(m_sessionId, orgId), [this, orgId](const ApiResult &result) {
        if (!result.ok()) {
            showError(result.error);
            return;
        }
        m_orgId = orgId;
        setStep(Step::SignedIn);
    });
}

} // namespace valara
