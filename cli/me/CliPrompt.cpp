// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/me/CliPrompt.h"

#include <cstdio>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace valara {

namespace {

// Turns the terminal's echo off for as long as it lives.
class NoEcho
{
public:
    NoEcho()
    {
#if defined(Q_OS_WIN)
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_changed = GetConsoleMode(m_handle, &m_mode) &&
                    SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        if (tcgetattr(STDIN_FILENO, &m_mode) == 0) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_changed = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~NoEcho()
    {
        if (!m_changed)
            return;
#if defined(Q_OS_WIN)
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;

private:
    bool m_changed = false;
#if defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
};

} // namespace

CliPrompt::CliPrompt(QTextStream &err)
    : m_err(err)
    , m_in(stdin)
{}

bool CliPrompt::isInteractive()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

std::optional<QString> CliPrompt::readLine()
{
    QString line;
    if (!m_in.readLineInto(&line))
        return std::nullopt;
    return line;
}

std::optional<QString> CliPrompt::ask(const QString &question)
{
    if (isInteractive()) {
        m_err << question;
        m_err.flush();
    }
    return readLine();
}

std::optional<QString> CliPrompt::askSecret(const QString &question)
{
    if (!isInteractive())
        return readLine();
    m_err << question;
    m_err.flush();
    std::optional<QString> line;
    {
        NoEcho quiet;
        line = readLine();
    }
    m_err << '\n'; // the Return typed was not echoed
    m_err.flush();
    return line;
}

} // namespace valara
