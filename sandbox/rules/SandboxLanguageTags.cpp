// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/rules/SandboxLanguageTags.h"

#include <QSet>

#include <algorithm>

namespace valara::sandbox {

namespace {

bool isAlpha(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allOf(const QString &subtag, bool (*test)(QChar))
{
    return std::all_of(subtag.begin(), subtag.end(), test);
}

bool isAlnum(QChar c)
{
    return isAlpha(c) || isDigit(c);
}

bool sizeIn(const QString &subtag, qsizetype low, qsizetype high)
{
    return subtag.size() >= low && subtag.size() <= high;
}

// RFC 5646: variant = 5*8alphanum / (DIGIT 3alphanum)
bool isVariant(const QString &subtag)
{
    if (!allOf(subtag, isAlnum))
        return false;
    return sizeIn(subtag, 5, 8) || (subtag.size() == 4 && isDigit(subtag.front()));
}

// RFC 5646 "irregular" grandfathered tags: the only ones the langtag syntax does not cover.
const QSet<QString> &irregular()
{
    static const QSet<QString> tags{
        QStringLiteral("en-gb-oed"), QStringLiteral("i-ami"),      QStringLiteral("i-bnn"),
        QStringLiteral("i-default"), QStringLiteral("i-enochian"), QStringLiteral("i-hak"),
        QStringLiteral("i-klingon"), QStringLiteral("i-lux"),      QStringLiteral("i-mingo"),
        QStringLiteral("i-navajo"),  QStringLiteral("i-pwn"),      QStringLiteral("i-tao"),
        QStringLiteral("i-tay"),     QStringLiteral("i-tsu"),      QStringLiteral("sgn-be-fr"),
        QStringLiteral("sgn-be-nl"), QStringLiteral("sgn-ch-de")};
    return tags;
}

} // namespace

bool SandboxLanguageTags::isWellFormed(const QString &tag)
{
    // ASCII only, before lower-casing (the Kelvin sign lower-cases to a 'k').
    if (std::any_of(tag.begin(), tag.end(), [](QChar c) { return c.unicode() > 0x7F; }))
        return false;
    const QString lower = tag.toLower();
    if (irregular().contains(lower))
        return true;
    const QStringList subtags = lower.split(u'-');
    for (const QString &subtag : subtags) {
        if (subtag.isEmpty() || subtag.size() > 8 || !allOf(subtag, isAlnum))
            return false;
    }
    if (subtags.first() == QLatin1String("x"))
        return isPrivateUse(subtags, 0);
    return isLangtag(subtags);
}

bool SandboxLanguageTags::isPrivateUse(const QStringList &subtags, qsizetype from)
{
    // privateuse = "x" 1*("-" (1*8alphanum)); the subtags' sizes are checked already.
    return subtags.at(from) == QLatin1String("x") && subtags.size() > from + 1;
}

bool SandboxLanguageTags::isLangtag(const QStringList &subtags)
{
    const qsizetype count = subtags.size();
    qsizetype i = 0;
    // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA; extlang = 3ALPHA *2("-" 3ALPHA)
    const QString &language = subtags.at(i++);
    if (!allOf(language, isAlpha) || language.size() < 2)
        return false;
    if (language.size() <= 3) {
        for (int extlangs = 0; extlangs < 3 && i < count; ++extlangs, ++i) {
            const QString &subtag = subtags.at(i);
            if (subtag.size() != 3 || !allOf(subtag, isAlpha))
                break;
        }
    }
    // script = 4ALPHA
    if (i < count && subtags.at(i).size() == 4 && allOf(subtags.at(i), isAlpha))
        ++i;
    // region = 2ALPHA / 3DIGIT
    if (i < count && ((subtags.at(i).size() == 2 && allOf(subtags.at(i), isAlpha)) ||
                      (subtags.at(i).size() == 3 && allOf(subtags.at(i), isDigit))))
        ++i;
    QSet<QString> variants;
    for (; i < count && isVariant(subtags.at(i)); ++i) {
        if (variants.contains(subtags.at(i)))
            return false; // RFC 5646 2.2.9: no variant twice
        variants.insert(subtags.at(i));
    }
    // extension = singleton 1*("-" (2*8alphanum)), singleton any alphanumeric but x
    QSet<QString> singletons;
    while (i < count && subtags.at(i).size() == 1 && subtags.at(i) != QLatin1String("x")) {
        if (singletons.contains(subtags.at(i)))
            return false; // RFC 5646 2.2.9: no singleton twice
        singletons.insert(subtags.at(i++));
        const qsizetype first = i;
        while (i < count && subtags.at(i).size() >= 2)
            ++i;
        if (i == first)
            return false;
    }
    if (i < count)
        return isPrivateUse(subtags, i);
    return true;
}

} // namespace valara::sandbox
