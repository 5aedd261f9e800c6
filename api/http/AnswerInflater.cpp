// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/http/AnswerInflater.h"

#include <zlib.h>

#include <algorithm>

namespace valara {

struct AnswerInflater::Stream
{
    z_stream z{};
    bool open = false;

    bool init(int windowBits)
    {
        end();
        z = z_stream{};
        open = inflateInit2(&z, windowBits) == Z_OK;
        return open;
    }
    void end()
    {
        if (open)
            inflateEnd(&z);
        open = false;
    }
    ~Stream() { end(); }
};

namespace {
// zlib or gzip, detected from the header.
constexpr int kAutoWindowBits = 15 + 32;
// Raw deflate, which some servers send as "deflate".
constexpr int kRawWindowBits = -15;
constexpr qsizetype kChunk = 16 * 1024;
} // namespace

bool AnswerInflater::reads(const QByteArray &contentEncoding)
{
    const QByteArray encoding = contentEncoding.trimmed().toLower();
    return encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate";
}

bool AnswerInflater::isIdentity(const QByteArray &contentEncoding)
{
    const QByteArray encoding = contentEncoding.trimmed().toLower();
    return encoding.isEmpty() || encoding == "identity";
}

AnswerInflater::AnswerInflater(const QByteArray &contentEncoding, qint64 maxBytes)
    : m_stream(std::make_unique<Stream>())
    , m_maxBytes(maxBytes)
{
    // "deflate" is meant to be zlib-wrapped; raw deflate is tried when the header is not there.
    m_rawTried = contentEncoding.trimmed().toLower() != "deflate";
    m_stream->init(kAutoWindowBits);
}

AnswerInflater::~AnswerInflater() = default;

AnswerInflater::Status AnswerInflater::feed(const QByteArray &input, QByteArray *output)
{
    if (!m_stream->open)
        return Status::Corrupt;
    if (input.isEmpty())
        return Status::Ok;
    m_fed = true;
    if (m_ended)
        return Status::Corrupt; // bytes after the end of the compressed stream
    const qsizetype startSize = output->size();
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    z.avail_in = uInt(input.size());
    while (z.avail_in > 0 && !m_ended) {
        const qint64 room = m_maxBytes - output->size();
        if (room <= 0)
            return Status::TooLarge;
        const qsizetype chunk = qsizetype(std::min<qint64>(kChunk, room + 1));
        const qsizetype before = output->size();
        output->resize(before + chunk);
        z.next_out = reinterpret_cast<Bytef *>(output->data() + before);
        z.avail_out = uInt(chunk);
        const int rc = inflate(&z, Z_NO_FLUSH);
        output->resize(before + (chunk - qsizetype(z.avail_out)));
        if (rc == Z_STREAM_END) {
            m_ended = true;
        } else if (rc == Z_DATA_ERROR && !m_rawTried && output->size() == startSize &&
                   startSize == 0) {
            m_rawTried = true;
            if (!m_stream->init(kRawWindowBits))
                return Status::Corrupt;
            return feed(input, output);
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            return Status::Corrupt;
        }
        m_rawTried = true;
        if (output->size() > m_maxBytes)
            return Status::TooLarge;
    }
    // Bytes after the end of the compressed stream: not an answer in that encoding.
    return m_ended && z.avail_in > 0 ? Status::Corrupt : Status::Ok;
}

AnswerInflater::Status AnswerInflater::finish() const
{
    // An empty body (an error answer without content) is fine in any encoding.
    return m_ended || !m_fed ? Status::Ok : Status::Corrupt;
}

} // namespace valara
