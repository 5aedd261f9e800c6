// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The valara-phonenumber module: libphonenumber behind PhoneNumberEngine.h's functions.
#include "models/values/phone/PhoneNumberEngine.h"

#include "models/modules/ModuleExport.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cstring>
#include <string>

namespace valara {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

constexpr auto FallbackRegion = "US";

// Through a function-local static: a first check racing valara_phone_prepare reads it once.
const PhoneNumberUtil *phoneUtil()
{
    static const PhoneNumberUtil *const util = PhoneNumberUtil::GetInstance();
    return util;
}

int outcomeOf(const PhoneNumberUtil *util, const i18n::phonenumbers::PhoneNumber &number)
{
    switch (util->IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return ValaraPhoneInvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT:
        return ValaraPhoneTooShort;
    case PhoneNumberUtil::TOO_LONG:
        return ValaraPhoneTooLong;
    case PhoneNumberUtil::INVALID_LENGTH:
        return ValaraPhoneInvalidLength;
    }
    if (util->IsValidNumber(number))
        return ValaraPhoneValid;
    return util->IsPossibleNumberWithReason(number) == PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY
               ? ValaraPhoneLocalOnly
               : ValaraPhoneNotInUse;
}

} // namespace

extern "C" {

VALARA_MODULE_EXPORT int valara_phone_version()
{
    return VALARA_PHONE_ENGINE_VERSION;
}

VALARA_MODULE_EXPORT void valara_phone_prepare()
{
    phoneUtil();
}

VALARA_MODULE_EXPORT void valara_phone_check(const char *text, const char *region,
                                             ValaraPhoneResult *result)
{
    const PhoneNumberUtil *util = phoneUtil();
    result->outcome = ValaraPhoneNotANumber;
    result->e164[0] = '\0';
    // A region libphonenumber has no numbering plan for reads numbers as the fallback's.
    std::string home = region;
    if (util->GetCountryCodeForRegion(home) == 0)
        home = FallbackRegion;
    i18n::phonenumbers::PhoneNumber number;
    const auto parsed = util->Parse(text, home, &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        result->outcome = parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR
                              ? ValaraPhoneInvalidCountryCode
                              : ValaraPhoneNotANumber;
        return;
    }
    const int outcome = outcomeOf(util, number);
    if (outcome > ValaraPhoneNotInUse) {
        result->outcome = outcome;
        return;
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    // E.164 allows 15 digits at most, country code included; a few national plans accept longer
    // numbers that cannot be dialled from abroad.
    if (e164.size() > 16) {
        result->outcome = ValaraPhoneTooLong;
        return;
    }
    std::memcpy(result->e164, e164.c_str(), e164.size() + 1);
    result->outcome = outcome;
}
}

} // namespace valara
