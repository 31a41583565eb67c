#pragma once

#include <algorithm>
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

} // namespace U16Words
