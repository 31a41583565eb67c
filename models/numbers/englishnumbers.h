#pragma once

#include "numbers/quantity.h"

#include <QStringView>

#include <limits>
#include <optional>

// Reads numbers written in English: digits with thousands separators (15,350), decimals, scale words
// (5.48 billion, 100 million), word numbers (nine, twenty-three, a dozen), ranges (two or three,
// 10-15), percentages (16.4%, 16.4 percent), fractions (one-third), multiples (doubled, threefold)
// and approximation markers (more than, over, nearly, about, some, almost, at least). Dates
// (December 1953, the 1st, January 27th) and ordinals (first, third quarter) get their own form.
//
// Conventions of scan(), matching ChineseNumerals: "hundreds of", "several hundred" are approx More,
// low 100, high 900 (dozens: 24 and 108); "yuan" and "%" / "percent" are in the span, other measures
// and counted nouns only in unit (catties -> "jin", piculs -> "dan", tons -> "ton"); a count's unit is
// the next word, past one adjective ("5,500 new credit cooperatives": "credit"); N years and
// "Five-Year" are Dates like 两年; a Date's value is its year, else its month, else its day.
class EnglishNumbers
{
public:
    // The value of a string that is exactly one number, e.g. "5.48 billion", "twenty-three".
    static std::optional<double> parse(QStringView number);
    // Every quantity, date and ordinal in text, in order, non-overlapping.
    // At most limit quantities (dates and ordinals included): a file of nothing but numbers stops
    // there instead of filling memory.
    static Quantities scan(QStringView text, int limit = std::numeric_limits<int>::max());
    // The same into out, cleared first: a list kept from sentence to sentence keeps its capacity.
    static void scan(QStringView text, int limit, Quantities &out);
};
