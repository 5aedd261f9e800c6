// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/rules/SandboxTimeZones.h"

#include <QFile>
#include <QList>
#include <QTimeZone>

namespace valara::sandbox {

namespace {

QSet<QString> fromQt()
{
    QSet<QString> ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (!id.startsWith("UTC+") && !id.startsWith("UTC-"))
            ids.insert(QString::fromLatin1(id));
    }
    return ids;
}

} // namespace

QSet<QString> SandboxTimeZones::idsInZic(const QByteArray &text)
{
    QSet<QString> ids;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.first() == "Z" && words.size() >= 2)
            ids.insert(QString::fromLatin1(words.at(1)));
        else if (words.first() == "L" && words.size() >= 3)
            ids.insert(QString::fromLatin1(words.at(2)));
    }
    ids.remove(QStringLiteral("Factory")); // a placeholder, not a place (P6)
    return ids;
}

const QSet<QString> &SandboxTimeZones::ids()
{
    static const QSet<QString> known = [] {
        const QString directory =
            qEnvironmentVariable("TZDIR", QStringLiteral("/usr/share/zoneinfo"));
        QFile source(directory + QStringLiteral("/tzdata.zi"));
        if (source.open(QIODevice::ReadOnly)) {
            const QSet<QString> read = idsInZic(source.readAll());
            if (!read.isEmpty())
                return read;
        }
        return fromQt();
    }();
    return known;
}

bool SandboxTimeZones::isKnown(const QString &id)
{
    return ids().contains(id);
}

} // namespace valara::sandbox
