// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/values/PhoneNumber.h"

#include "models/modules/ModuleLoader.h"
#include "models/values/phone/PhoneNumberEngine.h"

#include <QLibrary>
#include <QThreadPool>

#include <algorithm>
#include <mutex>

namespace valara {

namespace {

constexpr auto FallbackRegion = "US";

// The valara-phonenumber module (PhoneNumberEngine.h), loaded on first use: where it is
// installed beside the programs, else where this build made it. Never unloaded.
struct PhoneEngine
{
    QLibrary library;
    ValaraPhoneCheckFunction check = nullptr;
    ValaraPhonePrepareFunction prepare = nullptr;
    QString problem; // why it could not be loaded
};

const PhoneEngine &phoneEngine()
{
    static const PhoneEngine *const engine = [] {
        auto *loaded = new PhoneEngine;
        if (ModuleLoader::load(loaded->library, QStringLiteral(VALARA_PHONE_MODULE_NAME),
                               QStringLiteral(VALARA_PHONE_MODULE_BUILD_PATH),
                               "valara_phone_version", VALARA_PHONE_ENGINE_VERSION,
                               {"valara_phone_check", "valara_phone_prepare"}, &loaded->problem)) {
            loaded->check = reinterpret_cast<ValaraPhoneCheckFunction>(
                loaded->library.resolve("valara_phone_check"));
            loaded->prepare = reinterpret_cast<ValaraPhonePrepareFunction>(
                loaded->library.resolve("valara_phone_prepare"));
        }
        return loaded;
    }();
    return *engine;
}

} // namespace

void PhoneNumber::prepareInBackground()
{
    static std::once_flag started;
    std::call_once(started, [] {
        QThreadPool::globalInstance()->start([] {
            if (const PhoneEngine &engine = phoneEngine(); engine.prepare)
                engine.prepare();
        });
    });
}

PhoneNumber::Check PhoneNumber::check(const QString &text, const QString &region,
                                      const QString &label)
{
    Check result;
    const PhoneEngine &engine = phoneEngine();
    if (!engine.check) {
        result.message = tr("%1 cannot be checked: this installation of Valara Desk is missing "
                            "its phone number module (%2).")
                             .arg(label, engine.problem);
        return result;
    }
    ValaraPhoneResult checked{};
    engine.check(text.trimmed().toUtf8().constData(), region.toUtf8().constData(), &checked);
    switch (checked.outcome) {
    case ValaraPhoneValid:
    case ValaraPhoneLocalOnly:
    case ValaraPhoneNotInUse:
        break;
    case ValaraPhoneInvalidCountryCode:
        result.message = tr("%1 has a country code that does not exist.").arg(label);
        return result;
    case ValaraPhoneTooShort:
        result.message = tr("%1 has too few digits to be a phone number.").arg(label);
        return result;
    case ValaraPhoneTooLong:
        result.message = tr("%1 has too many digits to be a phone number.").arg(label);
        return result;
    case ValaraPhoneInvalidLength:
        result.message = tr("%1 does not have a possible number of digits.").arg(label);
        return result;
    default:
        result.message =
            tr("%1 is not a phone number. Write it with digits, such as +1 650 253 0000.")
                .arg(label);
        return result;
    }
    result.e164 = QString::fromUtf8(checked.e164);
    if (checked.outcome == ValaraPhoneValid) {
        result.verdict = Verdict::Valid;
        return result;
    }
    result.verdict = Verdict::Unusual;
    result.message = checked.outcome == ValaraPhoneLocalOnly
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
