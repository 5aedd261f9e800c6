// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ApiResponseDecoder::decode and ApiErrorDecoder::decode over arbitrary HTTP
// answers, checking what must hold whatever the server sends. A broken rule aborts, so the fuzzer
// reports it like a crash, with the input saved. Environment: VALARA_FUZZ_KEEP_GOING=1 reports
// every broken rule once without stopping.
//
// Input layout: 2 bytes of status (big endian, mapped to 100..599), then the X-Request-Id value up
// to the first '\n' (an empty line means an empty header), then the body. Without any '\n' the
// rest is the body and there is no header. Seeds in corpus/ start with two printable bytes so
// they can be read and edited as text.

#include "api/json/ApiErrorDecoder.h"
#include "api/json/ApiResponseDecoder.h"
#include "api/json/JsonCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace valara;

namespace {
using Kind = ApiError::Kind;

constexpr int kMaxCheckedDepth = 200; // below JsonCase's own limit of 256

struct Input
{
    int status = 0;
    QByteArray requestIdHeader;
    QByteArray body;
};

const Input *g_input = nullptr; // the input being checked, for the failure report

bool envFlag(const char *name)
{
    return qEnvironmentVariableIntValue(name) != 0;
}

// Reports a broken rule and aborts. With VALARA_FUZZ_KEEP_GOING=1, reports each rule once and goes
// on, to survey a long run.
void fail(const char *what, const char *rule, const QString &value)
{
    static const bool keepGoing = envFlag("VALARA_FUZZ_KEEP_GOING");
    static QSet<QByteArray> reported;
    const QByteArray id = QByteArray(what) + ": " + rule;
    if (reported.contains(id))
        return;
    reported.insert(id);
    std::fprintf(stderr, "\n*** invariant broken: %s\n", id.constData());
    std::fprintf(stderr, "    value: \"%s\"\n", value.toUtf8().toPercentEncoding(" ").constData());
    if (g_input) {
        std::fprintf(stderr, "    status: %d\n    request id header: \"%s\"\n    body: \"%s\"\n",
                     g_input->status, g_input->requestIdHeader.toPercentEncoding(" ").constData(),
                     g_input->body.left(4000).toPercentEncoding(" ").constData());
    }
    if (!keepGoing)
        std::abort();
}

// CHECK(what, condition, value shown when it fails)
#define CHECK(what, cond, value)                                                                   \
    do {                                                                                           \
        if (!(cond))                                                                               \
            fail(what, #cond, value);                                                              \
    } while (false)

Input split(const std::uint8_t *data, std::size_t size)
{
    Input in;
    in.status = 100 + ((int(data[0]) << 8) | int(data[1])) % 500;
    const QByteArray rest(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const qsizetype newline = rest.indexOf('\n');
    if (newline < 0) {
        in.body = rest;
    } else {
        in.requestIdHeader = rest.left(newline);
        in.body = rest.mid(newline + 1);
    }
    return in;
}

// The kind an HTTP error status maps to, as documented in ApiError.h.
Kind expectedKind(int status)
{
    static const QHash<int, Kind> kinds = {
        {400, Kind::Validation},   {413, Kind::Validation}, {422, Kind::Validation},
        {401, Kind::Unauthorized}, {403, Kind::Forbidden},  {404, Kind::NotFound},
        {410, Kind::NotFound},     {408, Kind::Timeout},    {504, Kind::Timeout},
        {409, Kind::Conflict},     {412, Kind::Conflict},   {429, Kind::RateLimited}};
    return kinds.value(status, status >= 500 && status < 600 ? Kind::Server : Kind::Protocol);
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// Where Qt's rich text detection (Qt::mightBeRichText, used by QLabel and QMessageBox in their
// default Qt::AutoText mode) or an HTML parser would see a tag: at a '<' followed by optional
// spaces, an optional '/', an ASCII tag name starting with a letter, then a space, "/>" or '>'
// before the next '>'; or at "<!". -1 when there is none: "limit < 200 and > 0" is no tag.
qsizetype markupAt(const QString &text)
{
    if (const qsizetype bang = text.indexOf(QLatin1String("<!")); bang >= 0)
        return bang;
    for (qsizetype open = text.indexOf(u'<'); open >= 0; open = text.indexOf(u'<', open + 1)) {
        const qsizetype close = text.indexOf(u'>', open);
        if (close < 0)
            return -1;
        qsizetype i = open + 1;
        auto skipSpaces = [&] {
            while (i < close && text.at(i).isSpace())
                ++i;
        };
        skipSpaces();
        if (i < close && text.at(i) == u'/') {
            ++i;
            skipSpaces();
        }
        const qsizetype nameStart = i;
        while (i < close && text.at(i).unicode() < 128 && text.at(i).isLetterOrNumber())
            ++i;
        if (i == nameStart || !text.at(nameStart).isLetter())
            continue;
        if (i == close || text.at(i).isSpace() || (text.at(i) == u'/' && i + 1 == close))
            return open;
    }
    return -1;
}

// One line of plain text: no control, format or non-space whitespace characters, no leading or
// trailing space.
bool isPlainLine(const QString &text)
{
    if (text.startsWith(u' ') || text.endsWith(u' '))
        return false;
    for (const QChar c : text) {
        if ((c.isSpace() && c != u' ') || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

// A text shown to the user: plain, one line, bounded, no markup, and already as cleanText leaves
// it.
void checkShownText(const char *what, const QString &text)
{
    CHECK(what, text.size() <= ApiErrorDecoder::MaxMessageLength, text);
    CHECK(what, isPlainLine(text), text);
    CHECK(what, markupAt(text) < 0, text);
    CHECK(what, ApiErrorDecoder::cleanText(text) == text, text);
}

bool hasAsciiUpper(const QString &text)
{
    for (const QChar c : text) {
        if (c >= u'A' && c <= u'Z')
            return true;
    }
    return false;
}

// A field-error key: a single snake_case token (no capitals, no spaces), no markup, bounded.
void checkFieldKey(const QString &key)
{
    CHECK("field key", !key.isEmpty(), key);
    CHECK("field key", key.size() <= 100, key);
    CHECK("field key", !hasAsciiUpper(key), key);
    CHECK("field key", isPlainLine(key), key);
    CHECK("field key", !key.contains(u' '), key);
    CHECK("field key", markupAt(key) < 0, key);
}

// Empty, or what an X-Request-Id may hold: 1..128 printable ASCII characters without spaces.
void checkRequestId(const char *what, const QString &id)
{
    CHECK(what, id.size() <= 128, id);
    for (const QChar c : id)
        CHECK(what, c.unicode() > 0x20 && c.unicode() < 0x7f, id);
}

QString cleanHeader(const Input &in)
{
    return ApiErrorDecoder::cleanRequestId(QString::fromLatin1(in.requestIdHeader));
}

void checkError(const ApiError &error, const Input &in)
{
    CHECK("error", error.isError(), ApiError::kindName(error.kind));
    CHECK("error", error.kind != Kind::Network, ApiError::kindName(error.kind));
    const Kind expected = isSuccess(in.status) ? Kind::Protocol : expectedKind(in.status);
    CHECK("error", error.kind == expected, ApiError::kindName(error.kind));
    CHECK("error", error.httpStatus == in.status, QString::number(error.httpStatus));
    CHECK("error", !error.message.isEmpty(), error.message);
    checkShownText("message", error.message);
    checkShownText("server code", error.serverCode);
    checkRequestId("error request id", error.requestId);
    if (error.requestId.isEmpty()) // the header's id is used when plausible
        CHECK("error", cleanHeader(in).isEmpty(), cleanHeader(in));
    CHECK("error", error.fieldErrors.size() <= ApiErrorDecoder::MaxFieldErrors,
          QString::number(error.fieldErrors.size()));
    for (auto it = error.fieldErrors.constBegin(); it != error.fieldErrors.constEnd(); ++it) {
        checkFieldKey(it.key());
        CHECK("field message", !it.value().isEmpty(), it.key());
        checkShownText("field message", it.value());
    }
}

bool sameError(const ApiError &a, const ApiError &b)
{
    return a.kind == b.kind && a.httpStatus == b.httpStatus && a.serverCode == b.serverCode &&
           a.message == b.message && a.fieldErrors == b.fieldErrors && a.requestId == b.requestId;
}

// `out` is `in` with every object key in snake_case: same shape, no capital in any key, and a
// key already in snake_case keeps its own value over a camelCase duplicate.
void checkNormalised(const QJsonValue &in, const QJsonValue &out, int depth)
{
    if (depth > kMaxCheckedDepth)
        return;
    if (in.isArray()) {
        const QJsonArray src = in.toArray();
        const QJsonArray dst = out.toArray();
        CHECK("normalised keys", out.isArray() && dst.size() == src.size(), QString());
        for (qsizetype i = 0; i < src.size(); ++i)
            checkNormalised(src.at(i), dst.at(i), depth + 1);
        return;
    }
    if (!in.isObject()) {
        CHECK("normalised keys", in == out, QString());
        return;
    }
    CHECK("normalised keys", out.isObject(), QString());
    const QJsonObject src = in.toObject();
    const QJsonObject dst = out.toObject();
    QHash<QString, int> sources; // snake_case key -> how many keys of `src` map to it
    for (auto it = src.constBegin(); it != src.constEnd(); ++it)
        ++sources[JsonCase::toSnakeCase(it.key())];
    CHECK("normalised keys", dst.size() == sources.size(), QString());
    for (auto it = src.constBegin(); it != src.constEnd(); ++it) {
        const QString key = JsonCase::toSnakeCase(it.key());
        CHECK("normalised keys", dst.contains(key), key);
        if (key == it.key() || sources.value(key) == 1)
            checkNormalised(it.value(), dst.value(key), depth + 1);
    }
    for (auto it = dst.constBegin(); it != dst.constEnd(); ++it)
        CHECK("normalised keys", !hasAsciiUpper(it.key()), it.key());
}

bool isEnvelope(const QJsonObject &object)
{
    return object.value(QLatin1String("success")).isBool() &&
           (object.contains(QLatin1String("data")) || object.contains(QLatin1String("error")));
}

void checkInput(const Input &in)
{
    const ApiError error = ApiErrorDecoder::decode(in.status, in.body, in.requestIdHeader);
    checkError(error, in);
    CHECK("decode",
          sameError(error, ApiErrorDecoder::decode(in.status, in.body, in.requestIdHeader)),
          QStringLiteral("decoding twice differs"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(in.body, &parseError);
    const bool wellFormed = parseError.error == QJsonParseError::NoError;
    if (!wellFormed || !document.isObject()) {
        // Nothing to read in the body: the plain message for the status, nothing else.
        CHECK("decode", error.message == ApiErrorDecoder::messageForStatus(in.status),
              error.message);
        CHECK("decode", error.serverCode.isEmpty() && error.fieldErrors.isEmpty(),
              error.serverCode);
        CHECK("decode", error.requestId == cleanHeader(in), error.requestId);
    }

    const ApiResult result = ApiResponseDecoder::decode(in.status, in.body, in.requestIdHeader);
    CHECK("decode", result.httpStatus == in.status, QString::number(result.httpStatus));
    checkRequestId("result request id", result.requestId);
    if (!cleanHeader(in).isEmpty())
        CHECK("decode", result.requestId == cleanHeader(in), result.requestId);

    const QJsonObject object = document.object();
    const bool envelope = wellFormed && document.isObject() && isEnvelope(object);
    const bool failedEnvelope = envelope && !object.value(QLatin1String("success")).toBool();
    // The default shape: a JSON object, or an envelope whose data is one. Empty bodies, arrays
    // and anything else are errors.
    const bool objectPayload =
        envelope ? object.value(QLatin1String("data")).isObject() : document.isObject();
    const bool shouldBeOk = isSuccess(in.status) && wellFormed && !failedEnvelope && objectPayload;
    CHECK("decode", result.ok() == shouldBeOk, result.error.message);

    if (!result.ok()) {
        checkError(result.error, in);
        CHECK("decode", result.value.isNull() && result.meta.isNull(), QString());
        if (result.requestId.isEmpty())
            CHECK("decode", result.error.requestId.isEmpty(), result.error.requestId);
        if (!isSuccess(in.status) || failedEnvelope)
            CHECK("decode", sameError(result.error, error), result.error.message);
        else
            CHECK("decode", result.error.kind == Kind::Protocol, result.error.message);
        return;
    }
    CHECK("decode", !result.error.isError() && result.error.message.isEmpty(),
          result.error.message);
    const bool idempotent = JsonCase::normaliseKeys(result.value) == result.value &&
                            JsonCase::normaliseKeys(result.meta) == result.meta;
    CHECK("decode", idempotent, QString());
    if (envelope) {
        checkNormalised(object.value(QLatin1String("data")), result.value, 0);
        checkNormalised(object.value(QLatin1String("meta")), result.meta, 0);
    } else {
        checkNormalised(object, result.value, 0);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const Input in = split(data, size);
    g_input = &in;
    checkInput(in);
    g_input = nullptr;
    return 0;
}
