// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/TimeZonePicker.h"

#include "models/timezones/TimeZoneFilter.h"
#include "models/timezones/TimeZoneListModel.h"
#include "ui/UiLogging.h"
#include "ui/widgets/RowCountLabel.h"
#include "ui/widgets/SearchField.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTime>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace valara {

TimeZonePicker::TimeZonePicker(QWidget *parent)
    : TimeZonePicker(nullptr, parent)
{}

TimeZonePicker::TimeZonePicker(TimeZoneListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model ? model
                    : new TimeZoneListModel(TimeZoneListModel::Clock(),
                                            TimeZoneListModel::Loading::InBackground, this))
    , m_filter(new TimeZoneFilter(this))
    , m_minuteTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    buildUi();
    // The zones are read while the window is shown; anything the user or the caller does with
    // them waits for them (TimeZoneListModel::ensureLoaded).
    connect(m_model, &TimeZoneListModel::loaded, this, [this] {
        syncSelection(true);
        updateSummary();
        showNoMatch();
    });

    m_minuteTimer->setSingleShot(true);
    m_minuteTimer->setTimerType(Qt::PreciseTimer);
    connect(m_minuteTimer, &QTimer::timeout, this, &TimeZonePicker::onMinuteTick);
    scheduleMinuteTick();
    updateSummary();
}

TimeZonePicker::~TimeZonePicker() = default;

void TimeZonePicker::buildUi()
{
    m_searchLabel = new QLabel(this);
    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("timeZoneSearch"));
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &TimeZonePicker::onQueryEdited);

    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(QStringLiteral("timeZoneNoMatch"));
    m_noMatch->setTextFormat(Qt::PlainText);
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("timeZoneList"));
    m_list->setProperty("valaraData", true); // the zones' names
    m_list->setModel(m_filter);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setTabKeyNavigation(false);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimeZonePicker::onSelectionChanged);

    auto *count = new RowCountLabel(
        m_list, [](int rows) { return tr("%n timezones", nullptr, rows); }, this);
    count->setObjectName(QStringLiteral("timeZoneCount"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("timeZoneSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setProperty("valaraLive", true); // the zone's local time
    m_useSystem = new QPushButton(this);
    m_useSystem->setObjectName(QStringLiteral("useSystemTimeZone"));
    m_useSystem->setAutoDefault(false);
    connect(m_useSystem, &QPushButton::clicked, this, &TimeZonePicker::onUseSystemZone);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_useSystem);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_list, 1);
    layout->addWidget(count);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    setFocusProxy(m_search);
    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    retranslateUi();
}

void TimeZonePicker::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void TimeZonePicker::retranslateUi()
{
    m_searchLabel->setText(tr("Search timezones"));
    m_search->setAccessibleName(m_searchLabel->text());
    m_search->setPlaceholderText(tr("City, country, UTC offset or abbreviation"));
    m_list->setAccessibleName(tr("Timezones"));
    m_useSystem->setText(tr("Use this computer's timezone"));
    updateSummary();
    showNoMatch();
}

void TimeZonePicker::setZoneId(const QString &zoneId)
{
    m_zoneId = zoneId;
    const int row = zoneId.isEmpty() ? -1 : m_model->ensureZone(zoneId);
    if (row < 0 && !zoneId.isEmpty())
        qCInfo(lcUi) << "timezone picker: unknown zone" << zoneId;
    // A programmatic value must be visible: drop a search that hides it.
    if (row >= 0 && !m_filter->mapFromSource(m_model->index(row)).isValid())
        m_search->clear();
    syncSelection(true);
    updateSummary();
}

bool TimeZonePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        m_model->ensureLoaded();
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search)
            return handleSearchKey(key);
        if (watched == m_list)
            return handleListKey(key);
    }
    return QWidget::eventFilter(watched, event);
}

bool TimeZonePicker::handleSearchKey(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (!plain)
        return false;
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown: {
        if (m_filter->rowCount() == 0)
            return true;
        // Onto the first match, or back onto the selected zone when nothing is searched.
        QModelIndex target = m_filter->index(0, 0);
        const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
        if (m_search->text().isEmpty() && !selected.isEmpty())
            target = selected.first();
        m_list->setFocus(Qt::OtherFocusReason);
        m_list->selectionModel()->setCurrentIndex(target, QItemSelectionModel::NoUpdate);
        m_list->scrollTo(target);
        return true;
    }
    case Qt::Key_Escape:
        if (m_search->text().isEmpty())
            return false;
        m_search->clear();
        syncSelection(true);
        return true;
    default:
        return false;
    }
}

