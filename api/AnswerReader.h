#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QNetworkReply;

// Reads the body of one reply as it arrives, within a cap. An answer that announces more
// (Content-Length) or delivers more (counted after decompression, so a compression bomb stops at
// the cap too) is aborted at once, so no answer holds more memory than the cap and a small read
// buffer. The reply stays owned by its job.
class AnswerReader : public QObject
{
    Q_OBJECT

public:
    // How much Qt may buffer ahead of the reader.
    static constexpr qint64 ReadBufferBytes = 64 * 1024;

    AnswerReader(QNetworkReply *reply, qint64 maxBytes, QObject *parent = nullptr);

    // The answer was over the cap and the reply was aborted.
    bool exceeded() const { return m_exceeded; }
    qint64 maxBytes() const { return m_maxBytes; }
    // Everything read, including what is still buffered in the reply.
    QByteArray takeBody();

private:
    void onMetaDataChanged();
    void onReadyRead();
    void refuse();

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBytes;
    QByteArray m_body;
    bool m_exceeded = false;
};
