// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/Totp.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace valara::sandbox {

namespace {

QString codeForStep(const QByteArray &secret, qint64 step)
{
    char counter[8];
    qToBigEndian(quint64(step), counter);
    const QByteArray mac = QMessageAuthenticationCode::hash(QByteArray(counter, sizeof counter),
                                                            secret, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) |
                           (quint32(quint8(mac.at(offset + 2))) << 8) |
                           quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

qint64 stepAt(const QDateTime &at)
{
    return at.toSecsSinceEpoch() / Totp::StepSeconds;
}

} // namespace

QByteArray Totp::decodeBase32(const QString &base32)
{
    static const QByteArray alphabet = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : base32) {
        if (c == QLatin1Char('=') || c == QLatin1Char(' '))
            continue;
        const int value = alphabet.indexOf(char(c.toUpper().toLatin1()));
        if (value < 0)
            return {};
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    return bytes;
}

QString Totp::codeAt(const QByteArray &secret, const QDateTime &at)
{
    return codeForStep(secret, stepAt(at));
}

bool Totp::accepts(const QByteArray &secret, const QString &code, const QDateTime &at)
{
    if (secret.isEmpty() || code.size() != 6)
        return false;
    const qint64 step = stepAt(at);
    for (qint64 s = step - 1; s <= step + 1; ++s) {
        if (codeForStep(secret, s) == code)
            return true;
    }
    return false;
}

} // namespace valara::sandbox
