// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/store/Ulid.h"

namespace valara::sandbox {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int Length = 26;

int digitValue(char c)
{
    for (int i = 0; i < 32; ++i) {
        if (Alphabet[i] == c)
            return i;
    }
    return -1;
}

} // namespace

QByteArray Ulid::generate(const QDateTime &time, QRandomGenerator &random)
{
    // 128 bits: 48-bit timestamp then 80 random bits, written as 26 base32 digits (130 bits,
    // the top two always zero).
    quint64 high = quint64(time.toMSecsSinceEpoch()) & 0xFFFFFFFFFFFFull; // 48 bits
    high = (high << 16) | quint64(random.generate() & 0xFFFF);            // +16 random = 64
    const quint64 low = random.generate64();                              // 64 random

    QByteArray text(Length, '0');
    // Digit i (from the right) covers bits [5i, 5i+5) of the 128-bit number.
    for (int i = 0; i < Length; ++i) {
        const int bit = 5 * i;
        quint64 value = 0;
        if (bit >= 64) {
            value = high >> (bit - 64);
        } else {
            value = low >> bit;
            if (bit > 59)
                value |= high << (64 - bit);
        }
        text[Length - 1 - i] = Alphabet[value & 0x1F];
    }
    return text;
}

bool Ulid::isValid(const QByteArray &text)
{
    if (text.size() != Length)
        return false;
    if (digitValue(text.at(0)) > 7) // the first digit carries only 3 bits
        return false;
    for (char c : text) {
        if (digitValue(c) < 0)
            return false;
    }
    return true;
}

QDateTime Ulid::timestamp(const QByteArray &ulid)
{
    if (!isValid(ulid))
        return {};
    quint64 ms = 0;
    for (int i = 0; i < 10; ++i)
        ms = (ms << 5) | quint64(digitValue(ulid.at(i)));
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
}

} // namespace valara::sandbox
