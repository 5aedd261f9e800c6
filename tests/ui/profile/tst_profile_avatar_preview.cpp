// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountingNetworkAccessManager.h"
#include "api/ApiClient.h"
#include "ui/profile/AvatarPreview.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <memory>

using namespace valara;
using namespace valara::testing;

namespace {

// A tiny HTTP/1.1 server on 127.0.0.1: one answer per path, optionally delayed, or a body of
// streamBytes sent in paced chunks (so that the test sees when the client hangs up).
class LoopbackHttpServer : public QObject
{
public:
    enum class Mode
    {
        Fixed,         // Content-Length and the whole body at once
        StreamLength,  // Content-Length: streamBytes, then paced chunks
        StreamChunked, // Transfer-Encoding: chunked, paced chunks
    };
    struct Route
    {
        int status = 200;
        QByteArray body;
        int delayMs = 0;
        Mode mode = Mode::Fixed;
        qint64 streamBytes = 0;
    };
    struct Stats
    {
        int requests = 0;
        bool answered = false;    // the answer was due (sent if the client was still there)
        qint64 bodyBytesSent = 0; // body bytes handed to the socket
        bool completed = false;   // the whole body was sent
        bool closedEarly = false; // the client hung up before that
    };

    LoopbackHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                auto request = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, request] {
                    const bool complete = request->contains("\r\n\r\n");
                    *request += socket->readAll();
                    if (!complete && request->contains("\r\n\r\n"))
                        onRequest(socket, request->split(' ').value(1));
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    void route(const QByteArray &path, const Route &route) { m_routes.insert(path, route); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    Stats stats(const QByteArray &path) const { return m_stats.value(path); }

private:
    void onRequest(QTcpSocket *socket, const QByteArray &path)
    {
        ++m_stats[path].requests;
        connect(socket, &QTcpSocket::disconnected, this,
                [this, path] { m_stats[path].closedEarly = !m_stats[path].completed; });
        const Route route = m_routes.value(path, Route{404, "no such path"});
        QTimer::singleShot(route.delayMs, this, [this, socket = QPointer(socket), path, route] {
            m_stats[path].answered = true;
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                answer(socket, path, route);
        });
    }
    void answer(QTcpSocket *socket, const QByteArray &path, const Route &route)
    {
        const bool chunked = route.mode == Mode::StreamChunked;
        const qint64 length = route.mode == Mode::Fixed ? route.body.size() : route.streamBytes;
        socket->write("HTTP/1.1 " + QByteArray::number(route.status) + " Whatever\r\n" +
                      "Connection: close\r\n" +
                      (chunked ? QByteArray("Transfer-Encoding: chunked")
                               : "Content-Length: " + QByteArray::number(length)) +
                      "\r\n\r\n");
        if (route.mode == Mode::Fixed) {
            socket->write(route.body);
            m_stats[path].bodyBytesSent = length;
            m_stats[path].completed = true;
            socket->disconnectFromHost();
            return;
        }
        // The next chunk only once the previous one has left Qt's buffer.
        auto *pace = new QTimer(socket);
        connect(pace, &QTimer::timeout, socket, [this, socket, path, length, chunked] {
            Stats &stats = m_stats[path];
            if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > 0)
                return;
            const QByteArray data(qMin<qint64>(128 * 1024, length - stats.bodyBytesSent), 'x');
            socket->write(chunked ? QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n"
                                  : data);
            stats.bodyBytesSent += data.size();
            if (stats.bodyBytesSent < length)
                return;
            socket->write(chunked ? "0\r\n\r\n" : "");
            stats.completed = true;
            socket->disconnectFromHost();
        });
        pace->start(2);
    }

    QTcpServer m_server;
    QHash<QByteArray, Route> m_routes;
    QHash<QByteArray, Stats> m_stats;
};

QByteArray png(const QColor &color, const QSize &size = {64, 64})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) < 8 && qAbs(a.green() - b.green()) < 8 &&
           qAbs(a.blue() - b.blue()) < 8;
}

const QColor Red(200, 30, 40);
const QColor Green(20, 160, 60);
constexpr int LoadTimeoutMs = 15000;

} // namespace

class TestAvatarPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<LoopbackHttpServer>();
        m_network = std::make_unique<CountingNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_server.reset();
    }

    void loadsPngThenEmptyUrlIsPlaceholder()
    {
        m_server->route("/red.png", {200, png(Red)});
        AvatarPreview preview(m_client.get());
        preview.resize(preview.sizeHint());
        QCOMPARE(preview.accessibleName(), QStringLiteral("Profile photo"));
        preview.setSource({}, QStringLiteral("Maya Thompson"));
        const QImage placeholder = preview.grab().toImage();

        QSignalSpy states(&preview, &AvatarPreview::stateChanged);
        preview.setSource(m_server->url(QStringLiteral("/red.png")),
                          QStringLiteral("Maya Thompson"));
        QCOMPARE(preview.state(), AvatarPreview::State::Loading);
        QCOMPARE(preview.accessibleDescription(), QStringLiteral("Loading"));
        QTRY_COMPARE_WITH_TIMEOUT(preview.state(), AvatarPreview::State::Loaded, LoadTimeoutMs);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(1).at(0).value<AvatarPreview::State>(), AvatarPreview::State::Loaded);
        QVERIFY(preview.failureReason().isEmpty());
        QVERIFY(preview.toolTip().isEmpty());

        const QImage loaded = preview.grab().toImage();
        QVERIFY(loaded != placeholder);
        QVERIFY2(near(centre(preview), Red), qPrintable(centre(preview).name()));
        QVERIFY(!near(loaded.pixelColor(1, 1), Red)); // outside the circle: clipped
        QCOMPARE(m_server->stats("/red.png").requests, 1);

        // An empty address: the placeholder again.
        preview.setSource({}, QStringLiteral("Maya Thompson"));
        QCOMPARE(preview.state(), AvatarPreview::State::Placeholder);
        QCOMPARE(preview.accessibleDescription(), QStringLiteral("Initials MT"));
        QCOMPARE(preview.grab().toImage(), placeholder);
        QCOMPARE(m_network->requests, 1);

        // Without a client nothing is ever downloaded.
        AvatarPreview offline(nullptr);
        offline.setSource(m_server->url(QStringLiteral("/other.png")), QStringLiteral("Ann Lee"));
        QCOMPARE(offline.state(), AvatarPreview::State::Placeholder);
        QCOMPARE(m_server->stats("/other.png").requests, 0);
    }

    void failsWithReason_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("HTTP 404") << 404 << QByteArray("gone") << QStringLiteral("404");
        QTest::newRow("not an image") << 200 << QByteArray("<html>no picture</html>") << QString();
        // A few hundred bytes declaring more than MaxDimension pixels on one side.
        QTest::newRow("too many pixels") << 200 << png(Red, {AvatarPreview::MaxDimension + 1, 1})
                                         << QString::number(AvatarPreview::MaxDimension + 1);
    }
    void failsWithReason()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        m_server->route("/photo", {status, body});
        AvatarPreview preview(m_client.get());
        preview.setSource(m_server->url(QStringLiteral("/photo")), QStringLiteral("Ann Lee"));
        QTRY_COMPARE_WITH_TIMEOUT(preview.state(), AvatarPreview::State::Failed, LoadTimeoutMs);
        QVERIFY(!preview.failureReason().isEmpty());
        QVERIFY2(preview.failureReason().contains(reason), qPrintable(preview.failureReason()));
        QCOMPARE(preview.toolTip(),
                 QStringLiteral("The photo could not be loaded: ") + preview.failureReason());
        QCOMPARE(preview.accessibleDescription(),
                 QStringLiteral("Could not be loaded: ") + preview.failureReason());
        QCOMPARE(m_server->stats("/photo").requests, 1);
    }

    void overCapIsAborted_data()
    {
        using Mode = LoopbackHttpServer::Mode;
        QTest::addColumn<int>("mode");
        QTest::addColumn<qint64>("streamBytes");
        QTest::addColumn<qint64>("minSent");
        QTest::addColumn<qint64>("maxSent");
        // Hung up on the announced length, before the cap was reached.
        QTest::newRow("Content-Length")
            << int(Mode::StreamLength) << qint64(64 << 20) << qint64(-1) << AvatarPreview::MaxBytes;
        // No length announced: hung up once the bytes received passed the cap.
        QTest::newRow("chunked") << int(Mode::StreamChunked) << qint64(32 << 20)
                                 << AvatarPreview::MaxBytes << qint64(16 << 20);
    }
    void overCapIsAborted()
    {
        QFETCH(int, mode);
        QFETCH(qint64, streamBytes);
        QFETCH(qint64, minSent);
        QFETCH(qint64, maxSent);
        LoopbackHttpServer::Route route;
        route.mode = LoopbackHttpServer::Mode(mode);
        route.streamBytes = streamBytes;
        m_server->route("/huge.png", route);
        AvatarPreview preview(m_client.get());
        preview.setSource(m_server->url(QStringLiteral("/huge.png")), {});
        QTRY_COMPARE_WITH_TIMEOUT(preview.state(), AvatarPreview::State::Failed, LoadTimeoutMs);
        QVERIFY(!preview.failureReason().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->stats("/huge.png").closedEarly, LoadTimeoutMs);
        const qint64 sent = m_server->stats("/huge.png").bodyBytesSent;
        QVERIFY2(sent > minSent && sent < maxSent, qPrintable(QString::number(sent)));
    }

    void plainHttpToOtherHostIsRefusedWithoutRequest()
    {
        AvatarPreview preview(m_client.get());
        QSignalSpy states(&preview, &AvatarPreview::stateChanged);
        preview.setSource(QUrl(QStringLiteral("http://example.com/a.png")), QStringLiteral("Ann"));
        QCOMPARE(preview.state(), AvatarPreview::State::Failed); // at once
        QVERIFY(!preview.failureReason().isEmpty());
        QVERIFY(preview.toolTip().contains(preview.failureReason()));
        preview.setSource(QUrl(QStringLiteral("file:///etc/passwd")), QStringLiteral("Ann"));
        QCOMPARE(preview.state(), AvatarPreview::State::Failed);
        QCOMPARE(states.size(), 1);
        QCOMPARE(m_network->requests, 0);
    }

    void newerSourceWins()
    {
        m_server->route("/slow-a.png", {200, png(Green), 1500});
        m_server->route("/fast-b.png", {200, png(Red)});
        int finishedA = 0;
        connect(m_network.get(), &QNetworkAccessManager::finished, this, [&](QNetworkReply *reply) {
            finishedA += reply->url().path() == QLatin1String("/slow-a.png");
        });

        AvatarPreview preview(m_client.get());
        preview.resize(preview.sizeHint());
        preview.setSource(m_server->url(QStringLiteral("/slow-a.png")), QStringLiteral("A"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats("/slow-a.png").requests, 1, LoadTimeoutMs);
        preview.setSource(m_server->url(QStringLiteral("/fast-b.png")), QStringLiteral("B"));
        QTRY_COMPARE_WITH_TIMEOUT(preview.state(), AvatarPreview::State::Loaded, LoadTimeoutMs);
        QVERIFY(near(centre(preview), Red));

        QSignalSpy states(&preview, &AvatarPreview::stateChanged);
        // A's answer goes out later; wait until the client is done with it (whether it dropped it
        // or read it), then until any decoding it may have started has been delivered.
        QTRY_VERIFY_WITH_TIMEOUT(m_server->stats("/slow-a.png").answered, LoadTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(finishedA, 1, LoadTimeoutMs);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();

        QCOMPARE(states.size(), 0);
        QCOMPARE(preview.state(), AvatarPreview::State::Loaded);
        QCOMPARE(preview.source(), m_server->url(QStringLiteral("/fast-b.png")));
        QVERIFY2(near(centre(preview), Red), qPrintable(centre(preview).name()));
    }

    void uiKeepsRunningWhileLoading()
    {
        m_server->route("/slow.png", {200, png(Red), 1500});
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);

        AvatarPreview preview(m_client.get());
        preview.resize(preview.sizeHint());
        QElapsedTimer elapsed;
        elapsed.start();
        preview.setSource(m_server->url(QStringLiteral("/slow.png")), QStringLiteral("Ann Lee"));
        QVERIFY(elapsed.elapsed() < 1000); // returned at once
        QCOMPARE(preview.state(), AvatarPreview::State::Loading);
        // Never blank: the placeholder meanwhile.
        QVERIFY(preview.grab().toImage().pixelColor(preview.width() / 2, 10).alpha() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(preview.state(), AvatarPreview::State::Loaded, LoadTimeoutMs);
        QVERIFY(elapsed.elapsed() >= 1400);
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    }

    void destroyedWhileLoading()
    {
        m_server->route("/slow.png", {200, png(Red), 300});
        auto preview = std::make_unique<AvatarPreview>(m_client.get());
        preview->setSource(m_server->url(QStringLiteral("/slow.png")), QStringLiteral("Ann Lee"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats("/slow.png").requests, 1, LoadTimeoutMs);
        preview.reset();
        QTRY_VERIFY_WITH_TIMEOUT(m_server->stats("/slow.png").answered, LoadTimeoutMs);
        QCoreApplication::processEvents(); // nothing left pointing at the widget
    }

    void initials()
    {
        AvatarPreview preview(m_client.get());
        preview.setSource({}, QStringLiteral("Maya Thompson"));
        QCOMPARE(preview.initials(), QStringLiteral("MT"));
        QCOMPARE(AvatarPreview::initialsFor(QStringLiteral("  maya   de la  Cruz ")),
                 QStringLiteral("MC"));
        QCOMPARE(AvatarPreview::initialsFor(QStringLiteral("Zoë")), QStringLiteral("Z"));
        QCOMPARE(AvatarPreview::initialsFor(QStringLiteral("élodie (Agent) durand")),
                 QStringLiteral("ÉD"));
        QCOMPARE(AvatarPreview::initialsFor({}), QStringLiteral("?"));
        QCOMPARE(AvatarPreview::initialsFor(QStringLiteral(" 42 ")), QStringLiteral("?"));
    }

    void placeholderFollowsPalette()
    {
        AvatarPreview preview(m_client.get());
        preview.resize(preview.sizeHint());
        preview.setSource({}, QStringLiteral("Maya Thompson"));
        const QPoint inside(preview.width() / 2, preview.height() / 8);
        for (const QColor &color : {Red, Green}) {
            QPalette palette = preview.palette();
            palette.setColor(QPalette::Highlight, color);
            preview.setPalette(palette);
            const QColor painted = preview.grab().toImage().pixelColor(inside);
            QVERIFY2(near(painted, color), qPrintable(painted.name()));
        }
    }

private:
    QColor centre(AvatarPreview &preview) const
    {
        return preview.grab().toImage().pixelColor(preview.width() / 2, preview.height() / 2);
    }

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_MAIN(TestAvatarPreview)
#include "tst_profile_avatar_preview.moc"
