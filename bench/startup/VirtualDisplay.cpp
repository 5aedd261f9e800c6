// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/startup/VirtualDisplay.h"

#include <QStandardPaths>

namespace valara {

VirtualDisplay::~VirtualDisplay()
{
    if (m_xvfb.state() == QProcess::NotRunning)
        return;
    m_xvfb.terminate();
    if (!m_xvfb.waitForFinished(5000))
        m_xvfb.kill();
    m_xvfb.waitForFinished(5000);
}

bool VirtualDisplay::start(QString *error)
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        *error = QStringLiteral("Xvfb is not installed (Debian: xvfb)");
        return false;
    }
    // -displayfd 1: Xvfb picks a free display and writes its number on standard output.
    m_xvfb.setStandardErrorFile(QProcess::nullDevice());
    m_xvfb.start(xvfb,
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                  QStringLiteral("0"), QStringLiteral("1280x860x24"), QStringLiteral("-nolisten"),
                  QStringLiteral("tcp")});
    QByteArray out;
    while (!out.contains('\n') && m_xvfb.waitForReadyRead(20000))
        out += m_xvfb.readAllStandardOutput();
    bool number = false;
    const int display = out.trimmed().toInt(&number);
    if (!number) {
        *error = QStringLiteral("Xvfb did not say which display it took");
        return false;
    }
    m_name = QStringLiteral(":%1").arg(display);
    return true;
}

} // namespace valara
