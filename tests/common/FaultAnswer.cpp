// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultAnswer.h"

#include <zlib.h>

namespace valara::testing {

namespace {

using Fault = MisbehavingServer::Fault;
using Headers = MisbehavingServer::Headers;
using End = FaultAnswer::End;

QByteArray statusLine(int status)
{
    QByteArray reason;
    switch (status) {
    case 200:
        reason = "OK";
        break;
    case 307:
        reason = "Temporary Redirect";
        break;
    case 429:
        reason = "Too Many Requests";
        break;
    case 500:
        reason = "Internal Server Error";
        break;
    case 503:
        reason = "Service Unavailable";
        break;
    default:
        reason = "Status";
        break;
    }
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
}

const QByteArray JsonType = "application/json";

// A complete answer, with Content-Length unless the headers give one.
FaultAnswer complete(int status, const Headers &headers, const QByteArray &body)
{
    QByteArray head = statusLine(status);
    bool hasLength = false;
    for (const auto &[name, value] : headers) {
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        head += name + ": " + value + "\r\n";
    }
    if (!hasLength)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    FaultAnswer answer;
    answer.head = head + "\r\n";
    answer.tail = body;
    return answer;
}

FaultAnswer json(int status, const QByteArray &body, const Headers &more = {})
{
    return complete(status, Headers{{"Content-Type", JsonType}} + more, body);
}

FaultAnswer html(int status)
{
    const QByteArray page = "<!DOCTYPE html>\n<html><head><title>" + QByteArray::number(status) +
                            "</title></head>\n<body><h1>Something went wrong</h1>\n"
                            "<p>The proxy could not reach the application.</p></body></html>\n";
    return complete(status, {{"Content-Type", "text/html; charset=utf-8"}}, page);
}

// 64 KiB of a JSON array's insides: "0,0,0,...".
QByteArray jsonFiller()
{
    static const QByteArray filler = QByteArray("0,").repeated(32768);
    return filler;
}

FaultAnswer oversized(bool chunked)
{
    const QByteArray filler = jsonFiller();
    FaultAnswer answer;
    answer.units = FaultAnswer::OversizedBytes / filler.size();
    answer.head = statusLine(200) + "Content-Type: " + JsonType + "\r\n";
    if (chunked) {
        answer.head += "Transfer-Encoding: chunked\r\n\r\n1\r\n[\r\n";
        answer.unit = QByteArray::number(filler.size(), 16) + "\r\n" + filler + "\r\n";
        answer.tail = "2\r\n0]\r\n0\r\n\r\n";
    } else {
        const qint64 length = 1 + answer.units * filler.size() + 2;
        answer.head += "Content-Length: " + QByteArray::number(length) + "\r\n\r\n[";
        answer.unit = filler;
        answer.tail = "0]";
    }
    return answer;
}

FaultAnswer oversizedHeaders(bool oneLine)
{
    FaultAnswer answer;
    answer.head = statusLine(200) + "Content-Type: " + JsonType + "\r\n";
    if (oneLine) {
        answer.head += "X-Filler: ";
        answer.unit = QByteArray(65536, 'a');
        answer.units = 160; // 10 MiB
        answer.tail = "\r\nContent-Length: 2\r\n\r\n{}";
    } else {
        answer.unit = QByteArray("X-Filler: aaaaaaaaaaaaaaaaaaaaaaaa\r\n").repeated(1000);
        answer.units = 100; // 100,000 lines
        answer.tail = "Content-Length: 2\r\n\r\n{}";
    }
    answer.end = End::Close;
    return answer;
}

QByteArray nested(bool objects)
{
    const int depth = FaultAnswer::NestingDepth;
    if (objects)
        return QByteArray("{\"a\":").repeated(depth) + '1' + QByteArray(depth, '}');
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// A -> A?hop=b -> A -> ...: two targets redirecting to each other.
QByteArray otherHop(QByteArray target)
{
    static const QByteArray mark = "hop=b";
    if (target.endsWith(mark)) {
        target.chop(mark.size() + 1); // with its '?' or '&'
        return target;
    }
    return target + (target.contains('?') ? '&' : '?') + mark;
}

FaultAnswer redirect(const QByteArray &location)
{
    return complete(307, {{"Location", location}}, {});
}

FaultAnswer bare(End end)
{
    FaultAnswer answer;
    answer.end = end;
    return answer;
}

QByteArray littleEndian32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((value >> (8 * i)) & 0xff);
    return bytes;
}

// Raw deflate of `input` with `flush`, on a fresh stream.
QByteArray deflateRaw(const QByteArray &input, int flush)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(input.size()))) + 64, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    stream.avail_in = uInt(input.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, flush);
    out.resize(out.size() - int(stream.avail_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

QByteArray FaultAnswer::gzipBomb()
{
    static const QByteArray bomb = [] {
        constexpr int BlockBytes = 1 << 20;
        constexpr int Blocks = int(BombInflatedSize / BlockBytes);
        const QByteArray zeros(BlockBytes, '\0');
        // Non-final blocks ending byte-aligned, referring only to their own megabyte of zeros:
        // the same bytes may follow themselves any number of times.
        const QByteArray block = deflateRaw(zeros, Z_FULL_FLUSH);
        const QByteArray last = deflateRaw({}, Z_FINISH); // an empty final block
        const uLong blockCrc =
            crc32(0, reinterpret_cast<const Bytef *>(zeros.constData()), uInt(BlockBytes));
        uLong crc = blockCrc;
        for (int i = 1; i < Blocks; ++i)
            crc = crc32_combine(crc, blockCrc, BlockBytes);

        QByteArray gzip("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
        gzip.reserve(10 + block.size() * Blocks + last.size() + 8);
        for (int i = 0; i < Blocks; ++i)
            gzip += block;
        gzip += last;
        gzip += littleEndian32(quint32(crc));
        gzip += littleEndian32(quint32(BombInflatedSize & 0xffffffff));
        return gzip;
    }();
    return bomb;
}

FaultAnswer FaultAnswer::forPlay(const MisbehavingServer::Play &play,
                                 const MisbehavingServer::Request &request,
                                 const QByteArray &origin)
{
    switch (play.fault) {
    case Fault::NoAnswer:
        return bare(End::Stay);
    case Fault::Reset:
        return bare(End::Reset);
    case Fault::Trickle: {
        FaultAnswer answer;
        answer.head =
            statusLine(200) + "Content-Type: " + JsonType + "\r\nContent-Length: 100000\r\n\r\n";
        answer.unit = " ";
        answer.units = 100000;
        answer.trickleMs = 500;
        answer.end = End::Close;
        return answer;
    }
    case Fault::TruncatedBody: {
        FaultAnswer answer = json(200, "{\"timezone", {{"Content-Length", "1000"}});
        answer.end = End::Close;
        return answer;
    }
    case Fault::OversizedBody:
        return oversized(false);
    case Fault::OversizedBodyNoLength:
        return oversized(true);
    case Fault::CompressionBomb:
        return json(200, gzipBomb(), {{"Content-Encoding", "gzip"}});
    case Fault::NotJson200:
        return json(200, "hello");
    case Fault::Empty200:
        return json(200, {});
    case Fault::WrongShape200:
        return json(200, "[1,2,3]");
    case Fault::WrongShapeObject200:
        return json(200, "{\"unexpected\":true}");
    case Fault::Html500:
        return html(500);
    case Fault::Html200:
        return html(200);
    case Fault::OversizedHeaders:
        return oversizedHeaders(false);
    case Fault::OversizedHeaderLine:
        return oversizedHeaders(true);
    case Fault::MalformedChunked: {
        FaultAnswer answer;
        answer.head = statusLine(200) + "Content-Type: " + JsonType +
                      "\r\nTransfer-Encoding: chunked\r\n\r\n";
        answer.tail = "zz\r\n{}\r\n0\r\n\r\n";
        answer.end = End::Close;
        return answer;
    }
    case Fault::DeeplyNested:
    case Fault::DeeplyNestedObject: {
        static const QByteArray arrays = nested(false);
        static const QByteArray objects = nested(true);
        return json(200, play.fault == Fault::DeeplyNested ? arrays : objects);
    }
    case Fault::RetryAfterFarFuture:
    case Fault::RateLimitFarFuture:
        return json(play.fault == Fault::RetryAfterFarFuture ? 503 : 429,
                    "{\"detail\":\"Down for maintenance\"}", {{"Retry-After", "86400"}});
    case Fault::RedirectLoop:
        return redirect(origin + request.target);
    case Fault::RedirectLoopAB:
        return redirect(origin + otherHop(request.target));
    case Fault::AnswerWith:
        return complete(play.status, play.headers, play.body);
    }
    return bare(End::Close);
}

} // namespace valara::testing
