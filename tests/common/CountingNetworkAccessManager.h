#pragma once

#include <QNetworkAccessManager>

namespace valara::testing {

// Counts every request that reaches the network layer (createRequest is where each one starts),
// so a test can show that something was refused before any connection.
class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace valara::testing
