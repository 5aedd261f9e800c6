// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTranslator>

namespace valara::testing {

// The English plural forms (translations/valara_en.ts, embedded by valara_i18n as
// :/i18n/valara_en.qm), installed for as long as it lives: "%n people" reads "1 person", as in the
// app. Tests that check a singular text need it; their executable links valara_i18n (valara_app
// brings it).
class EnglishPlurals
{
public:
    EnglishPlurals()
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/valara_en.qm")) &&
                   QCoreApplication::installTranslator(&m_translator);
    }
    ~EnglishPlurals() { QCoreApplication::removeTranslator(&m_translator); }
    EnglishPlurals(const EnglishPlurals &) = delete;
    EnglishPlurals &operator=(const EnglishPlurals &) = delete;

    bool isLoaded() const { return m_loaded; }
    QTranslator *translator() { return &m_translator; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace valara::testing
