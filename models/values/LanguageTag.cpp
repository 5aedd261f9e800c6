// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/values/LanguageTag.h"

#include <QSet>
#include <QStringList>

namespace valara {

namespace {

bool isAlpha(const QString &s)
{
    for (QChar c : s) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return !s.isEmpty();
}

bool isDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

bool isAlphanumeric(const QString &s)
{
    for (QChar c : s) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return !s.isEmpty();
}

bool isVariant(const QString &s)
{
    if (s.size() >= 5 && s.size() <= 8)
        return isAlphanumeric(s);
    return s.size() == 4 && s.at(0).isDigit() && isAlphanumeric(s);
}

// RFC 5646 section 2.2.8: the grandfathered tags, irregular and regular.
const QSet<QString> &grandfathered()
{
    static const QSet<QString> tags{
        QStringLiteral("en-gb-oed"),   QStringLiteral("i-ami"),      QStringLiteral("i-bnn"),
        QStringLiteral("i-default"),   QStringLiteral("i-enochian"), QStringLiteral("i-hak"),
        QStringLiteral("i-klingon"),   QStringLiteral("i-lux"),      QStringLiteral("i-mingo"),
        QStringLiteral("i-navajo"),    QStringLiteral("i-pwn"),      QStringLiteral("i-tao"),
        QStringLiteral("i-tay"),       QStringLiteral("i-tsu"),      QStringLiteral("sgn-be-fr"),
        QStringLiteral("sgn-be-nl"),   QStringLiteral("sgn-ch-de"),  QStringLiteral("art-lojban"),
        QStringLiteral("cel-gaulish"), QStringLiteral("no-bok"),     QStringLiteral("no-nyn"),
        QStringLiteral("zh-guoyu"),    QStringLiteral("zh-hakka"),   QStringLiteral("zh-min"),
        QStringLiteral("zh-min-nan"),  QStringLiteral("zh-xiang")};
    return tags;
}

} // namespace

bool LanguageTag::isWellFormed(const QString &tag)
{
    // P6: ASCII only. Checked before lower-casing, which maps a Kelvin sign (U+212A) to 'k'.
    for (const QChar c : tag) {
        if (c.unicode() > 0x7f)
            return false;
    }
    const QString lower = tag.toLower();
    if (grandfathered().contains(lower))
        return true;

    const QStringList parts = lower.split(u'-');
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 8 || !isAlphanumeric(part))
            return false;
    }
    const qsizetype n = parts.size();
    qsizetype i = 0;

    if (parts.at(0) == QLatin1String("x")) // privateuse = "x" 1*("-" (1*8alphanum))
        return n > 1;

    // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
    const QString &language = parts.at(i++);
    if (!isAlpha(language) || language.size() < 2)
        return false;
    if (language.size() <= 3) { // extlang = 3ALPHA *2("-" 3ALPHA)
        for (int extlangs = 0;
             extlangs < 3 && i < n && parts.at(i).size() == 3 && isAlpha(parts.at(i)); ++extlangs)
            ++i;
    }
    if (i < n && parts.at(i).size() == 4 && isAlpha(parts.at(i))) // script
        ++i;
    if (i < n && ((parts.at(i).size() == 2 && isAlpha(parts.at(i))) ||
                  (parts.at(i).size() == 3 && isDigits(parts.at(i))))) // region
        ++i;

    QSet<QString> variants;
    for (; i < n && isVariant(parts.at(i)); ++i) {
        if (variants.contains(parts.at(i)))
            return false; // a repeated variant is never meaningful (RFC 5646 2.2.5)
        variants.insert(parts.at(i));
    }

    QSet<QString> singletons;
    while (i < n && parts.at(i).size() == 1 && parts.at(i) != QLatin1String("x")) {
        if (singletons.contains(parts.at(i)))
            return false; // each extension singleton at most once (RFC 5646 2.2.6)
        singletons.insert(parts.at(i++));
        int subtags = 0;
        for (; i < n && parts.at(i).size() >= 2; ++i)
            ++subtags;
        if (subtags == 0)
            return false;
    }

    if (i < n && parts.at(i) == QLatin1String("x")) {
        ++i;
        if (i == n)
            return false;
        i = n; // every remaining subtag is 1*8alphanum, checked above
    }
    return i == n;
}

} // namespace valara
