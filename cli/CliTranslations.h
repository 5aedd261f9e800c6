// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace valara {

// valara-cli's translators, installed at start-up for the system locale (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG): our :/i18n/valara_<lang>.qm (es_MX reads valara_es.qm), else the English
// plural forms (valara_en.qm, for English and for languages without a translation), and Qt's own
// qtbase_<lang>.qm where installed (QCommandLineParser's errors). With VALARA_PSEUDO_LOCALE=1,
// every string of ours comes back between markers (PseudoTranslator) on the English plural forms.
// The JSON the CLI prints never goes through them.
class CliTranslations
{
public:
    static constexpr const char *PseudoLocaleVariable = "VALARA_PSEUDO_LOCALE";

    CliTranslations();
    // Removes the translators it installed.
    ~CliTranslations();
    CliTranslations(const CliTranslations &) = delete;
    CliTranslations &operator=(const CliTranslations &) = delete;

    // Needs a QCoreApplication. valara-cli passes QLocale::system().
    void install(const QLocale &locale, const QProcessEnvironment &environment);
    // The files of the installed translators, the one asked first first (for the logs and tests).
    QStringList files() const { return m_files; }

private:
    void add(std::unique_ptr<QTranslator> translator, const QString &file);

    std::vector<std::unique_ptr<QTranslator>> m_installed;
    std::unique_ptr<QTranslator> m_english; // the pseudo-locale's base, not installed itself
    QStringList m_files;
};

} // namespace valara
