#include "AnswerReader.h"

#include "ApiLogging.h"

#include <QNetworkReply>

AnswerReader::AnswerReader(QNetworkReply *reply, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
{
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &AnswerReader::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &AnswerReader::onReadyRead);
}

void AnswerReader::onMetaDataChanged()
{
    if (!m_reply || m_exceeded)
        return;
    bool known = false;
    const qint64 announced =
        m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && announced > m_maxBytes) {
        qCInfo(lcApi) << "answer of" << announced << "bytes announced, over the cap of"
                      << m_maxBytes;
        refuse();
    }
}

void AnswerReader::onReadyRead()
{
    if (!m_reply || m_exceeded)
        return;
    const qint64 room = m_maxBytes - m_body.size();
    const qint64 available = m_reply->bytesAvailable();
    if (available > room) {
        qCInfo(lcApi) << "answer over the cap of" << m_maxBytes << "bytes";
        refuse();
        return;
    }
    m_body.append(m_reply->read(available));
}

void AnswerReader::refuse()
{
    m_exceeded = true;
    m_body.clear();
    m_body.squeeze();
    // Aborting finishes the reply; its job reads exceeded() then.
    m_reply->abort();
}

QByteArray AnswerReader::takeBody()
{
    if (m_reply && !m_exceeded && m_reply->isOpen())
        onReadyRead();
    return std::exchange(m_body, QByteArray());
}
