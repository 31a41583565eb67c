#include "englishnumbers.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

namespace {

using A = Quantity::Approx;
using F = Quantity::Form;

// How a number word combines with its neighbours.
namespace W {
constexpr int Unit = 0, Tens = 1, Hundred = 2, Scale = 3, Dozen = 4, Ordinal = 5, Half = 6, Quarter = 7,
              Denominator = 8, Multiple = 9, Plural = 10, None = 11;
}

// The number words in groups whose values step from the first: kind, first value, step, words.
// clang-format off
const struct
{
    int kind;
    double first, step;
    const char *words;
} kGroups[] = {
    {W::Unit, 0, 1, "zero one two three four five six seven eight nine"},
    {W::Unit, 10, 1, "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"},
    {W::Tens, 20, 10, "twenty thirty forty fifty sixty seventy eighty ninety"},
    {W::Ordinal, 1, 1, "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"},
    {W::Ordinal, 20, 10, "twentieth thirtieth"}, {W::Ordinal, 100, 0, "hundredth"},
    {W::Hundred, 100, 0, "hundred"}, {W::Scale, 1e3, 0, "thousand"}, {W::Scale, 1e6, 0, "million"},
    {W::Scale, 1e9, 0, "billion"}, {W::Scale, 1e12, 0, "trillion"}, {W::Dozen, 12, 0, "dozen"},
    {W::Half, 2, 0, "half halves"}, {W::Quarter, 4, 0, "quarter quarters"},
    {W::Denominator, 3, 1, "thirds fourths fifths sixths sevenths eighths ninths tenths"},
    {W::Denominator, 100, 0, "hundredths"}, {W::Multiple, 2, 0, "twice double doubled twofold"},
    {W::Multiple, 3, 0, "triple tripled treble trebled threefold"}, {W::Multiple, 4, 0, "quadrupled fourfold"},
    {W::Multiple, 5, 5, "fivefold tenfold"}, {W::Plural, 10, 0, "tens"}, {W::Plural, 12, 0, "dozens"},
    {W::Plural, 100, 0, "hundreds"}, {W::Plural, 1e3, 0, "thousands"}, {W::Plural, 1e6, 0, "millions"}};
// clang-format on

struct Word
{
    std::string text;
    int kind;
    double value;
};

const auto isLetter = [](char16_t c) { return (c | 0x20) >= u'a' && (c | 0x20) <= u'z'; };
const auto isDigit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
const auto isSpace = [](char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r') || c == 0xA0; };

// Number words by first letter and length, so that most words of running text are rejected after
// one bucket lookup and a compare or two.
const Word *lookup(const char16_t *s, int p, int end)
{
    static const auto buckets = [] {
        std::array<std::array<std::vector<Word>, 12>, 26> b;
        for (const auto &g : kGroups) {
            double value = g.first;
            for (const char *w = g.words; *w; value += g.step) {
                const size_t len = strcspn(w, " ");
                b[*w - 'a'][len].push_back({std::string(w, len), g.kind, value});
                w += len + (w[len] ? 1 : 0);
            }
        }
        return b;
    }();
    const int len = end - p;
    if (len < 3 || len >= 12)
        return nullptr;
    for (const Word &w : buckets[(s[p] | 0x20) - 'a'][len])
        if (std::equal(s + p + 1, s + end, w.text.begin() + 1,
                       [](char16_t c, char x) { return (c | 0x20) == x; }))
            return &w;
    return nullptr;
}

const char *const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

// Words after a number that are no counted noun (function words, verbs, words that qualify it), and
// adjectives, which are looked past.
const char kNotUnits[] =
    " a an the of to in on at by for from with and or but than as is are was were be been being has have had "
    "will "
    "would shall should can could may might must do does did this that these those which who whom whose it "
    "its "
    "their his her our they we he she per each every more less most least over under about around nearly "
    "almost "
    "only also just then there here where when while if so such not no nor yet percent times fold yuan "
    "compared "
    "respectively including ahead before after since during until within without between among into through "
    "across along against toward towards above below up down out off again once both either all any some few "
    "many much several other another same own via last next ";
const char kAdjectives[] =
    " new old large small big major main additional different various advanced newly key "
    "basic total whole entire local existing original ";
// Physical measures and their canonical names; those left in Chinese in a translation (7,000担).
const char kMeasures[] = " jin=jin jins=jin catty=jin catties=jin dan=dan picul=dan piculs=dan mu=mu ton=ton "
                         "tons=ton tonne=ton tonnes=ton kilogram=kg kilograms=kg kg=kg kilometer=km "
                         "kilometers=km kilometre=km kilometres=km km=km li=li chi=chi zhang=zhang meter=m "
                         "meters=m metre=m metres=m hectare=hectare hectares=hectare qing=qing ";
const char16_t kChineseMeasures[] = u"斤担亩吨";
const char *const kChineseUnits[] = {"jin", "dan", "mu", "ton"};
// Approximation words before a number, longest first, each ending in its sense: > more, < less, ~ about.
const char kPrefixes[] =
    "no less than> not less than> no more than< not more than< in excess of> more than> "
    "less than< fewer than< at least> up to< close to< upwards of> over> nearly< almost< "
    "about~ around~ approximately~ roughly~ some~ under< above> below< exceeding>";

// A number as read at one position: digits (15,350, 5.48 billion) or words (a hundred and five).
struct Num
{
    int end = 0;
    double value = 0;
    const Word *special = nullptr; // a word that is no plain number: half, doubled, hundreds …
    bool digits = false, grouped = false, decimal = false, ordinal = false, decade = false;
    int digitCount = 0, words = 0, firstKind = W::None;
};

// The scan state shared by the calls for each candidate position.
struct Scanner
{
    const char16_t *s;
    int n;
    Quantities &out;
    int floor = 0; // text before this belongs to the previous figure

    int wordEnd(int p) const { return int(std::find_if_not(s + p, s + n, isLetter) - s); }
    int skipSpace(int p) const { return int(std::find_if_not(s + p, s + n, isSpace) - s); }
    // Whether the whole word at p is w (lowercase ASCII, compared case-insensitively); sets end.
    bool is(int p, const char *w, int *end = nullptr) const
    {
        const int len = int(strlen(w));
        if (p < 0 || p + len > n || (p + len < n && isLetter(s[p + len])) ||
            !std::equal(s + p, s + p + len, w, [](char16_t c, char x) { return (c | 0x20) == x; }))
            return false;
        if (end)
            *end = p + len;
        return true;
    }
    // Start of phrase (lowercase words, single spaces) when it ends just before p, else -1.
    int before(int p, const char *phrase) const
    {
        for (int k = int(strlen(phrase)); k >= 0; --k) {
            if (k == int(strlen(phrase)) || phrase[k] == ' ') { // the spaces after a word
                if (k < int(strlen(phrase)) && (p <= floor || !isSpace(s[p - 1])))
                    return -1;
                while (p > floor && isSpace(s[p - 1]))
                    --p;
            }
            if (k > 0 && phrase[k - 1] != ' ' && (p <= floor || (s[--p] | 0x20) != phrase[k - 1]))
                return -1;
        }
        return p > 0 && isLetter(s[p - 1]) ? -1 : p;
    }
    const Word *wordAt(int p, int &end) const { return (end = wordEnd(p)) > p ? lookup(s, p, end) : nullptr; }
    const Word *wordAt(int p) const { return wordAt(p, p); }
    int push(Quantity &q, int start, int end, A approx = A::Exact)
    {
        q.range = {start, end};
        q.approx = q.approx == A::Exact ? approx : q.approx;
        q.value = q.low;
        out.append(q);
        return end;
    }

    int at(int i);
    bool readNumber(int p, Num &num) const;
    bool readDigits(int p, Num &num) const;
    int month(int b, int e) const;
    int date(int i, const Num &num);
    int special(int i, const Num &num);
    int ordinal(int i, const Num &num);
    int figure(int i, const Num &num);
    int percentAfter(int p) const;
    int prefix(int start, A &approx) const;
    int andAHalf(int p) const;
    int unit(int p, Quantity &q, bool skipOf, bool title) const;
};

bool Scanner::readDigits(int p, Num &num) const
{
    int q = p, group = 0;
    double m = 0, den = 1;
    auto digit = [&](int k) { return k < n && isDigit(s[k]); };
    for (; q < n; ++q) {
        if (digit(q)) {
            m = m * 10 + (s[q] - u'0');
            ++group;
            ++num.digitCount;
        } else if (s[q] == u',' && (num.grouped ? group == 3 : group <= 3) && digit(q + 1) && digit(q + 2) &&
                   digit(q + 3) && !digit(q + 4)) {
            num.grouped = true;
            group = 0;
        } else {
            break;
        }
    }
    if (q < n && s[q] == u'.' && digit(q + 1))
        for (num.decimal = true, ++q; digit(q) && den < 1e15; ++q, den *= 10)
            m = m * 10 + (s[q] - u'0');
    if (q < n && isLetter(s[q])) {
        const int e = wordEnd(q);
        if (e - q == 2 && !num.decimal && (is(q, "st") || is(q, "nd") || is(q, "rd") || is(q, "th")))
            num.ordinal = true;
        else if (e - q == 1 && (s[q] | 0x20) == u's' && num.digitCount == 4 && !num.grouped)
            num.decade = true; // the 1950s
        else
            return num.end = e, false; // 16mo, 3A: a code, not a figure
        q = e;
    }
    num.digits = true;
    num.end = q;
    // 5.48 billion: the scale multiplies the mantissa before the decimal places are divided out.
    int e;
    const Word *scale = num.ordinal || num.decade ? nullptr : wordAt(skipSpace(q), e);
    if (scale && (scale->kind == W::Scale || scale->kind == W::Hundred)) {
        m *= scale->value;
        num.end = e;
    }
    num.value = m / den;
    return true;
}

bool Scanner::readNumber(int p, Num &num) const
{
    if (isDigit(s[p]))
        return readDigits(p, num);
    // The kinds of word each kind may follow, a bit per kind (None: it comes first); besides,
    // a unit or an ordinal may follow tens with a hyphen (twenty-three, twenty-first).
    constexpr int kFirst = 1 << W::None, kAfterScale = kFirst | 1 << W::Hundred | 1 << W::Scale;
    static const int kMayFollow[] = {
        kAfterScale,           kAfterScale,
        kFirst | 1 << W::Unit, kFirst | 1 << W::Unit | 1 << W::Tens | 1 << W::Hundred | 1 << W::Dozen,
        kFirst | 1 << W::Unit, kFirst};
    double total = 0, current = 0, lastScale = 1e300;
    int last = W::None;
    bool hyphen = false;
    for (int q = p, e;;) {
        const Word *w = wordAt(q, e);
        if (!w)
            break;
        const int k = w->kind;
        const double v = w->value;
        if (k > W::Ordinal) { // half, doubled, hundreds …: a figure only by itself
            num.special = last == W::None ? w : nullptr;
            num.end = num.special ? e : num.end;
            break;
        }
        const bool compound = last == W::Tens && hyphen && v < 10 && (k == W::Unit || k == W::Ordinal);
        if ((!(kMayFollow[k] >> last & 1) && !compound) || (k == W::Hundred && current >= 100) ||
            (k == W::Scale && v >= lastScale))
            break;
        if (k == W::Scale)
            total += (current == 0 ? 1 : current) * v, current = 0, lastScale = v;
        else if (k == W::Hundred || k == W::Dozen)
            current = (current == 0 ? 1 : current) * v;
        else
            current += v;
        num.firstKind = last == W::None ? k : num.firstKind;
        num.ordinal = k == W::Ordinal;
        num.end = e;
        ++num.words;
        last = k;
        if (num.ordinal)
            break;
        hyphen = e + 1 < n && s[e] == u'-' && isLetter(s[e + 1]);
        const Word *next = wordAt(hyphen ? e + 1 : skipSpace(e));
        int andEnd;
        if (!hyphen && (last == W::Hundred || last == W::Scale) && is(skipSpace(e), "and", &andEnd)) {
            next = wordAt(skipSpace(andEnd)); // a hundred and five
            e = next && next->kind <= W::Tens ? andEnd : e;
        }
        if (!next || (hyphen && next->kind != W::Unit && next->kind != W::Ordinal) ||
            (!hyphen && skipSpace(e) == e))
            break;
        q = hyphen ? e + 1 : skipSpace(e);
    }
    num.value = total + current;
    return num.words > 0 || num.special;
}

// The month named by the capitalised word [b, e), also abbreviated (Jan., Sept.): 1 to 12, or 0.
int Scanner::month(int b, int e) const
{
    for (int m = 0; m < 12; ++m) {
        const int len = int(strlen(kMonths[m]));
        const bool abbreviated = e < n && s[e] == u'.' && (e - b == 3 || (m == 8 && e - b == 4));
        if ((e - b == len || abbreviated) && e - b <= len && std::equal(s + b, s + e, kMonths[m]))
            return m + 1;
    }
    return 0;
}

// Dates written with digits: month and day, day and month, years, and the day after a date's "to".
// The value is the year when there is one, else the month, else the day (as for 1966年5月9日, 5月9日).
int Scanner::date(int i, const Num &num)
{
    if (num.grouped || num.decimal || num.end != i + num.digitCount + num.ordinal * 2 + num.decade)
        return -1;
    const double v = num.value;
    const bool day = v >= 1 && v <= 31 && num.digitCount <= 2,
               year = num.digitCount == 4 && v >= 1000 && v <= 2099;
    int start = i, end = num.end, monthNumber = 0, w = skipSpace(end), e = wordEnd(w);
    double yearValue = year ? v : 0;
    auto withYear = [&](int p) { // , 1966
        Num y;
        const int at = skipSpace(p < n && s[p] == u',' ? p + 1 : p);
        if (at > p && at < n && isDigit(s[at]) && readDigits(at, y) && y.digitCount == 4 && !y.grouped &&
            !y.decimal && y.end == at + 4)
            return yearValue = y.value, y.end;
        return p;
    };
    int b = i; // the end of the word before
    while (b > floor && isSpace(s[b - 1]))
        --b;
    const int dot = b > 0 && s[b - 1] == u'.';
    int mb = b - dot;
    while (mb > floor && isLetter(s[mb - 1]))
        --mb;
    // 21st to 29th, March 28 to 31: the second day of a span of dates.
    int link = std::max(before(i, "to"), before(i, "and"));
    link = link < 0 && b > floor && (s[b - 1] == u'-' || s[b - 1] == 0x2013) ? b - 1 : link;
    while (link > 0 && isSpace(s[link - 1]))
        --link;
    const bool afterDate =
        link >= 0 && !out.isEmpty() && out.constLast().form == F::Date && out.constLast().range.end == link;
    // on the 1st, Xinhua, 31st: a day, unless a noun follows (the 3rd District)
    const bool noun = e > w && !is(w, "to") && !is(w, "and") && !is(w, "of") && !is(w, "in") &&
                      !is(w, "at") && !is(w, "this") && !is(w, "dispatch");
    if (num.decade) {
        yearValue = v; // the 1950s
    } else if ((day || year) && mb < b - dot && (monthNumber = month(mb, b - dot))) {
        start = mb;
        end = day ? withYear(end) : end;
    } else if (day && e > w && (monthNumber = month(w, e))) {
        end = withYear(e + (e < n && s[e] == u'.')); // 27 January
    } else if (!(day && afterDate) &&
               !(day && num.ordinal && !noun && (before(i, "the") >= 0 || (b > 0 && s[b - 1] == u',')))) {
        // A bare year, unless a unit, a percent sign or a counted plural follows (2000 tons).
        Quantity probe;
        const int u = year && !num.ordinal && v >= 1900 ? unit(end, probe, false, false) : -1;
        if (u < 0 ||
            (u > end && (probe.unit != QStringView(s + w, u - w) || (s[u - 1] == u's' && u - w > 3))) ||
            percentAfter(end) > 0 || is(w, "yuan"))
            return -1;
    }
    Quantity q;
    q.form = F::Date;
    q.low = q.high = yearValue ? yearValue : monthNumber ? monthNumber : v;
    return push(q, start, end);
}

// Reads the figure, date or ordinal that starts at the anchor i; returns where scanning resumes (> i).
int Scanner::at(int i)
{
    static const char16_t kIso[] = u"dddd-dd-dd";
    if (i + 10 <= n && (i + 10 == n || !isDigit(s[i + 10])) &&
        std::equal(s + i, s + i + 10, kIso,
                   [](char16_t c, char16_t k) { return k == u'd' ? isDigit(c) : c == k; })) {
        Quantity q; // 1954-06-22
        q.form = F::Date;
        q.low = q.high = QStringView(s + i, 4).toInt();
        return push(q, i, i + 10);
    }
    Num a;
    if (!readNumber(i, a))
        return std::max(a.end, i + 1);
    if (a.special)
        return special(i, a);
    if (const int e = a.digits ? date(i, a) : -1; e > 0)
        return e;
    return a.ordinal ? ordinal(i, a) : figure(i, a);
}

// Words that are a figure by themselves: doubled, twice, threefold, half, a quarter, hundreds of.
int Scanner::special(int i, const Num &num)
{
    const Word *w = num.special;
    int p = num.end, start = i, e;
    Quantity q;
    q.low = q.high = w->value;
    if (p < n && s[p] == u'-')
        return p; // double-wheeled, half-year
    if (w->kind == W::Multiple) {
        q.form = F::Multiple;
    } else if (w->kind == W::Half || w->kind == W::Quarter) {
        start = before(i, "a");
        if (w->kind == W::Quarter && start < 0)
            return p; // this quarter
        start = start < 0 ? i : start;
        q.form = F::Fraction;
        q.low = q.high = 1 / w->value;
        unit(p, q, true, false);
    } else if (w->kind == W::Plural && is(skipSpace(p), "of", &e)) {
        // hundreds of, tens of thousands of: at least the unit named, up to nine of them
        const Word *more = wordAt(skipSpace(e), e);
        double v = w->value;
        if (more && more->kind == W::Plural && more->value > v && is(skipSpace(e), "of"))
            v *= more->value, p = e;
        else if (v == 10)
            return p;
        q.low = v == 12 ? 24 : v;
        q.high = 9 * v;
        q.approx = A::More;
        unit(p, q, true, false);
    } else {
        return p;
    }
    A approx = A::Exact;
    start = prefix(start, approx);
    return push(q, start, p, approx);
}

// Ordinals, and the dates written with them: the third quarter, the first half of the year.
int Scanner::ordinal(int i, const Num &num)
{
    Quantity q;
    q.low = q.high = num.value;
    int p = num.end, e;
    const int w = skipSpace(p), article = before(i, "a");
    if ((num.value <= 4 && is(w, "quarter", &e)) || (num.value <= 2 && is(w, "half", &e))) {
        q.form = F::Date;
        return push(q, i, e);
    }
    if (!num.digits && num.value >= 3 && article >= 0 && is(w, "of")) { // a third of
        q.form = F::Fraction;
        q.low = q.high = 1 / num.value;
        unit(p, q, true, false);
        return push(q, article, p);
    }
    q.form = F::Ordinal;
    unit(p, q, false, false);
    return push(q, i, p);
}

// Numbers that count or measure: the forms Number, Percent, Fraction and Multiple.
int Scanner::figure(int i, const Num &a)
{
    Quantity q;
    q.low = q.high = a.value;
    int p = a.end, e, w;
    const bool word = !a.digits;
    // Numbers that name or list things: No. 10, Page: 2, "1.  Mobilize", (1).
    if (a.digits && !a.decimal && !a.grouped) {
        bool lineStart = true;
        for (int k = i - 1; k >= 0 && s[k] != u'\n' && lineStart; --k)
            lineStart = isSpace(s[k]);
        const int named = std::max({before(i, "no."), before(i, "page:"), before(i, "edition:")});
        if (named >= 0 || (a.value <= 50 && ((lineStart && p + 1 < n && s[p] == u'.' && isSpace(s[p + 1])) ||
                                             (i > 0 && s[i - 1] == u'(' && p < n && s[p] == u')')))) {
            q.form = F::Ordinal;
            return push(q, named >= 0 && s[named] == u'N' ? named : i, p);
        }
    }
    // Fractions: one-third, two thirds, three quarters, one half.
    w = p < n && s[p] == u'-' ? p + 1 : skipSpace(p);
    const Word *d = word && a.value <= 20 && w > p && w - p <= 2 ? wordAt(w, e) : nullptr;
    if (d && ((d->kind == W::Ordinal && d->value >= 3) || d->kind == W::Denominator || d->kind == W::Half ||
              d->kind == W::Quarter)) {
        q.form = F::Fraction;
        q.low = q.high = a.value / d->value;
        p = e;
    }
    if (q.form == F::Number && word && a.words == 1 && a.value == 1) {
        // "one of", "no one", "one another", "one-time": the pronoun and the adjective, not a count
        w = skipSpace(p);
        for (const char *x : {"of", "another", "by", "after", "side", "hand"})
            if (is(w, x))
                return p;
        for (const char *x : {"no", "any", "each", "every", "this", "that", "the", "which", "one by"})
            if (before(i, x) >= 0)
                return p;
        if (p < n && s[p] == u'-')
            return p;
    }
    if (q.form == F::Number && (e = andAHalf(p)) > 0) {
        q.low = q.high = a.value + 0.5;
        p = e;
    }
    int start = i;
    // a hundred, a dozen; several hundred, a few thousand (read like 几百: at least one, up to nine)
    if (word && (a.firstKind == W::Hundred || a.firstKind == W::Scale || a.firstKind == W::Dozen)) {
        const int several = std::max(before(i, "several"), before(i, "a few"));
        const int article = std::max(before(i, "a"), before(i, "an"));
        if (several >= 0) {
            start = several;
            q.high = q.low * 9;
            q.approx = A::More;
        } else if (article >= 0) {
            start = article;
        }
    }
    // Compounds: thirty-odd, the Five-Year Plan, a six-story building, 3-fold.
    if (q.form == F::Number && p + 1 < n && s[p] == u'-' && isLetter(s[p + 1])) {
        const int we = wordEnd(p + 1);
        if (is(p + 1, "fold")) {
            q.form = F::Multiple;
            p = we;
        } else if (is(p + 1, "odd")) {
            q.approx = A::More;
            p = we;
        } else if ((is(p + 1, "year") || is(p + 1, "years")) && !(we < n && s[we] == u'-')) {
            q.form = F::Date;
            return push(q, i, we);
        } else {
            q.unit = QString::fromUtf16(s + p + 1, we - p - 1);
            q.unitRange = {p + 1, we};
        }
    }
    auto setUnit = [&](const char *name, int from, int to) {
        q.unit = QString::fromLatin1(name);
        q.unitRange = {from, to};
    };
    if (q.form == F::Number && q.unit.isEmpty() && (e = percentAfter(p)) > 0) {
        q.form = F::Percent;
        setUnit("percent", skipSpace(p), e);
        p = e;
    }
    // Ranges: two or three, 10-15, 15% to 30%; but "from 4 to 10" is a change, 1955-1957 two years.
    if (((q.form == F::Number && q.unit.isEmpty()) || q.form == F::Percent) && before(start, "from") < 0) {
        w = skipSpace(p);
        int c = w < n && (s[w] == u'-' || s[w] == 0x2013 || s[w] == 0x2014) && (word || w == p) ? w + 1 : -1;
        c = is(w, "to", &e) || is(w, "or", &e) ? e : c;
        const int b0 = c > 0 ? skipSpace(c) : n;
        Num b;
        if (b0 < n && b0 - c <= 2 && (isDigit(s[b0]) || isLetter(s[b0])) && readNumber(b0, b) && !b.special &&
            !b.ordinal && !b.decade && b.digits == a.digits && b.value > q.low &&
            !(a.digitCount == 4 && b.digitCount == 4 && !a.grouped && !b.grouped)) {
            const int pe = percentAfter(b.end);
            if (pe > 0 || q.form == F::Number) {
                if (pe > 0) {
                    q.form = F::Percent;
                    setUnit("percent", skipSpace(b.end), pe);
                }
                q.high = b.value;
                q.isRange = true;
                p = pe > 0 ? pe : b.end;
            }
        }
    }
    w = skipSpace(p);
    const bool plain = q.form == F::Number && q.unit.isEmpty() && w - p <= 1;
    if (plain && (is(w, "times", &e) || is(w, "fold", &e))) {
        q.form = F::Multiple;
        p = e;
    } else if (plain && (is(w, "year", &e) || is(w, "years", &e)) && !(e < n && s[e] == u'-')) {
        q.form = F::Date; // a duration, kept apart like 两年
        return push(q, i, e);
    } else if (plain && (is(w, "yuan", &e) || is(w, "rmb", &e))) {
        setUnit("yuan", w, e);
        p = e;
    }
    // Postfix approximation: 28,150+, ten or more, thirty or so.
    A post = A::Exact;
    auto postfix = [&](int from, bool inSpan) {
        int x = skipSpace(from);
        if (inSpan && from < n && s[from] == u'+') {
            post = A::More;
            p = from + 1;
        } else if (is(x, "or", &x)) {
            x = skipSpace(x);
            post = is(x, "more", &e)   ? A::More
                   : is(x, "so", &e)   ? A::About
                   : is(x, "less", &e) ? A::Less
                                       : post;
            p = post != A::Exact && inSpan ? e : p;
        }
    };
    postfix(p, true);
    if (q.unit.isEmpty() && q.form != F::Multiple) {
        const int ue = unit(p, q, q.form == F::Fraction, s[i] >= u'A' && s[i] <= u'Z');
        if (ue > p && post == A::Exact)
            postfix(ue, false);
    }
    A approx = A::Exact;
    start = prefix(start, approx);
    return push(q, start, p, approx != A::Exact ? approx : post);
}

// End of a percent sign or word after p (16.4%, 16.4 percent, 16.4 per cent, 2 percentage points), else -1.
int Scanner::percentAfter(int p) const
{
    const int w = skipSpace(p);
    int e;
    if (w < n && (s[w] == u'%' || s[w] == u'％') && w - p <= 1)
        return w + 1;
    if (w - p <= 2 &&
        (is(w, "percent", &e) || (is(w, "per", &e) && is(skipSpace(e), "cent", &e)) ||
         (is(w, "percentage", &e) && (is(skipSpace(e), "points", &e) || is(skipSpace(e), "point", &e)))))
        return e;
    return -1;
}

// Approximation words before start (more than, over, nearly …); returns where the span starts.
int Scanner::prefix(int start, A &approx) const
{
    for (const char *entry = kPrefixes; *entry;) {
        const size_t len = strcspn(entry, "<>~");
        if (const int b = before(start, std::string(entry, len).c_str()); b >= 0) {
            approx = entry[len] == '>' ? A::More : entry[len] == '<' ? A::Less : A::About;
            return b;
        }
        entry += len + (entry[len + 1] ? 2 : 1);
    }
    return start;
}

// End of "and a half" after p (one and a half, four and a half times), else -1.
int Scanner::andAHalf(int p) const
{
    int e;
    return is(skipSpace(p), "and", &e) && is(skipSpace(e), "a", &e) && is(skipSpace(e), "half", &e) ? e : -1;
}

// The measure or counted noun after a number at p ("of the" first when skipOf); returns the end of what
// was read, p when there is none. Capitalised nouns count only in titles ("Sixty Counties").
int Scanner::unit(int p, Quantity &q, bool skipOf, bool title) const
{
    int w = skipSpace(p), e;
    if (w >= n || w - p > 2)
        return p;
    if (s[w] >= 0x2E80) { // 7,000担
        const char16_t *k = std::char_traits<char16_t>::find(kChineseMeasures, 4, s[w]);
        q.unit = k ? QString::fromLatin1(kChineseUnits[k - kChineseMeasures]) : QString(QChar(s[w]));
        q.unitRange = {w, w + 1};
        return w + 1;
    }
    if (skipOf && is(w, "of", &e))
        w = is(skipSpace(e), "the", &e) ? skipSpace(e) : skipSpace(e);
    if (is(w, "a", &e)) // half a ton
        w = skipSpace(e);
    const int from = w;
    const char *dimension = is(w, "square", &e) ? "2" : is(w, "cubic", &e) ? "3" : "";
    w = *dimension ? skipSpace(e) : w;
    for (int tries = 0;; ++tries) {
        e = wordEnd(w);
        if (e == w || e - w > 30)
            return p;
        char key[34] = " ";
        std::transform(s + w, s + e, key + 1, [](char16_t c) { return char(c | 0x20); });
        key[e - w + 1] = '=';
        if (const char *m = strstr(kMeasures, key)) {
            m += e - w + 2;
            q.unit = QString::fromLatin1(m, int(strcspn(m, " "))) + QLatin1String(dimension);
            q.unitRange = {from, e};
            return e;
        }
        key[e - w + 1] = ' ';
        if (*dimension || strstr(kNotUnits, key) || (strstr(kAdjectives, key) && tries > 0))
            return p;
        if (!strstr(kAdjectives, key))
            break;
        w = skipSpace(e); // 5,500 new credit cooperatives
    }
    if (lookup(s, w, e) || (s[w] < u'a' && !title))
        return p;
    while (e + 1 < n && s[e] == u'-' && isLetter(s[e + 1])) // pre-purchase contracts
        e = wordEnd(e + 1);
    q.unit = QString::fromUtf16(s + w, e - w);
    q.unitRange = {w, e};
    return e;
}

} // namespace

std::optional<double> EnglishNumbers::parse(QStringView number)
{
    Quantities none;
    Scanner scanner{reinterpret_cast<const char16_t *>(number.utf16()), int(number.size()), none};
    int p = 0, e;
    if (scanner.is(0, "a", &e) || scanner.is(0, "an", &e))
        p = scanner.skipSpace(e);
    Num num;
    if (p >= scanner.n || !scanner.readNumber(p, num) || num.special || num.ordinal || num.decade)
        return std::nullopt;
    if (const int half = scanner.andAHalf(num.end); half > 0)
        num.value += 0.5, num.end = half;
    return num.end == scanner.n ? std::optional<double>(num.value) : std::nullopt;
}

Quantities EnglishNumbers::scan(QStringView text)
{
    // Letters that can begin a number word; every other word is skipped without a lookup.
    static const auto anchors = [] {
        std::array<bool, 128> a{};
        for (const auto &g : kGroups)
            for (const char *w = g.words; *w; w += strcspn(w, " "), w += *w ? 1 : 0)
                a[uchar(*w)] = a[uchar(*w - 'a' + 'A')] = true;
        return a;
    }();
    Quantities out;
    Scanner scanner{reinterpret_cast<const char16_t *>(text.utf16()), int(text.size()), out};
    const char16_t *s = scanner.s;
    const int n = scanner.n;
    for (int i = 0; i < n;) {
        const char16_t c = s[i];
        if (isLetter(c)) {
            const int e = scanner.wordEnd(i);
            if (!anchors[c] || !lookup(s, i, e)) {
                i = e;
                continue;
            }
        } else if (!isDigit(c) || (i > 0 && isLetter(s[i - 1]))) { // A3, B52: codes
            for (++i; i < n && isDigit(c) && isDigit(s[i]);)
                ++i;
            continue;
        }
        i = scanner.at(i);
        scanner.floor = out.isEmpty() ? 0 : out.constLast().range.end;
    }
    return out;
}
