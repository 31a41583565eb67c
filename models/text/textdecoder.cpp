#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// UTF-8 text of the Basic Multilingual Plane decoded into out, exactly as large as it needs to be:
// ASCII sixteen bytes at a time, two- and three-byte sequences checked as Qt checks them (no
// overlong forms, no surrogates). False for anything else (invalid bytes, four-byte sequences,
// noncharacters), which Qt's own decoder then reads, so that what is accepted and how errors are
// reported do not change. Qt's stateful decoder took a call per Chinese character: a sixteenth of
// the whole analysis.
bool decodeBmpUtf8(QByteArrayView in, QString &out)
{
    const auto *p = reinterpret_cast<const uchar *>(in.data());
    const auto *end = p + in.size();
    if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        p += 3; // a further byte-order mark, dropped as QString::fromUtf8() drops it
    // One UTF-16 unit per lead byte: count them first, then fill the string in place.
    qsizetype units = end - p;
    const uchar *q = p;
#if defined(__SSE2__)
    // Continuation bytes (0x80-0xBF) are the signed bytes below -64. Counted per byte lane (a
    // compare gives -1, subtracted), summed across lanes every 255 blocks before a lane overflows:
    // no popcount, which Debian's x86-64 baseline makes a library call.
    while (end - q >= 16) {
        __m128i lanes = _mm_setzero_si128();
        for (int block = 0; block < 255 && end - q >= 16; ++block, q += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(q));
            lanes = _mm_sub_epi8(lanes, _mm_cmplt_epi8(bytes, _mm_set1_epi8(-64)));
        }
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        units -= _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
    }
#endif
    for (; q < end; ++q)
        units -= (*q & 0xC0) == 0x80 ? 1 : 0;
    out.resize(units);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    char16_t *const dEnd = d + units;
    while (p < end) {
        const uchar b = *p;
        if (b < 0x80) {
#if defined(__SSE2__)
            // A run of ASCII, sixteen bytes at a time while they last.
            while (end - p >= 16 && dEnd - d >= 16) {
                const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                if (_mm_movemask_epi8(bytes) != 0)
                    break;
                const __m128i zero = _mm_setzero_si128();
                _mm_storeu_si128(reinterpret_cast<__m128i *>(d), _mm_unpacklo_epi8(bytes, zero));
                _mm_storeu_si128(reinterpret_cast<__m128i *>(d + 8), _mm_unpackhi_epi8(bytes, zero));
                p += 16;
                d += 16;
            }
#endif
            while (p < end && *p < 0x80 && d < dEnd)
                *d++ = *p++;
            continue;
        }
        if (d >= dEnd)
            return false;
        if (b >= 0xE0 && b <= 0xEF) { // Chinese first: three bytes a character
            if (end - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
                return false;
            const char16_t c = char16_t((b & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F));
            if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xFDD0 && c <= 0xFDEF) || c >= 0xFFFE)
                return false;
            *d++ = c;
            p += 3;
        } else if (b >= 0xC2 && b <= 0xDF) {
            if (end - p < 2 || (p[1] & 0xC0) != 0x80)
                return false;
            *d++ = char16_t((b & 0x1F) << 6 | (p[1] & 0x3F));
            p += 2;
        } else {
            return false;
        }
    }
    return d == dEnd;
}

