// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalFilter.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace valara {

// The History's filters in a row: the user (hidden when the page is fixed to one user), the field,
// a date range whose ends may be "Any", and the result. Reports every change; filter() gives them
// as the journal's query.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT

public:
    // An id and the text people read for it.
    using Choice = QPair<QString, QString>;

    explicit HistoryFilterBar(QWidget *parent = nullptr);

    // The users offered (besides "All users"); the chosen one stays chosen.
    void setUserChoices(const QList<Choice> &users);
    void setFieldChoices(const QList<Choice> &fields);
    void setUserFilterVisible(bool visible);
    bool isUserFilterVisible() const;
    // Back to everything ("All users", "All fields", any date, "All results").
    void clear();

    // The filter as chosen (the dates in local time: from the start of the first day to the end
    // of the last).
    JournalFilter filter() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QComboBox *addCombo(const QString &name, QLabel **labelOut);
    QDateEdit *addDate(const QString &name, QLabel **labelOut);
    static void setChoices(QComboBox *combo, const QList<Choice> &choices);
    static QDate dateOf(const QDateEdit *edit);

    QHBoxLayout *m_layout = nullptr;
    QLabel *m_userLabel = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_field = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_result = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace valara
