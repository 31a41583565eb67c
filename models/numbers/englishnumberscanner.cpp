#include "numbers/englishnumberscanner.h"

#include <cmath>

#include <string_view>

// Dates written with digits: month and day, day and month, years, and the day after a date's "to".
// The value is the year when there is one, else the month, else the day (as for 1966年5月9日, 5月9日).
int EnglishNumberScanner::date(int i, const Num &num)
{
    if (num.grouped || num.decimal || num.end != i + num.digitCount + num.ordinal * 2 + num.decade)
        return -1;
    if (i > m_floor && m_s[i - 1] == u'$')
        return -1; // $2000
    const double v = num.value;
    const bool day = v >= 1 && v <= 31 && num.digitCount <= 2,
               year = num.digitCount == 4 && v >= 1000 && v <= 2099;
    int start = i, end = num.end, monthNumber = 0, w = skipSpace(end), e = wordEnd(w);
    double yearValue = year ? v : 0;
    auto withYear = [&](int p) { // , 1966
        Num y;
        const int at = skipSpace(p < m_n && m_s[p] == u',' ? p + 1 : p);
        if (at > p && at < m_n && isDigit(m_s[at]) && readDigits(at, y) && y.digitCount == 4 && !y.grouped &&
            !y.decimal && y.end == at + 4)
            return yearValue = y.value, y.end;
        return p;
    };
    int b = i; // the end of the word before
    while (b > m_floor && isSpace(m_s[b - 1]))
        --b;
    const int dot = b > 0 && m_s[b - 1] == u'.';
    int mb = b - dot;
    while (mb > m_floor && isLetter(m_s[mb - 1]))
        --mb;
    // 21st to 29th, March 28 to 31: the second day of a span of dates.
    int link = std::max(before(i, "to"), before(i, "and"));
    link = link < 0 && b > m_floor && (m_s[b - 1] == u'-' || m_s[b - 1] == 0x2013) ? b - 1 : link;
    while (link > 0 && isSpace(m_s[link - 1]))
        --link;
    const bool afterDate = link >= 0 && !m_out.isEmpty() && m_out.constLast().form == F::Date &&
                           m_out.constLast().range.end == link;
    // on the 1st, Xinhua, 31st: a day, unless a noun follows (the 3rd District)
    const bool noun = e > w && !is(w, "to") && !is(w, "and") && !is(w, "of") && !is(w, "in") &&
                      !is(w, "at") && !is(w, "this") && !is(w, "dispatch");
    if (num.decade) {
        yearValue = v; // the 1950s
    } else if ((day || year) && mb < b - dot && (monthNumber = month(mb, b - dot))) {
        start = mb;
        end = day ? withYear(end) : end;
    } else if (day && e > w && (monthNumber = month(w, e))) {
        end = withYear(e + (e < m_n && m_s[e] == u'.')); // 27 January
    } else if (!(day && afterDate) &&
               !(day && num.ordinal && !noun && (before(i, "the") >= 0 || (b > 0 && m_s[b - 1] == u',')))) {
        // A bare year, unless a unit, a percent sign or a counted plural follows (2000 tons).
        Quantity probe;
        const int u = year && !num.ordinal && v >= 1900 ? unit(end, probe, false, false) : -1;
        // But "the 1931 floods", "the 1957 targets" name the year.
        const bool counted = u > end && probe.unit == QStringView(m_s + w, u - w);
        if (u < 0 || (u > end && (!counted || (m_s[u - 1] == u's' && u - w > 3 && before(i, "the") < 0))) ||
            percentAfter(end) > 0 || is(w, "yuan"))
            return -1;
    }
    Quantity q;
    q.form = F::Date;
    q.low = q.high = yearValue ? yearValue : monthNumber ? monthNumber : v;
    return push(q, start, end);
}

// Clock times are dates, not figures: 15:17, 2:37 a.m., two o'clock.
int EnglishNumberScanner::clockTime(int i, const Num &num)
{
    if (num.grouped || num.decimal || num.ordinal || num.value > 24)
        return -1;
    const int p = num.end;
    int end = -1;
    if (num.digits && num.digitCount <= 2 && p + 2 < m_n && m_s[p] == u':' && isDigit(m_s[p + 1]) &&
        isDigit(m_s[p + 2]) && !(p + 3 < m_n && isDigit(m_s[p + 3]))) {
        end = p + 3;
        for (const char *x : {"a.m.", "p.m.", "am", "pm"})
            if (int e; is(skipSpace(end), x, &e))
                end = e;
    } else if (const int w = skipSpace(p); w < m_n && (m_s[w] == u'a' || m_s[w] == u'p' || m_s[w] == u'o')) {
        for (const char *x : {"a.m.", "p.m."})
            if (int e; num.value <= 12 && is(w, x, &e))
                end = e;
        if (w + 7 <= m_n && m_s[w] == u'o' && (m_s[w + 1] == u'\'' || m_s[w + 1] == 0x2019) &&
            QStringView(m_s + w + 2, 5) == u"clock")
            end = w + 7;
    }
    if (end < 0)
        return -1;
    Quantity q;
    q.form = F::Date;
    q.low = q.high = num.value;
    return push(q, i, end);
}

