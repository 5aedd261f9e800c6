// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Me page signed in as Gina (g1 of the contract fixture), against the real sandbox.
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "api/ApiClient.h"
#include "models/meapi/MeApiEditor.h"
#include "models/meapi/MeApiModel.h"
#include "ui/meapi/MeApiPage.h"

#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::testing;

class MeApiPageFixture
{
public:
    // The client signs in with `bearer`, or with a fresh session token of g1 when it is empty;
    // the page is told about the session token (never about an API key).
    bool start(const QByteArray &bearer = {})
    {
        qRegisterMetaType<SandboxExchange>();
        sandbox = std::make_unique<SandboxHarness>();
        if (!sandbox->isReady())
            return false;
        token = sandbox->sessionToken(QStringLiteral("g1"));
        client = makeTestClient(*sandbox, &network, bearer.isEmpty() ? token : bearer);
        model = std::make_unique<MeApiModel>();
        editor = std::make_unique<MeApiEditor>(client.get(), model.get());
        page = std::make_unique<MeApiPage>(editor.get());
        if (bearer.isEmpty())
            page->setSessionToken(token);
        page->resize(760, 980);
        page->show();
        return QTest::qWaitForWindowExposed(page.get());
    }
    // Reads the account (Refresh) and waits for the answer, loaded or refused.
    bool load()
    {
        QSignalSpy loaded(editor.get(), &MeApiEditor::loaded);
        QSignalSpy failed(editor.get(), &MeApiEditor::failed);
        page->refresh();
        return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 5000);
    }
    void watchExchanges()
    {
        exchanges =
            std::make_unique<QSignalSpy>(&sandbox->server(), &SandboxServer::exchangeCompleted);
    }
    // The exchanges with the Me API seen since watchExchanges(), of one method.
    QList<SandboxExchange> sent(const QByteArray &method) const
    {
        QList<SandboxExchange> result;
        for (const QList<QVariant> &arguments : *exchanges) {
            const auto exchange = arguments.at(0).value<SandboxExchange>();
            if (exchange.method == method)
                result.append(exchange);
        }
        return result;
    }
    static QJsonObject bodyOf(const SandboxExchange &exchange)
    {
        return QJsonDocument::fromJson(exchange.requestBody).object();
    }
    static QJsonObject meBody(const QJsonValue &timezone)
    {
        return QJsonObject{{"preferences", QJsonObject{{"timezone", timezone}}}};
    }
    // As a person would: type in the timezone search, go down into the list, press Enter.
    void pickTimeZone(const char *query) const
    {
        auto *search = find<QLineEdit>("timeZoneSearch");
        search->setFocus();
        search->clear();
        QTest::keyClicks(search, query);
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(find<QListView>("timeZoneList"), Qt::Key_Return);
    }
    // Saves with the Save button and waits for the answer, saved or refused.
    bool clickSave() const
    {
        QSignalSpy saved(editor.get(), &MeApiEditor::saved);
        QSignalSpy failed(editor.get(), &MeApiEditor::failed);
        QTest::mouseClick(find<QWidget>("meSaveButton"), Qt::LeftButton);
        return QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 5000);
    }
    bool busy() const { return editor->isBusy(MeApiModel::RowId); }
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
    QByteArray token;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<MeApiModel> model;
    std::unique_ptr<MeApiEditor> editor;
    std::unique_ptr<MeApiPage> page;
    std::unique_ptr<QSignalSpy> exchanges;
};
