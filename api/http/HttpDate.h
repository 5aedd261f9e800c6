// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace valara {

// HTTP dates (RFC 9110 5.6.7): the IMF-fixdate form every sender must use, such as
// "Wed, 21 Oct 2015 07:28:00 GMT", in Date and Retry-After headers.
class HttpDate
{
public:
    // The moment, in UTC; invalid when `value` is not an IMF-fixdate.
    static QDateTime parse(const QByteArray &value);
};

} // namespace valara
