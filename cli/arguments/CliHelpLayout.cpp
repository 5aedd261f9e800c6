// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments/CliHelpLayout.h"

#include <QStringList>

namespace valara {

QString CliHelpLayout::row(const QString &name, const QString &description, int width)
{
    const QString indent(width + 2, QLatin1Char(' '));
    QString text = QStringLiteral("  ") + name;
    QString line;
    if (name.size() >= width) {
        text += QLatin1Char('\n');
        line = indent;
    } else {
        line = QString(width - name.size(), QLatin1Char(' '));
    }
    qsizetype column = name.size() >= width ? 0 : 2 + name.size();
    bool first = true;
    for (const QString &word : description.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!first && column + line.size() + 1 + word.size() > LineWidth) {
            text += line + QLatin1Char('\n');
            line = indent + word;
            column = 0;
        } else {
            line += (first ? QString() : QStringLiteral(" ")) + word;
        }
        first = false;
    }
    return text + line + QLatin1Char('\n');
}

QString CliHelpLayout::paragraph(const QString &text, int indent)
{
    const QString margin(indent, QLatin1Char(' '));
    QString out;
    QString line = margin;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool empty = line.size() == indent;
        if (!empty && line.size() + 1 + word.size() > LineWidth) {
            out += line + QLatin1Char('\n');
            line = margin;
        }
        line += (line.size() == indent ? QString() : QStringLiteral(" ")) + word;
    }
    return out + line + QLatin1Char('\n');
}

QString CliHelpLayout::heading(const QString &title)
{
    return QLatin1Char('\n') + title + QLatin1Char('\n');
}

} // namespace valara
