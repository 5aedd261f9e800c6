// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/i18n/PseudoTranslator.h"

#include <QCoreApplication>

namespace valara {

PseudoTranslator::PseudoTranslator(QObject *parent)
    : QTranslator(parent)
{}

void PseudoTranslator::setBase(QTranslator *base)
{
    m_base = base;
}

QString PseudoTranslator::translate(const char *context, const char *sourceText,
                                    const char *disambiguation, int n) const
{
    if (!sourceText || !*sourceText || isQtContext(context))
        return {};
    QString text;
    if (m_base)
        text = m_base->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    // QCoreApplication::translate replaces %n after the translator, so it stays as it is.
    return expand(text);
}

QString PseudoTranslator::expand(const QString &text)
{
    // About 40 % longer, at least two characters, in a filler that no language's text contains.
    const qsizetype extra = std::max<qsizetype>(2, (text.size() * 4 + 9) / 10);
    return open + text + QString(extra, QChar(0x00B7)) + close;
}

bool PseudoTranslator::wrapped(const QString &text)
{
    return text.startsWith(open) && text.endsWith(close);
}

bool PseudoTranslator::isQtContext(const char *context)
{
    // Qt's classes: "QShortcut", "QDialogButtonBox", "QPlatformTheme"… Ours live in valara::
    // or are named after the CLI ("Cli…").
    return context && context[0] == 'Q' && context[1] >= 'A' && context[1] <= 'Z';
}

} // namespace valara
