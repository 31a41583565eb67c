#include "numbers/chinesenumerals.h"

#include "numbers/chinesemeasurewords.h"
#include "numbers/chinesenumeralreader.h"
#include "numbers/chinesestopwords.h"
#include "numbers/u16words.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using A = Quantity::Approx;
using F = Quantity::Form;
using R = ChineseNumeralReader;
using M = ChineseMeasureWords;
using Reading = R::Reading;

using namespace U16Words;
using namespace std::string_view_literals;
// 零 and 〇 only fill places inside a numeral (零售, 零件 are words); 兆 names places (兆壁农业社).
// ○ likewise. But 零点五 (0.5) and ○·四九 (0.49, in 1950s type) begin with one.
const auto cannotStart = [](char16_t c) { return c == u'零' || c == u'〇' || c == u'○' || c == u'兆'; };
bool startsDecimal(const char16_t *s, int i, int n)
{
    return (s[i] == u'零' || s[i] == u'〇' || s[i] == u'○') && i + 2 < n &&
           (s[i + 1] == u'点' || s[i + 1] == u'點' || s[i + 1] == u'·' || s[i + 1] == u'．') &&
           R::kindOf(R::table(), s[i + 2]) == R::Digit;
}
// Formal digits that double as everyday characters (队伍, 陆续, 收拾, 放肆) start a numeral only
// when another formal numeral follows.
const auto isWeak = [](char16_t c) { return isIn(c, u"伍陆陸拾肆佰仟參"sv); };
const auto isFormal = [](char16_t c) { return isIn(c, u"零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億万亿元圆"sv); };

// The scan state shared by the calls for each candidate position.
struct Scanner
{
    const char16_t *s;
    int n;
    Quantities &out;
    int floor = 0;          // text before this belongs to the previous figure
    bool allowLone = false; // the right side of a range: 三至五 needs no measure word after 三

    int at(int i);
    int measuredRange(int start, int tail, double low, A before, const QString &unit, TextRange unitRange);
    int date(const Reading &r, int i, int p, bool ordinal);
    int half(int i);
    int add(int start, int end, double low, double high, bool range, F form, A approx = A::Exact,
            const QString &unit = {}, TextRange unitRange = {})
    {
        Quantity q;
        q.range = {start, end};
        q.value = q.low = low;
        q.high = high;
        q.isRange = range;
        q.approx = approx;
        q.form = form;
        q.unit = unit;
        q.unitRange = unitRange;
        out.append(q);
        return end;
    }
};

