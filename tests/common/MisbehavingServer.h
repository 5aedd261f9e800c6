// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class QTcpServer;

namespace valara::testing {

// An HTTP/1.1 server on 127.0.0.1 (a free port) that answers badly on purpose, for tests of how
// the clients cope. Every request is read in full (head and Content-Length body) and then gets
// one scripted Play: request N the N-th of script(), later ones the default. Complete answers
// keep the connection open for the next request (keep-alive); the others end it as their fault
// says. Everything it sends is generated on the fly: no fault allocates the size it announces.
class MisbehavingServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        NoAnswer,              // reads the request, never answers, keeps the socket open
        Reset,                 // closes with a TCP RST (linger 0)
        Trickle,               // a valid 200 head, then one body byte every 500 ms
        TruncatedBody,         // Content-Length: 1000, 10 bytes, then closes
        OversizedBody,         // 200, Content-Length: 300 MiB, streamed
        OversizedBodyNoLength, // 200, chunked, 300 MiB
        CompressionBomb,       // 200, Content-Encoding: gzip, about 1 MiB inflating to 1 GiB
        NotJson200,            // 200 "hello"
        Empty200,              // 200, Content-Length: 0, application/json
        WrongShape200,         // 200 [1,2,3]
        WrongShapeObject200,   // 200 {"unexpected":true}
        Html500,               // 500 with an HTML page
        Html200,               // 200 with an HTML page
        OversizedHeaders,      // a 200 head with 100,000 header lines
        OversizedHeaderLine,   // a 200 head with one 10 MiB header line
        MalformedChunked,      // chunked, with a chunk size line that is not hexadecimal
        DeeplyNested,          // 200 [[[[...]]]] 100,000 deep
        DeeplyNestedObject,    // 200 {"a":{"a":...}} 100,000 deep
        RetryAfterFarFuture,   // 503, Retry-After: 86400, {"detail":"Down for maintenance"}
        RateLimitFarFuture,    // the same with 429
        RedirectLoop,          // 307 to the same target
        RedirectLoopAB,        // 307 A -> B -> A ...
        AnswerWith,            // Play::status, headers and body, as given
    };
    Q_ENUM(Fault)

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // What one request gets.
    struct Play
    {
        Play(Fault fault = Fault::NoAnswer)
            : fault(fault)
        {}
        Fault fault;
        // Only for Fault::AnswerWith; Content-Length is added unless given.
        int status = 200;
        Headers headers;
        QByteArray body;
    };
    static Play answerWith(int status, const Headers &headers, const QByteArray &body);
    // AnswerWith with Content-Type: application/json.
    static Play json(int status, const QByteArray &body);

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        Headers headers;
        QByteArray body;
        // The first header of that name (case-insensitive), or empty.
        QByteArray header(const QByteArray &name) const;
    };

    explicit MisbehavingServer(QObject *parent = nullptr);
    ~MisbehavingServer() override;

    bool isListening() const;
    QString errorString() const;
    quint16 port() const;
    // http://127.0.0.1:PORT
    QUrl baseUrl() const;

    // The Play of every request not covered by the script.
    void setDefault(const Play &play) { m_default = play; }
    // Request N (from 0, counted over all connections) gets plays[N].
    void setScript(const QList<Play> &plays) { m_script = plays; }
    // Connections still open after this long are aborted (bounds Trickle and NoAnswer).
    void setHardStopMs(int ms) { m_hardStopMs = ms; }
    int hardStopMs() const { return m_hardStopMs; }

    int requestCount() const { return int(m_requests.size()); }
    QList<Request> requests() const { return m_requests; }
    Request lastRequest() const { return m_requests.isEmpty() ? Request() : m_requests.last(); }

    static QString faultName(Fault fault);
    // Every fault but AnswerWith, those with large answers last: a client that does buffer them
    // may fail a memory bound for the rest of a suite (a running peak, or an address space cap).
    static QList<Fault> allFaults();

    // For the connections: records a complete request and returns what it gets.
    Play playFor(const Request &request);

Q_SIGNALS:
    void requestReceived(int count);

private:
    void onNewConnection();

    QTcpServer *m_server;
    Play m_default;
    QList<Play> m_script;
    QList<Request> m_requests;
    int m_hardStopMs = 60000;
};

} // namespace valara::testing
