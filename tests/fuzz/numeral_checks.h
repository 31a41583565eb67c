#pragma once

#include "fuzz_common.h"
#include "numbers/quantity.h"

#include <unicode/locid.h>
#include <unicode/rbnf.h>

#include <QString>
#include <QStringView>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>

namespace Fuzz {

// What scan() promises (quantity.h, chinesenumerals.h, englishnumbers.h): quantities in order, not
// overlapping, non-empty, inside the text, with low <= high and no NaN; a unit range inside the text
// too. FigureExtractor slices the text with these ranges without further checks.
inline void checkScan(QStringView text, const Quantities &quantities)
{
    int previousEnd = 0;
    for (const Quantity &q : quantities) {
        FUZZ_CHECK(q.range.isValid());
        FUZZ_CHECK(q.range.start >= previousEnd);
        FUZZ_CHECK(q.range.end > q.range.start);
        FUZZ_CHECK(q.range.end <= text.size());
        FUZZ_CHECK(!std::isnan(q.value) && !std::isnan(q.low) && !std::isnan(q.high));
        FUZZ_CHECK(q.low <= q.high);
        if (q.unitRange.isValid())
            FUZZ_CHECK(q.unitRange.end <= text.size());
        previousEnd = q.range.end;
    }
}

// A number taken from the input's first bytes so that the fuzzer steers it: up to 13 digits (the
// largest ICU spells with a single 兆 / "trillion"), spread over the magnitudes by the first byte.
inline bool numberFromInput(const uint8_t *data, size_t size, int64_t *number)
{
    if (size < 9)
        return false;
    uint64_t raw = 0;
    std::memcpy(&raw, data + 1, sizeof raw);
    int64_t modulus = 10;
    for (int digits = 1 + data[0] % 13; digits > 1; --digits)
        modulus *= 10;
    *number = int64_t(raw % uint64_t(modulus));
    if (*number > 1000000000000LL)
        *number = 1000000000000LL;
    return true;
}

// The number spelled out by ICU ("一万二千三百四十五", "twelve thousand three hundred forty-five"),
// an independent writer to read back.
inline QString spellOut(const icu::Locale &locale, int64_t number)
{
    thread_local std::unique_ptr<icu::RuleBasedNumberFormat> formats[2];
    const bool chinese = std::strcmp(locale.getLanguage(), "zh") == 0;
    std::unique_ptr<icu::RuleBasedNumberFormat> &format = formats[chinese ? 0 : 1];
    if (!format) {
        UErrorCode status = U_ZERO_ERROR;
        format = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, locale, status);
        FUZZ_CHECK(U_SUCCESS(status));
    }
    icu::UnicodeString spelled;
    format->format(number, spelled);
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(spelled.getBuffer()), spelled.length());
}

// Thousands separators every three digits: 1,234,567.
inline QString grouped(int64_t number, QChar separator)
{
    QString digits = QString::number(number);
    for (int at = int(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(at, separator);
    return digits;
}

inline bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace Fuzz
