// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace valara {

// The layout of valara-cli --help, computed here so that translations hold only the words:
// rows of a name and its description in columns, and paragraphs, wrapped at LineWidth columns.
class CliHelpLayout
{
public:
    static constexpr int LineWidth = 90;

    // "  name      description", the description starting at column `width` + 2 and wrapped; a
    // name as wide as the column or wider gets a line of its own.
    static QString row(const QString &name, const QString &description, int width = 22);
    // `text` wrapped, each line indented by `indent` spaces.
    static QString paragraph(const QString &text, int indent = 2);
    // A section's heading, after an empty line.
    static QString heading(const QString &title);
};

} // namespace valara
