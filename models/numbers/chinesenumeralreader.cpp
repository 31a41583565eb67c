#include "numbers/chinesenumeralreader.h"

#include <utility>

namespace {

using R = ChineseNumeralReader;
using Table = R::Table;

const double kPow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

// Sums kept separately for the low and the high reading of a range (三四十 is 30 and 40).
struct Accumulator
{
    double levels[3] = {0, 0, 0}; // parts already multiplied by 万, 亿, 兆
    double section = 0;           // the part below 万
};

// The table and readArabic() stay out of the class: the library is built with -fPIC, where GCC does not
// inline a function with external linkage, and readNumeral() should not pay a call for either.
const Table &lookupTable()
{
    static const Table t = [] {
        Table t{};
        for (int d = 0; d < 10; ++d) {
            t[u"〇一二三四五六七八九"[d]] = t[u"零壹贰叁肆伍陆柒捌玖"[d]] = quint8(R::Digit << 4 | d);
            t[u'○'] = quint8(R::Digit << 4); // the white circle, as 1950s type sets zero (一九五○年)
            t[u'半'] = 15; // kind None: no numeral, but the scan stops there for 半数, 过半
            t[u'0' + d] = t[0xFF10 + d] = quint8(R::Arabic << 4 | d);
        }
        const std::pair<const char16_t *, int> groups[] = {
            {u"两貳兩", R::Digit << 4 | 2}, {u"參", R::Digit << 4 | 3},   {u"陸", R::Digit << 4 | 6},
            {u"十拾", R::Unit << 4 | 1},    {u"百佰", R::Unit << 4 | 2},  {u"千仟", R::Unit << 4 | 3},
            {u"万萬", R::Scale << 4 | 4},   {u"亿億", R::Scale << 4 | 8}, {u"兆", R::Scale << 4 | 12},
            {u"廿", R::Tens << 4 | 2},      {u"卅", R::Tens << 4 | 3},    {u"卌", R::Tens << 4 | 4},
            {u"几幾", R::Vague << 4}};
        for (const auto &[chars, code] : groups)
            for (const char16_t *c = chars; *c; ++c)
                t[*c] = quint8(code);
        return t;
    }();
    return t;
}

// An Arabic number with optional thousands separators (ASCII or full-width comma, groups of three)
// and a decimal point, read as mantissa / den so that 5.48 times a scale stays exact.
int readArabic(const char16_t *s, int q, int n, const Table &t, double &mantissa, double &den)
{
    mantissa = 0;
    den = 1;
    int group = 0;
    bool separated = false;
    auto digit = [&](int k) { return k < n && R::kindOf(t, s[k]) == R::Arabic; };
    for (; q < n; ++q) {
        if (digit(q)) {
            mantissa = mantissa * 10 + R::valueOf(t, s[q]);
            ++group;
        } else if ((s[q] == u',' || s[q] == u'，') && (separated ? group == 3 : group <= 3) && digit(q + 1) &&
                   digit(q + 2) && digit(q + 3) && !digit(q + 4)) {
            separated = true;
            group = 0;
        } else {
            break;
        }
    }
    if (q < n && (s[q] == u'.' || s[q] == u'．') && digit(q + 1))
        for (++q; digit(q) && den < 1e15; ++q, den *= 10)
            mantissa = mantissa * 10 + R::valueOf(t, s[q]);
    return q;
}

} // namespace

const Table &ChineseNumeralReader::table()
{
    return lookupTable();
}

