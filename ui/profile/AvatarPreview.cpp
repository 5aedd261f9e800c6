// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/AvatarPreview.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "ui/UiLogging.h"

#include <QBuffer>
#include <QEvent>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>
#include <QtMath>

namespace valara {

namespace {

QString firstLetter(const QString &word)
{
    if (word.isEmpty())
        return {};
    const QChar first = word.front();
    if (first.isHighSurrogate() && word.size() > 1 && word.at(1).isLowSurrogate()) {
        const char32_t ucs4 = QChar::surrogateToUcs4(first, word.at(1));
        return QChar::isLetter(ucs4) ? word.left(2).toUpper() : QString();
    }
    return first.isLetter() ? QString(first).toUpper() : QString();
}

QString loggable(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

AvatarPreview::AvatarPreview(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_initials(initialsFor({}))
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Profile photo"));
    updateDescription();
}

AvatarPreview::~AvatarPreview()
{
    cancelPending();
}

QString AvatarPreview::initialsFor(const QString &displayName)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]+"));
    QStringList letters;
    const QStringList words = displayName.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString letter = firstLetter(word);
        if (!letter.isEmpty())
            letters.append(letter);
    }
    if (letters.isEmpty())
        return QStringLiteral("?");
    if (letters.size() == 1)
        return letters.front();
    return letters.front() + letters.back();
}

void AvatarPreview::setSource(const QUrl &url, const QString &displayName)
{
    const bool sameSource = url == m_url && (m_state == State::Loading || m_state == State::Loaded);
    m_displayName = displayName;
    m_initials = initialsFor(displayName);
    if (sameSource) {
        updateDescription();
        update();
        return;
    }

    cancelPending();
    m_url = url;
    m_image = {};
    m_circle = {};
    m_failureReason.clear();

    if (url.isEmpty() || !m_client) {
        setState(State::Placeholder);
    } else if (!ApiClient::isAllowedBaseUrl(url)) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http"))
            fail(tr("plain http:// is only accepted for this computer; use https://"));
        else if (scheme != QLatin1String("https"))
            fail(tr("only https:// addresses are accepted"));
        else
            fail(tr("the address is not valid"));
    } else {
        setState(State::Loading);
        startDownload();
    }
    updateDescription();
    update();
}

QSize AvatarPreview::sizeHint() const
{
    return {96, 96};
}

void AvatarPreview::startDownload()
{
    qCDebug(lcUi).noquote() << "loading profile photo" << loggable(m_url);
    ApiJob *job = m_client->getImage(m_url, MaxBytes);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job](const ApiResult &result) {
        if (job == m_job)
            onFinished(result);
    });
}

