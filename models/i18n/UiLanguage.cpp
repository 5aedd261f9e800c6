// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/i18n/UiLanguage.h"

#include "models/values/LanguageTag.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

namespace valara {

QString UiLanguage::languageOf(const QString &tag)
{
    QString normalized = tag.trimmed();
    normalized.replace(QLatin1Char('_'), QLatin1Char('-'));
    // A POSIX locale name may carry an encoding or a modifier ("de_DE.UTF-8", "ca_ES@valencia").
    normalized = normalized.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    if (normalized.isEmpty() || !LanguageTag::isWellFormed(normalized))
        return {};
    static const QRegularExpression primary(QStringLiteral("\\A([A-Za-z]{2,3})(-|\\z)"));
    const QRegularExpressionMatch match = primary.match(normalized);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QStringList UiLanguage::available()
{
    QStringList languages{QStringLiteral("en")};
    static const QRegularExpression file(QStringLiteral("\\Avalara_([a-z]{2,3})\\.qm\\z"));
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*.qm")});
    for (const QString &name : files) {
        const QRegularExpressionMatch match = file.match(name);
        if (match.hasMatch() && !languages.contains(match.captured(1)))
            languages.append(match.captured(1));
    }
    return languages;
}

UiLanguage::Choice UiLanguage::resolve(const QString &computer, const QString &account,
                                       const QString &system, const QStringList &available)
{
    // A choice on this computer for a language no longer shipped is ignored.
    const QString chosen = languageOf(computer);
    if (!chosen.isEmpty() && available.contains(chosen))
        return {chosen, Source::Computer, {}};

    const auto fromTag = [&available](const QString &tag, Source source) -> Choice {
        const QString language = languageOf(tag);
        if (available.contains(language))
            return {language, source, {}};
        return {QStringLiteral("en"), source, tag};
    };
    if (!languageOf(account).isEmpty())
        return fromTag(account, Source::Account);
    if (!languageOf(system).isEmpty())
        return fromTag(system, Source::System);
    return {};
}

QString UiLanguage::nativeName(const QString &languageOrTag)
{
    QString tag = languageOrTag;
    tag.replace(QLatin1Char('_'), QLatin1Char('-'));
    const QLocale locale(tag);
    if (locale.language() == QLocale::C)
        return languageOrTag;
    QString name = locale.nativeLanguageName();
    // A regional tag names its territory too: "Português (Brasil)".
    if (tag.contains(QLatin1Char('-')) && locale.territory() != QLocale::AnyTerritory)
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString UiLanguage::note(const Choice &choice)
{
    const QString language = nativeName(choice.language);
    if (!choice.requested.isEmpty()) {
        //: %1 is a language with no translation, such as "Português (Brasil)".
        return tr("%1 has no translation yet: Valara Desk speaks English.")
            .arg(nativeName(choice.requested));
    }
    switch (choice.source) {
    case Source::Computer:
        return tr("%1, as chosen on this computer.").arg(language);
    case Source::Account:
        return tr("%1, from your language preference.").arg(language);
    case Source::System:
        break;
    }
    return tr("%1, from this computer's language.").arg(language);
}

} // namespace valara
