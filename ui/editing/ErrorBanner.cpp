#include "ui/editing/ErrorBanner.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStringList>

namespace valara {

ErrorBanner::ErrorBanner(QWidget *parent)
    : InlineBanner(Kind::Error, parent)
{
    setActionText(tr("Copy details"));
    hide();
    connect(this, &InlineBanner::actionTriggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
}

void ErrorBanner::showError(const ApiError &error, const QString &summary)
{
    QStringList lines;
    if (!summary.isEmpty())
        lines.append(summary);
    QString message = error.message;
    if (!error.requestId.isEmpty())
        message += QLatin1Char(' ') + tr("(request %1)").arg(error.requestId);
    lines.append(message);
    setText(lines.join(QLatin1Char('\n')));
    m_details = QStringLiteral("%1 %2 %3\n%4\nrequest id: %5")
                    .arg(ApiError::kindName(error.kind), QString::number(error.httpStatus),
                         error.serverCode, error.message, error.requestId);
    show();
}

} // namespace valara
