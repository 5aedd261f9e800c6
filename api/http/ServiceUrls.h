// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace valara {

// The Valara service's published addresses: the primary host and a legacy alias of it, which is
// the same service (same accounts, same API keys). Any other address is a custom one (staging,
// self-hosting, the local sandbox).
class ServiceUrls
{
public:
    static QUrl primary();     // https://valara.cloud
    static QUrl legacyAlias(); // https://dash.jacoballenmedia.com
    // True for the primary host and its legacy alias, on https and the default port.
    static bool isValaraCloud(const QUrl &url);
    // The address that identifies the service behind `url`: the legacy alias becomes the primary
    // host (path and query kept), anything else is returned unchanged. Use it to key accounts and
    // stored credentials, so that both spellings find the same ones.
    static QUrl canonical(const QUrl &url);
};

} // namespace valara
