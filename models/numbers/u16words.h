#pragma once

#include <algorithm>
#include <array>
#include <bitset>
#include <string_view>

// Words and character sets of the Chinese scanners as UTF-16 string views, so that their lengths are
// known before the scan: when they were counted at every test, the scanner spent most of its time
// measuring its own word lists. Shared by ChineseNumerals, ChineseMeasureWords and ChineseStopWords.
namespace U16Words {

using Word = std::u16string_view;

constexpr int length(Word word)
{
    return int(word.size());
}

constexpr bool isIn(char16_t c, Word set)
{
    return set.find(c) != Word::npos;
}

// Whether word stands in s (length n) at p. The first character alone rejects nearly every word,
// without a call to memcmp.
inline bool startsWith(const char16_t *s, int p, int n, Word word)
{
    return p >= 0 && p + length(word) <= n && !word.empty() && s[p] == word[0] &&
           std::equal(word.begin() + 1, word.end(), s + p + 1);
}

// A list of words with a bit per character that starts or ends one of them: at most places of a text
// one test says no word of the list stands there.
template <size_t N> class Set
{
public:
    explicit Set(const std::array<Word, N> &words) : m_words(words)
    {
        for (const Word w : words) {
            if (!w.empty()) {
                m_first.set(w.front());
                m_last.set(w.back());
            }
        }
    }
    // The length of the first word of the list that starts at at, else 0.
    int startingAt(const char16_t *s, int at, int n) const
    {
        if (at < 0 || at >= n || !m_first.test(s[at]))
            return 0;
        for (const Word w : m_words) {
            if (startsWith(s, at, n, w))
                return length(w);
        }
        return 0;
    }
    // The length of the first word of the list that ends at end and starts at from or after.
    int endingAt(const char16_t *s, int from, int end) const
    {
        if (end <= from || !m_last.test(s[end - 1]))
            return 0;
        for (const Word w : m_words) {
            const int start = end - length(w);
            if (start >= from && startsWith(s, start, end, w))
                return length(w);
        }
        return 0;
    }

private:
    std::array<Word, N> m_words;
    std::bitset<65536> m_first, m_last;
};

} // namespace U16Words
