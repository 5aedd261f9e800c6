// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace valara {

class TimeZoneFilter;
class TimeZoneListModel;

// Chooses one IANA timezone: a search box, the matching zones (TimeZoneFilter over a
// TimeZoneListModel), a "Use this computer's timezone" button and a line saying what is selected.
// The value is zoneId(); a QDataWidgetMapper binds it through the USER property.
//
// Keyboard: typing filters; Down moves from the search box into the list (onto the first match,
// without selecting it); Enter or Space selects the current zone, arrows select as they move; Up
// on the first row goes back to the search box; typing in the list types in the search box;
// Escape clears the search (and is passed on when the search is already empty).
// Offsets and local times are refreshed at the start of every minute.
class TimeZonePicker : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString zoneId READ zoneId WRITE setZoneId NOTIFY zoneIdChanged USER true)

public:
    // With its own model, its zones read in the background (the picker can be shown at once).
    explicit TimeZonePicker(QWidget *parent = nullptr);
    // With a model shared with other pickers (not owned, must outlive the picker).
    explicit TimeZonePicker(TimeZoneListModel *model, QWidget *parent = nullptr);
    ~TimeZonePicker() override;

    // The selected zone; a zone set with setZoneId that is not a known timezone is kept as is,
    // so that a value read from the service is written back unchanged.
    QString zoneId() const { return m_zoneId; }
    // Selects and scrolls to `zoneId` (clearing a search that hides it), without emitting
    // zoneIdChanged. An unknown id, or an empty one, leaves nothing selected, and the summary
    // says so.
    void setZoneId(const QString &zoneId);

    TimeZoneListModel *model() const { return m_model; }
    TimeZoneFilter *filter() const { return m_filter; }

Q_SIGNALS:
    // The person chose another zone (never emitted by setZoneId).
    void zoneIdChanged(const QString &zoneId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showNoMatch();
    void buildUi();
    bool handleSearchKey(QKeyEvent *event);
    bool handleListKey(QKeyEvent *event);
    void onQueryEdited(const QString &text);
    void onSelectionChanged();
    void onUseSystemZone();
    void onMinuteTick();
    void chooseZone(const QString &zoneId);
    // Selects m_zoneId in the list when visible, silently.
    void syncSelection(bool scroll);
    void updateSummary();
    void scheduleMinuteTick();

    TimeZoneListModel *m_model = nullptr;
    TimeZoneFilter *m_filter = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_noMatch = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_useSystem = nullptr;
    QTimer *m_minuteTimer = nullptr;
    QString m_zoneId;
    bool m_syncing = false;
};

} // namespace valara
