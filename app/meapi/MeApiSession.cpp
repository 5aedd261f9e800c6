// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meapi/MeApiSession.h"

#include "api/ApiClient.h"
#include "app/journal/HistorySetup.h"
#include "app/journal/JournalSession.h"
#include "models/accounts/Account.h"
#include "models/meapi/MeApiEditor.h"
#include "models/meapi/MeApiModel.h"
#include "ui/history/HistoryPage.h"
#include "ui/meapi/MeApiPage.h"
#include "ui/meapi/MeApiWindow.h"

#include <QTimer>

namespace valara {

MeApiSession::MeApiSession(QNetworkAccessManager *network, AppSettings *settings, bool demo)
    : m_settings(settings)
    , m_demo(demo)
    , m_client(std::make_unique<ApiClient>(network))
{}

MeApiSession::~MeApiSession()
{
    m_journal.reset(); // its last drafts, while the editor is there
    m_window.reset();  // the page before the editor it uses
}

void MeApiSession::start(const QUrl &baseUrl, const QByteArray &token)
{
    m_baseUrl = baseUrl;
    m_client->setBaseUrl(baseUrl);
    m_client->setBearerToken(token);
    m_model = std::make_unique<MeApiModel>();
    m_editor = std::make_unique<MeApiEditor>(m_client.get(), m_model.get());
    auto *page = new MeApiPage(m_editor.get());
    page->setObjectName(QStringLiteral("mePage"));
    QObject::connect(page, &MeApiPage::sessionTokenChanged, m_client.get(),
                     &ApiClient::setBearerToken);
    m_window = std::make_unique<MeApiWindow>(m_client.get(), page, m_demo);

    auto *history = new HistoryPage;
    history->setObjectName(QStringLiteral("historyPage"));
    m_window->setHistoryPage(history);
    m_history = std::make_unique<HistorySetup>(history);
    MeApiWindow *window = m_window.get();
    JournalHost host;
    host.window = window;
    host.addBanner = [window](QWidget *banner) { window->addBanner(banner); };
    host.showNotice = [window](const QString &text) { window->showNotice(text); };
    host.openUser = [](const QString &) { return true; }; // the window shows only the Me page
    host.history = m_history.get();
    m_journal = std::make_unique<JournalSession>(m_settings, m_demo, host);
    m_journal->addEditor(m_editor.get());
    QObject::connect(m_editor.get(), &RecordEditor::loaded, window, [this] { openJournal(); });

    m_window->show();
    if (token.isEmpty()) {
        // Nothing to sign in with yet: ask (once the window is up), then read the account.
        QTimer::singleShot(0, page, &MeApiPage::signInAgain);
        return;
    }
    page->setSessionToken(token);
    page->refresh();
}

void MeApiSession::openJournal()
{
    const QString userId = m_model->userId();
    if (userId.isEmpty() || userId == m_journalUser)
        return;
    m_journalUser = userId;
    Account account;
    account.kind = Account::Kind::MeApi;
    account.baseUrl = m_baseUrl;
    account.userId = userId;
    m_journal->open(account);
}

} // namespace valara
