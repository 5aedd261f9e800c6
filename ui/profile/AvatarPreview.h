// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QWidget>

template <typename T>
class QFutureWatcher;

namespace valara {

class ApiClient;
class ApiJob;
struct ApiResult;

// A person's profile photo, drawn in a circle. Until a photo is available (no address, still
// loading, or it could not be loaded) it shows the person's initials on a circle in the palette's
// highlight colours.
//
// The photo is downloaded through ApiClient::getImage without blocking the UI: only https://, or
// http:// to this computer (ApiClient::isAllowedBaseUrl); redirects within the same origin only;
// at most MaxBytes (the download is aborted as soon as it announces or delivers more); the client's
// deadlines, whatever the server does. The bytes are decoded on a worker thread, refusing images
// larger than MaxDimension pixels on either side and scaled down to the displayed size. A new
// setSource(), or the destruction of the widget, cancels what is pending: an older answer never
// replaces a newer source.
class AvatarPreview : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBytes = 5 * 1024 * 1024;
    static constexpr int MaxDimension = 8000;

    enum class State
    {
        Placeholder,
        Loading,
        Loaded,
        Failed
    };
    Q_ENUM(State)

    // `client` is not owned; null means nothing is ever downloaded (always the placeholder).
    explicit AvatarPreview(ApiClient *client, QWidget *parent = nullptr);
    ~AvatarPreview() override;

    // Shows the photo at `url` (an empty URL shows the placeholder); `displayName` gives the
    // initials of the placeholder.
    void setSource(const QUrl &url, const QString &displayName);
    QUrl source() const { return m_url; }
    QString displayName() const { return m_displayName; }

    State state() const { return m_state; }
    // Why the photo could not be loaded (state() == Failed), else empty.
    QString failureReason() const { return m_failureReason; }
    // Up to two letters from the display name, "?" when it has none.
    QString initials() const { return m_initials; }
    static QString initialsFor(const QString &displayName);

    QSize sizeHint() const override;

Q_SIGNALS:
    void stateChanged(AvatarPreview::State state);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class DecodeError
    {
        None,
        NotAnImage,
        TooManyPixels
    };
    struct Decoded
    {
        QImage image;
        DecodeError error = DecodeError::None;
        QSize declaredSize;
    };
    static Decoded decode(const QByteArray &bytes, int targetSide);

    void startDownload();
    void cancelPending();
    void onFinished(const ApiResult &result);
    void startDecode(const QByteArray &bytes);
    void onDecoded(QFutureWatcher<Decoded> *watcher);
    void fail(const QString &reason);
    void failTooLarge();
    void setState(State state);
    void updateDescription();
    int displaySide() const;
    void paintPlaceholder(QPainter &painter, const QRectF &circle) const;
    const QImage &circleImage(int side, qreal dpr);

    ApiClient *m_client = nullptr;
    QUrl m_url;
    QString m_displayName;
    QString m_initials;
    State m_state = State::Placeholder;
    QString m_failureReason;
    QPointer<ApiJob> m_job;
    QFutureWatcher<Decoded> *m_watcher = nullptr;
    QImage m_image;
    // m_image cropped to a circle at the current size and device pixel ratio.
    QImage m_circle;
};

} // namespace valara
