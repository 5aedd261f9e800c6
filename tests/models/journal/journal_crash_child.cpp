// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A run of the app's models that the crash test kills with SIGKILL: it edits a user's timezone,
// lets the draft keeper journal it, saves, and stops dead at the point it is told, printing
// "AT <point>" first, so that the test kills it exactly there. Run again with "recover", it is
// the restart: it sends again what was on its way and restores the drafts, printing what it did.
//
//   journal_crash_child save    BASE_URL API_KEY JOURNAL USER FIELD VALUE POINT
//   journal_crash_child recover BASE_URL API_KEY JOURNAL USER
//
// POINT: before-write (the draft is journaled, the save not begun), after-write (the change is
// journaled as Sending, the request not sent), request-left (sent: the test kills on its arrival),
// answer-arrived (the answer is in, nothing has handled it), after-update (the journal says
// Applied).
#include "api/ApiClient.h"
#include "models/journal/ChangeJournal.h"
#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"
#include "models/records/DraftKeeper.h"
#include "models/records/PendingChanges.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace valara;

namespace {

const QString Account = QStringLiteral("valara:crash-test:b1");

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void stopHere(const QString &point)
{
    say(QStringLiteral("AT ") + point);
    for (;;)
        QThread::sleep(60); // the test kills us here; nothing else runs
}

struct Run
{
    QNetworkAccessManager network;
    ApiClient client{&network};
    ChangeJournal journal;
    PreferencesModel model;
    PreferencesEditor editor{&client, &model};
    DraftKeeper drafts{&editor};

    Run(const QStringList &args)
        : journal(Account, args.at(4))
    {
        client.setBaseUrl(QUrl(args.at(2)));
        client.setBearerToken(args.at(3).toUtf8());
        if (!journal.open()) {
            say(QStringLiteral("ERROR journal: ") + journal.lastProblem());
            std::exit(2);
        }
        editor.setJournal(&journal);
        drafts.setDelay(10);
    }
};

void save(Run &run, const QString &user, const QString &field, const QString &value,
          const QString &point)
{
    QObject::connect(&run.editor, &RecordEditor::failed, [](const QString &, const ApiError &e) {
        say(QStringLiteral("ERROR ") + e.message);
        std::exit(3);
    });
    static bool started = false;
    QObject::connect(&run.drafts, &DraftKeeper::draftWritten, [&, point](const QString &, int n) {
        if (n == 0 || std::exchange(started, true))
            return;
        if (point == QLatin1String("before-write"))
            stopHere(point);
        if (point == QLatin1String("after-write")) {
            QObject::connect(&run.journal, &ChangeJournal::entriesChanged, [&, point, user] {
                if (!run.journal.sending(user).isEmpty())
                    stopHere(point); // inside record(): the request has not been made
            });
        }
        if (point == QLatin1String("answer-arrived")) {
            // The access manager hears of a finished reply before the job that handles it.
            QObject::connect(&run.network, &QNetworkAccessManager::finished,
                             [point] { stopHere(point); });
        }
        if (point == QLatin1String("after-update")) {
            QObject::connect(&run.journal, &ChangeJournal::entriesChanged, [&, point, user] {
                JournalFilter applied;
                applied.userId = user;
                applied.states = {JournalEntry::State::Applied};
                if (!run.journal.list(applied).isEmpty())
                    stopHere(point);
            });
        }
        if (!run.editor.save(user)) {
            say(QStringLiteral("ERROR nothing to save"));
            std::exit(3);
        }
        say(QStringLiteral("SAVING"));
    });
    QObject::connect(&run.editor, &RecordEditor::loaded, [&, user, field, value] {
        run.model.setEditedValue(run.model.rowOf(user), field, value);
    });
    QObject::connect(&run.editor, &RecordEditor::saved, [] {
        say(QStringLiteral("SAVED"));
        QCoreApplication::exit(0);
    });
    run.editor.load(user);
}

void recover(Run &run, const QString &user)
{
    auto *pending = new PendingChanges(&run.editor);
    pending->addEditor(&run.editor);
    pending->setJournal(&run.journal);
    pending->setRetryDelays(200, 1000);
    const auto restoreDrafts = [&run, pending, user] {
        const QList<PendingChanges::Offer> offers = pending->offers();
        for (const PendingChanges::Offer &offer : offers)
            say(QStringLiteral("OFFER %1 %2").arg(offer.userId).arg(offer.changeCount));
        if (offers.isEmpty() || !pending->restore(user)) {
            say(QStringLiteral("DONE"));
            QCoreApplication::exit(0);
        }
    };
    QObject::connect(pending, &PendingChanges::replayed, [&, user](const ReplayResult &result) {
        say(QStringLiteral("REPLAYED %1 %2").arg(result.entryId).arg(int(result.outcome)));
        if (result.outcome == ReplayResult::Outcome::Restored) {
            const QJsonObject changes = run.model.changes(run.model.rowOf(user));
            say(QStringLiteral("RESTORED ") +
                QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
            run.drafts.flush();
            say(QStringLiteral("DONE"));
            QCoreApplication::exit(0);
        }
    });
    QObject::connect(pending, &PendingChanges::waitingCountChanged, [restoreDrafts](int count) {
        if (count == 0)
            restoreDrafts();
    });
    pending->start();
    if (pending->waitingCount() == 0)
        restoreDrafts();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool saving = args.size() == 9 && args.at(1) == QLatin1String("save");
    if (!saving && !(args.size() == 6 && args.at(1) == QLatin1String("recover"))) {
        say(QStringLiteral("ERROR usage"));
        return 64;
    }
    Run run(args);
    // Once the event loop runs, so that an early exit() is heard.
    QTimer::singleShot(0, &app, [&] {
        if (saving)
            save(run, args.at(5), args.at(6), args.at(7), args.at(8));
        else
            recover(run, args.at(5));
    });
    return app.exec();
}
