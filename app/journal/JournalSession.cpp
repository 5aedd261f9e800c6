// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/journal/JournalSession.h"

#include "app/AppLogging.h"
#include "app/journal/HistorySetup.h"
#include "models/accounts/Account.h"
#include "models/accounts/AppSettings.h"
#include "models/i18n/LanguageChangeWatch.h"
#include "models/journal/ChangeJournal.h"
#include "models/records/DraftKeeper.h"
#include "models/records/PendingChanges.h"
#include "models/records/RecordEditor.h"
#include "ui/editing/DraftOfferBanner.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QMainWindow>
#include <QNetworkInformation>
#include <QStatusBar>
#include <QTemporaryDir>

namespace valara {

JournalSession::JournalSession(AppSettings *settings, bool demo, const JournalHost &host)
    : m_settings(settings)
    , m_demo(demo)
    , m_host(host)
    , m_pending(std::make_unique<PendingChanges>())
{
    QMainWindow *window = host.window;
    m_offer = new DraftOfferBanner(window);
    host.addBanner(m_offer);
    connect(m_offer, &DraftOfferBanner::restoreRequested, this, &JournalSession::restore);
    connect(m_offer, &DraftOfferBanner::discardRequested, this,
            [this](const QString &userId) { m_pending->discard(userId); });
    m_waiting = new QLabel(window);
    m_waiting->setObjectName(QStringLiteral("waitingChanges"));
    m_waiting->hide();
    window->statusBar()->addPermanentWidget(m_waiting);
    retranslateWaiting();
    connect(new LanguageChangeWatch(this), &LanguageChangeWatch::changed, this,
            &JournalSession::retranslateWaiting);

    connect(m_pending.get(), &PendingChanges::offersChanged, this, &JournalSession::showNextOffer);
    connect(m_pending.get(), &PendingChanges::waitingCountChanged, this,
            &JournalSession::showWaiting);
    connect(m_pending.get(), &PendingChanges::replayed, this, &JournalSession::onReplayed);
    // Names come with the people list, which loads after the window, a page at a time.
    if (host.people) {
        connect(host.people, &QAbstractItemModel::modelReset, this, &JournalSession::showNextOffer);
        connect(host.people, &QAbstractItemModel::rowsInserted, this,
                &JournalSession::showNextOffer);
    }
    host.history->setPendingChanges(m_pending.get());
}

JournalSession::~JournalSession()
{
    m_keepers.clear(); // their last drafts go to the journal first
    for (RecordEditor *editor : std::as_const(m_editors))
        editor->setJournal(nullptr);
}

void JournalSession::addEditor(RecordEditor *editor)
{
    m_editors.append(editor);
    m_keepers.push_back(std::make_unique<DraftKeeper>(editor));
    // What a replay said is over once the user saves.
    connect(editor, &RecordEditor::saved, this, [this] {
        if (std::exchange(m_replayNotice, false))
            m_host.showNotice(QString());
    });
    m_pending->addEditor(editor);
}

void JournalSession::close(const Account &account)
{
    for (const std::unique_ptr<DraftKeeper> &keeper : m_keepers)
        keeper->flush();
    for (RecordEditor *editor : std::as_const(m_editors))
        editor->setJournal(nullptr);
    m_pending->setJournal(nullptr);
    m_host.history->setJournal(nullptr, account);
    m_journal.reset();
}

void JournalSession::open(const Account &account)
{
    close(account);
    if (!m_settings->journalEnabled()) {
        qCInfo(lcApp) << "the change journal is turned off";
        return;
    }
    const QString id = account.id();
    QString path = ChangeJournal::defaultPath(id);
    if (m_demo) {
        if (!m_demoData)
            m_demoData = std::make_unique<QTemporaryDir>();
        path = m_demoData->filePath(ChangeJournal::fileName(id));
    }
    m_journal = std::make_unique<ChangeJournal>(id, path);
    if (!m_journal->open()) {
        qCWarning(lcApp).noquote() << "no change journal:" << m_journal->lastProblem();
        m_host.showNotice(tr("Changes made here are not kept in the change journal: %1")
                              .arg(m_journal->lastProblem()));
        m_host.history->setJournal(nullptr, account, m_journal->lastProblem());
        m_journal.reset();
        return;
    }
    if (!m_journal->lastProblem().isEmpty()) {
        // A damaged journal was set aside: where it went, and that a new one was started.
        qCWarning(lcApp).noquote() << m_journal->lastProblem();
        m_host.showNotice(m_journal->lastProblem());
    }
    m_journal->prune(m_settings->journalRetentionDays());
    for (RecordEditor *editor : std::as_const(m_editors))
        editor->setJournal(m_journal.get());
    m_host.history->setJournal(m_journal.get(), account);
    m_pending->setJournal(m_journal.get());
    m_pending->start();
}

void JournalSession::showNextOffer()
{
    const QList<PendingChanges::Offer> offers = m_pending->offers();
    if (offers.isEmpty()) {
        m_offer->clear();
        return;
    }
    const PendingChanges::Offer &offer = offers.constFirst();
    QString name = m_host.history->nameOf(offer.userId);
    if (name.isEmpty())
        name = offer.userId;
    m_offer->showOffer(offer.userId, name, offer.changeCount, offer.since, int(offers.size()) - 1);
}

void JournalSession::restore(const QString &userId)
{
    if (!m_host.openUser(userId)) {
        m_host.showNotice(tr("The unsaved changes are kept: open the person first, or "
                             "finish what is unsaved on this page."));
        return;
    }
    if (!m_pending->restore(userId))
        m_host.showNotice(tr("The unsaved changes could not be restored now: try again."));
    m_offer->clear(); // the next offer follows once these are back in the form
}

void JournalSession::onReplayed(const ReplayResult &result)
{
    if (result.mode == ReplayResult::Mode::Revert)
        return; // the History page tells it
    if (result.outcome == ReplayResult::Outcome::Waiting)
        return; // the status bar counts it
    m_host.showNotice(m_pending->describe(result));
    m_replayNotice = true;
}

void JournalSession::retranslateWaiting()
{
    if (!m_waiting)
        return;
    m_waiting->setAccessibleName(tr("Changes waiting to be sent"));
    m_waiting->setText(tr("%n changes waiting to be sent", nullptr, m_pending->waitingCount()));
}

void JournalSession::showWaiting(int count)
{
    m_waiting->setText(tr("%n changes waiting to be sent", nullptr, count));
    m_waiting->setVisible(count > 0);
    if (count > 0)
        watchReachability();
}

void JournalSession::watchReachability()
{
    if (std::exchange(m_watching, true))
        return;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability) ||
        !QNetworkInformation::instance()) {
        qCInfo(lcApp) << "no network information here: waiting changes are retried on a timer";
        return;
    }
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online)
                    m_pending->reachabilityRestored();
            });
}

} // namespace valara
