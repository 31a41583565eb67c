#pragma once

#include <QChar>
#include <QtAlgorithms>
#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__SSE2__)
// Per 16-bit lane, whether x < bound as unsigned numbers: SSE2 compares lanes as signed ones, so the
// top bit of both sides is flipped first.
inline __m128i lanesBelow(__m128i x, int bound)
{
    const __m128i flip = _mm_set1_epi16(short(0x8000));
    return _mm_cmplt_epi16(_mm_xor_si128(x, flip), _mm_set1_epi16(short(bound ^ 0x8000)));
}
#endif

// The first unit in [p, end) for which unit() holds; lanes() is the same test on eight units at once
// (SSE2, part of every x86-64), giving a lane mask. Generic lambdas, so that lanes() is never
// instantiated where there is no SSE2.
template <typename Lanes, typename Unit>
inline const char16_t *firstWhere(const char16_t *p, const char16_t *end, Lanes lanes, Unit unit)
{
#if defined(__SSE2__)
    while (end - p >= 8) {
        const int mask = _mm_movemask_epi8(lanes(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p))));
        if (mask)
            return p + qCountTrailingZeroBits(quint32(mask)) / 2;
        p += 8;
    }
#else
    Q_UNUSED(lanes)
#endif
    while (p < end && !unit(*p))
        ++p;
    return p;
}

// Where a run of ASCII letters (A-Z, a-z) starting at p ends, at most at end. English text is
// scanned word by word by the number reader and the place finder; skipping a word eight UTF-16
// units at a time (SSE2, part of every x86-64) halves what that costs on this corpus.
inline const char16_t *asciiLetterRunEnd(const char16_t *p, const char16_t *end)
{
    return firstWhere(
        p, end,
        [](auto c) {
            // (c | 0x20) - 'a' < 26, as a signed compare after moving the range to the bottom of int16.
            const auto shifted =
                _mm_sub_epi16(_mm_or_si128(c, _mm_set1_epi16(0x20)), _mm_set1_epi16(short(0x8000 + u'a')));
            return _mm_andnot_si128(_mm_cmplt_epi16(shifted, _mm_set1_epi16(short(-0x8000 + 26))),
                                    _mm_set1_epi16(-1));
        },
        [](char16_t c) { return char16_t((c | 0x20) - u'a') >= 26; });
}

// How many of the UTF-16 units in [p, end) are white space as QChar::isSpace() has it: ASCII blanks
// counted eight at a time, and the few units between U+0080 and U+3000 (where the other spaces
// lie) asked one by one. The aligner measures every sentence without its spaces.
inline int blankCount(const char16_t *p, const char16_t *end)
{
    int count = 0;
    auto slow = [](char16_t u) { return QChar(u).isSpace(); };
#if defined(__SSE2__)
    // Blanks are counted per lane (a compare gives -1 per blank, subtracted), added up every few
    // thousand vectors before a lane could overflow: the population count of the mask is a call
    // into libgcc on x86-64 without POPCNT.
    __m128i lanes = _mm_setzero_si128();
    int pending = 0;
    auto flush = [&] {
        alignas(16) qint16 sums[8];
        _mm_store_si128(reinterpret_cast<__m128i *>(sums), lanes);
        for (qint16 v : sums)
            count += v;
        lanes = _mm_setzero_si128();
        pending = 0;
    };
    while (end - p >= 8) {
        const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i blank = _mm_or_si128(_mm_cmpeq_epi16(c, _mm_set1_epi16(0x20)),
                                           lanesBelow(_mm_sub_epi16(c, _mm_set1_epi16(9)), 5)); // \t to \r
        lanes = _mm_sub_epi16(lanes, blank);
        if (++pending == 4096)
            flush();
        const __m128i middle = _mm_andnot_si128(lanesBelow(c, 0x80), lanesBelow(c, 0x3001));
        int check = _mm_movemask_epi8(middle); // two bits per lane
        while (check) {
            const int lane = qCountTrailingZeroBits(quint32(check)) / 2;
            count += slow(p[lane]) ? 1 : 0;
            check &= ~(3 << (2 * lane));
        }
        p += 8;
    }
    flush();
#endif
    for (; p < end; ++p) {
        const char16_t u = *p;
        if (u < 128)
            count += u == u' ' || (u >= u'\t' && u <= u'\r') ? 1 : 0;
        else if (u <= 0x3000)
            count += slow(u) ? 1 : 0;
    }
    return count;
}

// The first unit in [p, end) that may start a capitalised word: an ASCII capital or digit, or
// anything outside ASCII. The place finder passes over lower-case words, blanks and punctuation
// with it, eight units at a time, since no place name starts in lower case.
inline const char16_t *nextCapitalOrDigit(const char16_t *p, const char16_t *end)
{
    return firstWhere(
        p, end,
        [](auto c) {
            return _mm_or_si128(_mm_or_si128(_mm_andnot_si128(lanesBelow(c, 0x80), _mm_set1_epi16(-1)),
                                             lanesBelow(_mm_sub_epi16(c, _mm_set1_epi16(u'A')), 26)),
                                lanesBelow(_mm_sub_epi16(c, _mm_set1_epi16(u'0')), 10));
        },
        [](char16_t c) { return c >= 0x80 || char16_t(c - u'A') < 26 || char16_t(c - u'0') < 10; });
}

// The first unit in [p, end) where a sentence may end or that SentenceBreaker must look up: ASCII
// . ! ? and control characters (line breaks), and anything outside ASCII. English prose is passed
// over eight units at a time.
inline const char16_t *nextSentenceMark(const char16_t *p, const char16_t *end)
{
    return firstWhere(
        p, end,
        [](auto c) {
            const auto outside =
                _mm_or_si128(_mm_andnot_si128(lanesBelow(c, 0x80), _mm_set1_epi16(-1)), lanesBelow(c, 0x20));
            return _mm_or_si128(outside, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(c, _mm_set1_epi16(u'.')),
                                                                   _mm_cmpeq_epi16(c, _mm_set1_epi16(u'!'))),
                                                      _mm_cmpeq_epi16(c, _mm_set1_epi16(u'?'))));
        },
        [](char16_t c) { return c >= 0x80 || c < 0x20 || c == u'.' || c == u'!' || c == u'?'; });
}

// The first unit in [p, end) that is one of the units Cs, eight at a time: the figure extractor
// looks for clause ends (; 。 ； ！ ？) in every sentence that holds a figure.
template <char16_t... Cs> inline const char16_t *nextOneOf(const char16_t *p, const char16_t *end)
{
    return firstWhere(
        p, end,
        [](auto c) {
            auto hit = _mm_setzero_si128();
            ((hit = _mm_or_si128(hit, _mm_cmpeq_epi16(c, _mm_set1_epi16(short(Cs))))), ...);
            return hit;
        },
        [](char16_t c) { return ((c == Cs) || ...); });
}
