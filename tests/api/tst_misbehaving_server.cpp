// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The test server itself: each fault is checked from a raw socket, byte for byte where it
// matters, so that the client fault suites test what they claim to.
#include "FaultAnswer.h"
#include "MisbehavingServer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <cerrno>
#include <zlib.h>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace valara;
using namespace valara::testing;

namespace {

using Fault = MisbehavingServer::Fault;

// A loopback client that sends raw bytes and collects what comes back.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                         [this] { m_received += m_socket.readAll(); });
    }
    bool waitConnected() { return m_socket.waitForConnected(5000); }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    void get(const QByteArray &target)
    {
        send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n");
    }
    QByteArray &received() { return m_received; }
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    QByteArray head() const { return m_received.left(m_received.indexOf("\r\n\r\n") + 4); }
    QByteArray body() const { return m_received.mid(m_received.indexOf("\r\n\r\n") + 4); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

QByteArray headerOf(const QByteArray &head, const QByteArray &name)
{
    const QRegularExpression pattern(QStringLiteral("\r\n%1: ([^\r]*)\r\n").arg(name.constData()),
                                     QRegularExpression::CaseInsensitiveOption);
    return pattern.match(QString::fromLatin1(head)).captured(1).toLatin1();
}

// Inflates a gzip member without keeping its output: the inflated size, or -1 when invalid.
qint64 inflatedSize(const QByteArray &gzip)
{
    z_stream stream{};
    inflateInit2(&stream, 16 + MAX_WBITS);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzip.constData()));
    stream.avail_in = uInt(gzip.size());
    QByteArray out(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        status = inflate(&stream, Z_NO_FLUSH);
        total += out.size() - qint64(stream.avail_out);
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END ? total : -1;
}

} // namespace

class TestMisbehavingServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<MisbehavingServer>();
        QVERIFY2(m_server->isListening(), qPrintable(m_server->errorString()));
    }
    void cleanup() { m_server.reset(); }

    void theScriptComesFirstThenTheDefaultOnTheSameConnection()
    {
        m_server->setScript({MisbehavingServer::json(200, "{\"ok\":true}")});
        auto client = ask(Fault::NotJson200, {});
        QVERIFY(client);
        client->send("PATCH /api/v1/users/u/preferences HTTP/1.1\r\nHost: x\r\n"
                     "X-Idempotency-Key: abc\r\nContent-Length: 2\r\n\r\n{}");
        QTRY_VERIFY(client->received().endsWith("{\"ok\":true}"));
        QVERIFY(client->received().startsWith("HTTP/1.1 200 OK\r\n"));
        client->received().clear();
        client->get("/second");
        QTRY_VERIFY(client->received().endsWith("hello"));
        QCOMPARE(m_server->requestCount(), 2);
        const auto first = m_server->requests().at(0);
        QCOMPARE(first.method, QByteArray("PATCH"));
        QCOMPARE(first.target, QByteArray("/api/v1/users/u/preferences"));
        QCOMPARE(first.header("x-idempotency-key"), QByteArray("abc"));
        QCOMPARE(first.body, QByteArray("{}"));
        QCOMPARE(m_server->lastRequest().target, QByteArray("/second"));
    }

    void resetSendsAnRst()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs the POSIX socket API to tell an RST from a FIN");
#else
        m_server->setDefault(Fault::Reset);
        // A plain socket: Qt reports an RST and a FIN alike, recv() tells them apart.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_server->port());
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        const QByteArray request = "GET /x HTTP/1.1\r\nHost: x\r\n\r\n";
        QCOMPARE(::send(fd, request.constData(), size_t(request.size()), 0),
                 ssize_t(request.size()));
        QSignalSpy received(m_server.get(), &MisbehavingServer::requestReceived);
        QVERIFY(received.wait(5000));
        // The first outcome of recv() that is not "nothing yet": an RST is reported only once.
        ssize_t got = -1;
        int error = EAGAIN;
        auto ended = [&] {
            if (got < 0 && error == EAGAIN) {
                char byte = 0;
                got = ::recv(fd, &byte, 1, MSG_DONTWAIT);
                error = got < 0 ? errno : 0;
            }
            return !(got < 0 && error == EAGAIN);
        };
        QTRY_VERIFY(ended());
        ::close(fd);
        QCOMPARE(got, ssize_t(-1));
        QCOMPARE(error, ECONNRESET);
