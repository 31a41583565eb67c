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
    // Equal values; an approximate figure or a range also agrees with any value inside it, and
    // 增加一倍 (one-fold increase) agrees with "doubled".
    static bool sameValue(const Figure &chinese, const Figure &english);
    static bool exactlyEqual(const Figure &a, const Figure &b);
    // Two figures left apart in one group are the same figure mistranslated when they count the same
    // thing, differ by a power of ten, have the same digits, or are within a quarter of each other.
    static bool plausiblySame(const Figure &chinese, const Figure &english);
    // A power of ten apart, or the same digits in another order.
    static bool strongMismatch(const Figure &chinese, const Figure &english);
};
