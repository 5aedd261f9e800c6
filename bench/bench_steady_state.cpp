// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_steady_state: the main window once it runs, signed in as an administrator of a generated
// brokerage of 10,000 users (valara-sandbox as a child process), offscreen:
//  - switching the selected user in the people list: from the moment the user's preferences
//    answer is in (QNetworkAccessManager::finished, before the client reads it) to the form
//    showing that user's timezone, repainted; baseline: the same answers shown by a bare Qt form
//    of the same fields, repainted. Goal: within 50 ms.
//  - each keystroke in every text field of the preferences, profile and people pages: the key
//    press and release handled and the window repainted; baseline: the same keystroke in a
//    QLineEdit of a bare QMainWindow of the same size. Goal: within 16 ms (one frame).
// Prints median and worst figures with their ratios to the baseline. Not a test: run on demand.
//   build/bench/bench_steady_state [switches] [keystrokes per field]   (default: 40 20)
#include "app/AppOptions.h"
#include "app/AppSession.h"
#include "bench/BenchSandbox.h"
#include "bench/steady/SteadyTiming.h"
#include "models/people/UserListModel.h"
#include "ui/people/PeopleView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NavigationList.h"
#include "ui/widgets/TimeZonePicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringListModel>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>

using namespace valara;

namespace {

constexpr int Users = 10000;

// The preferences of `userId` as the sandbox answers them, read bare; empty when it fails.
QByteArray fetchPreferences(QNetworkAccessManager &network, const QUrl &base, const QString &id)
{
    QNetworkRequest request(
        base.resolved(QUrl(QStringLiteral("/api/v1/users/%1/preferences").arg(id))));
    request.setRawHeader("Authorization", "Bearer key-u000001");
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
}

// The preferences of an answer (under "data" where the service wraps them).
QJsonObject preferencesIn(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return object.value(QLatin1String("data")).isObject()
               ? object.value(QLatin1String("data")).toObject()
               : object;
}

QString timezoneOf(const QByteArray &body)
{
    return preferencesIn(body).value(QLatin1String("timezone")).toString();
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// The baseline of a switch: the same answers shown by a bare Qt form of the same fields (combo
// boxes, and a list of every timezone for the timezone), parsed with QJsonDocument, repainted.
Samples bareAnswers(const QList<QByteArray> &bodies, int rounds)
{
    QMainWindow window;
    auto *form = new QWidget(&window);
    auto *layout = new QFormLayout(form);
    QHash<QString, QComboBox *> combos;
    for (const char *key : {"date_format", "language", "units", "theme"}) {
        auto *combo = new QComboBox(form);
        layout->addRow(QString::fromLatin1(key), combo);
        combos.insert(QString::fromLatin1(key), combo);
    }
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    QStringListModel zoneModel(zones);
    auto *zoneList = new QListView(form);
    zoneList->setModel(&zoneModel);
    zoneList->setUniformItemSizes(true);
    layout->addRow(QStringLiteral("timezone"), zoneList);
    window.setCentralWidget(form);
    window.resize(1100, 720);
    window.show();
    QTest::qWaitForWindowExposed(&window);
    Samples samples;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QJsonObject data = preferencesIn(bodies.at(i % bodies.size()));
        for (auto it = combos.cbegin(); it != combos.cend(); ++it) {
            const QString value = data.value(it.key()).toString();
            if (it.value()->findText(value) < 0)
                it.value()->addItem(value);
            it.value()->setCurrentIndex(it.value()->findText(value));
        }
        const QModelIndex zone =
            zoneModel.index(int(zones.indexOf(data.value(QLatin1String("timezone")).toString())));
        zoneList->setCurrentIndex(zone);
        zoneList->scrollTo(zone);
        window.repaint();
        samples.append(timer.nsecsElapsed() / 1e6);
    }
    return samples;
}

Samples bareKeystrokes(int count)
{
    QMainWindow window;
    auto *edit = new QLineEdit(&window);
    window.setCentralWidget(edit);
    window.resize(1100, 720);
    window.show();
    QTest::qWaitForWindowExposed(&window);
    return SteadyTiming::keystrokes(&window, edit, count);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int switches = arguments.size() > 1 ? std::max(2, arguments.at(1).toInt()) : 40;
    const int keys = arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 20;

    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QString error;
    BenchSandbox sandbox;
    if (!sandbox.start(QStringLiteral(VALARA_SANDBOX_BIN), Users, 0, &error)) {
        std::fprintf(stderr, "bench_steady_state: %s\n", qPrintable(error));
        return 1;
    }

    AppOptions options;
    options.parse(
        {QStringLiteral("valara-desk"), QStringLiteral("--base-url"), sandbox.baseUrl().toString()},
        "key-u000001");
    AppSession session(options);
    if (!session.start(&error)) {
        std::fprintf(stderr, "bench_steady_state: %s\n", qPrintable(error));
        return 1;
    }
    MainWindow *window = session.window();
    auto *table = window->findChild<QTableView *>(QStringLiteral("userTable"));
    if (!waitFor([&] {
            return window->showPage(NavigationList::People) && table->model()->rowCount() > 20;
        })) {
        std::fprintf(stderr, "bench_steady_state: the people list did not load\n");
        return 1;
    }
    // The users switched between (the list's first rows), and what each one's form must show.
    QNetworkAccessManager bare;
    QStringList ids;
    QList<QByteArray> bodies;
    for (int row = 1; row <= 20; ++row) {
        const QString id = table->model()->index(row, 0).data(UserListModel::UserIdRole).toString();
        const QByteArray body = fetchPreferences(bare, sandbox.baseUrl(), id);
        if (timezoneOf(body).isEmpty()) {
            std::fprintf(stderr, "bench_steady_state: no preferences for %s\n", qPrintable(id));
            return 1;
        }
        ids.append(id);
        bodies.append(body);
    }
    auto *page = window->findChild<QWidget *>(QStringLiteral("preferencesPage"));
    auto *picker = page->findChild<TimeZonePicker *>();

    // Switching: the next user whose timezone differs from the one shown, so that the form
    // visibly changes.
    Samples switching;
    SteadyTiming::AnswerClock answers(session.network(), QStringLiteral("/preferences"));
    int shown = -1;
    for (int round = 0; round < switches; ++round) {
        int next = (shown + 1) % ids.size();
        while (timezoneOf(bodies.at(next)) == picker->zoneId())
            next = (next + 1) % ids.size();
        const QString expected = timezoneOf(bodies.at(next));
        answers.arm();
        table->setCurrentIndex(table->model()->index(next + 1, 0));
        if (!waitFor([&] { return answers.answered() && picker->zoneId() == expected; })) {
            std::fprintf(stderr, "bench_steady_state: %s's form did not show %s\n",
                         qPrintable(ids.at(next)), qPrintable(expected));
            return 1;
        }
        window->repaint();
        switching.append(answers.sinceAnswer());
        shown = next;
    }
    SteadyTiming::report(
        QStringLiteral("switching the selected user of %1 fills the form").arg(Users), switching,
        bareAnswers(bodies, switches), 50);

    // Keystrokes in every text field the three pages show.
    const Samples baseline = bareKeystrokes(keys);
    bool within = true;
    // The people list's own fields first (typing in a form edits it, and leaving an edited form
    // asks what to do with the edits); then the signed-in user's preferences and profile, which
    // stay on the same user. Each field once.
    const QList<QPair<QString, QString>> pages{
        {NavigationList::People, QStringLiteral("people")},
        {NavigationList::MyPreferences, QStringLiteral("preferences")},
        {NavigationList::MyProfile, QStringLiteral("profile")}};
    QStringList typedIn;
    for (const auto &[place, name] : pages) {
        window->showPage(place);
        QCoreApplication::processEvents();
        QWidget *scope = place == NavigationList::People ? window->findChild<PeopleView *>()
                                                         : static_cast<QWidget *>(window);
        for (QLineEdit *edit : SteadyTiming::textFields(scope)) {
            if (typedIn.contains(edit->objectName()))
                continue;
            typedIn.append(edit->objectName());
            const Samples typed = SteadyTiming::keystrokes(window, edit, keys);
            within = SteadyTiming::report(
                         QStringLiteral("keystroke in %1 %2").arg(name, edit->objectName()), typed,
                         baseline, 16) &&
                     within;
        }
    }
    std::printf("every keystroke within one frame (16 ms): %s\n", within ? "yes" : "NO");
    return 0;
}