#endif
    }

    void noAnswerStaysSilentUntilTheHardStop()
    {
        m_server->setHardStopMs(300);
        auto client = ask(Fault::NoAnswer);
        QVERIFY(client);
        QTRY_VERIFY(client->isClosed());
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(client->received().isEmpty());
    }

    void trickleSendsAValidHeadThenABytePerInterval()
    {
        auto client = ask(Fault::Trickle);
        QVERIFY(client);
        QTRY_VERIFY(client->received().contains("\r\n\r\n"));
        QCOMPARE(headerOf(client->head(), "Content-Length"), QByteArray("100000"));
        QElapsedTimer timer;
        QTRY_COMPARE(client->body().size(), 1);
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(client->body().size(), 2, 5000);
        QVERIFY2(timer.elapsed() >= 350, QByteArray::number(timer.elapsed()));
    }

    void truncatedBodyClosesShort()
    {
        auto client = ask(Fault::TruncatedBody);
        QVERIFY(client);
        QTRY_VERIFY(client->isClosed());
        QCOMPARE(headerOf(client->head(), "Content-Length"), QByteArray("1000"));
        QCOMPARE(client->body().size(), 10);
    }

    void oversizedBodyAnnounces300MiBAndStreams()
    {
        auto client = ask(Fault::OversizedBody);
        QVERIFY(client);
        QTRY_VERIFY(client->received().size() > (8 << 20));
        QVERIFY(headerOf(client->head(), "Content-Length").toLongLong() > (300ll << 20));
        QVERIFY(client->body().startsWith("[0,0,0,"));
    }

    void oversizedBodyWithoutLengthIsChunked()
    {
        auto client = ask(Fault::OversizedBodyNoLength);
        QVERIFY(client);
        QTRY_VERIFY(client->received().size() > (8 << 20));
        QCOMPARE(headerOf(client->head(), "Transfer-Encoding"), QByteArray("chunked"));
        QVERIFY(client->body().startsWith("1\r\n[\r\n10000\r\n0,0,"));
    }

    void theCompressionBombInflatesToOneGiB()
    {
        auto client = ask(Fault::CompressionBomb);
        QVERIFY(client);
        QTRY_VERIFY(client->received().contains("\r\n\r\n"));
        const qint64 length = headerOf(client->head(), "Content-Length").toLongLong();
        QVERIFY2(length > 0 && length < (4 << 20), QByteArray::number(length));
        QTRY_COMPARE(client->body().size(), length);
        QCOMPARE(headerOf(client->head(), "Content-Encoding"), QByteArray("gzip"));
        QCOMPARE(inflatedSize(client->body()), FaultAnswer::BombInflatedSize);
    }

    void oversizedHeadersAreOneHundredThousandLines()
    {
        auto client = ask(Fault::OversizedHeaders);
        QVERIFY(client);
        QTRY_VERIFY(client->isClosed());
        QVERIFY(client->head().count("\r\nX-Filler: ") >= 100000);
    }

    void malformedChunkedHasAChunkSizeThatIsNotHex()
    {
        auto client = ask(Fault::MalformedChunked);
        QVERIFY(client);
        QTRY_VERIFY(client->isClosed());
        QCOMPARE(headerOf(client->head(), "Transfer-Encoding"), QByteArray("chunked"));
        QVERIFY(client->body().startsWith("zz\r\n"));
    }

    void deeplyNestedIsOneHundredThousandDeep()
    {
        auto client = ask(Fault::DeeplyNested);
        QVERIFY(client);
        QTRY_COMPARE(client->body().size(), 2 * FaultAnswer::NestingDepth);
        QVERIFY(client->body().startsWith(QByteArray(FaultAnswer::NestingDepth, '[')));
    }

    void retryAfterFarInTheFuture()
    {
        auto client = ask(Fault::RetryAfterFarFuture);
        QVERIFY(client);
        QTRY_VERIFY(client->received().endsWith("}"));
        QVERIFY(client->received().startsWith("HTTP/1.1 503 "));
        QCOMPARE(headerOf(client->head(), "Retry-After"), QByteArray("86400"));
        QCOMPARE(client->body(), QByteArray("{\"detail\":\"Down for maintenance\"}"));
    }

    void redirectLoopsGoBetweenTwoTargets()
    {
        auto client = ask(Fault::RedirectLoopAB, "/a");
        QVERIFY(client);
        const QByteArray origin = m_server->baseUrl().toString().toLatin1();
        QTRY_VERIFY(client->received().contains("\r\n\r\n"));
        QVERIFY(client->received().startsWith("HTTP/1.1 307 "));
        QCOMPARE(headerOf(client->head(), "Location"), origin + "/a?hop=b");
        client->received().clear();
        client->get("/a?hop=b");
        QTRY_VERIFY(client->received().contains("\r\n\r\n"));
        QCOMPARE(headerOf(client->head(), "Location"), origin + "/a");
    }

private:
    // A client connected to the server, which plays `fault` by default; `target` (unless empty)
    // is requested right away.
    std::unique_ptr<RawClient> ask(Fault fault, const QByteArray &target = "/x")
    {
        m_server->setDefault(fault);
        auto client = std::make_unique<RawClient>(m_server->port());
        if (!client->waitConnected())
            return nullptr;
        if (!target.isEmpty())
            client->get(target);
        return client;
    }

    std::unique_ptr<MisbehavingServer> m_server;
};

QTEST_GUILESS_MAIN(TestMisbehavingServer)
#include "tst_misbehaving_server.moc"
