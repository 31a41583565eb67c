#pragma once

#include "numbers/englishnumberwords.h"
#include "text/asciiscan.h"

#include <QStringView>
#include <algorithm>
#include <cstring>

// Reads one English number at a position of a text: digits (15,350, 5.48 billion, 3/4, 3½) or words
// (a hundred and five, one and a half million, two thousand million), and the word-level helpers
// the scanner's rules are written in. Knows nothing of what the number is about.
class EnglishNumberReader
{
public:
    using Word = EnglishNumberWords::Word;

    // A number as read at one position.
    struct Num
    {
        int end = 0;
        double value = 0;
        const Word *special = nullptr; // a word that is no plain number: half, doubled, hundreds …
        bool digits = false, grouped = false, decimal = false, ordinal = false, decade = false;
        bool fraction = false;     // 3/4 (value is the fraction's)
        bool leadingPoint = false; // .45: the number starts at the point before the digits
        int digitCount = 0, words = 0, firstKind = EnglishNumberWords::None;
    };

    // Lambdas rather than functions so that the algorithms they are passed to inline them.
    static constexpr auto isLetter = [](char16_t c) { return (c | 0x20) >= u'a' && (c | 0x20) <= u'z'; };
    static constexpr auto isDigit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    static constexpr auto isSpace = [](char16_t c) {
        return c == u' ' || (c >= u'\t' && c <= u'\r') || c == 0xA0;
    };

    explicit EnglishNumberReader(QStringView text)
        : m_s(reinterpret_cast<const char16_t *>(text.utf16())), m_n(int(text.size()))
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
    bool readNumber(int p, Num &num) const;
    // End of "and a half" after p (one and a half, four and a half times), else -1.
    int andAHalf(int p) const;

protected:
    using W = EnglishNumberWords;

    const Word *wordAt(int p, int &end) const
    {
        return (end = wordEnd(p)) > p ? W::lookup(m_s, p, end) : nullptr;
    }
    const Word *wordAt(int p) const { return wordAt(p, p); }
    bool readDigits(int p, Num &num) const;

    const char16_t *m_s;
    int m_n;
};
