// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "models/accounts/Account.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace valara {

class ApiClient;
class Caller;

// Checks that an address and a secret make a working account before anything is stored: who the
// secret signs in as, read from the service itself.
//
// - Valara (API key): who the key signs in as (CallerLookup); the account takes the caller's id,
//   displayed name and role.
// - Me API (session token): the token is read locally first (SessionTokenInfo) and refused without
//   a request when it is not a usable session token or has expired; then the account is read
//   (MeApiAccountReader: GET /v1/me, an empty PATCH where the service offers no GET, K15); the
//   account takes the payload's user id.
//
// Refused locally, without any request: plain http:// to a host that is not loopback, a session
// token given for a Valara account, anything that is not an unexpired session token for a Me API
// account, an empty secret. Every refusal and failure is explained for people.
//
// Each test() builds its own ApiClient (the base URL and the secret, default timeout and retries)
// and emits finished() exactly once, also for local refusals (on the next turn of the event loop).
// A new test() or cancel() drops the pending test: it is cancelled and never reports.
// The secret is never logged.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);

    void test(Account::Kind kind, const QUrl &baseUrl, const QByteArray &secret);
    // Drops the pending test, if any, without reporting it.
    void cancel();
    bool isBusy() const { return m_busy; }

    // A session JWT rather than an API key: starts with "eyJ" and has two dots.
    static bool looksLikeSessionToken(const QByteArray &secret);
    // Why `token` cannot sign in to the Me API (not a session token, no end time, expired), as a
    // sentence; empty when it may.
    static QString sessionTokenProblem(const QByteArray &token);

Q_SIGNALS:
    // `account` is filled when `ok`; `error` explains why not otherwise.
    void finished(bool ok, const Account &account, const ApiError &error);

private:
    void onValaraAnswer(const QUrl &baseUrl, const ApiResult &result, const Caller &caller);
    void onMeAnswer(const QUrl &baseUrl, const ApiResult &result);
    // Ends the current test on the next turn of the event loop, without a request.
    void refuse(const QString &message);
    void finish(bool ok, const Account &account, const ApiError &error);
    ApiError explainedFailure(Account::Kind kind, const QUrl &baseUrl, const ApiError &error) const;
    void dropClient();

    QNetworkAccessManager *m_network;
    QPointer<ApiClient> m_client;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace valara
