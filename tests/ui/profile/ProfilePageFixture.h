// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A profile page signed in as one user of the contract fixture, against the real sandbox.
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "TestCaller.h"
#include "api/ApiClient.h"
#include "models/profile/ProfileEditor.h"
#include "models/profile/ProfileModel.h"
#include "ui/profile/ProfilePage.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::testing;

class ProfilePageFixture
{
public:
    // `caller` signs in with `apiKey`; `admin` tells the page whether they are an administrator.
    // The sandbox runs with `config` and `fixture` (empty: the contract fixture).
    bool start(const QByteArray &apiKey, const QString &caller, bool admin,
               const SandboxConfig &config = {}, const QByteArray &fixture = {})
    {
        qRegisterMetaType<SandboxExchange>();
        sandbox = std::make_unique<SandboxHarness>(config, fixture);
        if (!sandbox->isReady())
            return false;
        client = makeTestClient(*sandbox, &network, apiKey);
        model = std::make_unique<ProfileModel>();
        model->setCaller(testCaller(caller, admin ? "admin" : "agent"));
        editor = std::make_unique<ProfileEditor>(client.get(), model.get());
        page = std::make_unique<ProfilePage>(editor.get(), nullptr);
        page->resize(760, 900);
        page->show();
        return QTest::qWaitForWindowExposed(page.get());
    }
    // Opens a user's profile and waits for the answer (loaded or refused).
    bool open(const QString &userId)
    {
        QSignalSpy loaded(editor.get(), &ProfileEditor::loaded);
        QSignalSpy failed(editor.get(), &ProfileEditor::failed);
        page->setUser(userId);
        return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 5000);
    }
    void watchExchanges()
    {
        exchanges =
            std::make_unique<QSignalSpy>(&sandbox->server(), &SandboxServer::exchangeCompleted);
    }
    SandboxExchange exchange(int i) const
    {
        return exchanges->at(i).at(0).value<SandboxExchange>();
    }
    static QJsonObject bodyOf(const SandboxExchange &exchange)
    {
        return QJsonDocument::fromJson(exchange.requestBody).object();
    }
    QJsonObject stored(const QString &userId) { return sandbox->storedUser(userId); }
    template <typename T>
    T *find(const QString &name) const
    {
        return page->findChild<T *>(name);
    }
    void stop()
    {
        exchanges.reset();
        page.reset();
        editor.reset();
        model.reset();
        client.reset();
        sandbox.reset();
    }

    QNetworkAccessManager network;
    std::unique_ptr<SandboxHarness> sandbox;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ProfileModel> model;
    std::unique_ptr<ProfileEditor> editor;
    std::unique_ptr<ProfilePage> page;
    std::unique_ptr<QSignalSpy> exchanges;
};
