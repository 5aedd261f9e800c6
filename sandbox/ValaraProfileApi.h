#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxUser.h"

#include <QDateTime>

#include <functional>

class SandboxStore;

// PATCH and PUT /api/v1/users/{id} (seed 001; docs/api-contract.md U1-U10, A1-A5).
class ValaraProfileApi
{
public:
    using Clock = std::function<QDateTime()>;

    ValaraProfileApi(SandboxStore &store, Clock clock);

    SandboxResponse patch(const QString &id, const SandboxRequest &request,
                          const SandboxUser &caller, bool *applied);
    SandboxResponse put(const QString &id, const SandboxRequest &request, const SandboxUser &caller,
                        bool *applied);

private:
    SandboxResponse save(SandboxUser &user, bool *applied);

    SandboxStore &m_store;
    Clock m_clock;
};