// A date: the numeral at [i, p) followed by 年, 月, 日, 季度 …, with a following month and day taken
// into the same span (一九五三年十二月份, 1966年5月9日). Returns the end, or -1 when it is no date.
int Scanner::date(const Reading &r, int i, int p, bool ordinal)
{
    const bool whole = !r.decimal && !r.more && !r.vague;
    const int start = ordinal ? i - 1 : i;
    auto push = [&](int end, F form = F::Date) { return add(start, end, r.low, r.high, r.range, form); };
    auto following = [&](int from, double max, Word marks) {
        if (from >= n || R::kindOf(R::table(), s[from]) == R::None || cannotStart(s[from]))
            return -1;
        const Reading next = R::readNumeral(s, from, n);
        const bool ok = next.end > from && next.end < n && next.low >= 1 && next.high <= max && !next.decimal;
        return ok && isIn(s[next.end], marks) ? next.end + 1 : -1;
    };
    auto tail = [&](int e, std::initializer_list<Word> suffixes) {
        for (const Word suffix : suffixes)
            if (startsWith(s, e, n, suffix))
                return e + length(suffix);
        return e;
    };
    auto monthTail = [&](int e) {
        const int d = following(e, 31, u"日号"sv);
        return d > 0 ? d
                     : tail(tail(e, {u"份"sv}),
                            {u"上旬"sv, u"中旬"sv, u"下旬"sv, u"底"sv, u"初"sv, u"末"sv, u"间"sv});
    };
    const char16_t c = p < n ? s[p] : 0;
    if (whole && r.high <= 4 && r.low >= 1 && (startsWith(s, p, n, u"季度"sv) || (c == u'季' && ordinal)))
        return push(c == u'季' && !startsWith(s, p, n, u"季度"sv) ? p + 1 : p + 2);
    if (startsWith(s, p, n, u"年级"sv)) { // 二年级: a school grade
        add(start, p, r.low, r.high, r.range, F::Ordinal, A::Exact, QStringLiteral("年级"), {p, p + 2});
        return p + 2;
    }
    if (ordinal)
        return -1;
    for (const Word word : {u"世纪"sv, u"年代"sv, u"周年"sv, u"点钟"sv})
        if (startsWith(s, p, n, word))
            return push(p + 2);
    // 十五时十七分, 二十一时零三分, 十月一日十五时: a clock time is part of a date, not a figure.
    if (c == u'时' && whole && r.high <= 24) {
        const int from =
            p + 1 < n && (s[p + 1] == u'零' || s[p + 1] == u'〇' || s[p + 1] == u'○') ? p + 2 : p + 1;
        const int minutes = following(from, 59, u"分"sv);
        if (minutes > 0)
            return push(minutes);
        if (start > 0 && isIn(s[start - 1], u"日号晨晚午"sv))
            return push(p + 1);
    }
    if (c == u'年') {
        const int m = following(p + 1, 12, u"月"sv);
        // A year is written digit by digit (一九五三年, 五四年) or in Arabic (1958年); 两年, 十年,
        // 三千年, 3年 are durations. 五年计划 names a plan.
        const bool year = r.positional || (r.arabic && r.low >= 1000) || m > 0;
        if (!year && !startsWith(s, p + 1, n, u"计划"sv) && !startsWith(s, p + 1, n, u"规划"sv) &&
            !startsWith(s, p + 1, n, u"级"sv))
            return -1;
        return push(m > 0 ? monthTail(m) : tail(p + 1, {u"度"sv, u"底"sv, u"初"sv, u"末"sv, u"间"sv}));
    }
    if (c == u'月' && whole && r.high <= 12 && r.low >= 1)
        return push(monthTail(p + 1));
    if ((c == u'日' || c == u'号') && whole && r.high <= 31 && r.low >= 1)
        return push(p + 1);
    return -1;
}

// A range whose sides each carry the measure word: 一斤到一斤半, 两头半以上、三头以下, 两头以上，两头半以下.
// The left side, from start, reads low with its measure word ending at tail; returns where scanning
// resumes, or -1 when no such range follows.
int Scanner::measuredRange(int start, int tail, double low, A before, const QString &unit,
                           TextRange unitRange)
{
    A bound = A::Exact;
    const int len = M::approxAfter(s, tail, n, bound);
    const int p = tail + len;
    const bool between = len > 0 && startsWith(s, tail, n, u"以上"sv) && p + 1 < n && isIn(s[p], u"、，,"sv);
    if (!(between || (len == 0 && p + 1 < n && isIn(s[p], u"到至—～"sv))) ||
        R::kindOf(R::table(), s[p + 1]) == R::None)
        return -1;
    Quantities right;
    Scanner sub{s, n, right, p + 1, true};
    int resume = sub.at(p + 1);
    if (right.size() != 1)
        return -1;
    const Quantity &b = right[0];
    if (b.range.start != p + 1 || b.unit != unit || b.form != F::Number || b.isRange || b.low <= low)
        return -1;
    int end = std::max(b.range.end, b.unitRange.end);
    if (end < n && s[end] == u'半' && b.low - std::floor(b.low) == 0.5) // 一斤半
        ++end;
    if (between) { // 以上 … 以下 bound the range on both sides: it is exact
        if (b.approx != A::Less || !(startsWith(s, end, n, u"以下"sv) || startsWith(s, end, n, u"以内"sv)))
            return -1;
        resume = std::max(resume, end += 2);
    }
    add(start, end, low, b.high, true, F::Number,
        between              ? A::Exact
        : before != A::Exact ? before
                             : b.approx,
        unit, unitRange);
    return resume;
}

// 半数以上, 超过半数, 过半: half of a whole, a share (一半 is read with the numerals, 半年 and 半机械化
// are no figures).
int Scanner::half(int i)
{
    const bool share = i + 1 < n && s[i + 1] == u'数';
    const bool past = !share && i - 1 >= floor && s[i - 1] == u'过' &&
                      !(i - 2 >= floor && s[i - 2] == u'超') &&
                      !(i + 1 < n && isIn(s[i + 1], u"年月天日夜点小个"sv));
    if (!share && !past)
        return i + 1;
    A before = past ? A::More : A::Exact;
    const int start = past ? i - 1 : i - M::approxBefore(s, i, floor, before);
    int p = i + (share ? 2 : 1);
    A after = A::Exact;
    p += M::approxAfter(s, p, n, after);
    return add(start, p, 0.5, 0.5, false, F::Fraction, before != A::Exact ? before : after);
}

