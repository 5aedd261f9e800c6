// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTour.h"

#include "api/identity/IdentityClient.h"
#include "app/AppOptions.h"
#include "app/AppSession.h"
#include "models/bulk/BulkPeople.h"
#include "models/caller/ConnectionTester.h"
#include "models/meapi/signin/MeSignIn.h"
#include "ui/accounts/SignInDialog.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/meapi/MeApiWindow.h"
#include "ui/meapi/MeSignInDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NavigationList.h"

#include <QCheckBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

namespace valara::testing {

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool visitMainWindow(MainWindow *window, const AppTour::Visitor &visitor, QString *error)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return fail(error, QStringLiteral("the main window was not shown"));
    if (!waitFor([window] { return window->callerId() == QLatin1String("usr-maya-thompson"); }))
        return fail(error, QStringLiteral("the demo did not sign in"));
    const QStringList pages{NavigationList::MyPreferences, NavigationList::MyProfile,
                            NavigationList::People, NavigationList::History};
    for (const QString &page : pages) {
        if (!window->showPage(page))
            return fail(error, QStringLiteral("page %1 could not be shown").arg(page));
        waitFor([window] { return !window->isLoading(); });
        visitor(QStringLiteral("main/") + page, window);
    }

    // A person opened from All users: each of their tabs.
    if (!window->showPage(NavigationList::People))
        return fail(error, QStringLiteral("All users could not be shown"));
    if (!waitFor([window] { return window->openUser(QStringLiteral("usr-lucas-oliveira")); }))
        return fail(error, QStringLiteral("a person could not be opened"));
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("userPages"));
    if (!tabs)
        return fail(error, QStringLiteral("no userPages tabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        waitFor([window] { return !window->isLoading(); });
        visitor(QStringLiteral("main/person/%1").arg(i), window);
    }

    // A bulk change for two people, while choosing and once previewed.
    BulkPeople people;
    people.ids = {QStringLiteral("usr-lucas-oliveira"), QStringLiteral("usr-sofia-hernandez")};
    Q_EMIT window->bulkChangeRequested(BulkChange::Kind::Preferences, people);
    BulkChangeDialog *dialog = nullptr;
    if (!waitFor([&] { return (dialog = window->findChild<BulkChangeDialog *>()); }))
        return fail(error, QStringLiteral("the bulk change window did not open"));
    if (!QTest::qWaitForWindowExposed(dialog))
        return fail(error, QStringLiteral("the bulk change window was not shown"));
    visitor(QStringLiteral("bulk/choosing"), dialog);
    // Including the time zone (as it stands) is enough to preview.
    if (auto *include = dialog->findChild<QCheckBox *>(QStringLiteral("timezoneInclude")))
        include->setChecked(true);
    auto *preview = dialog->findChild<QPushButton *>(QStringLiteral("bulkPreviewButton"));
    if (preview && preview->isEnabled()) {
        preview->click();
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("bulkApplyButton"));
        waitFor([apply] { return apply && apply->isVisible(); });
        visitor(QStringLiteral("bulk/previewed"), dialog);
    }
    dialog->close();
    return true;
}

} // namespace

bool AppTour::visit(const Visitor &visitor, QString *error)
{
    {
        AppOptions options;
        if (options.parse({QStringLiteral("valara-desk"), QStringLiteral("--demo")}, {}) !=
            AppOptions::Outcome::Run)
            return fail(error, QStringLiteral("--demo was refused"));
        AppSession session(options);
        if (!session.start(error))
            return false;
        if (!visitMainWindow(session.window(), visitor, error))
            return false;
    }
    {
        QNetworkAccessManager network;
        ConnectionTester tester(&network);
        SignInDialog dialog(&tester);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return fail(error, QStringLiteral("the sign-in dialog was not shown"));
        visitor(QStringLiteral("signIn"), &dialog);
    }
    {
        // The Me API's sign-in, on its publishable key's page first (every page is built).
        QNetworkAccessManager network;
        IdentityClient identity(&network, QUrl());
        MeSignIn signIn(&identity);
        MeSignInDialog dialog(&signIn, QString());
        dialog.askForPublishableKey();
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return fail(error, QStringLiteral("the Me API sign-in dialog was not shown"));
        visitor(QStringLiteral("meSignIn"), &dialog);
    }
    {
        AppOptions options;
        if (options.parse({QStringLiteral("valara-desk"), QStringLiteral("--demo"),
                           QStringLiteral("--me-api")},
                          {}) != AppOptions::Outcome::Run)
            return fail(error, QStringLiteral("--demo --me-api was refused"));
        AppSession session(options);
        if (!session.start(error))
            return false;
        MeApiWindow *window = session.meWindow();
        if (!window)
            return fail(error, QStringLiteral("no Me API window"));
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return fail(error, QStringLiteral("the Me API window was not shown"));
        // Signed in (through the sandbox's identity service) and the account read.
        waitFor([window] {
            auto *requestId = window->findChild<QWidget *>(QStringLiteral("requestIdLabel"));
            return requestId && !requestId->property("text").toString().isEmpty();
        });
        QCoreApplication::processEvents();
        visitor(QStringLiteral("meApi"), window);
    }
    return true;
}

} // namespace valara::testing
