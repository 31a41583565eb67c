#include "numbers/englishnumberreader.h"

#include <cmath>

bool EnglishNumberReader::readDigits(int p, Num &num) const
{
    int q = p, group = 0;
    double m = 0, den = 1;
    auto digit = [&](int k) { return k < m_n && isDigit(m_s[k]); };
    for (; q < m_n; ++q) {
        if (digit(q)) {
            m = m * 10 + (m_s[q] - u'0');
            ++group;
            ++num.digitCount;
        } else if (m_s[q] == u',' && (num.grouped ? group == 3 : group <= 3) && digit(q + 1) &&
                   digit(q + 2) && digit(q + 3) && !digit(q + 4)) {
            num.grouped = true;
            group = 0;
        } else {
            break;
        }
    }
    // .45 yuan: a decimal point before the digits, after a blank or a sign
    if (p > 0 && m_s[p - 1] == u'.' && !num.grouped &&
        (p == 1 || isSpace(m_s[p - 2]) || m_s[p - 2] == u'(' || m_s[p - 2] == u'$')) {
        num.leadingPoint = num.decimal = true;
        den = std::pow(10.0, num.digitCount);
    }
    if (!num.decimal && q < m_n && m_s[q] == u'.' && digit(q + 1))
        for (num.decimal = true, ++q; digit(q) && den < 1e15; ++q, den *= 10)
            m = m * 10 + (m_s[q] - u'0');
    // 3/4, 3 1/2, 3½: fractions after the integer part, or on their own.
    const auto slashed = [&](int k, double &n, double &d, int &end) {
        if (!digit(k) || num.grouped || num.decimal)
            return false;
        n = 0, d = 0;
        int j = k;
        for (; digit(j) && j - k < 3; ++j)
            n = n * 10 + (m_s[j] - u'0');
        if (j >= m_n || m_s[j] != u'/' || !digit(j + 1))
            return false;
        int l = j + 1;
        for (; digit(l) && l - j <= 3; ++l)
            d = d * 10 + (m_s[l] - u'0');
        if (digit(l) || (l < m_n && (m_s[l] == u'/' || isLetter(m_s[l]))) || d == 0 || n >= d)
            return false;
        end = l;
        return true;
    };
    double fn, fd;
    int fe;
    if (q < m_n && m_s[q] == u'/' && m < 1000 && slashed(p, fn, fd, fe)) { // 3/4 on its own
        m = fn / fd;
        num.fraction = true;
        q = fe;
    } else if (q < m_n && !num.decimal && !num.grouped) {
        static constexpr char16_t kVulgar[] = u"½¼¾⅓⅔";
        static constexpr double kValues[] = {0.5, 0.25, 0.75, 1.0 / 3, 2.0 / 3};
        if (const char16_t *v = m_s[q] < 0xBC ? kVulgar + 5 : std::find(kVulgar, kVulgar + 5, m_s[q]);
            v != kVulgar + 5) {
            m += kValues[v - kVulgar]; // 3½
            ++q;
        } else if (m_s[q] == u' ' && q + 2 < m_n && m_s[q + 2] == u'/' && slashed(q + 1, fn, fd, fe)) {
            m += fn / fd; // 3 1/2
            q = fe;
        }
    }
    if (q < m_n && isLetter(m_s[q])) {
        const int e = wordEnd(q);
        if (e - q == 2 && !num.decimal && (is(q, "st") || is(q, "nd") || is(q, "rd") || is(q, "th")))
            num.ordinal = true;
        else if (e - q == 1 && (m_s[q] | 0x20) == u's' && num.digitCount == 4 && !num.grouped)
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

bool EnglishNumberReader::readNumber(int p, Num &num) const
{
    if (isDigit(m_s[p]))
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
        // two thousand million: a scale of a scale (2 000 000 000)
        const bool scaleOfScale = k == W::Scale && last == W::Scale && v > lastScale && current == 0;
        if ((!(kMayFollow[k] >> last & 1) && !compound && !scaleOfScale) ||
            (k == W::Hundred && current >= 100) || (k == W::Scale && v >= lastScale && !scaleOfScale))
            break;
        if (scaleOfScale)
            total *= v, lastScale *= v;
        else if (k == W::Scale)
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
        hyphen = e + 1 < m_n && m_s[e] == u'-' && isLetter(m_s[e + 1]);
        const Word *next = wordAt(hyphen ? e + 1 : skipSpace(e));
        int andEnd, partEnd;
        if (!hyphen && (last == W::Hundred || last == W::Scale) && is(skipSpace(e), "and", &andEnd)) {
            // five billion and three quarters: a fraction of the scale
            const Word *part = wordAt(skipSpace(andEnd), partEnd);
            const Word *den = part && part->kind == W::Unit ? wordAt(skipSpace(partEnd), partEnd) : nullptr;
            if (last == W::Scale && den && (den->kind == W::Quarter || den->kind == W::Denominator) &&
                part->value < den->value) {
                total += part->value / den->value * lastScale;
                num.end = partEnd;
                break;
            }
            next = wordAt(skipSpace(andEnd)); // a hundred and five
            e = next && next->kind <= W::Tens ? andEnd : e;
        }
        if (!next || (hyphen && next->kind != W::Unit && next->kind != W::Ordinal) ||
            (!hyphen && skipSpace(e) == e))
            break;
        q = hyphen ? e + 1 : skipSpace(e);
    }
    num.value = total + current;
    // one and a half million, two and a half thousand: the half before the scale
    if (num.words > 0 && !num.ordinal && current > 0 && current < 100 && total == 0) {
        int e;
        if (const int half = andAHalf(num.end); half > 0)
            if (const Word *scale = wordAt(skipSpace(half), e); scale && scale->kind == W::Scale)
                num.value = (current + 0.5) * scale->value, num.end = e;
    }
    return num.words > 0 || num.special;
}

int EnglishNumberReader::andAHalf(int p) const
{
    int e;
    return is(skipSpace(p), "and", &e) && is(skipSpace(e), "a", &e) && is(skipSpace(e), "half", &e) ? e : -1;
}
