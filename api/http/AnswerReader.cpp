// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/http/AnswerReader.h"

#include "api/ApiLogging.h"
#include "api/http/AnswerInflater.h"

#include <QNetworkReply>

namespace valara {

AnswerReader::AnswerReader(QNetworkReply *reply, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
{
    // After the request has started, as for a GET: a write starts on the next turn of the event
    // loop, and a buffer size it starts with throttles the network thread, which then keeps
    // reading the socket into memory of its own.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_reply && m_reply->isRunning())
                m_reply->setReadBufferSize(ReadBufferBytes);
        },
        Qt::QueuedConnection);
    connect(reply, &QNetworkReply::metaDataChanged, this, &AnswerReader::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &AnswerReader::onReadyRead);
}

AnswerReader::~AnswerReader() = default;

void AnswerReader::onMetaDataChanged()
{
    if (!m_reply || m_exceeded || m_unreadable)
        return;
    // A redirect's head comes first; only the final answer's encoding counts.
    m_inflater.reset();
    m_body.clear();
    bool known = false;
    const qint64 announced =
        m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && announced > m_maxBytes) {
        qCInfo(lcApi) << "answer of" << announced << "bytes announced, over the cap of"
                      << m_maxBytes;
        stop(true);
        return;
    }
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding");
    if (AnswerInflater::reads(encoding)) {
        m_inflater = std::make_unique<AnswerInflater>(encoding, m_maxBytes);
    } else if (!AnswerInflater::isIdentity(encoding)) {
        qCInfo(lcApi) << "answer in an encoding that was not asked for:" << encoding;
        stop(false);
    }
}

void AnswerReader::onReadyRead()
{
    if (!m_reply || m_exceeded || m_unreadable)
        return;
    while (m_reply->bytesAvailable() > 0) {
        const QByteArray piece = m_reply->read(ReadBufferBytes);
        if (piece.isEmpty())
            break;
        if (m_inflater) {
            const AnswerInflater::Status status = m_inflater->feed(piece, &m_body);
            if (status != AnswerInflater::Status::Ok) {
                stop(status == AnswerInflater::Status::TooLarge);
                return;
            }
        } else if (m_body.size() + piece.size() > m_maxBytes) {
            stop(true);
            return;
        } else {
            m_body.append(piece);
        }
    }
}

void AnswerReader::stop(bool tooLarge)
{
    if (tooLarge) {
        qCInfo(lcApi) << "answer over the cap of" << m_maxBytes << "bytes";
        m_exceeded = true;
    } else {
        m_unreadable = true;
    }
    m_body = QByteArray();
    m_inflater.reset();
    // Aborting finishes the reply; its job reads exceeded() and unreadable() then.
    if (m_reply->isRunning())
        m_reply->abort();
}

QByteArray AnswerReader::takeBody()
{
    if (m_reply && !m_exceeded && !m_unreadable && m_reply->isOpen())
        onReadyRead();
    if (m_inflater && !m_exceeded && !m_unreadable &&
        m_inflater->finish() != AnswerInflater::Status::Ok) {
        m_unreadable = true;
        m_body = QByteArray();
    }
    return std::exchange(m_body, QByteArray());
}

} // namespace valara
