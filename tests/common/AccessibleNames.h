// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QStringList>
#include <QWidget>

namespace valara::testing {

// Every input labelled by a buddy label must be named for screen readers exactly as the label
// reads (without the mnemonic '&' and the trailing ':'). Returns one line per mismatch; `checked`
// counts the labelled inputs.
inline QStringList accessibleNameMismatches(const QWidget *root, int *checked)
{
    QStringList mismatches;
    *checked = 0;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        QString text = label->text().remove(QLatin1Char('&'));
        text.chop(text.endsWith(QLatin1Char(':')) ? 1 : 0);
        if (label->buddy()->accessibleName() != text)
            mismatches.append(
                QStringLiteral("%1: \"%2\" is named \"%3\"")
                    .arg(label->buddy()->objectName(), text, label->buddy()->accessibleName()));
        ++*checked;
    }
    return mismatches;
}

} // namespace valara::testing