// Reads the figure, date or ordinal that may start at i and returns where scanning resumes (> i).
int Scanner::at(int i)
{
    const R::Table &t = R::table();
    const char16_t c = s[i];
    if (c == u'半')
        return half(i);
    if (R::kindOf(t, c) == R::Arabic) {
        const auto isoChar = [](char16_t c, char16_t k) {
            return k == u'd' ? c >= u'0' && c <= u'9' : c == k;
        };
        if (i + 10 <= n && std::equal(s + i, s + i + 10, u"dddd-dd-dd", isoChar) &&
            (i + 10 == n || R::kindOf(t, s[i + 10]) != R::Arabic)) { // 1954-06-22, as in article headers
            const double year = ChineseNumerals::parse(QStringView(s + i, 4)).value_or(0);
            return add(i, i + 10, year, year, false, F::Date);
        }
        if (i > 0 && s[i - 1] < 128 && QChar::isLetter(s[i - 1])) { // A3, 16mo: codes, not figures
            const auto notArabic = [&](char16_t d) { return R::kindOf(t, d) != R::Arabic; };
            return int(std::find_if(s + i, s + n, notArabic) - s);
        }
    }
    if ((cannotStart(c) && !startsDecimal(s, i, n)) || (isWeak(c) && !(i + 1 < n && isFormal(s[i + 1]))))
        return i + 1;
    const bool ordinal = i > floor && s[i - 1] == u'第';
    // 一番 is "a bout of", but 翻一番 doubles.
    const bool doubling = i + 1 < n && s[i + 1] == u'番' && i - 1 >= floor &&
                          (s[i - 1] == u'翻' || (s[i - 1] == u'了' && i - 2 >= floor && s[i - 2] == u'翻'));
    if (const int e = ordinal || doubling ? -1 : ChineseStopWords::endAt(s, i, n); e > i)
        return e;
    const Reading r = R::readNumeral(s, i, n);
    if (r.end == i)
        return i + 1;
    // 几百, 几十万: a vague quantity with no number in it is not a figure (十几, 三十几 have one).
    if (r.vague && R::kindOf(t, c) == R::Vague)
        return r.end;
    if (const int e = ordinal ? -1 : ChineseStopWords::numberedNameEnd(s, i, r.end, n, floor); e > 0)
        return e;

    int p = r.end;
    A approx = A::Exact;
    int start = ordinal ? i : i - M::approxBefore(s, i, floor, approx);
    // 超过了一头, 接近了一半: the verb's 了 between the approximation and the number.
    if (start == i && !ordinal && i - 1 > floor && s[i - 1] == u'了') {
        A verb = A::Exact;
        const int len = M::approxBefore(s, i - 1, floor, verb);
        if (len == 2 && verb != A::About) {
            start = i - 1 - len;
            approx = verb;
        }
    }
    // 最近七天, 附近三个村: 近 there means "recent", "nearby"; so in 近一年来, 近两个月以来 ("in the past
    // year").
    if (start == i - 1 && s[start] == u'近' &&
        ((start - 1 >= floor && isIn(s[start - 1], u"最附邻靠"sv)) || M::sinceThen(s, r.end, n))) {
        start = i;
        approx = A::Exact;
    }
    // 零下三十度, 负三十二: below zero.
    const bool negative =
        !ordinal && ((start - 2 >= floor && s[start - 2] == u'零' && s[start - 1] == u'下') ||
                     (start - 1 >= floor && s[start - 1] == u'负' &&
                      !(start - 2 >= floor && isIn(s[start - 2], u"胜正抱"sv))));
    if (negative)
        start -= s[start - 1] == u'下' ? 2 : 1;
    double low = r.low, high = r.high;
    bool more = r.more || r.vague, isRange = r.range;
    F form = F::Number;
    QString unit;
    TextRange unitRange;
    // 数十, 数万: 数 before a bare unit reads like 几, unless it ends a word (人数, 总数).
    if (start == i && !ordinal && (R::kindOf(t, c) == R::Unit || R::kindOf(t, c) == R::Scale) &&
        i - 1 >= floor && s[i - 1] == u'数' &&
        (i < 2 || !isIn(s[i - 2], u"人户次件总个岁字分倍半基系函指无多少算社亩头台"sv)))
        return r.end; // 数十, 数百万 read like 几: no number, not a figure

    const Reading num = !ordinal && p + 2 < n && s[p] == u'分' && s[p + 1] == u'之' && low > 0
                            ? R::readNumeral(s, p + 2, n)
                            : Reading{};
    const bool fraction = num.end > p + 2;
    if (fraction) { // 三分之一; 百分之七十 is a percentage
        const double numLow = num.vague ? 1 : num.low;
        if (low == 100 && !r.range && !r.vague) {
            form = F::Percent;
            unit = QStringLiteral("percent");
            unitRange = {i, p + 2};
            low = numLow;
            high = num.high;
        } else {
            form = F::Fraction; // the smallest over the largest denominator, and the other way round
            low = numLow / r.high;
            high = num.high / r.low;
        }
        isRange = num.range;
        more = more || num.more || num.vague;
        p = num.end;
    } else {
        if (r.vague && !r.hasUnit)
            return r.end; // 几个 is "a few"
        if (const int e = date(r, i, p, ordinal); e > 0)
            return e;
        if (ordinal) {
            const int len = M::measure(s, p, n, unit);
            add(i - 1, p, low, high, isRange, F::Ordinal, A::Exact, unit,
                len ? TextRange{p, p + len} : TextRange{});
            return p;
        }
    }
    const bool single = r.end - i == 1 && !fraction;
    const char16_t next = p < n ? s[p] : 0;
    if (single && c == u'一' && next == u'半') { // 一半
        form = F::Fraction;
        low = high = 0.5;
        ++p;
    } else if (!fraction && next == u'倍') {
        form = F::Multiple;
        if (++p < n && s[p] == u'半') { // 四倍半
            low += 0.5;
            high += 0.5;
            ++p;
        }
        // 增加一倍 doubles and 提高了两倍 triples: after a verb of increase the number counts the
        // increase, so the factor is one more; 增加到三倍, 为三倍, 是…的三倍 are the factor itself.
        int b = start;
        if (b - 1 >= floor && s[b - 1] == u'了')
            --b;
        static constexpr Word increases[] = {u"增加"sv, u"提高"sv, u"增长"sv, u"增产"sv, u"扩大"sv,
                                             u"上升"sv, u"增多"sv, u"发展"sv, u"增大"sv, u"增殖"sv};
        bool increase = false;
        for (const Word verb : increases)
            increase = increase || (b - length(verb) >= floor && startsWith(s, b - length(verb), n, verb));
        // 超过去年五倍: exceeds by five times, with what it is compared with in between.
        for (int k = b - 2; !increase && k >= floor && k >= b - 10 && !isIn(s[k + 1], u"，。；：、,;"sv); --k)
            increase = startsWith(s, k, n, u"超过"sv);
        // 比全国平均增长速度快一倍: faster, more, higher than what 比 names by the number, so one more.
        if (!increase && b - 1 >= floor && isIn(s[b - 1], u"快多高大长"sv)) {
            for (int k = b - 2; !increase && k >= floor && k >= b - 20 && !isIn(s[k], u"，。；：,;"sv); --k)
                increase = s[k] == u'比';
        }
        if (increase) {
            low += 1;
            high += 1;
        }
    } else if (!fraction && next == u'番' && i - 1 >= floor &&
               (s[i - 1] == u'翻' || (s[i - 1] == u'了' && i - 2 >= floor && s[i - 2] == u'翻'))) {
        form = F::Multiple; // 翻一番 doubles, 翻两番 quadruples
        low = std::pow(2.0, low);
        high = std::pow(2.0, high);
        ++p;
    } else if (!fraction && next == u'成' && high <= 10 && !r.decimal &&
               !(p + 1 < n && isIn(s[p + 1], u"本员立为果绩就功熟交品分千万"sv))) {
        form = F::Percent; // 三成 is thirty percent
        low *= 10;
        high *= 10;
        // 一成半 is fifteen percent, 四成七 forty-seven: a half or a digit after 成 counts in percent.
        if (p + 1 < n && s[p + 1] == u'半') {
            low += 5;
            high += 5;
            ++p;
        } else if (p + 1 < n && R::kindOf(t, s[p + 1]) == R::Digit && s[p + 1] != u'零' && !r.range &&
                   !(p + 2 < n && R::kindOf(t, s[p + 2]) != R::None)) {
            const double d = R::valueOf(t, s[p + 1]);
            low += d;
            high += d;
            ++p;
        }
    } else if (!fraction && (startsWith(s, p, n, u"个百分点"sv) || startsWith(s, p, n, u"百分点"sv))) {
        form = F::Percent; // 零点五个百分点: percentage points
        unit = QStringLiteral("percentage_point");
        const int len = s[p] == u'个' ? 4 : 3;
        unitRange = {p, p + len};
        p += len;
    } else if (!fraction && (next == u'%' || next == u'％')) {
        form = F::Percent;
    } else if (!fraction && (next == u'元' || next == u'圆') &&
               !(p + 1 < n && isIn(s[p + 1], u"旦化素首帅老勋件代朝月宵"sv))) {
        unit = QStringLiteral("yuan");
        unitRange = {p, p + 1};
        ++p;
        double jiao = 0, fen = 0; // 九元七角 is 9.7 yuan, 三元五角二分 3.52
        if (!r.decimal && !r.range) {
            if (const int e = M::smallerUnit(s, p, n, u'角', 10, jiao); e > 0) {
                low += jiao / 10;
                high += jiao / 10;
                p = e;
                if (const int f = M::smallerUnit(s, p, n, u'分', 10, fen); f > 0) {
                    low += fen / 100;
                    high += fen / 100;
                    p = f;
                    double li = 0; // 二元五角七分三厘 is 2.573
                    if (const int l = M::smallerUnit(s, p, n, u'厘', 10, li); l > 0) {
                        low += li / 1000;
                        high += li / 1000;
                        p = l;
                    }
                }
            }
        }
    } else if (!fraction && !r.decimal && !r.range && high < 100 &&
               ((next == u'角' && !(p + 1 < n && isIn(s[p + 1], u"形星楼亭洲架度尺锥钢铁"sv))) ||
                (next == u'分' && p + 1 < n && s[p + 1] == u'钱'))) {
        // 五角, 三分钱: money below the yuan (九元七角 is read above)
        const double den = next == u'角' ? 10 : 100;
        low /= den;
        high /= den;
        unit = QStringLiteral("yuan");
        unitRange = {p, p + 1};
        ++p;
        double fen = 0;
        if (next == u'角') {
            if (const int f = M::smallerUnit(s, p, n, u'分', 10, fen); f > 0) {
                low += fen / 100;
                high += fen / 100;
                p = f;
            }
        }
        if (p < n && s[p] == u'钱')
            ++p;
    }
    if (form == F::Percent && unit.isEmpty()) {
        unit = QStringLiteral("percent");
        unitRange = {p, p + 1};
        ++p;
    }
    if (p < n && (s[p] == u'多' || s[p] == u'余') && (form == F::Multiple || form == F::Percent)) {
        more = true; // 一倍多, 三成多
        ++p;
    }
    // 百分之三十六强, 77％强: a little over; 弱 a little under. Not 强大, 强度, 弱小 …
    A strong = A::Exact;
    if (form == F::Percent && p < n && (s[p] == u'强' || s[p] == u'弱') &&
        !(p + 1 < n && isIn(s[p + 1], u"大度化调国盛烈壮项小点者势"sv))) {
        strong = s[p] == u'强' ? A::More : A::Less;
        ++p;
    }

    // 三至五个, 百分之十五到三十, 10—15: a range when the right side reads as the same kind of figure.
    if (p + 1 < n && isIn(s[p], u"到至—－～~-"sv) && R::kindOf(t, s[p + 1]) != R::None &&
        form != F::Fraction && !r.positional) {
        Quantities right;
        Scanner sub{s, n, right, p + 1, true};
        const int e = sub.at(p + 1);
        // A scale or 成 written once belongs to both sides: 三至五万 is 30 000 to 50 000, 一千到两千万
        // ten to twenty million, 一至二成 ten to twenty percent.
        double factor = 1;
        F leftForm = form;
        if (right.size() == 1 && form == F::Number && unit.isEmpty() && !r.decimal) {
            const Reading rr = R::readNumeral(s, p + 1, n);
            const double rightScale = rr.end > p + 1 && R::kindOf(t, s[rr.end - 1]) == R::Scale
                                          ? std::pow(10.0, R::valueOf(t, s[rr.end - 1]))
                                          : 1;
            const bool leftScaled =
                std::any_of(s + i, s + r.end, [&](char16_t ch) { return R::kindOf(t, ch) == R::Scale; });
            if (rightScale > 1 && !leftScaled && (!r.hasUnit || rr.low / rightScale > low)) {
                factor = rightScale; // 三至五万; 一千到两千万
            } else if (right[0].form == F::Percent && rr.end < n && s[rr.end] == u'成' && high <= 10) {
                factor = 10;
                leftForm = F::Percent;
            }
        }
        if (right.size() == 1 && right[0].range.start == p + 1 && right[0].low > low * factor &&
            (right[0].form == leftForm ||
             (form == F::Percent && right[0].form == F::Number && right[0].unit.isEmpty()))) {
            const Quantity &b = right[0];
            low *= factor;
            form = leftForm;
            const A a = approx != A::Exact ? approx : more ? A::More : b.approx;
            add(start, b.range.end, low, b.high, true, form, a, unit.isEmpty() ? b.unit : unit,
                unit.isEmpty() ? b.unitRange : unitRange);
            return e;
        }
    }

    A suffix = A::Exact;
    p += M::approxAfter(s, p, n, suffix);
    int tail = p; // past the measure word and a half after it
    bool measured = !unit.isEmpty() || form != F::Number;
    if (unit.isEmpty() && suffix == A::Exact && form == F::Number) {
        if (const int len = M::measure(s, p, n, unit)) {
            if (unit == QLatin1String("degree") && !negative && high <= 3) // 两度访华: twice
                unit = QStringLiteral("度");
            unitRange = {p, p + len};
            measured = true;
            // 两头半, 三斤半, 两个半月: a half after the measure word belongs to the number.
            // 半社会主义, 半机械化, 半成品 are words of their own.
            const bool half =
                p + len < n && s[p + len] == u'半' && !r.decimal && !r.vague && form == F::Number &&
                !(p + len + 1 < n && isIn(s[p + len + 1], u"社机自封殖数径岛劳导工脱成价拉截身"sv));
            if (half || std::find(s + p, s + p + len, u'半') != s + p + len) { // or 两个半月
                low += 0.5;
                high += 0.5;
            }
            int after = p + len + (half ? 1 : 0);
            tail = after;
            // 一千一百七十一斤七两 (sixteen liang to the jin), 三亩五分 (ten fen to the mu): one figure.
            double part = 0;
            const bool jin = unit == QLatin1String("jin"), mu = unit == QLatin1String("mu");
            if (!half && !r.decimal && !r.range && (jin || mu)) {
                if (const int e = M::smallerUnit(s, after, n, jin ? u'两' : u'分', jin ? 16 : 10, part);
                    e > 0) {
                    low += part / (jin ? 16 : 10);
                    high += part / (jin ? 16 : 10);
                    unitRange.end = e;
                    after = tail = e;
                    double li = 0; // 一百二十五亩八分二厘 is 125.82 mu
                    if (const int l = mu ? M::smallerUnit(s, after, n, u'厘', 10, li) : -1; l > 0) {
                        low += li / 100;
                        high += li / 100;
                        unitRange.end = l;
                        after = tail = l;
                    }
                }
            }
            // Markers after the measure word still qualify the figure but stay out of its span.
            if (!M::approxAfter(s, after, n, suffix) && after < n && isIn(s[after], u"多余"sv))
                suffix = A::More;
            if (std::find(s + p, s + p + len, u'多') != s + p + len) // 一个多月
                suffix = A::More;
        }
    }
    // A lone numeral character is a figure only with a measure word or a sign: 九个, 三倍, 两国,
    // but not 三大, 五一, or the list numbers 一、 二、; after 这 每 另 … 一 means "this", "each", "another".
    if (single && !measured && !allowLone)
        return r.end;
    if (single && c == u'一' && i > 0 && isIn(s[i - 1], u"这那每另又某哪同统唯不之单划专逐合归进其任初何"sv))
        return r.end;
    // 前一年, 上一个月: the previous one (but 提前一年 is a year ahead); 一人一天: a rate, "a day each".
    if (single && c == u'一' && i - 1 >= floor &&
        ((s[i - 1] == u'前' && !(i - 2 >= 0 && s[i - 2] == u'提')) ||
         (s[i - 1] == u'上' && !(i - 2 >= 0 && s[i - 2] == u'以'))))
        return r.end;
    if (QString u; single && c == u'一' && i - 2 >= 0 && s[i - 2] == u'一' && M::measure(s, i - 1, i, u) == 1)
        return r.end;
    // 取得决定性胜利的一年: "a year in which", no duration.
    if (single && c == u'一' && i - 1 >= floor && s[i - 1] == u'的' && form == F::Number && !more &&
        (unit == QLatin1String("year") || unit == QLatin1String("month") || unit == QLatin1String("day")))
        return r.end;
    // A bare 百, 千 or 万 and its measure open a quoted name: “百斤皮棉区”, “万亩丰产方” (“十万灾民” counts).
    if (i > 0 && (s[i - 1] == u'“' || s[i - 1] == u'"') && r.end == i + 1 && isIn(c, u"百千万"sv) &&
        !unit.isEmpty()) {
        int q = r.end;
        while (q < n && q < r.end + 6 && !isIn(s[q], u"”\"，。；、：！？"sv))
            ++q;
        if (q < n && q > r.end && (s[q] == u'”' || s[q] == u'"'))
            return q;
    }
    // The indefinite 一 ("a"): 一座养鸭场, 一个原因, 一种是, 一人一天. 一 + a counter is a figure only
    // where the number is the news: after the noun (军舰一艘，), or as what something came to
    // (合并为了一个组, 增加到一个, 仅一个).
    if (single && c == u'一' && low == 1 && !allowLone && form == F::Number && approx == A::Exact && !more &&
        suffix == A::Exact && unitRange.length() == 1 && !unit.isEmpty() && unit.at(0).unicode() >= 0x3000) {
        const int after = unitRange.end;
        // 是…的一年。 is "a year in which"; 喊了一声, 有了一个机构 are "a"; 增加了一个社, 合并为一个组 came
        // to.
        const bool closes = (after >= n || isIn(s[after], u"，。；、：！？）」”,.;:!?)"sv)) &&
                            !(i - 1 >= 0 && s[i - 1] == u'的');
        const bool cameTo =
            (i - 1 >= floor && isIn(s[i - 1], u"到至仅才只剩"sv)) ||
            (i - 2 >= floor && s[i - 1] == u'了' && isIn(s[i - 2], u"为成到至剩加少展大高长"sv)) ||
            (i - 2 >= floor && s[i - 1] == u'为' && isIn(s[i - 2], u"并编划改缩"sv)) ||
            (i - 2 >= floor && s[i - 1] == u'有' && isIn(s[i - 2], u"仅才只共"sv));
        if (!closes && !cameTo)
            return r.end;
    }
    if (((r.dotted || r.separated) && !measured && !r.thousands) ||
        (r.positional && !r.decimal && !measured && !r.thousands) ||
        (i > 0 && p < n && isIn(s[i - 1], u"（("sv) && isIn(s[p], u"）)"sv)))
        return r.end; // 一九五三保全工作法, 六六六, （一）
    const A sense = approx != A::Exact ? approx : more ? A::More : strong != A::Exact ? strong : suffix;
    if (form == F::Number && !isRange && !negative && !allowLone && unitRange.length() > 0)
        if (const int e = measuredRange(start, tail, low, approx, unit, unitRange); e > 0)
            return e;
    if (negative) {
        const double l = low;
        low = -high;
        high = -l;
    }
    add(start, p, low, high, isRange, form, sense, unit, unitRange);
    return std::max(p, unitRange.end); // past 斤七两, 亩五分: they are read
}

} // namespace

std::optional<double> ChineseNumerals::parse(QStringView numeral)
{
    const auto *s = reinterpret_cast<const char16_t *>(numeral.utf16());
    const int n = int(numeral.size());
    const Reading r = n > 0 ? R::readNumeral(s, 0, n) : Reading{};
    if (n == 0 || r.end != n || r.range || r.vague || r.more)
        return std::nullopt;
    return r.low;
}

Quantities ChineseNumerals::scan(QStringView text, int limit)
{
    Quantities out;
    scan(text, limit, out);
    return out;
}

void ChineseNumerals::scan(QStringView text, int limit, Quantities &out)
{
    out.clear();
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = int(text.size());
    const R::Table &t = R::table();
    Scanner scanner{s, n, out};
    for (int i = 0; i < n && out.size() < limit;) {
        if (Q_LIKELY(t[s[i]] == 0)) {
            ++i;
            continue;
        }
        i = scanner.at(i);
        scanner.floor = out.isEmpty() ? 0 : out.constLast().range.end;
    }
}
