// libFuzzer target: ApiResponseDecoder::decode and ApiErrorDecoder::decode over arbitrary HTTP
// answers, checking what must hold whatever the server sends. A broken rule aborts, so the fuzzer
// reports it like a crash, with the input saved; a rule broken by a known decoder bug that is not
// fixed yet is only reported (see KNOWN). Environment: VALARA_FUZZ_STRICT=1 makes those fatal too,
// VALARA_FUZZ_KEEP_GOING=1 reports every broken rule once without stopping.
//
// Input layout: 2 bytes of status (big endian, mapped to 100..599), then the X-Request-Id value up
// to the first '\n' (an empty line means an empty header), then the body. Without any '\n' the
// rest is the body and there is no header. Seeds in corpus/ start with two printable bytes so
// they can be read and edited as text.

#include "ApiErrorDecoder.h"
#include "ApiResponseDecoder.h"
#include "JsonCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

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
// on, to survey a long run. `knownIssue`: the id of a decoder bug not fixed yet (see KNOWN).
void fail(const char *what, const char *rule, const QString &value,
          const char *knownIssue = nullptr)
{
    static const bool keepGoing = envFlag("VALARA_FUZZ_KEEP_GOING");
    static const bool strict = envFlag("VALARA_FUZZ_STRICT");
    static QSet<QByteArray> reported;
    const QByteArray id = QByteArray(what) + ": " + rule;
    const QByteArray key = QByteArray(knownIssue ? knownIssue : "") + ' ' + id;
    if (reported.contains(key))
        return;
    reported.insert(key);
    if (knownIssue)
        std::fprintf(stderr, "\n*** known decoder issue %s, not fixed yet: %s\n", knownIssue,
                     id.constData());
    else
        std::fprintf(stderr, "\n*** invariant broken: %s\n", id.constData());
    std::fprintf(stderr, "    value: \"%s\"\n", value.toUtf8().toPercentEncoding(" ").constData());
    if (g_input) {
        std::fprintf(stderr, "    status: %d\n    request id header: \"%s\"\n    body: \"%s\"\n",
                     g_input->status, g_input->requestIdHeader.toPercentEncoding(" ").constData(),
                     g_input->body.left(4000).toPercentEncoding(" ").constData());
    }
    if (!keepGoing && (!knownIssue || strict))
        std::abort();
}

// A rule that a known, still open decoder bug breaks: reported once per run, fatal only with
// VALARA_FUZZ_STRICT=1, so the smoke test stays useful until the fix lands. Once it has, make
// the rule a CHECK again and drop the issue from the list below.
//   F1  a field-error key can hold spaces ("display name", a pointer "metric or imperial").
//   F2  cleanText looks for markup before it turns control characters into spaces and drops
//       format characters, so "<b\u0001>" comes out as "<b >" and "<\u200Bb>" as "<b>".
//   F3  cleanText lets a '<' inside a tag hide it: "see <b a<1> here" stays, and Qt's rich
//       text detection takes it for a <b> tag.
//   F4  two messages for the same field are joined and cleaned again; when the join looks like
//       markup ("<b x" + "y>") the field's message becomes empty.
//   F5  JsonCase::toSnakeCase keeps a capital that has no lowercase form (U+210B in "aVℋ1"), so
//       normalising its output again adds a '_': normaliseKeys is not idempotent for such keys.
#define KNOWN(issue, what, cond, value)                                                            \
    do {                                                                                           \
        if (!(cond))                                                                               \
            fail(what, #cond, value, issue);                                                       \
    } while (false)
// CHECK(what, condition, value shown when it fails)
#define CHECK(what, cond, value) KNOWN(nullptr, what, cond, value)

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

// Whether the body holds something the JSON parser turns into a control or format character:
// such a raw byte, a non-ASCII byte, or a \u or \b escape (issue F2).
bool bodyHasHiddenCharacters()
{
    if (!g_input)
        return false;
    const QByteArray &body = g_input->body;
    for (const char c : body) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte >= 0x7f)
            return true;
    }
    return body.contains("\\u") || body.contains("\\b");
}

// Whether the body holds a capital without a lowercase form, or a \u escape that may (issue F5).
bool bodyHasCapitalWithoutLowercase()
{
    if (!g_input || g_input->body.contains("\\u"))
        return true;
    const QString text = QString::fromUtf8(g_input->body);
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.isUpper() && c.toLower() == c; });
}

// Whether the tag found by markupAt holds another '<' before its '>' (issue F3).
bool tagHoldsLessThan(const QString &text)
{
    const qsizetype open = markupAt(text);
    const qsizetype close = open < 0 ? -1 : text.indexOf(u'>', open);
    return close > open && text.mid(open + 1, close - open - 1).contains(u'<');
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
    const bool markup = markupAt(text) >= 0;
    const bool clean = ApiErrorDecoder::cleanText(text) == text;
    if ((markup || !clean) && bodyHasHiddenCharacters()) {
        KNOWN("F2", what, !markup && clean, text);
    } else if (markup && clean && tagHoldsLessThan(text)) {
        KNOWN("F3", what, !markup, text);
    } else {
        CHECK(what, !markup, text);
        CHECK(what, clean, text);
    }
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
    KNOWN("F1", "field key", !key.contains(u' '), key);
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
        KNOWN("F4", "field message", !it.value().isEmpty(), it.key());
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
    const bool shouldBeOk =
        isSuccess(in.status) && (in.body.trimmed().isEmpty() || (wellFormed && !failedEnvelope));
    CHECK("decode", result.ok() == shouldBeOk, result.error.message);

    if (!result.ok()) {
        checkError(result.error, in);
        CHECK("decode", result.value.isNull() && result.meta.isNull(), QString());
        if (result.requestId.isEmpty())
            CHECK("decode", result.error.requestId.isEmpty(), result.error.requestId);
        if (!isSuccess(in.status) || failedEnvelope)
            CHECK("decode", sameError(result.error, error), result.error.message);
        return;
    }
    CHECK("decode", !result.error.isError() && result.error.message.isEmpty(),
          result.error.message);
    const bool idempotent = JsonCase::normaliseKeys(result.value) == result.value &&
                            JsonCase::normaliseKeys(result.meta) == result.meta;
    if (bodyHasCapitalWithoutLowercase())
        KNOWN("F5", "decode", idempotent, QString());
    else
        CHECK("decode", idempotent, QString());
    if (in.body.trimmed().isEmpty()) {
        CHECK("decode", result.value.isNull() && result.meta.isNull(), QString());
    } else if (document.isArray()) {
        checkNormalised(document.array(), result.value, 0);
    } else if (envelope) {
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
