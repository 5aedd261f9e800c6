// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliTranslations.h"

#include "cli/CliLogging.h"
#include "models/i18n/PseudoTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace valara {

namespace {

const QString ownDirectory = QStringLiteral(":/i18n");
const QString englishFile = QStringLiteral(":/i18n/valara_en.qm");

std::unique_ptr<QTranslator> loaded(const QLocale &locale, const QString &name,
                                    const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return nullptr;
    return translator;
}

} // namespace

CliTranslations::CliTranslations() = default;

CliTranslations::~CliTranslations()
{
    for (const std::unique_ptr<QTranslator> &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
}

void CliTranslations::add(std::unique_ptr<QTranslator> translator, const QString &file)
{
    QCoreApplication::installTranslator(translator.get());
    m_files.prepend(file); // the last one installed is asked first
    m_installed.push_back(std::move(translator));
}

void CliTranslations::install(const QLocale &locale, const QProcessEnvironment &environment)
{
    // Qt's own strings, asked last: the translators of ours leave Qt's contexts alone.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (std::unique_ptr<QTranslator> qt = loaded(locale, QStringLiteral("qtbase"), qtDirectory)) {
        const QString file = qt->filePath();
        add(std::move(qt), file);
    }

    m_english = std::make_unique<QTranslator>();
    if (!m_english->load(englishFile))
        qCWarning(lcCli) << "the English plural forms are missing:" << englishFile;
    if (environment.value(QLatin1String(PseudoLocaleVariable)) == QLatin1String("1")) {
        auto pseudo = std::make_unique<PseudoTranslator>();
        pseudo->setBase(m_english.get());
        add(std::move(pseudo), QStringLiteral("pseudo-locale"));
    } else if (std::unique_ptr<QTranslator> own =
                   loaded(locale, QStringLiteral("valara"), ownDirectory)) {
        // es_MX finds valara_es.qm, en_GB valara_en.qm.
        const QString file = own->filePath();
        add(std::move(own), file);
    } else {
        // English, the C locale, or a language without a translation: English, with its plurals.
        add(std::move(m_english), englishFile);
    }
    qCDebug(lcCli).noquote() << "locale" << locale.name() << "translations"
                             << m_files.join(QStringLiteral(", "));
}

} // namespace valara
