// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accounts/AppSettings.h"

#include "models/ModelsLogging.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <array>

namespace valara {

namespace {

struct Setting
{
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

// The one table of keys and defaults.
const std::array<Setting, 10> &settingsTable()
{
    static const std::array<Setting, 10> table{{
        {AppSettings::Key::Accounts, "accounts", QVariantList()},
        {AppSettings::Key::CurrentAccountId, "session/currentAccountId", QString()},
        {AppSettings::Key::LastPage, "session/lastPage", QStringLiteral("myPreferences")},
        {AppSettings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {AppSettings::Key::WindowState, "window/state", QByteArray()},
        {AppSettings::Key::ThemeOverride, "appearance/themeOverride", QString()},
        {AppSettings::Key::UiLanguage, "appearance/language", QString()},
        {AppSettings::Key::JournalEnabled, "journal/enabled", true},
        {AppSettings::Key::JournalRetentionDays, "journal/retentionDays", 180},
        {AppSettings::Key::MeApiPublishableKeys, "meApi/publishableKeys", QVariantMap()},
    }};
    return table;
}

const Setting &setting(AppSettings::Key key)
{
    for (const Setting &entry : settingsTable()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

// The fields of Account::toMap(), in the order they are written.
const QStringList &accountFields()
{
    static const QStringList fields{QStringLiteral("kind"), QStringLiteral("baseUrl"),
                                    QStringLiteral("userId"), QStringLiteral("displayName"),
                                    QStringLiteral("role")};
    return fields;
}

bool isPageName(const QString &page)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\A[A-Za-z][A-Za-z0-9_.:/-]{0,127}\\z"));
    return pattern.match(page).hasMatch();
}

} // namespace

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(m_settings);
}

QString AppSettings::settingsKey(Key key)
{
    return QString::fromLatin1(setting(key).name);
}

QVariant AppSettings::defaultValue(Key key)
{
    return setting(key).defaultValue;
}

QVariant AppSettings::value(Key key) const
{
    return m_settings->value(settingsKey(key), defaultValue(key));
}

QString AppSettings::stringValue(Key key) const
{
    const QVariant stored = value(key);
    if (stored.typeId() != QMetaType::QString) {
        qCWarning(lcModels) << "ignoring a stored" << settingsKey(key) << "of the wrong type";
        return defaultValue(key).toString();
    }
    return stored.toString();
}

QByteArray AppSettings::bytesValue(Key key) const
{
    const QVariant stored = value(key);
    if (stored.typeId() != QMetaType::QByteArray) {
        qCWarning(lcModels) << "ignoring a stored" << settingsKey(key) << "of the wrong type";
        return defaultValue(key).toByteArray();
    }
    return stored.toByteArray();
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    if (value == defaultValue(key))
        m_settings->remove(settingsKey(key));
    else
        m_settings->setValue(settingsKey(key), value);
}

QList<Account> AppSettings::accounts() const
{
    QList<Account> accounts;
    const int size = m_settings->beginReadArray(settingsKey(Key::Accounts));
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        QVariantMap map;
        for (const QString &field : accountFields()) {
            if (m_settings->contains(field))
                map.insert(field, m_settings->value(field));
        }
        const std::optional<Account> account = Account::fromMap(map);
        if (!account) {
            qCWarning(lcModels) << "ignoring stored account" << i + 1 << ": not a valid account";
            continue;
        }
        if (std::any_of(accounts.cbegin(), accounts.cend(),
                        [&](const Account &a) { return a.id() == account->id(); })) {
            qCWarning(lcModels) << "ignoring stored account" << i + 1 << ": a duplicate";
            continue;
        }
        accounts.append(*account);
    }
    m_settings->endArray();
    return accounts;
}

void AppSettings::setAccounts(const QList<Account> &accounts)
{
    QList<Account> unique;
    for (const Account &account : accounts) {
        if (!account.isValid()) {
            qCWarning(lcModels) << "not storing an invalid account";
            continue;
        }
        const QString id = account.id();
        const auto same = std::find_if(unique.begin(), unique.end(),
                                       [&](const Account &a) { return a.id() == id; });
        if (same != unique.end())
            *same = account;
        else
            unique.append(account);
    }

    // Everything under the group goes, so nothing but the fields below can stay there.
    const QString group = settingsKey(Key::Accounts);
    m_settings->remove(group);
    if (unique.isEmpty())
        return;
    m_settings->beginWriteArray(group, int(unique.size()));
    for (int i = 0; i < unique.size(); ++i) {
        m_settings->setArrayIndex(i);
        const QVariantMap map = unique.at(i).toMap();
        for (const QString &field : accountFields())
            m_settings->setValue(field, map.value(field).toString());
    }
    m_settings->endArray();
}

void AppSettings::addOrUpdateAccount(const Account &account)
{
    QList<Account> list = accounts();
    list.append(account); // setAccounts() lets it replace an earlier one with the same id
    setAccounts(list);
}

void AppSettings::removeAccount(const QString &id)
{
    QList<Account> list = accounts();
    list.removeIf([&](const Account &account) { return account.id() == id; });
    setAccounts(list);
    if (m_settings->value(settingsKey(Key::CurrentAccountId)).toString() == id)
        setValue(Key::CurrentAccountId, defaultValue(Key::CurrentAccountId));
}

QString AppSettings::currentAccountId() const
{
    const QString id = stringValue(Key::CurrentAccountId);
    if (id.isEmpty())
        return id;
    const QList<Account> list = accounts();
    const bool known =
        std::any_of(list.cbegin(), list.cend(), [&](const Account &a) { return a.id() == id; });
    return known ? id : defaultValue(Key::CurrentAccountId).toString();
}

void AppSettings::setCurrentAccountId(const QString &id)
{
    setValue(Key::CurrentAccountId, id);
}

QString AppSettings::lastPage() const
{
    const QString page = stringValue(Key::LastPage);
    return isPageName(page) ? page : defaultValue(Key::LastPage).toString();
}

void AppSettings::setLastPage(const QString &page)
{
    setValue(Key::LastPage, isPageName(page) ? page : defaultValue(Key::LastPage));
}

QByteArray AppSettings::windowGeometry() const
{
    return bytesValue(Key::WindowGeometry);
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return bytesValue(Key::WindowState);
}

void AppSettings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

bool AppSettings::isThemeOverride(const QString &theme)
{
    return theme.isEmpty() || theme == u"light" || theme == u"dark" || theme == u"system";
}

QString AppSettings::themeOverride() const
{
    const QString theme = stringValue(Key::ThemeOverride);
    return isThemeOverride(theme) ? theme : defaultValue(Key::ThemeOverride).toString();
}

bool AppSettings::isUiLanguage(const QString &language)
{
    static const QRegularExpression code(QStringLiteral("\\A[a-z]{2,3}\\z"));
    return language.isEmpty() || code.match(language).hasMatch();
}

QString AppSettings::uiLanguage() const
{
    const QString language = stringValue(Key::UiLanguage);
    return isUiLanguage(language) ? language : QString();
}

void AppSettings::setUiLanguage(const QString &language)
{
    setValue(Key::UiLanguage, isUiLanguage(language) ? language : QString());
}

void AppSettings::setThemeOverride(const QString &theme)
{
    setValue(Key::ThemeOverride, isThemeOverride(theme) ? theme : defaultValue(Key::ThemeOverride));
}

bool AppSettings::journalEnabled() const
{
    // An ini file stores booleans as text.
    const QVariant stored = value(Key::JournalEnabled);
    if (stored.typeId() == QMetaType::Bool)
        return stored.toBool();
    const QString text = stored.toString();
    if (text == u"true" || text == u"false")
        return text == u"true";
    qCWarning(lcModels) << "ignoring a stored" << settingsKey(Key::JournalEnabled)
                        << "that is not true or false";
    return defaultValue(Key::JournalEnabled).toBool();
}

void AppSettings::setJournalEnabled(bool enabled)
{
    setValue(Key::JournalEnabled, enabled);
}

int AppSettings::journalRetentionDays() const
{
    bool ok = false;
    const int days = value(Key::JournalRetentionDays).toString().toInt(&ok);
    if (!ok || days < MinRetentionDays || days > MaxRetentionDays) {
        qCWarning(lcModels) << "ignoring a stored" << settingsKey(Key::JournalRetentionDays)
                            << "that is not a number of days from" << MinRetentionDays << "to"
                            << MaxRetentionDays;
        return defaultValue(Key::JournalRetentionDays).toInt();
    }
    return days;
}

void AppSettings::setJournalRetentionDays(int days)
{
    const bool known = days >= MinRetentionDays && days <= MaxRetentionDays;
    setValue(Key::JournalRetentionDays,
             known ? days : defaultValue(Key::JournalRetentionDays).toInt());
}

namespace {

bool isPublishableKeyShape(const QString &key)
{
    static const QRegularExpression shape(
        QStringLiteral("\\Apk_(test|live)_[A-Za-z0-9+/=_-]{1,400}\\z"));
    return shape.match(key).hasMatch();
}

} // namespace

QString AppSettings::meApiPublishableKey(const QUrl &baseUrl) const
{
    const QString key = value(Key::MeApiPublishableKeys)
                            .toMap()
                            .value(Account::normalizedBaseUrl(baseUrl).toString())
                            .toString();
    return isPublishableKeyShape(key) ? key : QString();
}

void AppSettings::setMeApiPublishableKey(const QUrl &baseUrl, const QString &key)
{
    QVariantMap keys = value(Key::MeApiPublishableKeys).toMap();
    const QString url = Account::normalizedBaseUrl(baseUrl).toString();
    if (isPublishableKeyShape(key))
        keys.insert(url, key);
    else
        keys.remove(url);
    setValue(Key::MeApiPublishableKeys, keys);
}

} // namespace valara
