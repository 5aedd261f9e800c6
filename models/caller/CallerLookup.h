// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ServiceRead.h"
#include "models/caller/Caller.h"

namespace valara {

// Who an API key signs in as: GET /api/v1/users/me, read into a Caller. After a successful
// finished(), caller() says who it is; after a failure it is invalid and finished() carries the
// error. The desktop's sign-in, the connection test and valara-cli all ask this way.
class CallerLookup : public ServiceRead
{
    Q_OBJECT

public:
    explicit CallerLookup(ApiClient *client, QObject *parent = nullptr);

    Caller caller() const { return m_caller; }

protected:
    void begin() override;

private:
    Caller m_caller;
};

} // namespace valara
