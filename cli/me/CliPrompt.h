// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

#include <optional>

namespace valara {

// Questions on stderr, answers from stdin, a line each: what me login asks. On a terminal a
// secret is typed without echo; from a pipe (--password-stdin) lines are read as they come.
class CliPrompt
{
public:
    CliPrompt(QTextStream &err);

    // Whether stdin is a terminal someone types at.
    static bool isInteractive();
    // Writes `question` (unless stdin is a pipe) and reads one line; nullopt at the end of input.
    std::optional<QString> ask(const QString &question);
    // As ask(), the typing not shown on a terminal.
    std::optional<QString> askSecret(const QString &question);

private:
    std::optional<QString> readLine();

    QTextStream &m_err;
    QTextStream m_in;
};

} // namespace valara
