// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class QPushButton;

namespace valara {

class InlineBanner;

// Offers the unsaved changes an earlier run left for a user: "3 unsaved changes for Priya
// Patel, from 14:02", with Restore and Discard. One user at a time; the others are counted.
// Hidden when there is nothing to offer.
class DraftOfferBanner : public QWidget
{
    Q_OBJECT

public:
    explicit DraftOfferBanner(QWidget *parent = nullptr);

    // `since` is when the changes were last edited (shown in local time); `others` how many more
    // people have unsaved changes waiting to be offered.
    void showOffer(const QString &userId, const QString &name, int changeCount,
                   const QDateTime &since, int others);
    void clear();
    QString userId() const { return m_userId; }
    QString text() const;

Q_SIGNALS:
    void restoreRequested(const QString &userId);
    void discardRequested(const QString &userId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Offer
    {
        QString name;
        int changeCount = 0;
        QDateTime since;
        int others = 0;
    };

    void retranslateUi();
    QString offerText() const;

    Offer m_offer; // the one shown
    InlineBanner *m_banner = nullptr;
    QPushButton *m_discard = nullptr;
    QString m_userId;
};

} // namespace valara
