// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/ErrorBanner.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStringList>

namespace valara {

ErrorBanner::ErrorBanner(QWidget *parent)
    : InlineBanner(Kind::Error, parent)
{
    ErrorBanner::retranslateUi();
    setClosable(true);
    hide();
    connect(this, &InlineBanner::actionTriggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
}

void ErrorBanner::retranslateUi()
{
    InlineBanner::retranslateUi();
    setActionText(tr("Copy details"));
    if (m_shown)
        setText(textOf(*m_shown, m_summary));
}

QString ErrorBanner::textOf(const ApiError &error, const QString &summary)
{
    QStringList lines;
    if (!summary.isEmpty())
        lines.append(summary);
    QString message = error.message;
    if (!error.requestId.isEmpty())
        message += QLatin1Char(' ') + tr("(request %1)").arg(error.requestId);
    lines.append(message);
    return lines.join(QLatin1Char('\n'));
}

void ErrorBanner::showError(const ApiError &error, const QString &summary)
{
    m_shown = error;
    m_summary = summary;
    setText(textOf(error, summary));
    m_details = QStringLiteral("%1 %2 %3\n%4\nrequest id: %5")
                    .arg(ApiError::kindName(error.kind), QString::number(error.httpStatus),
                         error.serverCode, error.message, error.requestId);
    show();
}

} // namespace valara
