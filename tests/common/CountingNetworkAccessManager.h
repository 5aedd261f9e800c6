// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

namespace valara::testing {

// Counts every request that reaches the network layer (createRequest is where each one starts),
// so a test can show that something was refused before any connection, and keeps their
// addresses (a test reads the query parameters sent).
class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    int requests = 0;
    QList<QUrl> urls;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++requests;
        urls.append(request.url());
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace valara::testing
