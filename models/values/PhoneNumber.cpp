// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/values/PhoneNumber.h"

#include <QThreadPool>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <mutex>
#include <string>

namespace valara {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

constexpr auto FallbackRegion = "US";

// libphonenumber's metadata, read on first use (some milliseconds): through a function-local
// static, so that prepareInBackground()'s worker and a first check() on this thread read it once.
const PhoneNumberUtil *phoneUtil()
{
    static const PhoneNumberUtil *const util = PhoneNumberUtil::GetInstance();
    return util;
}

} // namespace

void PhoneNumber::prepareInBackground()
{
    static std::once_flag started;
    std::call_once(started, [] { QThreadPool::globalInstance()->start([] { phoneUtil(); }); });
}

PhoneNumber::Check PhoneNumber::check(const QString &text, const QString &region,
                                      const QString &label)
{
    const PhoneNumberUtil *util = phoneUtil();
    Check result;
    i18n::phonenumbers::PhoneNumber number;
    const std::string input = text.trimmed().toStdString();
    // A region libphonenumber has no numbering plan for reads numbers as the fallback's.
    std::string home = region.toStdString();
    if (util->GetCountryCodeForRegion(home) == 0)
        home = FallbackRegion;
    const auto parsed = util->Parse(input, home, &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        result.message =
            parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR
                ? tr("%1 has a country code that does not exist.").arg(label)
                : tr("%1 is not a phone number. Write it with digits, such as +1 650 253 0000.")
                      .arg(label);
        return result;
    }
    switch (util->IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        result.message = tr("%1 has a country code that does not exist.").arg(label);
        return result;
    case PhoneNumberUtil::TOO_SHORT:
        result.message = tr("%1 has too few digits to be a phone number.").arg(label);
        return result;
    case PhoneNumberUtil::TOO_LONG:
        result.message = tr("%1 has too many digits to be a phone number.").arg(label);
        return result;
    case PhoneNumberUtil::INVALID_LENGTH:
        result.message = tr("%1 does not have a possible number of digits.").arg(label);
        return result;
    }

    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    // E.164 allows 15 digits at most, country code included; a few national plans accept longer
    // numbers that cannot be dialled from abroad.
    if (e164.size() > 16) {
        result.message = tr("%1 has too many digits to be a phone number.").arg(label);
        return result;
    }
    result.e164 = QString::fromStdString(e164);
    if (util->IsValidNumber(number)) {
        result.verdict = Verdict::Valid;
        return result;
    }
    result.verdict = Verdict::Unusual;
    result.message =
        util->IsPossibleNumberWithReason(number) == PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY
            ? tr("%1 looks like a local number without its area code; it will be "
                 "sent as %2.")
                  .arg(label, result.e164)
            : tr("%1 is not a number in use that we know of; it will be sent as %2.")
                  .arg(label, result.e164);
    return result;
}

QString PhoneNumber::regionFor(const QLocale &locale)
{
    // Without libphonenumber, whose metadata would be loaded before the first window for this
    // alone: check() reads numbers of a region it does not know as the fallback's.
    const QString code = QLocale::territoryToCode(locale.territory());
    const bool letters = code.size() == 2 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
                             return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
                         });
    if (letters && code != QLatin1String("ZZ"))
        return code;
    return QString::fromLatin1(FallbackRegion);
}

} // namespace valara
