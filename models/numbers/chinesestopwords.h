#pragma once

// Everyday words and names written with numeral characters (一些, 统一, 万一, 千方百计, 万万没 …), which
// ChineseNumerals must not read as numbers. Kept apart from the scanner: a word list, looked up by the
// character where a numeral would start.
class ChineseStopWords
{
public:
    // The end of a stop word covering position i of s (length n), or -1. 十分之一 and 一点五 are
    // numerals, not 十分 and 一点.
    static int endAt(const char16_t *s, int i, int n);
    // The end of a numbered name that the numeral read at [i, end) begins, or -1: districts, townships
    // and factories are named by a bare number (汲县四区, 二区一乡, 上钢一厂, 国棉二厂; counted, they
    // take a classifier: 八个区), plenums by two (八届八中全会), yarn by its count (二十支纱). floor is where
    // the sentence starts.
    static int numberedNameEnd(const char16_t *s, int i, int end, int n, int floor);
};
