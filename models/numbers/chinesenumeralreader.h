#pragma once

#include <QtGlobal>
#include <array>

// Reads one numeral at a position of Chinese text, with nothing around it: character numerals, Arabic
// and full-width digits and mixtures of both, with 点 decimals, inner 多/余 and approximate digit pairs.
// Deciding whether a numeral is a figure (measure words, stop words, dates) is ChineseNumerals' part;
// the character table is shared with it so that its scan loop can skip other characters in one load.
class ChineseNumeralReader
{
public:
    // Classes of the 64K lookup table. Only these characters can begin a numeral, so the scan loop
    // rejects every other character with one load; the low nibble holds the digit or the exponent.
    static constexpr int None = 0, Digit = 1, Unit = 2, Scale = 3, Tens = 4, Vague = 5, Arabic = 6;
    using Table = std::array<quint8, 65536>;

    // What readNumeral() found: the extent and value of one numeral, with the features the scanner
    // needs to decide whether it is a figure at all.
    struct Reading
    {
        int end = 0;
        double low = 0, high = 0;
        // range: 三四十, 两、三; vague: 几十, 十几; more: 多 or 余 inside (八千多万, 一亿余); decimal:
        // 十六点四, 3.5; arabic: began with Arabic digits; positional: began with digits read place by
        // place (一九五三, 一零一点三六); hasUnit: used 十 百 千 万 亿.
        bool range = false, vague = false, more = false, decimal = false, arabic = false, positional = false,
             hasUnit = false;
        // dotted: · as the decimal point (百分之一一六·二三); separated: 、 as a decimal point or a
        // thousands separator (一、○五五, 四、○○○) — the scanner takes either only with a unit.
        bool dotted = false, separated = false;
        // thousands: 、 read as the thousands separator (四、五八六、七五○): a figure without a measure word.
        bool thousands = false;
    };

    static const Table &table();
    // Inline, because the scanner calls them for nearly every character it looks at.
    static int kindOf(const Table &t, char16_t c) { return t[c] >> 4; }
    static int valueOf(const Table &t, char16_t c) { return t[c] & 15; }

    // Reads the longest numeral at p: Chinese numerals, Arabic digits, or both (3.5万), with 点
    // decimals, inner 多/余 and the digit pairs of approximate ranges. Returns end == p when there is none.
    static Reading readNumeral(const char16_t *s, int p, int n);
};