ChineseNumeralReader::Reading ChineseNumeralReader::readNumeral(const char16_t *s, int p, int n)
{
    const Table &t = lookupTable();
    Reading r;
    r.end = p; // nothing read yet
    Accumulator acc[2];
    double pending[2] = {0, 0}, pendingDen = 1, lastUnit = 0, ceiling = 1e4;
    bool hasPending = false, pendingVague = false, abbrev = false;
    int lastLevel = 3;
    constexpr int Start = 0, Number = 1, Multiplier = 2, ScaleMark = 3; // kinds of token
    int last = Start;

    auto setPending = [&](double low, double high, double den) {
        pending[0] = low;
        pending[1] = high;
        pendingDen = den;
        hasPending = true;
        last = Number;
    };
    auto marked = [&](double unit, int kind) { // after 十 百 千 廿, or 万 亿
        hasPending = pendingVague = false;
        lastUnit = unit;
        last = kind;
        r.hasUnit = true;
        ++p;
    };
    while (p < n) {
        const char16_t c = s[p];
        const int kind = kindOf(t, c), v = valueOf(t, c);
        const bool afterUnit = last == Multiplier || last == ScaleMark;
        if (kind == Arabic) {
            if (hasPending || (last != Start && last != ScaleMark))
                break;
            double m, den;
            const int end = readArabic(s, p, n, t, m, den);
            r.arabic = r.arabic || last == Start;
            r.decimal = r.decimal || den > 1;
            abbrev = pendingVague = false;
            setPending(m, m, den);
            p = end;
        } else if (kind == Digit || kind == Vague) {
            if (hasPending)
                break;
            // 两 is a digit only before a place (两千, 一万两千): 十两 is ten liang, 九、十两个月 two months.
            if (c == u'两' && afterUnit &&
                !(p + 1 < n && (kindOf(t, s[p + 1]) == Unit || kindOf(t, s[p + 1]) == Scale)))
                break;
            int q = p, len = 0, first = v, lastDigit = 0;
            double value = 0;
            bool vague = false;
            for (; q < n && len < 16; ++q, ++len) {
                const int k = kindOf(t, s[q]);
                if (k != Digit && k != Vague)
                    break;
                vague = vague || k == Vague;
                lastDigit = valueOf(t, s[q]);
                value = value * 10 + lastDigit;
            }
            const bool comma = q < n && s[q] == u'、';
            // 两、三 and 六、七十: a pair split by the enumeration comma, but not a list 一、二、三.
            if (comma && len == 1 && !vague && first >= 1 && q + 1 < n && kindOf(t, s[q + 1]) == Digit &&
                valueOf(t, s[q + 1]) == first + 1 &&
                (q + 2 >= n || (s[q + 2] != u'、' && kindOf(t, s[q + 2]) != Digit))) {
                len = 2;
                value = first * 11 + 1;
                lastDigit = first + 1;
                q += 2;
            }
            // 1950s type sets 、 as the thousands separator: 四、七三九、○○○元 is 4 739 000, 二、○三一座 2
            // 031, 一○、五○○斤 10 500. After a run of up to three digits, each 、 and exactly three digits is
            // a group (a list 一、二、三 has none). One group after one digit, before 元 and with a zero in
            // it, is a decimal: 每元合一、○五五元 is 1.055.
            if (comma && !vague && len <= 3 && q + 3 < n && last == Start) {
                double whole = value, group = 0;
                int k = q, groups = 0, zeros = 0;
                while (k < n && s[k] == u'、') {
                    int j = k + 1, z = 0;
                    double g = 0;
                    for (; j < n && j <= k + 3 && kindOf(t, s[j]) == Digit; ++j) {
                        z += s[j] == u'○' || s[j] == u'〇' || s[j] == u'零';
                        g = g * 10 + valueOf(t, s[j]);
                    }
                    if (j != k + 4 || (j < n && kindOf(t, s[j]) == Digit))
                        break;
                    whole = whole * 1000 + g;
                    group = g;
                    zeros = z;
                    ++groups;
                    k = j;
                }
                if (groups > 0) {
                    const bool decimal =
                        groups == 1 && len == 1 && zeros > 0 && zeros < 3 && k < n && s[k] == u'元';
                    if (decimal) {
                        setPending(value * 1000 + group, value * 1000 + group, 1000);
                        r.decimal = true;
                    } else {
                        setPending(whole, whole, 1);
                        r.thousands = true;
                    }
                    r.positional = !decimal;
                    r.separated = true;
                    p = k;
                    continue;
                }
            }
            // The last digit as read, not the run's value modulo ten: a run of up to 16 digits does not
            // fit an int (converting it was undefined behaviour, found by fuzzing: 九五三几五玖三几五三,
            // tests/fuzz/regressions/chinese_numerals/ub-long-digit-run-to-int).
            const int second = len <= 2 ? lastDigit : 0;
            const bool zeroLed = len == 2 && first == 0; // 一百〇一: 〇一 is one
            if (vague && len > 1)
                break;
            if (vague) {
                setPending(0, 9, 1);
                r.vague = pendingVague = true;
            } else if (len == 2 && first >= 1 && second == first + 1) {
                setPending(first, second, 1);
                r.range = true;
            } else if (len == 1 || zeroLed) {
                setPending(second, second, 1);
            } else if (last != Start) {
                break;
            } else {
                setPending(value, value, 1);
                r.positional = true;
            }
            // 一万五 is 15000, 三百五 is 350: a last digit right after a unit counts in the next lower place.
            abbrev = !zeroLed && !r.positional && afterUnit && lastUnit >= 100;
            p = q;
        } else if (kind == Tens) {
            if (hasPending || ceiling <= 10)
                break;
            for (auto &a : acc)
                a.section += v * 10;
            marked(ceiling = 10, Multiplier);
        } else if (kind == Unit) {
            // 一百二十万千瓦, 五千克: 千瓦, 千克, 千米 are units (kilowatt, kilogram, kilometre), not a
            // place.
            if (c == u'千' && last != Start && p + 1 < n &&
                (s[p + 1] == u'瓦' || s[p + 1] == u'克' || s[p + 1] == u'米'))
                break;
            const double u = kPow10[v];
            if ((hasPending && r.positional) || u >= ceiling || pendingDen > 1)
                break;
            // 几十 is at least ten; 一万零十二 is 10 012: after 零 a bare 十 is one ten.
            for (int k = 0; k < 2; ++k)
                acc[k].section +=
                    (!hasPending || (pendingVague && k == 0) || (pending[k] == 0 && !r.arabic) ? 1
                                                                                               : pending[k]) *
                    u;
            marked(ceiling = u, Multiplier);
        } else if (kind == Scale) {
            const int level = v / 4 - 1;
            const double scale = kPow10[v];
            const bool bare = !hasPending && acc[0].section == 0;
            if (bare && last == ScaleMark && level == 0 && lastLevel == 0) {
                for (auto &a : acc) // 四万万 is four hundred million
                    a.levels[1] += std::exchange(a.levels[0], 0) * scale;
                lastLevel = 1;
                ++p;
                continue;
            }
            // 六万四千亿, 一万五千亿, 六万四千多亿: 亿 after a number of 万 multiplies all of it (6.4
            // trillion); 五万三亿 (三 short for 三千) is no numeral, nor is 五亿三亿.
            if (level == 1 && lastLevel == 0 && !bare && !(hasPending && abbrev)) {
                for (int k = 0; k < 2; ++k) {
                    Accumulator &a = acc[k];
                    const double all =
                        a.levels[0] + a.section +
                        (hasPending ? (pendingVague && k == 0 ? 0 : pending[k]) / pendingDen : 0);
                    a.levels[0] = a.section = 0;
                    a.levels[1] = all * scale;
                }
                lastLevel = 1;
                pendingDen = 1;
                ceiling = 1e4;
                marked(scale, ScaleMark);
                continue;
            }
            if (level >= lastLevel && lastLevel < 3 && !bare)
                break; // 五亿三亿 is no numeral; 一万亿 is
            for (int k = 0; k < 2; ++k) {
                Accumulator &a = acc[k];
                // Summed as a mantissa over pendingDen, so that 5.48亿 stays exact. 几万 is at least
                // ten thousand, but 十几万 at least 100 000 (like 十多万), as 十几 is 10.
                const double vagueLow = a.section > 0 ? 0 : 1;
                double below = (hasPending ? (pendingVague && k == 0 ? vagueLow : pending[k]) : 0) +
                               a.section * pendingDen;
                for (int j = 0; j < level; ++j)
                    below += std::exchange(a.levels[j], 0) * pendingDen;
                a.levels[level] += (last == Start ? 1 : below) * scale / pendingDen; // 万余 on its own
                a.section = 0;
            }
            lastLevel = level;
            pendingDen = 1;
            ceiling = 1e4;
            marked(scale, ScaleMark);
        } else if ((c == u'点' || c == u'點' || c == u'·') && last != Start && !r.decimal && p + 1 < n &&
                   kindOf(t, s[p + 1]) == Digit) {
            r.dotted = r.dotted || c == u'·';
            // The decimal places are read place by place; the integer part so far becomes the mantissa.
            int q = p + 1;
            double frac = 0, den = 1;
            for (; q < n && kindOf(t, s[q]) == Digit && den < 1e15; ++q, den *= 10)
                frac = frac * 10 + valueOf(t, s[q]);
            for (int k = 0; k < 2; ++k) {
                pending[k] = (acc[k].section + (hasPending ? pending[k] / pendingDen : 0)) * den + frac;
                acc[k].section = 0;
            }
            setPending(pending[0], pending[1], den);
            r.decimal = true;
            abbrev = pendingVague = false;
            ceiling = 1;
            p = q;
        } else if ((c == u'多' || c == u'余') &&
                   (afterUnit || (hasPending && r.arabic && pendingDen == 1 && pending[0] >= 10))) {
            r.more = true;
            if (++p >= n || kindOf(t, s[p]) != Scale)
                break; // but 八千多万 goes on
        } else {
            break;
        }
    }
    if (last == Start)
        return r;
    for (int k = 0; k < 2; ++k) {
        double v = acc[k].levels[0] + acc[k].levels[1] + acc[k].levels[2] + acc[k].section;
        if (hasPending)
            v += abbrev ? pending[k] * lastUnit / 10 : pending[k] / pendingDen;
        (k == 0 ? r.low : r.high) = v;
    }
    r.end = p;
    return r;
}
