// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace valara {

// Phone numbers as libphonenumber reads them: parsed in a default region (for numbers written
// without a country code), normalised to E.164 for sending, and judged: a number libphonenumber
// deems impossible is refused; one that is possible but not a valid assigned number (a local
// number without its area code, such as the reference's example "+1-555-0123", K9) is accepted with
// a warning.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    enum class Verdict
    {
        Valid,      // a valid number for its region
        Unusual,    // possible, but not a valid assigned number: a warning, not a block
        Impossible, // cannot be a phone number: refused
    };

    struct Check
    {
        Verdict verdict = Verdict::Impossible;
        QString e164;    // "+16502530000"; empty when impossible
        QString message; // why it is refused or unusual (one sentence), empty when valid
    };

    // `region`: ISO 3166-1 alpha-2 code used for numbers without a country code ("US").
    // `label` names the field in the message ("Phone").
    static Check check(const QString &text, const QString &region, const QString &label);
    // The region of a locale ("de_DE" -> "DE"), or "US" when the locale names none. Cheap: it
    // does not load libphonenumber; check() reads the numbers of a region libphonenumber does not
    // know as those of the US.
    static QString regionFor(const QLocale &locale);
    // Reads libphonenumber's metadata on a worker thread, once per process, so that the first
    // check() (the first keystroke in a phone field) does not: for a form about to be used.
    static void prepareInBackground();
};

} // namespace valara
