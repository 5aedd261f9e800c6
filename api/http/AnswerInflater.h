// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>

namespace valara {

// Inflates a gzip or deflate Content-Encoding piece by piece, never producing more than a cap in
// all: a compression bomb stops at the cap instead of filling memory. The app asks for these two
// encodings itself, so Qt hands over the bytes as they came.
class AnswerInflater
{
public:
    enum class Status
    {
        Ok,
        TooLarge, // the inflated answer would pass the cap
        Corrupt,  // not valid data in that encoding
    };

    // True for the encodings this class reads ("gzip", "x-gzip", "deflate"); an empty or
    // "identity" encoding needs no inflater.
    static bool reads(const QByteArray &contentEncoding);
    static bool isIdentity(const QByteArray &contentEncoding);

    AnswerInflater(const QByteArray &contentEncoding, qint64 maxBytes);
    ~AnswerInflater();
    AnswerInflater(const AnswerInflater &) = delete;
    AnswerInflater &operator=(const AnswerInflater &) = delete;

    // Inflates `input`, appending to `output`, which holds everything inflated so far.
    Status feed(const QByteArray &input, QByteArray *output);
    // At the end of the answer: Corrupt when the compressed stream was cut short.
    Status finish() const;

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    qint64 m_maxBytes;
    bool m_rawTried = false;
    bool m_fed = false;
    bool m_ended = false;
};

} // namespace valara