int EnglishNumberScanner::read(int i)
{
    static const char16_t kIso[] = u"dddd-dd-dd";
    if (i + 10 <= m_n && (i + 10 == m_n || !isDigit(m_s[i + 10])) &&
        std::equal(m_s + i, m_s + i + 10, kIso,
                   [](char16_t c, char16_t k) { return k == u'd' ? isDigit(c) : c == k; })) {
        Quantity q; // 1954-06-22
        q.form = F::Date;
        q.low = q.high = QStringView(m_s + i, 4).toInt();
        return push(q, i, i + 10);
    }
    Num a;
    if (!readNumber(i, a))
        return std::max(a.end, i + 1);
    if (a.special)
        return special(i, a);
    if (const int e = clockTime(i, a); e > 0)
        return e;
    if (const int e = a.digits ? date(i, a) : -1; e > 0)
        return e;
    return a.ordinal ? ordinal(i, a) : figure(i, a);
}

// Words that are a figure by themselves: doubled, twice, threefold, half, a quarter, hundreds of.
int EnglishNumberScanner::special(int i, const Num &num)
{
    const Word *w = num.special;
    int p = num.end, start = i, e;
    Quantity q;
    q.low = q.high = w->value;
    if (p < m_n && m_s[p] == u'-')
        return p; // double-wheeled, half-year
    if (w->kind == W::Multiple) {
        // double the output, more than double, to double: a multiple; a double space, double (single-share)
        // ploughs, the "double exceeding" call: an adjective.
        if (is(i, "double") || is(i, "triple") || is(i, "treble")) {
            const int x = skipSpace(p);
            bool adjective = x < m_n && m_s[x] == u'(';
            if (x < m_n && isLetter(m_s[x])) {
                adjective = true;
                for (const char *y :
                     {"the",      "that", "those", "this", "its",  "their", "his", "her", "our", "what",
                      "compared", "in",   "from",  "of",   "last", "over",  "and", "or",  "by",  "to"})
                    adjective = adjective && !is(x, y);
            }
            if (adjective)
                return p;
        }
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
        // hundreds of, tens of thousands of: a vague quantity with no number in it, not a figure (like 几百)
        const Word *more = wordAt(skipSpace(e), e);
        if (more && more->kind == W::Plural && more->value > w->value && is(skipSpace(e), "of"))
            p = e;
        return p;
    } else {
        return p;
    }
    A approx = A::Exact;
    start = prefix(start, approx);
    return push(q, start, p, approx);
}

