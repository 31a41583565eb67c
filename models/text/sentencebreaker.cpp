#include "text/sentencebreaker.h"

#include "text/asciiscan.h"

#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/ures.h>

#include <algorithm>
#include <array>
#include <memory>
#include <set>

namespace {

// Sentence_Break classes as ICU reports them (USentenceBreak), one byte per UTF-16 unit; surrogates
// are marked Unsupported, as are the classes this breaker leaves to ICU.
enum Class : quint8
{
    Other,
    ATerm,
    Close,
    Lower,
    Numeric,
    OLetter,
    Sp,
    STerm,
    Upper,
    SContinue,
    Unsupported
};

const std::array<quint8, 65536> &classes()
{
    static const std::unique_ptr<std::array<quint8, 65536>> table = [] {
        auto t = std::make_unique<std::array<quint8, 65536>>();
        for (int c = 0; c < 65536; ++c) {
            quint8 k = Unsupported;
            if (c < 0xD800 || c > 0xDFFF) {
                switch (u_getIntPropertyValue(UChar32(c), UCHAR_SENTENCE_BREAK)) {
                case U_SB_OTHER:
                    k = Other;
                    break;
                case U_SB_ATERM:
                    k = ATerm;
                    break;
                case U_SB_CLOSE:
                    k = Close;
                    break;
                case U_SB_LOWER:
                    k = Lower;
                    break;
                case U_SB_NUMERIC:
                    k = Numeric;
                    break;
                case U_SB_OLETTER:
                    k = OLetter;
                    break;
                case U_SB_SP:
                    k = Sp;
                    break;
                case U_SB_STERM:
                    k = STerm;
                    break;
                case U_SB_UPPER:
                    k = Upper;
                    break;
                case U_SB_SCONTINUE:
                    k = SContinue;
                    break;
                default: // Format, Extend, Sep, CR, LF: rules 3 to 5, left to ICU
                    break;
                }
            }
            (*t)[size_t(c)] = k;
        }
        return t;
    }();
    return *table;
}

bool isSATerm(quint8 k)
{
    return k == ATerm || k == STerm;
}

} // namespace

SentenceBreaker::SentenceBreaker() = default;

SentenceBreaker::SentenceBreaker(const std::vector<std::u16string> &abbreviations)
{
    // As ICU's SimpleFilteredBreakIteratorBuilder builds its tries: the strings sorted and unique; an
    // abbreviation with a full stop inside (Ph.D.) puts its first part (Ph.) in the backward trie as
    // partial and itself in the forward one, and so does every other string with that first part;
    // the rest go to the backward trie, reversed, as matches.
    const std::set<std::u16string> unique(abbreviations.begin(), abbreviations.end());
    const std::vector<std::u16string> words(unique.begin(), unique.end());
    std::vector<bool> partial(words.size(), false);
    for (size_t i = 0; i < words.size(); ++i) {
        const size_t stop = words[i].find(u'.');
        if (stop == std::u16string::npos || stop + 1 == words[i].size())
            continue;
        bool sameAsEarlier = false;
        for (size_t j = 0; j < words.size(); ++j) {
            if (j == i || words[j].compare(0, stop + 1, words[i], 0, stop + 1) != 0)
                continue;
            if (!partial[j])
                partial[j] = true;
            else
                sameAsEarlier = true;
        }
        if (!sameAsEarlier && !partial[i]) {
            std::u16string prefix = words[i].substr(0, stop + 1);
            std::reverse(prefix.begin(), prefix.end());
            add(m_backward, prefix, Partial);
            partial[i] = true;
        }
    }
    for (size_t i = 0; i < words.size(); ++i) {
        if (partial[i]) {
            add(m_forward, words[i], Match);
        } else {
            std::u16string reversed = words[i];
            std::reverse(reversed.begin(), reversed.end());
            add(m_backward, reversed, Match);
        }
    }
}

int SentenceBreaker::add(std::vector<Node> &trie, const std::u16string &word, int value)
{
    if (trie.empty())
        trie.push_back(Node{}); // the root
    int node = 0;
    for (const char16_t c : word) {
        int child = trie[size_t(node)].child;
        while (child >= 0 && trie[size_t(child)].c != c)
            child = trie[size_t(child)].sibling;
        if (child < 0) {
            Node n;
            n.c = c;
            n.sibling = trie[size_t(node)].child;
            trie.push_back(n);
            child = int(trie.size()) - 1;
            trie[size_t(node)].child = child;
        }
        node = child;
    }
    if (trie[size_t(node)].value == 0) // ICU keeps the first value of a string
        trie[size_t(node)].value = value;
    return node;
}

int SentenceBreaker::step(const std::vector<Node> &trie, int node, char16_t c)
{
    for (int child = trie[size_t(node)].child; child >= 0; child = trie[size_t(child)].sibling) {
        if (trie[size_t(child)].c == c)
            return child;
    }
    return -1;
}

