// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

namespace valara {

// The X display the programs are started on: a private Xvfb (1280x860, 24 bits), so that every
// measurement is taken in the same mode whatever the desktop; stopped on destruction.
class VirtualDisplay
{
public:
    VirtualDisplay() = default;
    ~VirtualDisplay();
    VirtualDisplay(const VirtualDisplay &) = delete;
    VirtualDisplay &operator=(const VirtualDisplay &) = delete;

    // False, with *error, when Xvfb is missing or does not say which display it took.
    bool start(QString *error);
    // ":N"
    QString name() const { return m_name; }

private:
    QProcess m_xvfb;
    QString m_name;
};

} // namespace valara