void AvatarPreview::cancelPending()
{
    if (ApiJob *job = m_job.data()) {
        m_job = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->abort();
    }
    if (m_watcher) {
        // The decoding cannot be interrupted; its result is dropped when it ends.
        disconnect(m_watcher, nullptr, this, nullptr);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void AvatarPreview::onFinished(const ApiResult &result)
{
    m_job = nullptr;
    if (result.ok()) {
        startDecode(result.body);
        return;
    }
    const ApiError &error = result.error;
    if (error.kind == ApiError::Kind::Timeout)
        fail(tr("the server did not answer in time"));
    else if (error.clientStop == ApiError::ClientStop::AnswerTooLarge)
        failTooLarge();
    else if (error.clientStop == ApiError::ClientStop::Redirect)
        fail(tr("the address redirects elsewhere"));
    else if (error.httpStatus >= 400)
        fail(tr("the server answered %1").arg(error.httpStatus));
    else
        fail(error.message);
}

void AvatarPreview::startDecode(const QByteArray &bytes)
{
    const int side = qCeil(displaySide() * devicePixelRatioF());
    m_watcher = new QFutureWatcher<Decoded>(this);
    QFutureWatcher<Decoded> *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { onDecoded(watcher); });
    watcher->setFuture(QtConcurrent::run(&AvatarPreview::decode, bytes, side));
}

AvatarPreview::Decoded AvatarPreview::decode(const QByteArray &bytes, int targetSide)
{
    // Runs on a worker thread: touches nothing but its arguments.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    Decoded result;
    // Checked before anything is allocated: a small file can declare an enormous image.
    result.declaredSize = reader.size();
    if (!reader.canRead() || !result.declaredSize.isValid())
        result.error = DecodeError::NotAnImage;
    else if (result.declaredSize.width() > MaxDimension ||
             result.declaredSize.height() > MaxDimension)
        result.error = DecodeError::TooManyPixels;
    if (result.error != DecodeError::None)
        return result;
    const QSize scaled = result.declaredSize.scaled(qMax(1, targetSide), qMax(1, targetSide),
                                                    Qt::KeepAspectRatioByExpanding);
    if (scaled.width() < result.declaredSize.width())
        reader.setScaledSize(scaled);
    result.image = reader.read();
    if (result.image.isNull())
        result.error = DecodeError::NotAnImage;
    else
        result.image.convertTo(QImage::Format_ARGB32_Premultiplied);
    return result;
}

void AvatarPreview::onDecoded(QFutureWatcher<Decoded> *watcher)
{
    watcher->deleteLater();
    if (watcher != m_watcher)
        return;
    m_watcher = nullptr;
    const Decoded decoded = watcher->result();
    switch (decoded.error) {
    case DecodeError::None:
        break;
    case DecodeError::NotAnImage:
        fail(tr("the file is not an image"));
        return;
    case DecodeError::TooManyPixels:
        fail(tr("the image is too large (%1 × %2 pixels)")
                 .arg(decoded.declaredSize.width())
                 .arg(decoded.declaredSize.height()));
        return;
    }
    m_image = decoded.image;
    m_circle = {};
    qCDebug(lcUi).noquote() << "profile photo loaded" << loggable(m_url) << m_image.size();
    setState(State::Loaded);
    updateDescription();
    update();
}

void AvatarPreview::fail(const QString &reason)
{
    cancelPending();
    m_image = {};
    m_circle = {};
    m_failureReason = reason;
    qCInfo(lcUi).noquote() << "profile photo" << loggable(m_url) << "not loaded:" << reason;
    setState(State::Failed);
    updateDescription();
    update();
}

void AvatarPreview::failTooLarge()
{
    fail(tr("the photo is larger than %1 MB").arg(MaxBytes / (1024 * 1024)));
}

void AvatarPreview::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AvatarPreview::updateDescription()
{
    switch (m_state) {
    case State::Placeholder:
        setAccessibleDescription(tr("Initials %1").arg(m_initials));
        break;
    case State::Loading:
        setAccessibleDescription(tr("Loading"));
        break;
    case State::Loaded:
        setAccessibleDescription(m_displayName.isEmpty() ? tr("Photo")
                                                         : tr("Photo of %1").arg(m_displayName));
        break;
    case State::Failed:
        setAccessibleDescription(tr("Could not be loaded: %1").arg(m_failureReason));
        break;
    }
    setToolTip(m_state == State::Failed
                   ? tr("The photo could not be loaded: %1").arg(m_failureReason)
                   : QString());
}

int AvatarPreview::displaySide() const
{
    // A widget never shown still has its default geometry: decode for the size it asks for.
    if (!isVisible() && !testAttribute(Qt::WA_Resized))
        return sizeHint().width();
    return qMax(1, qMin(width(), height()));
}

void AvatarPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    const int side = qMin(width(), height());
    if (side <= 0)
        return;
    const QRectF circle((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    if (m_state == State::Loaded && !m_image.isNull()) {
        painter.drawImage(circle.topLeft(), circleImage(side, devicePixelRatioF()));
        return;
    }
    if (m_state == State::Loading)
        painter.setOpacity(0.6); // a hint that something is on its way
    paintPlaceholder(painter, circle);
}

void AvatarPreview::paintPlaceholder(QPainter &painter, const QRectF &circle) const
{
    // Palette colours only, read at every paint, so a palette or theme change is followed.
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawEllipse(circle);
    QFont initialsFont = font();
    initialsFont.setBold(true);
    initialsFont.setPixelSize(qMax(1, qRound(circle.height() * 0.38)));
    painter.setFont(initialsFont);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(circle, Qt::AlignCenter, m_initials);
}

const QImage &AvatarPreview::circleImage(int side, qreal dpr)
{
    const int pixels = qMax(1, qCeil(side * dpr));
    if (m_circle.width() == pixels && qFuzzyCompare(m_circle.devicePixelRatio(), dpr))
        return m_circle;
    // The middle square of the photo, scaled smoothly to the circle's size in device pixels.
    const int crop = qMin(m_image.width(), m_image.height());
    const QImage square =
        m_image.copy((m_image.width() - crop) / 2, (m_image.height() - crop) / 2, crop, crop)
            .scaled(pixels, pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    m_circle = QImage(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    m_circle.fill(Qt::transparent);
    {
        // Filled with the photo as a brush: antialiased edges, unlike a clip path.
        QPainter painter(&m_circle);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(square));
        painter.drawEllipse(QRectF(0, 0, pixels, pixels));
    }
    m_circle.setDevicePixelRatio(dpr);
    return m_circle;
}

void AvatarPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    const QEvent::Type type = event->type();
    if (type == QEvent::PaletteChange || type == QEvent::StyleChange || type == QEvent::FontChange)
        update();
    else if (type == QEvent::LanguageChange)
        updateDescription();
}

} // namespace valara
