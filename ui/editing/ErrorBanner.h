// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "ui/editing/InlineBanner.h"

#include <optional>

namespace valara {

// The banner a page shows when a request fails: a summary, the server's message and the request
// id, with "Copy details" putting everything support needs on the clipboard.
class ErrorBanner : public InlineBanner
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // `summary` is the first line ("The profile could not be saved."); empty to show only the
    // error's message.
    void showError(const ApiError &error, const QString &summary = QString());
    QString details() const { return m_details; }

protected:
    void retranslateUi() override;

private:
    static QString textOf(const ApiError &error, const QString &summary);

    QString m_details;
    std::optional<ApiError> m_shown; // the error shown last (its summary is given translated)
    QString m_summary;
};

} // namespace valara
