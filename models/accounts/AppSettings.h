// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/accounts/Account.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <QVariant>

class QSettings;

namespace valara {

// The app's settings, typed, over a QSettings it is given (and does not own). Every key and its
// default are in one table (AppSettings.cpp); a stored value of the wrong type or out of range
// reads as the default. There is deliberately no generic setter and accounts are stored without
// their secret: secrets belong in a CredentialStore, never here.
class AppSettings
{
public:
    enum class Key
    {
        Accounts,
        CurrentAccountId,
        LastPage,
        WindowGeometry,
        WindowState,
        ThemeOverride,
        UiLanguage,
        JournalEnabled,
        JournalRetentionDays,
        MeApiPublishableKeys,
    };

    explicit AppSettings(QSettings *settings);
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // Where a key is stored in the QSettings, and its default.
    static QString settingsKey(Key key);
    static QVariant defaultValue(Key key);

    // Accounts in the switcher's order; entries that are not valid accounts are skipped.
    QList<Account> accounts() const;
    // Replaces the stored list (and anything else under its group); later duplicates of an id
    // replace earlier ones in place; invalid accounts are dropped.
    void setAccounts(const QList<Account> &accounts);
    // Replaces the account with the same id, or appends it.
    void addOrUpdateAccount(const Account &account);
    // Also clears currentAccountId() when it was that account.
    void removeAccount(const QString &id);

    // The account shown at start-up; empty when none or when it is not among accounts().
    QString currentAccountId() const;
    void setCurrentAccountId(const QString &id);

    // The page shown last (an identifier such as "myPreferences"; default "myPreferences").
    QString lastPage() const;
    void setLastPage(const QString &page);

    // QWidget::saveGeometry() and QMainWindow::saveState(); empty by default.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // "" (no override), "light", "dark" or "system".
    QString themeOverride() const;
    void setThemeOverride(const QString &theme);
    static bool isThemeOverride(const QString &theme);

    // The language of the interface chosen on this computer (View > Language): a language code
    // such as "de", or "" (the default) to follow the signed-in user's language preference.
    QString uiLanguage() const;
    void setUiLanguage(const QString &language);
    static bool isUiLanguage(const QString &language);

    // Whether changes are recorded in the local change journal (default on). The journal holds
    // other people's personal data, so it can be turned off.
    bool journalEnabled() const;
    void setJournalEnabled(bool enabled);
    // How many days journal entries are kept (default 180; MinRetentionDays to
    // MaxRetentionDays, anything else reads, and is stored, as the default).
    static constexpr int MinRetentionDays = 1;
    static constexpr int MaxRetentionDays = 3650;
    int journalRetentionDays() const;
    void setJournalRetentionDays(int days);

    // The Me API's identity service for a Me API base URL: its publishable key (public, not a
    // secret), entered once; empty when none, or what is stored is not a key's shape.
    QString meApiPublishableKey(const QUrl &baseUrl) const;
    void setMeApiPublishableKey(const QUrl &baseUrl, const QString &key);

private:
    QVariant value(Key key) const;
    QString stringValue(Key key) const;
    QByteArray bytesValue(Key key) const;
    void setValue(Key key, const QVariant &value);

    QSettings *m_settings;
};

} // namespace valara
