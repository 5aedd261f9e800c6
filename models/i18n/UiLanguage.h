// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace valara {

// Which language the interface speaks, in this order: the choice made on this computer
// (View > Language), then the signed-in user's saved `language` preference, then the system
// locale. A regional tag speaks its language (es-MX → es); a language without a translation
// (pt-BR) leaves the interface in English, and note() says so.
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    enum class Source
    {
        Computer, // View > Language
        Account,  // the signed-in user's language preference
        System,   // the system locale
    };

    struct Choice
    {
        QString language = QStringLiteral("en"); // a language code with a translation
        Source source = Source::System;
        QString requested; // the tag asked for, when it had no translation
        bool operator==(const Choice &) const = default;
    };

    // "es-MX", "es_MX", "ES" → "es"; "" for anything that is not a language tag.
    static QString languageOf(const QString &tag);
    // The languages the interface can speak: English and those with an embedded translation
    // (:/i18n/valara_<code>.qm), English first.
    static QStringList available();

    static Choice resolve(const QString &computer, const QString &account, const QString &system,
                          const QStringList &available);

    // The language's own name, capitalised ("Deutsch", "Español", "Français").
    static QString nativeName(const QString &languageOrTag);
    // What View > Language says about the choice: why this language, and when the language
    // asked for has no translation.
    static QString note(const Choice &choice);
};

} // namespace valara
