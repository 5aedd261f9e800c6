// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/caller/Caller.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QLabel;
class QStatusBar;

namespace valara {

class ApiClient;
struct ApiResult;

// The main window's status bar: a line about the connection ("Connected to valara.cloud as …",
// "Offline: … is not answering"), from the answers of the client's requests, and the last
// request's id. Both are kept as state and worded again when the language changes. Its texts keep
// the context valara::MainWindow, where they were written first and where their translations are.
class ConnectionStatus : public QObject
{
    Q_OBJECT

public:
    // A text computed again when the interface language changes.
    using TextSource = std::function<QString()>;

    // Adds its labels to `bar`. `client` (not owned) may be null: "Not connected".
    ConnectionStatus(ApiClient *client, QStatusBar *bar);

    // The signed-in user, named in the line from the next answer on.
    void setCaller(const Caller &caller) { m_caller = caller; }
    // A line of the app's, at once in place of any passing message; the next answer replaces it.
    void setText(const TextSource &text);
    // A passing message ("Loading users…") in place of the line for `milliseconds`; the line
    // comes back after it. In the same label, not QStatusBar's temporary message, which hides
    // the line only while it is shown and lets a later re-show put both on top of each other.
    void showMessage(const TextSource &text, int milliseconds);
    // Words everything again in the current language (the window calls it on a change).
    void retranslateUi();

private:
    enum class State
    {
        None,
        Connecting,
        Offline,
        SignedOut,
        Connected,
        Given, // set by setText()
    };

    void onRequestFinished(const ApiResult &result);
    void update();

    ApiClient *m_client;
    Caller m_caller;
    QLabel *m_connection;
    QLabel *m_requestId;
    State m_state;
    TextSource m_given;
    QString m_lastRequestId;
    TextSource m_message;
    QTimer m_messageTimer;
};

} // namespace valara
