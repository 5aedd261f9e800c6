// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/caller/CallerLookup.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "api/json/ApiResponseDecoder.h"
#include "models/ModelsLogging.h"

namespace valara {

CallerLookup::CallerLookup(ApiClient *client, QObject *parent)
    : ServiceRead(client, parent)
{}

void CallerLookup::begin()
{
    m_caller = Caller();
    send([this] { return client()->get(Endpoints::caller(), {}, ResponseShape::user()); },
         [this](const ApiResult &answer) {
             ApiResult result = answer;
             if (result.ok()) {
                 if (const std::optional<Caller> caller = Caller::fromUser(answer.value.toObject()))
                     m_caller = *caller;
                 else { // the answer's shape (a user) rules this out; never trust it blindly
                     result.error.kind = ApiError::Kind::Protocol;
                     result.error.httpStatus = answer.httpStatus;
                     result.error.requestId = answer.requestId;
                     result.error.message =
                         ApiResponseDecoder::notUnderstood(QStringLiteral("no user id"));
                 }
             }
             if (m_caller.isValid())
                 qCDebug(lcModels).noquote()
                     << "the caller is" << m_caller.id() << m_caller.roleKey();
             finish(result);
         });
}

} // namespace valara
