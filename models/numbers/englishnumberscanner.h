#pragma once

#include "numbers/englishnumberwords.h"
#include "numbers/quantity.h"
#include "text/asciiscan.h"

#include <QStringView>
#include <algorithm>
#include <cstring>

// The reading rules behind EnglishNumbers: at a position of one text, reads a number in digits or
// words and around it what makes it a Quantity (date, ordinal, fraction, range, percent, approximation
// markers, unit). Holds the text and the figures found so far, because a figure's reading depends on
// where the previous one ended.
class EnglishNumberScanner
{
public:
    using Word = EnglishNumberWords::Word;

    // A number as read at one position: digits (15,350, 5.48 billion) or words (a hundred and five).
    struct Num
    {
        int end = 0;
        double value = 0;
        const Word *special = nullptr; // a word that is no plain number: half, doubled, hundreds …
        bool digits = false, grouped = false, decimal = false, ordinal = false, decade = false;
        int digitCount = 0, words = 0, firstKind = EnglishNumberWords::None;
    };

    // Lambdas rather than functions so that the algorithms they are passed to inline them.
    static constexpr auto isLetter = [](char16_t c) { return (c | 0x20) >= u'a' && (c | 0x20) <= u'z'; };
    static constexpr auto isDigit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    static constexpr auto isSpace = [](char16_t c) {
        return c == u' ' || (c >= u'\t' && c <= u'\r') || c == 0xA0;
    };

    // Appends what at() reads to out; text and out must outlive the scanner.
    EnglishNumberScanner(QStringView text, Quantities &out)
        : m_s(reinterpret_cast<const char16_t *>(text.utf16())), m_n(int(text.size())), m_out(out)
    {}

    int size() const { return m_n; }
    int wordEnd(int p) const { return int(asciiLetterRunEnd(m_s + p, m_s + m_n) - m_s); }
    int skipSpace(int p) const { return int(std::find_if_not(m_s + p, m_s + m_n, isSpace) - m_s); }
    // Whether the whole word at p is w (lowercase ASCII, compared case-insensitively); sets end.
    bool is(int p, const char *w, int *end = nullptr) const
    {
        const int len = int(strlen(w));
        if (p < 0 || p + len > m_n || (p + len < m_n && isLetter(m_s[p + len])) ||
            !std::equal(m_s + p, m_s + p + len, w, [](char16_t c, char x) { return (c | 0x20) == x; }))
            return false;
        if (end)
            *end = p + len;
        return true;
    }

    // Reads the figure, date or ordinal that starts at the anchor i; returns where scanning resumes (> i).
    int at(int i)
    {
        const int next = read(i);
        m_floor = m_out.isEmpty() ? 0 : m_out.constLast().range.end;
        return next;
    }
    bool readNumber(int p, Num &num) const;
    int andAHalf(int p) const;
    bool changeFrom(int p) const;

private:
    using A = Quantity::Approx;
    using F = Quantity::Form;
    using W = EnglishNumberWords;

    // Start of phrase (lowercase words, single spaces) when it ends just before p, else -1.
    int before(int p, const char *phrase) const
    {
        for (int k = int(strlen(phrase)); k >= 0; --k) {
            if (k == int(strlen(phrase)) || phrase[k] == ' ') { // the spaces after a word
                if (k < int(strlen(phrase)) && (p <= m_floor || !isSpace(m_s[p - 1])))
                    return -1;
                while (p > m_floor && isSpace(m_s[p - 1]))
                    --p;
            }
            if (k > 0 && phrase[k - 1] != ' ' && (p <= m_floor || (m_s[--p] | 0x20) != phrase[k - 1]))
                return -1;
        }
        return p > 0 && isLetter(m_s[p - 1]) ? -1 : p;
    }
    const Word *wordAt(int p, int &end) const
    {
        return (end = wordEnd(p)) > p ? W::lookup(m_s, p, end) : nullptr;
    }
    const Word *wordAt(int p) const { return wordAt(p, p); }
    // The month named by the capitalised word [b, e), also abbreviated (Jan., Sept.): 1 to 12, or 0.
    int month(int b, int e) const { return W::month(m_s + b, e - b, e < m_n && m_s[e] == u'.'); }
    int push(Quantity &q, int start, int end, A approx = A::Exact)
    {
        q.range = {start, end};
        q.approx = q.approx == A::Exact ? approx : q.approx;
        q.value = q.low;
        m_out.append(q);
        return end;
    }

    int read(int i);
    bool readDigits(int p, Num &num) const;
    int date(int i, const Num &num);
    int clockTime(int i, const Num &num);
    int special(int i, const Num &num);
    int ordinal(int i, const Num &num);
    int figure(int i, const Num &num);
    int percentAfter(int p) const;
    int prefix(int start, A &approx) const;
    int unit(int p, Quantity &q, bool skipOf, bool title) const;

    const char16_t *m_s;
    int m_n;
    Quantities &m_out;
    int m_floor = 0; // text before this belongs to the previous figure
};
