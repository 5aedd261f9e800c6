// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole interface follows a change of language as it happens, with no restart: at every stop
// of the demo app's tour (AppTour), every text shown (UiTexts) is collected in English; the
// pseudo-locale is installed (PseudoTranslator: every string of ours comes back wrapped in
// ⟦…·····⟧ and 40 % longer) and every text must then be wrapped, or hold a wrapped part when it is
// composed, and must still fit (no clipped label or button, no elided tab); the translator is
// removed and every text must be the English one again, exactly (a text marked "valaraLive",
// which follows live state such as a clock, needs only to be English).
#include "AppTour.h"
#include "EnglishPlurals.h"
#include "UiTexts.h"
#include "models/i18n/PseudoTranslator.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace valara;
using namespace valara::testing;

namespace {

// Counts the LanguageChange events a window receives (they are posted to each top-level window).
class LanguageChangeProbe : public QObject
{
public:
    explicit LanguageChangeProbe(QWidget *window)
        : m_window(window)
    {
        window->installEventFilter(this);
    }
    ~LanguageChangeProbe() override { m_window->removeEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::LanguageChange)
            ++m_count;
        return false;
    }

private:
    QWidget *m_window;
    int m_count = 0;
};

bool wrappedPart(const QString &text)
{
    const qsizetype open = text.indexOf(PseudoTranslator::open);
    return open >= 0 && text.indexOf(PseudoTranslator::close, open) > open;
}

// The texts that are not ours to translate, each with its reason.
bool notOurs(const QString &where, const QString &text)
{
    // A standard button of a dialog's button box: Qt's own text, translated by Qt's translations.
    static const QStringList standard{QStringLiteral("Cancel"), QStringLiteral("&Cancel"),
                                      QStringLiteral("OK"),     QStringLiteral("&OK"),
                                      QStringLiteral("Close"),  QStringLiteral("&Close")};
    if (where.contains(QLatin1String("QDialogButtonBox")) && standard.contains(text))
        return true;
    // The placeholder of a web address field: the scheme to type, the same in every language.
    return where.endsWith(QLatin1String("|placeholder")) && text == QLatin1String("https://");
}

// Whether a page of the window is still loading (its status line says so): the texts of what it
// shows are not settled yet.
bool loading(const QWidget *window)
{
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->isVisible() && label->objectName().endsWith(QLatin1String("Status")) &&
               label->text() == QLatin1String("Loading…");
    });
}

} // namespace

class TestAppRetranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(m_plurals.isLoaded());
        m_pseudo.setBase(m_plurals.translator());
    }

    void everyTextFollowsTheLanguageAndFits()
    {
        QStringList failures;
        int stops = 0;
        QString error;
        const bool toured = AppTour::visit(
            [&](const QString &stop, QWidget *window) {
                ++stops;
                checkStop(stop, window, &failures);
            },
            &error);
        QVERIFY2(toured, qPrintable(error));
        QVERIFY(stops >= 8);
        for (const QString &failure : std::as_const(failures))
            qWarning().noquote() << failure;
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems, listed above").arg(failures.size())));
    }

private:
    // Installs or removes the pseudo-locale and waits until the window has been told.
    bool switchLanguage(QWidget *window, bool pseudo)
    {
        LanguageChangeProbe probe(window);
        const bool switched = pseudo ? QCoreApplication::installTranslator(&m_pseudo)
                                     : QCoreApplication::removeTranslator(&m_pseudo);
        if (!switched || !QTest::qWaitFor([&probe] { return probe.count() > 0; }))
            return false;
        // The layouts settle on the texts' new sizes (LayoutRequest events, posted).
        for (int i = 0; i < 3; ++i)
            QCoreApplication::sendPostedEvents();
        return true;
    }

    void checkStop(const QString &stop, QWidget *window, QStringList *failures)
    {
        // Settled: not loading over a few turns of the event loop (a load may start queued).
        int calm = 0;
        if (!QTest::qWaitFor([&] { return (calm = loading(window) ? 0 : calm + 1) >= 5; }))
            failures->append(stop + QStringLiteral(": a page is still loading"));
        QSet<QString> live;
        const UiTexts::Texts english = UiTexts::collect(window, &live);
        if (!switchLanguage(window, true)) {
            failures->append(stop + QStringLiteral(": the pseudo-locale did not reach the window"));
            return;
        }
        const UiTexts::Texts pseudo = UiTexts::collect(window);
        for (auto it = pseudo.cbegin(); it != pseudo.cend(); ++it) {
            if (!wrappedPart(it.value()) && !notOurs(it.key(), it.value()))
                failures->append(QStringLiteral("%1: %2: not translated: \"%3\"")
                                     .arg(stop, it.key(), it.value()));
        }
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (!pseudo.contains(it.key()))
                failures->append(QStringLiteral("%1: %2: gone in the pseudo-locale (was \"%3\")")
                                     .arg(stop, it.key(), it.value()));
        }
        for (const QString &problem : UiTexts::clipped(window))
            failures->append(QStringLiteral("%1: %2").arg(stop, problem));

        if (!switchLanguage(window, false)) {
            failures->append(stop + QStringLiteral(": English did not come back to the window"));
            return;
        }
        const UiTexts::Texts back = UiTexts::collect(window);
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            const QString now = back.value(it.key());
            // A text that follows live state (a clock, the last request) has changed meanwhile:
            // it needs only to be English again.
            const bool changedLive =
                live.contains(it.key()) && !now.contains(PseudoTranslator::open);
            if (now != it.value() && !changedLive)
                failures->append(QStringLiteral("%1: %2: not back to English: \"%3\", was \"%4\"")
                                     .arg(stop, it.key(), now, it.value()));
        }
        for (auto it = back.cbegin(); it != back.cend(); ++it) {
            if (!english.contains(it.key()))
                failures->append(QStringLiteral("%1: %2: new after switching back: \"%3\"")
                                     .arg(stop, it.key(), it.value()));
        }
    }

    QTemporaryDir m_home;
    EnglishPlurals m_plurals;
    PseudoTranslator m_pseudo;
};

QTEST_MAIN(TestAppRetranslation)
#include "tst_app_retranslation.moc"
