#pragma once

#include "numbers/quantity.h"

#include <QString>

// The words around a Chinese numeral that say what it measures and how exactly: measure words and
// counters (斤 is jin, 个 is reported as written), approximation words (约, 将近 before; 左右, 以上
// after) and the smaller units of compound amounts (九元七角, 三亩五分). Word lists, looked up where
// ChineseNumerals' scanner stands; each returns the length or end of what it matched.
class ChineseMeasureWords
{
public:
    // Length of the measure word at p (0 when none), and its unit.
    static int measure(const char16_t *s, int p, int n, QString &unit);
    // Length of the approximation word that ends at p (not before floor), or 0; its sense in approx.
    static int approxBefore(const char16_t *s, int p, int floor, Quantity::Approx &approx);
    // Length of the approximation word that starts at p, or 0; its sense in approx.
    static int approxAfter(const char16_t *s, int p, int n, Quantity::Approx &approx);
    // Whether a unit of time and 来 follow at p (年来, 个月以来, 年多来): a span up to now, so a 近 before
    // the number means "recent" (近一年来), not "nearly".
    static bool sinceThen(const char16_t *s, int p, int n);
    // A smaller unit after the first, as in 九元七角, 四百六十二斤十四两, 三亩五分: the numeral at q
    // (below limit) followed by mark. Returns the end past mark, or -1; its value in value.
    static int smallerUnit(const char16_t *s, int q, int n, char16_t mark, double limit, double &value);
};
