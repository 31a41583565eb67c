#pragma once

#include "numbers/quantity.h"

#include <QStringView>

#include <limits>
#include <optional>

// Reads numbers written in Chinese: character numerals (一万五千三百五十, 五十四亿八千多万, 萬/億,
// formal 壹贰叁, 廿 卅, 〇), Arabic and full-width digits, mixed forms (3.5万, 876，200万, 2，100),
// decimals with 点, percentages (百分之…, ％, %), 成, 倍, fractions (…分之…), ranges (两、三, 三四十,
// 八九亿) and approximation markers (多 余 几 近 约 左右 以上 不到). Dates (一九五三年十二月, 第三季度)
// and ordinals (第一次) are reported with their own form; words that merely contain numeral
// characters (一些, 一致, 统一, 万一, 十分, 三反五反) are not numbers.
//
// Conventions of scan(): a vague numeral (几十, 十几, 数万) is approx More with value = low the
// smallest reading and high the largest (几十: 10 and 90), isRange false; 成 is a Percent (三成: 30);
// a lone 一 is a figure only before a measure word (一个, 一次), other lone digits only before a measure
// word or a sign (九个, 两国, 三倍); 左右/以上/以下 after the measure word set approx but stay out of the
// span (一千六百万亩左右: span 一千六百万); any numeral + 年 is a Date (两年, 五年计划). A Date's value is
// its year when it has one, else its month, else its day (一九五三年十二月: 1953, 1月27日: 1, 七日: 7).
class ChineseNumerals
{
public:
    // The value of a string that is exactly one numeral (no markers, no unit), e.g. 五十四亿八千万.
    static std::optional<double> parse(QStringView numeral);
    // Every quantity, date and ordinal in text, in order, non-overlapping.
    // At most limit quantities (dates and ordinals included): a file of nothing but numbers stops
    // there instead of filling memory.
    static Quantities scan(QStringView text, int limit = std::numeric_limits<int>::max());
    // The same into out, cleared first: a list kept from sentence to sentence keeps its capacity.
    static void scan(QStringView text, int limit, Quantities &out);
};
