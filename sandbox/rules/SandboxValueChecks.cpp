// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/rules/SandboxValueChecks.h"

#include <QDate>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace valara::sandbox {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDomainLabel(const QString &label)
{
    if (label.isEmpty() || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (QChar c : label) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-')
            return false;
    }
    return true;
}

} // namespace

bool SandboxValueChecks::hasControlCharacters(const QString &text, bool lineBreaksAllowed)
{
    for (QChar c : text) {
        const char16_t code = c.unicode();
        if (lineBreaksAllowed && (code == u'\t' || code == u'\n' || code == u'\r'))
            continue;
        if (code < 0x20 || (code >= 0x7F && code <= 0x9F))
            return true;
    }
    return false;
}

bool SandboxValueChecks::isPhoneNumber(const QString &text)
{
    static const QString punctuation = QStringLiteral(" -().");
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c))
            ++digits;
        else if (!(c == u'+' && i == 0) && !punctuation.contains(c))
            return false;
    }
    return digits >= 7 && digits <= 15;
}

bool SandboxValueChecks::isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool SandboxValueChecks::isEmailAddress(const QString &text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || text.indexOf(u'@', at + 1) != -1)
        return false;
    for (qsizetype i = 0; i < at; ++i) {
        if (text.at(i).isSpace())
            return false;
    }
    const QStringList labels = text.mid(at + 1).split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (!isDomainLabel(label))
            return false;
    }
    const QString &top = labels.last();
    return top.size() >= 2 && std::all_of(top.begin(), top.end(), isAsciiLetter);
}

bool SandboxValueChecks::isIsoDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return false;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isAsciiDigit(text.at(i)))
            return false;
    }
    return QDate(text.first(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt()).isValid();
}

} // namespace valara::sandbox