// Ordinals, and the dates written with them: the third quarter, the first half of the year.
int EnglishNumberScanner::ordinal(int i, const Num &num)
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
int EnglishNumberScanner::figure(int i, const Num &a)
{
    Quantity q;
    q.low = q.high = a.value;
    q.form = a.fraction ? F::Fraction : F::Number;
    int p = a.end, e, w;
    const bool word = !a.digits;
    // Numbers that name things: Article 1, District Two, Team 3 (capitalised, as names are).
    if (!a.decimal && !a.grouped && a.value <= 100) {
        int b = i;
        while (b > m_floor && isSpace(m_s[b - 1]))
            --b;
        const int e = b;
        while (b > m_floor && isLetter(m_s[b - 1]))
            --b;
        if (b < e && m_s[b] >= u'A' && m_s[b] <= u'Z') {
            for (const char *x :
                 {"article", "district", "section", "chapter", "clause", "item", "team", "brigade", "squad",
                  "platoon", "unit", "room", "route", "group", "zone", "ward"}) {
                if (is(b, x)) {
                    q.form = F::Ordinal;
                    return push(q, i, p);
                }
            }
        }
    }
    // A number that begins a quoted name: the "100-jin ginned cotton district", the "10,000-mu plot".
    if (i > m_floor && (m_s[i - 1] == u'"' || m_s[i - 1] == 0x201C) && p < m_n && m_s[p] == u'-')
        return wordEnd(p + 1);
    // Numbers that name or list things: No. 10, Page: 2, "1.  Mobilize", (1).
    if (a.digits && !a.decimal && !a.grouped) {
        bool lineStart = true;
        for (int k = i - 1; k >= 0 && m_s[k] != u'\n' && lineStart; --k)
            lineStart = isSpace(m_s[k]);
        const int named = std::max({before(i, "no."), before(i, "page:"), before(i, "edition:")});
        if (named >= 0 ||
            (a.value <= 50 && ((lineStart && p + 1 < m_n && m_s[p] == u'.' && isSpace(m_s[p + 1])) ||
                               (i > 0 && m_s[i - 1] == u'(' && p < m_n && m_s[p] == u')')))) {
            q.form = F::Ordinal;
            return push(q, named >= 0 && m_s[named] == u'N' ? named : i, p);
        }
    }
    // Fractions: one-third, two thirds, three quarters, one half.
    w = p < m_n && m_s[p] == u'-' ? p + 1 : skipSpace(p);
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
        for (const char *x : {"of", "another", "by", "after", "side", "hand", "is", "was", "per"})
            if (is(w, x))
                return p;
        // one for every three people: a ratio, like 每三个多人有一架
        if (int f; is(w, "for", &f) && (is(skipSpace(f), "every") || is(skipSpace(f), "each")))
            return p;
        for (std::string_view x : {"no", "any", "each", "every", "this", "that", "the", "which", "one by"})
            if (before(i, x) >= 0)
                return p;
        if (p < m_n && m_s[p] == u'-')
            return p;
    }
    if (q.form == F::Number && (e = andAHalf(p)) > 0) {
        q.low = q.high = a.value + 0.5;
        p = e;
    }
    int start = a.leadingPoint ? i - 1 : i;
    // RMB 2 billion, $2000, US$5 million: the currency before the number.
    if (const int rmb = before(i, "rmb"); rmb >= 0) {
        start = rmb;
        q.unit = QStringLiteral("yuan");
        q.unitRange = {rmb, rmb + 3};
    } else if (a.digits && i > m_floor && m_s[i - 1] == u'$') {
        start =
            i - 3 >= m_floor && (m_s[i - 3] | 0x20) == u'u' && (m_s[i - 2] | 0x20) == u's' ? i - 3 : i - 1;
        q.unit = QStringLiteral("dollar");
        q.unitRange = {start, i};
    }
    // a hundred, a dozen; several hundred, a few thousand have no number in them (like 几百): not figures
    if (word && (a.firstKind == W::Hundred || a.firstKind == W::Scale || a.firstKind == W::Dozen)) {
        if (std::max(before(i, "several"), before(i, "a few")) >= 0)
            return p;
        if (const int article = std::max(before(i, "a"), before(i, "an")); article >= 0)
            start = article;
    }
    // Compounds: thirty-odd, the Five-Year Plan, a six-story building, 3-fold.
    if (q.form == F::Number && p + 1 < m_n && m_s[p] == u'-' && isLetter(m_s[p + 1])) {
        const int we = wordEnd(p + 1);
        if (is(p + 1, "fold")) {
            q.form = F::Multiple;
            p = we;
        } else if (is(p + 1, "count")) {
            return we; // twenty-count yarn: the count names the product (二十支纱)
        } else if (is(p + 1, "odd") || is(p + 1, "plus")) { // thirty-odd, 240-plus
            q.approx = A::More;
            p = we;
        } else if ((is(p + 1, "year") || is(p + 1, "years")) && !(we < m_n && m_s[we] == u'-')) {
            q.form = F::Date;
            return push(q, i, we);
        } else {
            // a 500-kilometer section: the measure, canonical as after a blank
            char lower[30] = {};
            const int len = std::min(we - p - 1, 29);
            std::transform(m_s + p + 1, m_s + p + 1 + len, lower,
                           [](char16_t ch) { return char(ch | 0x20); });
            const QLatin1String measure = W::measure(std::string_view(lower, size_t(len)));
            q.unit = measure.isNull() ? QString::fromUtf16(m_s + p + 1, we - p - 1) : QString(measure);
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
    // Ranges: two or three, 10-15, 15% to 30%, ranging from seven to thirty-nine days, between two and
    // two and a half head; but "increased from 4 to 10" is a change, 1955-1957 two years.
    if (((q.form == F::Number && q.unit.isEmpty()) || q.form == F::Percent) && !changeFrom(start)) {
        w = skipSpace(p);
        int c = w < m_n && (m_s[w] == u'-' || m_s[w] == 0x2013 || m_s[w] == 0x2014) && (word || w == p)
                    ? w + 1
                    : -1;
        const int between = is(w, "and", &e) ? before(start, "between") : -1;
        c = is(w, "to", &e) || is(w, "or", &e) || between >= 0 ? e : c;
        const int b0 = c > 0 ? skipSpace(c) : m_n;
        Num b;
        const bool other = b0 < m_n && b0 - c <= 2 && (isDigit(m_s[b0]) || isLetter(m_s[b0])) &&
                           readNumber(b0, b) && !b.special && !b.ordinal && !b.decade && b.digits == a.digits;
        if (const int half = other && !b.digits ? andAHalf(b.end) : -1; half > 0) { // one to one and a half
            b.value += 0.5;
            b.end = half;
        }
        if (other && b.value > q.low &&
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
                start = between >= 0 ? between : start;
                // "five to six thousand", "3 to 5 million": a scale written once belongs to both.
                int w0 = b.end;
                while (w0 > b0 && isLetter(m_s[w0 - 1]))
                    --w0;
                const double scale = is(w0, "thousand")  ? 1e3
                                     : is(w0, "million") ? 1e6
                                     : is(w0, "billion") ? 1e9
                                                         : 1;
                if (scale > 1 && q.low < 1000 && q.low * scale < b.value && b.value / scale < 1000 &&
                    std::floor(q.low) == q.low)
                    q.low *= scale;
            }
        }
    }
    w = skipSpace(p);
    const bool plain = q.form == F::Number && q.unit.isEmpty() && w - p <= 1;
    bool times = false; // "four times", not "fourfold"
    if (plain && (is(w, "times", &e) || is(w, "fold", &e))) {
        q.form = F::Multiple;
        times = is(w, "times");
        p = e;
    } else if (plain && (is(w, "year", &e) || is(w, "years", &e)) && !(e < m_n && m_s[e] == u'-')) {
        setUnit("year", w, e); // a duration, like 两年 ("the Five-Year Plan" is a name, above)
        p = e;
    } else if (plain && (is(w, "yuan", &e) || is(w, "rmb", &e))) {
        setUnit("yuan", w, e);
        p = e;
    }
    // Postfix approximation: 28,150+, ten or more, thirty or so.
    A post = A::Exact;
    auto postfix = [&](int from, bool inSpan) {
        int x = skipSpace(from);
        if (inSpan && from < m_n && m_s[from] == u'+') {
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
        const int ue = unit(p, q, q.form == F::Fraction, m_s[i] >= u'A' && m_s[i] <= u'Z');
        if (ue > p && post == A::Exact)
            postfix(ue, false);
        // "1,171 jin and 7 liang" translates 一千一百七十一斤七两: one figure, sixteen liang to the jin.
        int e1 = -1, e2 = -1;
        Num part;
        if (ue > p && (q.unit == QLatin1String("jin") || q.unit == QLatin1String("catties")) && !q.isRange &&
            is(skipSpace(ue), "and", &e1) && readNumber(skipSpace(e1), part) && !part.special &&
            !part.ordinal && part.value > 0 && part.value < 16 &&
            (is(skipSpace(part.end), "liang", &e2) || is(skipSpace(part.end), "taels", &e2))) {
            q.low += part.value / 16;
            q.high += part.value / 16;
            p = e2;
        }
    }
    // minus 60, -504 (a sign after a blank: 10-15 is a range, read above); "around minus thirty".
    const int minus = before(start, "minus");
    const bool sign =
        start - 1 >= m_floor && m_s[start - 1] == u'-' && isDigit(m_s[start]) &&
        (start - 1 == 0 || (start - 2 >= m_floor && (isSpace(m_s[start - 2]) || m_s[start - 2] == u'(' ||
                                                     m_s[start - 2] == u'"' || m_s[start - 2] == 0x201C)));
    if ((minus >= 0 || sign) && q.form == F::Number) {
        start = minus >= 0 ? minus : start - 1;
        const double low = q.low;
        q.low = -q.high;
        q.high = -low;
        q.value = q.low;
    }
    // one credit cooperative for every township: "one … for every" is "a … each", not a count
    if (word && a.words == 1 && a.value == 1 && q.form == F::Number && q.unitRange.isValid()) {
        for (int k = 0, x = skipSpace(q.unitRange.end), f; k < 3 && x < m_n && isLetter(m_s[x]);
             ++k, x = skipSpace(wordEnd(x))) {
            if ((is(x, "for", &f) && (is(skipSpace(f), "every") || is(skipSpace(f), "each"))) || is(x, "per"))
                return p;
        }
    }
    A approx = A::Exact;
    start = prefix(start, approx);
    // "increased by four times", "grew 4 times", "four times more" translate 增加四倍: the factor is
    // one more than the number (LABELLING.md, multiples). "four times that of", "fourfold" stay four.
    if (times) {
        static constexpr std::string_view increases[] = {
            "increased by", "increase by", "increases by", "grew by", "grown by", "rose by",
            "risen by",     "raised by",   "increased",    "grew",    "rose",     "increase of"};
        bool by = false;
        for (const std::string_view verb : increases)
            by = by || before(start, verb) >= 0;
        if (by || is(skipSpace(p), "more")) {
            q.low += 1;
            q.high += 1;
        }
    }
    return push(q, start, p, approx != A::Exact ? approx : post);
}

// End of a percent sign or word after p (16.4%, 16.4 percent, 16.4 per cent, 2 percentage points), else -1.
int EnglishNumberScanner::percentAfter(int p) const
{
    const int w = skipSpace(p);
    int e;
    if (w < m_n && (m_s[w] == u'%' || m_s[w] == u'％') && w - p <= 1)
        return w + 1;
    if (w - p <= 2 &&
        (is(w, "percent", &e) || (is(w, "per", &e) && is(skipSpace(e), "cent", &e)) ||
         (is(w, "percentage", &e) && (is(skipSpace(e), "points", &e) || is(skipSpace(e), "point", &e)))))
        return e;
    return -1;
}

// Approximation words before start (more than, over, nearly …); returns where the span starts.
int EnglishNumberScanner::prefix(int start, A &approx) const
{
    // Every phrase must end in the letter just before the number (blanks aside): only those few are
    // worth matching word by word, of the two dozen.
    int word = start;
    while (word > m_floor && isSpace(m_s[word - 1]))
        --word;
    if (word <= m_floor)
        return start;
    const char16_t last = m_s[word - 1] | 0x20;
    for (const W::Prefix &entry : W::prefixes()) {
        if (char16_t(entry.phrase.back()) != last)
            continue;
        if (const int b = before(start, entry.phrase); b >= 0) {
            approx = entry.approx;
            return b;
        }
    }
    return start;
}

// Whether the number at p follows "from" after a verb of change: "increased from 4 to 10" names two
// levels, "ranging from seven to thirty-nine days" one range.
bool EnglishNumberScanner::changeFrom(int p) const
{
    const int from = before(p, "from");
    if (from < 0)
        return false;
    static constexpr std::string_view verbs[] = {
        "increased", "increase", "increases", "decreased", "decrease", "rose",     "risen",   "rise",
        "grew",      "grown",    "fell",      "fallen",    "dropped",  "declined", "reduced", "raised",
        "expanded",  "jumped",   "climbed",   "changed",   "up",       "down",     "went",    "shrank",
        "cut",       "lowered",  "soared",    "doubled",   "tripled",  "moved"};
    return std::any_of(std::begin(verbs), std::end(verbs),
                       [&](std::string_view v) { return before(from, v) >= 0; });
}

// The measure or counted noun after a number at p ("of the" first when skipOf); returns the end of what
// was read, p when there is none. Capitalised nouns count only in titles ("Sixty Counties").
int EnglishNumberScanner::unit(int p, Quantity &q, bool skipOf, bool title) const
{
    int w = skipSpace(p), e;
    if (w >= m_n || w - p > 2)
        return p;
    if (m_s[w] == u'*' || m_s[w] == u'_') // 600 *shi*: the translation's Markdown emphasis
        ++w;
    if (w >= m_n)
        return p;
    if (m_s[w] >= 0x2E80) { // 7,000担
        const QLatin1String measure = W::chineseMeasure(m_s[w]);
        q.unit = measure.isNull() ? QString(QChar(m_s[w])) : QString(measure);
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
        char lower[30];
        std::transform(m_s + w, m_s + e, lower, [](char16_t c) { return char(c | 0x20); });
        const std::string_view word(lower, e - w);
        const W::After after = W::after(word);
        if (!after.measure.isNull()) {
            q.unit = QString(after.measure) + QLatin1String(dimension);
            q.unitRange = {from, e};
            return e;
        }
        if (*dimension || after.notUnit || (after.adjective && tries > 0))
            return p;
        if (!after.adjective)
            break;
        w = skipSpace(e); // 5,500 new credit cooperatives
    }
    if (W::lookup(m_s, w, e) || (m_s[w] < u'a' && !title))
        return p;
    while (e + 1 < m_n && m_s[e] == u'-' && isLetter(m_s[e + 1])) // pre-purchase contracts
        e = wordEnd(e + 1);
    q.unit = QString::fromUtf16(m_s + w, e - w);
    q.unitRange = {w, e};
    return e;
}
