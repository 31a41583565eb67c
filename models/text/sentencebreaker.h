#pragma once

#include <QStringView>
#include <QVector>

#include <string>
#include <vector>

// Sentence boundaries exactly where ICU's sentence BreakIterator puts them, found without it: the
// rules of UAX #29 over ICU's own Sentence_Break classes, and for English the suppressions of ICU's
// filtered iterator (CLDR's English abbreviations and the segmenter's own, matched the way ICU's
// tries match them). ICU's rule machine was a tenth of the whole analysis; this is a few steps per
// sentence. Texts it does not cover (format and extend marks, line and paragraph separators,
// surrogates) are left to ICU: find() says so. Thread-safe; the tables are built once.
class SentenceBreaker
{
public:
    // What the English iterator suppresses breaks after, as ICU's filter builder is given them.
    explicit SentenceBreaker(const std::vector<std::u16string> &abbreviations);
    // Without suppressions: ICU's plain sentence iterator (the Chinese one).
    SentenceBreaker();

    // The boundaries strictly inside text, in order, into breaks (cleared first); false, with
    // breaks empty, for a text this breaker leaves to ICU.
    bool find(QStringView text, QVector<int> &breaks) const;

    // The strings CLDR's English break exceptions hold, as ICU 72 ships them.
    static std::vector<std::u16string> cldrEnglishExceptions();

private:
    // A trie of code units: the nodes of one level are a sibling list.
    struct Node
    {
        char16_t c = 0;
        int child = -1;
        int sibling = -1;
        int value = 0; // 0: none; otherwise Match or Partial
    };
    enum Value
    {
        Match = 1,
        Partial = 2
    };
    int add(std::vector<Node> &trie, const std::u16string &word, int value);
    static int step(const std::vector<Node> &trie, int node, char16_t c);
    bool isException(const char16_t *s, int n, int at) const;

    std::vector<Node> m_backward; // reversed: full abbreviations and the prefixes of partial ones
    std::vector<Node> m_forward;  // abbreviations with an inner full stop (Ph.D.), read forward
};
