#pragma once

#include <QChar>
#include <QStringView>
#include <QtGlobal>

#include <algorithm>
#include <initializer_list>
#include <vector>

// Word-level helpers for the English readers of a figure's context (MetricLexicon, RoleReader): a
// text is read word by word and each word, lower-cased, looked up once by its hash, instead of
// every listed word being searched for in it.
namespace EnglishWords {

inline char16_t folded(char16_t c)
{
    return c < 128 ? (c >= u'A' && c <= u'Z' ? char16_t(c | 0x20) : c) : QChar(c).toLower().unicode();
}

inline bool isLetter(char16_t c)
{
    return c < 128 ? (c | 0x20) >= u'a' && (c | 0x20) <= u'z' : QChar(c).isLetter();
}

// FNV-1a over lower-cased UTF-16 units, a unit at a time (a scanner hashes a word as it reads it).
constexpr quint64 kHashBasis = 14695981039346656037ull;

inline quint64 hashStep(quint64 h, char16_t c)
{
    return (h ^ folded(c)) * 1099511628211ull;
}

inline quint64 hash(const char16_t *s, qsizetype n)
{
    quint64 h = kHashBasis;
    for (qsizetype i = 0; i < n; ++i)
        h = hashStep(h, s[i]);
    return h;
}

inline quint64 hash(const ushort *s, qsizetype n)
{
    return hash(reinterpret_cast<const char16_t *>(s), n);
}

// A word of a text: where it stands and its hash.
struct Token
{
    int start = 0;
    int end = 0;
    quint64 hash = 0;
};

// The words (runs of letters) of text, in order.
inline void tokenize(QStringView text, std::vector<Token> &out)
{
    out.clear();
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!isLetter(s[i]))
            continue;
        const int start = int(i);
        quint64 h = kHashBasis;
        // A letter below 128 is lower-cased by its bit 5.
        for (; i < n && isLetter(s[i]); ++i)
            h = (h ^ (s[i] < 128 ? char16_t(s[i] | 0x20) : folded(s[i]))) * 1099511628211ull;
        out.push_back({start, int(i), h});
    }
}

// A set of words matched in any case: a word is hashed once and looked up, not compared with each.
class Set
{
public:
    Set(std::initializer_list<QStringView> words)
    {
        for (const QStringView w : words)
            m_hashes.push_back(hash(w.utf16(), w.size()));
        std::sort(m_hashes.begin(), m_hashes.end());
    }
    bool contains(QStringView word) const
    {
        return std::binary_search(m_hashes.cbegin(), m_hashes.cend(), hash(word.utf16(), word.size()));
    }

private:
    std::vector<quint64> m_hashes;
};

} // namespace EnglishWords
