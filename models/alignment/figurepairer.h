#pragma once

#include "alignment/alignment.h"
#include "figures/figure.h"

// Pairs each figure of the original with its counterpart in the translation: inside each aligned
// group first (equal values, then the same kind and unit, in reading order), then across
// neighbouring groups for what is left, so a figure moved to the next sentence still finds its
// translation. Figures of the same group that stay apart with the same kind are paired too, as a
// disagreement (the value was mistranslated), when their counts on both sides match.
class FigurePairer
{
public:
    enum class Match
    {
        None,
        Equal,
        Disagreeing
    };

    // Fills Figure::pair on both sides; returns, per Chinese figure, how its pair was made.
    static QVector<Match> pair(Figures &chinese, Figures &english, const Alignment &alignment);
    // Equal values; an approximate figure or a range also agrees with any value inside it (its
    // bounds set by its last digit: 七十多 is 70 to 79), 增加一倍 (one-fold increase) agrees with
    // "doubled" and "an increase of 100%", 一半 with "50%".
    static bool sameValue(const Figure &chinese, const Figure &english);
    static bool exactlyEqual(const Figure &a, const Figure &b);
    // The place of the last written digit: 10 for 七十多, 1e6 for 一亿六千八百多万, 0.1 for 168.8.
    static double precision(const Quantity &quantity);
    // Two figures left apart in one group are the same figure mistranslated when they count the same
    // thing, differ by a power of ten, have the same digits, or are within a quarter of each other.
    static bool plausiblySame(const Figure &chinese, const Figure &english);
    // The digits of a value other than zero, sorted: equal for 3 and 0.3, 1,234 and 4,321.
    static QString digitSignature(double value);
    // A power of ten apart, or the same digits in another order.
    static bool strongMismatch(const Figure &chinese, const Figure &english);
};
