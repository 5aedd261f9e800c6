// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plain-C face of the valara-phonenumber module: libphonenumber (with protobuf and its
// metadata) behind two functions, loaded by PhoneNumber only when a phone number is first
// checked, so that a program that never checks one never maps them (2.5 MiB, and milliseconds
// of their static initialisation before main). Plain C types only: the module and the programs
// loading it share no C++ library state.

namespace valara {

extern "C" {

// What libphonenumber makes of a number.
enum ValaraPhoneOutcome
{
    ValaraPhoneValid = 0,              // a valid number for its region
    ValaraPhoneLocalOnly = 1,          // possible only as a local number (no area code)
    ValaraPhoneNotInUse = 2,           // possible, but not a number in use
    ValaraPhoneInvalidCountryCode = 3, // refused: no such country code
    ValaraPhoneNotANumber = 4,         // refused: not a phone number at all
    ValaraPhoneTooShort = 5,           // refused
    ValaraPhoneTooLong = 6,            // refused (also more than E.164's 15 digits)
    ValaraPhoneInvalidLength = 7,      // refused
};

struct ValaraPhoneResult
{
    int outcome;   // a ValaraPhoneOutcome
    char e164[32]; // "+16502530000", NUL-terminated; empty when refused
};

// The version of this interface; the loader refuses a module of another.
#define VALARA_PHONE_ENGINE_VERSION 1

// `text` and `region` (ISO 3166-1 alpha-2, for numbers without a country code; a region without
// a numbering plan reads as "US") are UTF-8. Thread-safe.
using ValaraPhoneCheckFunction = void (*)(const char *text, const char *region,
                                          ValaraPhoneResult *result);
// Reads libphonenumber's metadata now (it is read on first use otherwise). Thread-safe.
using ValaraPhonePrepareFunction = void (*)();
}

} // namespace valara
