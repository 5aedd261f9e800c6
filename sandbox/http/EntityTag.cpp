// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/http/EntityTag.h"

#include "sandbox/http/SandboxRequest.h"

#include <QCryptographicHash>

namespace valara::sandbox {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

QByteArray EntityTag::of(const QByteArray &representation)
{
    const QByteArray hash = QCryptographicHash::hash(representation, QCryptographicHash::Sha256);
    return '"' + hash.left(16).toHex() + '"';
}

bool EntityTag::ifMatchHolds(const SandboxRequest &request, const QByteArray &current)
{
    bool present = false;
    QByteArray joined; // several If-Match fields form one list
    for (const auto &[name, value] : request.headers) {
        if (name.compare("If-Match", Qt::CaseInsensitive) != 0)
            continue;
        if (present)
            joined += ',';
        joined += value;
        present = true;
    }
    return !present || listMatches(joined, current);
}

bool EntityTag::listMatches(const QByteArray &ifMatch, const QByteArray &current)
{
    if (ifMatch.trimmed() == "*")
        return true;
    bool matched = false;
    qsizetype i = 0;
    const qsizetype size = ifMatch.size();
    while (i < size) {
        if (isSpace(ifMatch.at(i)) || ifMatch.at(i) == ',') {
            ++i;
            continue;
        }
        const bool weak = ifMatch.mid(i, 2) == "W/";
        if (weak)
            i += 2;
        const qsizetype end = i < size && ifMatch.at(i) == '"' ? ifMatch.indexOf('"', i + 1) : -1;
        if (end < 0)
            return false; // not an entity-tag: the list cannot be read
        matched = matched || (!weak && ifMatch.mid(i, end - i + 1) == current);
        i = end + 1;
        while (i < size && isSpace(ifMatch.at(i)))
            ++i;
        if (i < size && ifMatch.at(i) != ',')
            return false;
    }
    return matched;
}

} // namespace valara::sandbox
