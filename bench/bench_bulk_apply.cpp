// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the app's bulk change (BulkPreview, then BulkApply, as the bulk dialog and
// `valara-cli prefs set --users` run them) against valara-sandbox run as a child process with
// generated users and a fixed latency, then the same PATCHes by one `curl --parallel` as a
// yardstick. The ideal is members x latency / 6 (six requests side by side: HTTP/1.1's
// connections per host in Qt, and the engine's limit). Prints:
//   bulk preview: N members read in T s (ideal I s, ratio R)
//   bulk apply: N members at L ms latency: T s (ideal I s, ratio R)
//   journal: PATH (tmpfs|disk, <file system>)
//   curl --parallel --parallel-max 6: T s (ratio R); the app is X× curl's time
// Fails (exit 1) unless the sandbox really holds every member's new value after each run (read
// from its database) and, for the app, the journal holds every change as applied.
// Run: build/bench/bench_bulk_apply [members] [latency-ms] [journal folder]

#include "bench/BenchSandbox.h"
#include "bench/CurlParallel.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "api/http/AnswerReader.h"
#include "models/bulk/BulkApply.h"
#include "models/bulk/BulkPreview.h"
#include "models/journal/ChangeJournal.h"
#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"
#include "sandbox/store/UserGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace valara;
using sandbox::UserGenerator;

namespace {

constexpr int Concurrency = BulkApply::MaxConcurrency;
const QString TimeZoneKey = QStringLiteral("timezone");
// Neither is a generated user's time zone (they are all in the United States), so every member
// changes in both runs.
const QString AppTimeZone = QStringLiteral("Pacific/Auckland");
const QString CurlTimeZone = QStringLiteral("Europe/Lisbon");

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_bulk_apply: %s\n", qPrintable(message));
    return 1;
}

// Runs the event loop until `signal` of `sender`, or false after `timeoutMs`.
template <typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
    return loop.exec() == 0;
}

int countOutcome(const QList<BulkMember> &members, BulkMember::Outcome outcome)
{
    return int(std::count_if(members.cbegin(), members.cend(),
                             [outcome](const BulkMember &m) { return m.outcome == outcome; }));
}

QString describeStorage(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const QByteArray type = storage.fileSystemType();
    const bool memory = type == "tmpfs" || type == "ramfs";
    return QStringLiteral("%1 (%2, %3)")
        .arg(QDir::toNativeSeparators(path),
             memory ? QStringLiteral("tmpfs") : QStringLiteral("disk"), QString::fromLatin1(type));
}

