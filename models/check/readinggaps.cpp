#include "check/readinggaps.h"

#include "numbers/chinesenumeralreader.h"
#include "numbers/chinesestopwords.h"

#include <algorithm>
#include <vector>

namespace {

// The parts of a sentence's text that figures and dates were read from, found by their text in order
// (a sentence's text joins wrapped lines, so file offsets do not map onto it). Figures are in reading
// order: the sentence's own are found by bisection.
std::vector<bool> covered(QStringView text, const Figures &figures, const SentenceFacts *facts, int sentence)
{
    std::vector<bool> out(size_t(text.size()), false);
    auto mark = [&](QStringView what, qsizetype &from) {
        if (what.isEmpty())
            return;
        const qsizetype at = text.indexOf(what, from);
        if (at < 0)
            return;
        std::fill(out.begin() + at, out.begin() + at + what.size(), true);
        from = at + what.size();
    };
    qsizetype from = 0;
    auto first = std::lower_bound(figures.cbegin(), figures.cend(), sentence,
                                  [](const Figure &f, int s) { return f.sentence < s; });
    for (; first != figures.cend() && first->sentence == sentence; ++first)
        mark(first->text, from);
    if (facts) {
        from = 0;
        for (const DateMention &d : facts->dates)
            mark(d.text, from);
    }
    return out;
}

bool chineseGap(QStringView text, const std::vector<bool> &taken)
{
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = int(text.size());
    const ChineseNumeralReader::Table &t = ChineseNumeralReader::table();
    for (int i = 0; i < n; ++i) {
        const int kind = ChineseNumeralReader::kindOf(t, s[i]);
        if (taken[size_t(i)] || kind == ChineseNumeralReader::None || kind == ChineseNumeralReader::Vague ||
            s[i] == u'零' || s[i] == u'〇' || s[i] == u'○')
            continue;
        if (const int e = ChineseStopWords::endAt(s, i, n); e > i) { // 一些, 统一, 千方百计
            i = e - 1;
            continue;
        }
        int end = i;
        while (end < n && !taken[size_t(end)] &&
               ChineseNumeralReader::kindOf(t, s[end]) != ChineseNumeralReader::None)
            ++end;
        // A lone 一 is "a", "one", "once" far more often than a number the reader missed; 第三, 三月 and
        // 二区 are ordinals, dates and names.
        const bool lone = end - i == 1 && (s[i] == u'一' || s[i] == u'两');
        const bool ordinal = i > 0 && s[i - 1] == u'第';
        const bool dated = end < n && QStringView(u"年月日号时届区厂").contains(QChar(s[end]));
        if (!lone && !ordinal && !dated)
            return true;
        i = end - 1;
    }
    return false;
}

bool isNumberWord(QStringView w)
{
    static const char16_t *const words[] = {
        u"two",      u"three",     u"four",     u"five",     u"six",      u"seven",    u"eight",
        u"nine",     u"ten",       u"eleven",   u"twelve",   u"thirteen", u"fourteen", u"fifteen",
        u"sixteen",  u"seventeen", u"eighteen", u"nineteen", u"twenty",   u"thirty",   u"forty",
        u"fifty",    u"sixty",     u"seventy",  u"eighty",   u"ninety",   u"hundred",  u"hundreds",
        u"thousand", u"thousands", u"million",  u"millions", u"billion",  u"billions", u"dozen",
        u"dozens",   u"score",     u"scores",   u"half",     u"double",   u"doubled",  u"twice",
        u"thrice",   u"triple",    u"tripled",  u"quarter",  u"third",    u"percent"};
    for (const char16_t *x : words)
        if (w.compare(QStringView(x), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool englishGap(QStringView text, const std::vector<bool> &taken)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && (text.at(end).isLetterOrNumber() || text.at(end) == u'-'))
            ++end;
        bool free = true;
        for (qsizetype k = i; k < end && free; ++k)
            free = !taken[size_t(k)];
        const QStringView word = text.mid(i, end - i);
        if (free) {
            // Digits (not a list marker "1." or "(2)" at the start), or a number written out.
            const bool marker = i <= 1 && end < n && (text.at(end) == u'.' || text.at(end) == u')');
            if ((word.front().isDigit() && !marker) || isNumberWord(word) ||
                isNumberWord(word.left(qMax<qsizetype>(0, word.indexOf(u'-')))))
                return true;
        }
        i = end;
    }
    return false;
}

} // namespace

ReadingGaps::ReadingGaps(const ArticleAnalysis &analysis)
    : m_analysis(analysis), m_chinese(size_t(analysis.chineseSentences.size()), -1),
      m_english(size_t(analysis.englishSentences.size()), -1)
{}

bool ReadingGaps::any(bool chinese, SentenceSpan sentences)
{
    const ArticleAnalysis &a = m_analysis;
    std::vector<qint8> &known = chinese ? m_chinese : m_english;
    for (int s : sentences) {
        if (s < 0 || size_t(s) >= known.size())
            continue;
        if (known[size_t(s)] < 0) {
            const QStringView text = (chinese ? a.chineseSentences : a.englishSentences).at(s).text;
            const SentenceFactsList &list = chinese ? a.chineseFacts : a.englishFacts;
            SentenceFacts facts;
            const bool hasFacts = s < list.size();
            if (hasFacts)
                facts = list.at(s);
            const std::vector<bool> taken =
                covered(text, chinese ? a.chineseFigures : a.englishFigures, hasFacts ? &facts : nullptr, s);
            known[size_t(s)] = (chinese ? chineseGap(text, taken) : englishGap(text, taken)) ? 1 : 0;
        }
        if (known[size_t(s)] == 1)
            return true;
    }
    return false;
}