bool TimeZonePicker::handleListKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier && modifiers != Qt::ShiftModifier)
        return false;
    const QModelIndex current = m_list->currentIndex();
    switch (event->key()) {
    case Qt::Key_Up:
        if (modifiers != Qt::NoModifier || (current.isValid() && current.row() > 0))
            return false;
        m_search->setFocus(Qt::OtherFocusReason);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current.isValid())
            m_list->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
        return false; // also for the dialog's default button
    case Qt::Key_Space:
        if (current.isValid())
            m_list->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
        return true;
    case Qt::Key_Escape:
        if (m_search->text().isEmpty())
            return false;
        m_search->clear();
        syncSelection(true);
        return true;
    case Qt::Key_Backspace:
        m_search->setFocus(Qt::OtherFocusReason);
        QApplication::sendEvent(m_search, event);
        return true;
    default:
        break;
    }
    // Typing in the list types in the search box.
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()) {
        m_search->setFocus(Qt::OtherFocusReason);
        QApplication::sendEvent(m_search, event);
        return true;
    }
    return false;
}

void TimeZonePicker::onQueryEdited(const QString &text)
{
    m_model->ensureLoaded();
    m_filter->setQuery(text);
    syncSelection(false);
    m_list->scrollToTop();
    showNoMatch();
}

void TimeZonePicker::showNoMatch()
{
    const QString text = m_search->text().trimmed();
    const bool none = m_filter->rowCount() == 0 && !text.isEmpty();
    if (none) {
        m_noMatch->setText(
            tr("No timezone matches “%1”. Try a city, a country, an offset such as +5:30, or an "
               "abbreviation such as PST.")
                .arg(text));
    }
    m_noMatch->setVisible(none);
}

void TimeZonePicker::onSelectionChanged()
{
    if (m_syncing)
        return;
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    // A selection emptied by the search is not a choice: the zone stays chosen.
    if (selected.isEmpty())
        return;
    chooseZone(selected.first().data(TimeZoneListModel::ZoneIdRole).toString());
}

void TimeZonePicker::onUseSystemZone()
{
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    const int row = m_model->ensureZone(system);
    if (row < 0) {
        qCWarning(lcUi) << "timezone picker: the system zone" << system << "is not an IANA zone";
        m_summary->setText(
            tr("This computer's timezone (%1) is not in the timezone database.").arg(system));
        return;
    }
    if (!m_filter->mapFromSource(m_model->index(row)).isValid())
        m_search->clear();
    chooseZone(system);
    syncSelection(true);
}

void TimeZonePicker::onMinuteTick()
{
    m_model->refresh();
    updateSummary();
    scheduleMinuteTick();
}

void TimeZonePicker::chooseZone(const QString &zoneId)
{
    if (zoneId == m_zoneId)
        return;
    m_zoneId = zoneId;
    qCDebug(lcUi) << "timezone picker: chose" << zoneId;
    updateSummary();
    Q_EMIT zoneIdChanged(m_zoneId);
}

void TimeZonePicker::syncSelection(bool scroll)
{
    QItemSelectionModel *selection = m_list->selectionModel();
    const int row = m_zoneId.isEmpty() ? -1 : m_model->rowOfZone(m_zoneId);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row));
    m_syncing = true;
    if (index.isValid()) {
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        if (scroll)
            m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else {
        selection->clear();
    }
    m_syncing = false;
}

void TimeZonePicker::updateSummary()
{
    const int row = m_zoneId.isEmpty() ? -1 : m_model->rowOfZone(m_zoneId);
    if (m_model->isLoading()) {
        m_summary->setText(tr("Loading timezones…"));
    } else if (m_zoneId.isEmpty()) {
        m_summary->setText(tr("No timezone selected."));
    } else if (row < 0) {
        m_summary->setText(
            tr("“%1” is not a known timezone. Choose one from the list.").arg(m_zoneId));
    } else {
        const TimeZoneListModel::Zone &zone = m_model->zoneAt(row);
        m_summary->setText(
            tr("Selected: %1, %2. Local time: %3.").arg(zone.display, zone.id, zone.localTime));
    }
}

void TimeZonePicker::scheduleMinuteTick()
{
    const QTime now = QTime::currentTime();
    const int intoMinute = now.second() * 1000 + now.msec();
    m_minuteTimer->start(60 * 1000 - intoMinute + 50);
}

} // namespace valara