// The members' PATCHes as the app sends them: same path, body, and headers (its own key each).
QList<CurlParallel::Transfer> curlTransfers(const QUrl &base, const QStringList &userIds,
                                            const QByteArray &apiKey, const QString &timeZone)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{TimeZoneKey, timeZone}}).toJson(QJsonDocument::Compact);
    QList<CurlParallel::Transfer> transfers;
    for (const QString &userId : userIds) {
        CurlParallel::Transfer transfer;
        transfer.url = base.resolved(QUrl(Endpoints::preferences(userId).mid(1)));
        transfer.method = "PATCH";
        transfer.headers = {{"Accept", "application/json"},
                            {"Accept-Encoding", AnswerReader::acceptedEncodings()},
                            {"User-Agent", ApiClient::userAgent()},
                            {"Authorization", "Bearer " + apiKey},
                            {"Content-Type", "application/json"},
                            {"X-Idempotency-Key", ApiClient::newIdempotencyKey()}};
        transfer.body = body;
        transfers.append(transfer);
    }
    return transfers;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Quiet like valara-cli: no line per save on the terminal (QT_LOGGING_RULES still wins).
    QLoggingCategory::setFilterRules(QStringLiteral("valara.*.info=false"));
    const int members = argc > 1 ? std::clamp(atoi(argv[1]), 1, 50000) : 1000;
    const int latencyMs = argc > 2 ? std::clamp(atoi(argv[2]), 0, 10000) : 50;
    const QString journalParent = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QDir::tempPath();
    const double ideal = members * (latencyMs / 1000.0) / Concurrency;
    const int timeoutMs = int(ideal * 10 * 1000) + 60000;

    // The members are generated users after the admins; the first admin makes the change.
    const int users = members + 10; // at most ten admins
    QStringList userIds;
    for (int i = 1; i <= members; ++i)
        userIds << UserGenerator::userId(UserGenerator::adminCount(users) + i);
    const QByteArray adminKey = UserGenerator::apiKey(UserGenerator::userId(1)).toLatin1();

    BenchSandbox sandbox;
    QString error;
    if (!sandbox.start(QStringLiteral(VALARA_SANDBOX_BIN), users, latencyMs, &error))
        return fail(error);

    QTemporaryDir journalDir(journalParent + QStringLiteral("/valara-bench-journal-XXXXXX"));
    if (!journalDir.isValid())
        return fail(QStringLiteral("no temporary folder in %1").arg(journalParent));
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setBearerToken(adminKey);
    ChangeJournal journal(QStringLiteral("bench-account"),
                          journalDir.filePath(QStringLiteral("journal.sqlite")));
    if (!journal.open())
        return fail(journal.lastProblem());
    PreferencesModel model;
    PreferencesEditor editor(&client, &model);
    editor.setJournal(&journal);

    // The preview: every member read, six at a time.
    BulkPreview preview(&editor);
    QElapsedTimer timer;
    timer.start();
    preview.start(userIds, QJsonObject{{TimeZoneKey, AppTimeZone}},
                  [](const QString &) { return true; });
    if (preview.isRunning() && !waitFor(&preview, &BulkPreview::finished, timeoutMs))
        return fail(QStringLiteral("the preview did not finish"));
    const double previewSeconds = timer.nsecsElapsed() / 1e9;
    const int pending = countOutcome(preview.members(), BulkMember::Outcome::Pending);
    if (pending != members)
        return fail(QStringLiteral("the preview found %1 of %2 members to change")
                        .arg(pending)
                        .arg(members));
    std::printf("bulk preview: %d members read in %.2f s (ideal %.2f s, ratio %.3f)\n", members,
                previewSeconds, ideal, previewSeconds / ideal);

    // The apply: what is timed.
    BulkApply apply(&editor);
    timer.restart();
    apply.start(preview.members());
    if (apply.isRunning() && !waitFor(&apply, &BulkApply::finished, timeoutMs))
        return fail(QStringLiteral("the apply did not finish"));
    const double appSeconds = timer.nsecsElapsed() / 1e9;
    const int applied = countOutcome(apply.members(), BulkMember::Outcome::Applied);
    const int stored = sandbox.countHolding(userIds, TimeZoneKey, AppTimeZone, &error);
    JournalFilter appliedEntries;
    appliedEntries.states = {JournalEntry::State::Applied};
    const int journaled = int(journal.list(appliedEntries).size());
    if (applied != members || stored != members || journaled != members)
        return fail(QStringLiteral("the app applied %1, the sandbox holds %2, the journal has %3 "
                                   "of %4 members %5")
                        .arg(applied)
                        .arg(stored)
                        .arg(journaled)
                        .arg(members)
                        .arg(error));
    std::printf("bulk apply: %d members at %d ms latency: %.2f s (ideal %.2f s, ratio %.3f)\n",
                members, latencyMs, appSeconds, ideal, appSeconds / ideal);
    std::printf("journal: %s\n", qPrintable(describeStorage(journal.path())));

    // The same PATCHes (another value, so that each is a change again) by one curl.
    const QString curl = CurlParallel::executable();
    if (curl.isEmpty()) {
        std::printf("curl --parallel: skipped, curl is not installed\n");
        return 0;
    }
    const CurlParallel::Result result =
        CurlParallel::run(curl, curlTransfers(sandbox.baseUrl(), userIds, adminKey, CurlTimeZone),
                          Concurrency, journalDir.filePath(QStringLiteral("curl.config")));
    if (!result.ran)
        return fail(result.problem);
    const int curlStored = sandbox.countHolding(userIds, TimeZoneKey, CurlTimeZone, &error);
    if (result.statuses.value("200") != members || curlStored != members)
        return fail(QStringLiteral("curl got %1 answers 200, the sandbox holds %2 of %3 members "
                                   "%4 %5")
                        .arg(result.statuses.value("200"))
                        .arg(curlStored)
                        .arg(members)
                        .arg(result.problem, error));
    std::printf("curl --parallel --parallel-max %d: %.2f s (ratio %.3f); the app is %.2f× curl's "
                "time\n",
                Concurrency, result.seconds, result.seconds / ideal, appSeconds / result.seconds);
    return 0;
}
