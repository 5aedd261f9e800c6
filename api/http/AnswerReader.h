// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkReply;

namespace valara {

class AnswerInflater;

// Reads the body of one reply as it arrives, within a cap. An answer that announces more
// (Content-Length) or delivers more, counted after decompression (gzip and deflate are inflated
// here, so a compression bomb stops at the cap too), is aborted at once: no answer holds more
// memory than the cap and a small read buffer. The reply stays owned by its job.
class AnswerReader : public QObject
{
    Q_OBJECT

public:
    // How much Qt may buffer ahead of the reader.
    static constexpr qint64 ReadBufferBytes = 64 * 1024;
    // What requests accept: encodings AnswerInflater reads.
    static QByteArray acceptedEncodings() { return QByteArrayLiteral("gzip, deflate"); }

    AnswerReader(QNetworkReply *reply, qint64 maxBytes, QObject *parent = nullptr);
    ~AnswerReader() override;

    // The answer was over the cap and the reply was aborted.
    bool exceeded() const { return m_exceeded; }
    // The answer's encoding could not be read (unknown, or corrupt data).
    bool unreadable() const { return m_unreadable; }
    // Everything read, including what is still buffered in the reply.
    QByteArray takeBody();

private:
    void onMetaDataChanged();
    void onReadyRead();
    void stop(bool tooLarge);

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBytes;
    QByteArray m_body;
    std::unique_ptr<AnswerInflater> m_inflater;
    bool m_exceeded = false;
    bool m_unreadable = false;
};

} // namespace valara
