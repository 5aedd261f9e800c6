// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ServiceRead.h"

namespace valara {

// Reads the Me API account (docs/api-contract.md K15): GET /v1/me; where the service answers 404
// or 405 to it, an empty PATCH /v1/me instead, a no-op answering the current state (M8).
// finished() carries the Me payload (user_id, org_id, is_staff, scopes, preferences) or the
// failure, as the service gave it: explaining it is the caller's business (MeApiPreferences).
class MeApiAccountReader : public ServiceRead
{
    Q_OBJECT

public:
    explicit MeApiAccountReader(ApiClient *client, QObject *parent = nullptr);

protected:
    void begin() override;

private:
    void onGetAnswer(const ApiResult &result);
};

} // namespace valara