int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    auto fail = [&](int line, const QString &message) {
        result.ok = false;
        result.diagnostics.append({Diagnostic::Severity::Error, fileName, line, message});
        return result;
    };

    if (bytes.isEmpty())
        return fail(0, tr("the file is empty"));

    qsizetype binaryAt = -1;
    if (looksBinary(bytes, &binaryAt))
        return fail(lineOf(bytes, binaryAt),
                    tr("binary data (a NUL byte at offset %1), not a text file").arg(binaryAt));

    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);

    if (QString fast; decodeBmpUtf8(view, fast)) {
        result.ok = true;
        result.encoding = QStringLiteral("UTF-8");
        result.text = std::move(fast);
        return result;
    }

    // Decoding and checking in one pass: Qt's decoder flags what firstInvalidUtf8() would find
    // (bad lead or continuation bytes, overlong forms, surrogates, beyond U+10FFFF), which then only
    // runs to say where. It drops a further byte-order mark as QString::fromUtf8() does.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8.decode(view);
    if (!utf8.hasError()) {
        result.ok = true;
        result.encoding = QStringLiteral("UTF-8");
        result.text = std::move(decoded);
        // The decoder reserves a character per byte; Chinese takes three bytes a character, so a
        // third of the buffer would stay empty for as long as the article is open.
        result.text.squeeze();
        return result;
    }
    decoded.clear();
    const qsizetype invalid = firstInvalidUtf8(view);
    if (invalid < 0) { // what the two disagree on, if anything, is read as Qt reads it
        result.ok = true;
        result.encoding = QStringLiteral("UTF-8");
        result.text = QString::fromUtf8(view);
        return result;
    }

    // A file cut inside its last character: keep everything before it.
    if (view.size() - invalid < 4) {
        const QByteArray tail = view.sliced(invalid).toByteArray();
        const uchar lead = uchar(tail.at(0));
        const int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
        bool allContinuations = true;
        for (int i = 1; i < tail.size(); ++i)
            allContinuations = allContinuations && (uchar(tail.at(i)) & 0xC0) == 0x80;
        if (need > tail.size() && allContinuations) {
            result.ok = true;
            result.encoding = QStringLiteral("UTF-8");
            result.text = QString::fromUtf8(view.first(invalid));
            result.diagnostics.append({Diagnostic::Severity::Warning, fileName, lineOf(bytes, invalid),
                                       tr("the file ends inside a character; its "
                                          "last %n byte(s) were dropped",
                                          nullptr, int(tail.size()))});
            return result;
        }
    }

    // Not UTF-8: ask ICU what it is.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), ucsdet_close);
    const int sample = int(qMin<qsizetype>(view.size(), 1 << 20));
    if (U_SUCCESS(status))
        ucsdet_setText(detector.get(), view.data(), sample, &status);
    const UCharsetMatch *match = U_SUCCESS(status) ? ucsdet_detect(detector.get(), &status) : nullptr;
    if (match && U_SUCCESS(status)) {
        const char *name = ucsdet_getName(match, &status);
        const int confidence = ucsdet_getConfidence(match, &status);
        const QByteArray charset(name ? name : "");
        // Only the encodings this corpus can come in; a guess of ISO-8859-1 means "noise".
        static const QByteArrayList accepted = {"GB18030", "Big5", "EUC-TW", "UTF-16LE", "UTF-16BE"};
        if (U_SUCCESS(status) && accepted.contains(charset) && confidence >= 10) {
            bool converted = false;
            QString text = convertWithIcu(view.toByteArray(), charset.constData(), &converted);
            if (converted) {
                result.ok = true;
                result.encoding = QString::fromLatin1(charset);
                // ICU keeps a UTF-16 byte-order mark as U+FEFF; the text starts after it.
                if (text.startsWith(QChar(0xFEFF)))
                    text.remove(0, 1);
                result.text = text;
                result.diagnostics.append({Diagnostic::Severity::Notice, fileName, 0,
                                           tr("not UTF-8: read as %1 (detected by ICU, confidence %2%)")
                                               .arg(result.encoding)
                                               .arg(confidence)});
                return result;
            }
        }
    }
    return fail(lineOf(bytes, invalid),
                tr("not UTF-8 text (invalid byte 0x%1 at offset %2) and no Chinese encoding recognised")
                    .arg(uchar(view.at(invalid)), 2, 16, QLatin1Char('0'))
                    .arg(invalid));
}

bool TextDecoder::looksBinary(const QByteArray &bytes, qsizetype *offset)
{
    // UTF-16 text has NULs too, but only with a byte-order mark, which ICU then recognises.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return false;
    const qsizetype at = bytes.indexOf('\0');
    if (at >= 0) {
        *offset = at;
        return true;
    }
    return false;
}

qsizetype TextDecoder::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const uint minimum = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

QString TextDecoder::convertWithIcu(const QByteArray &bytes, const char *charset, bool *ok)
{
    *ok = false;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset, &status), ucnv_close);
    if (U_FAILURE(status))
        return {};
    // Stop at the first unmappable byte instead of inventing characters.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size() * 2 + 16, Qt::Uninitialized);
    const int32_t length =
        ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return {};
    out.truncate(length);
    *ok = true;
    return out;
}