bool SentenceBreaker::isException(const char16_t *s, int n, int at) const
{
    if (m_backward.empty())
        return false;
    // ICU assumes one space follows the abbreviation ("Mr. |Brown"): the match ends before it.
    int end = at;
    if (end > 0 && s[end - 1] == u' ')
        --end;
    int node = 0, bestStart = -1, bestValue = 0;
    for (int k = end - 1; k >= 0; --k) {
        node = step(m_backward, node, s[k]);
        if (node < 0)
            break;
        if (m_backward[size_t(node)].value) {
            bestStart = k;
            bestValue = m_backward[size_t(node)].value;
        }
        if (m_backward[size_t(node)].child < 0)
            break;
    }
    if (bestValue == Match)
        return true;
    if (bestValue != Partial || m_forward.empty())
        return false;
    // "Ph." before the break: the whole abbreviation must follow from there, as ICU's forward trie
    // reads it: until a character leads nowhere or the string ends with nothing longer after it.
    bool matches = true; // ICU's start state counts as a match if the text ends at once
    int fnode = 0;
    for (int k = bestStart; k < n; ++k) {
        fnode = step(m_forward, fnode, s[k]);
        if (fnode < 0) {
            matches = false;
            break;
        }
        const Node &f = m_forward[size_t(fnode)];
        matches = f.value != 0;
        if (f.child < 0)
            break;
    }
    return matches;
}

bool SentenceBreaker::find(QStringView text, QVector<int> &breaks) const
{
    breaks.clear();
    const std::array<quint8, 65536> &cls = classes();
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = int(text.size());
    auto classAt = [&](int k) { return cls[s[k]]; };
    for (int a = 0;;) {
        // Only a terminator starts what can end a sentence, and only a character ICU must judge
        // stops this breaker; ASCII prose in between is passed over in bulk.
        a = int(nextSentenceMark(s + a, s + n) - s);
        // Text outside ASCII (Chinese) one unit at a time: the vector scan would stop at each.
        while (a < n && s[a] >= 0x80 && cls[s[a]] != Unsupported && !isSATerm(cls[s[a]]))
            ++a;
        if (a >= n)
            break;
        const quint8 here = classAt(a);
        if (here == Unsupported) {
            breaks.clear();
            return false;
        }
        if (!isSATerm(here)) {
            ++a;
            continue;
        }
        // UAX #29 can break only after SATerm Close* Sp*, at its end (rules 9 and 10 keep the run).
        int j = a + 1;
        while (j < n && classAt(j) == Close)
            ++j;
        const bool closes = j > a + 1;
        const int spacesFrom = j;
        while (j < n && classAt(j) == Sp)
            ++j;
        const bool spaces = j > spacesFrom;
        if (j >= n)
            break; // the end of the text is a boundary anyway
        const quint8 next = classAt(j);
        bool keep = false;
        if (next == SContinue || isSATerm(next)) { // rule 8a
            keep = true;
        } else if (here == ATerm) {
            if (!closes && !spaces && next == Numeric) // rule 6: 3.14
                keep = true;
            else if (!closes && !spaces && next == Upper && a > 0 &&
                     (classAt(a - 1) == Upper || classAt(a - 1) == Lower)) // rule 7: U.S
                keep = true;
            else { // rule 8: a lower-case letter follows before any other letter or terminator
                int k = j;
                while (k < n) {
                    const quint8 c = classAt(k);
                    if (c == OLetter || c == Upper || c == Lower || isSATerm(c) || c == Unsupported)
                        break;
                    ++k;
                }
                keep = k < n && classAt(k) == Lower;
            }
        }
        if (!keep && !isException(s, n, j))
            breaks.append(j);
        a = j; // the run holds no terminator
    }
    return true;
}

std::vector<std::u16string> SentenceBreaker::cldrEnglishExceptions()
{
    std::vector<std::u16string> out;
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "en", &status);
    UResourceBundle *exceptions = ures_getByKey(bundle, "exceptions", nullptr, &status);
    UResourceBundle *sentences = ures_getByKey(exceptions, "SentenceBreak", nullptr, &status);
    if (U_SUCCESS(status)) {
        for (int32_t i = 0; i < ures_getSize(sentences); ++i) {
            UErrorCode itemStatus = U_ZERO_ERROR;
            int32_t length = 0;
            const UChar *item = ures_getStringByIndex(sentences, i, &length, &itemStatus);
            if (U_SUCCESS(itemStatus))
                out.emplace_back(reinterpret_cast<const char16_t *>(item), size_t(length));
        }
    }
    ures_close(sentences);
    ures_close(exceptions);
    ures_close(bundle);
    return out;
}
