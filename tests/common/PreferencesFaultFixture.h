// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultClient.h"
#include "MisbehavingServer.h"
#include "models/preferences/PreferenceSchema.h"
#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <memory>

namespace valara::testing {

// A PreferencesEditor on a MisbehavingServer that answers the first request (the load) with the
// default preferences, and every later one (the save) with `fault`.
struct PreferencesFaultFixture
{
    explicit PreferencesFaultFixture(MisbehavingServer::Fault fault)
        : client(makeFaultClient(server, &network))
        , editor(client.get(), &model)
    {
        server.setScript({MisbehavingServer::json(
            200, QJsonDocument(PreferenceSchema::defaults()).toJson(QJsonDocument::Compact))});
        server.setDefault(fault);
        server.setHardStopMs(3 * FaultReportBoundMs);
    }

    MisbehavingServer server;
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
    PreferencesModel model;
    PreferencesEditor editor;
};

} // namespace valara::testing
