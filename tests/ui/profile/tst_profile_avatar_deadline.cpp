// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The photo download has the client's deadlines: a server that trickles a photo a byte at a time
// cannot keep the preview loading for ever.
#include "MisbehavingServer.h"
#include "api/ApiClient.h"
#include "ui/profile/AvatarPreview.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

using namespace valara;
using namespace valara::testing;

class TestProfileAvatarDeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTrickledPhotoEndsAtTheDeadline()
    {
        MisbehavingServer server;
        QVERIFY2(server.isListening(), qPrintable(server.errorString()));
        server.setDefault(MisbehavingServer::Fault::Trickle);
        server.setHardStopMs(20000);
        QNetworkAccessManager network;
        ApiClient client(&network);
        client.setJobTimeout(800);

        AvatarPreview preview(&client);
        QElapsedTimer timer;
        timer.start();
        preview.setSource(server.baseUrl().resolved(QUrl(QStringLiteral("/photo.png"))),
                          QStringLiteral("Ann Lee"));
        QCOMPARE(preview.state(), AvatarPreview::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(preview.state(), AvatarPreview::State::Failed, 8000);
        QVERIFY2(preview.failureReason().contains(QLatin1String("in time")),
                 qPrintable(preview.failureReason()));
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(server.requestCount(), 1);
    }
};

QTEST_MAIN(TestProfileAvatarDeadline)
#include "tst_profile_avatar_deadline.moc"
