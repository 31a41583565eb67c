#include "check/readinggaps.h"

#include "alignment/figurepairer.h"
#include "numbers/chinesenumeralreader.h"
#include "numbers/chinesenumerals.h"
#include "numbers/chinesestopwords.h"

#include <algorithm>
#include <string>
#include <unordered_map>
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
        // Most figures are views into the very text of their sentence: their place is the difference of
        // the pointers, no search needed (a sentence of joined lines is searched).
        const QChar *begin = text.data(), *end = begin + text.size();
        qsizetype at = what.data() >= begin && what.data() + what.size() <= end ? what.data() - begin : -1;
        if (at < 0)
            at = text.indexOf(what, from);
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

// The digits of the numerals of a Chinese sentence that no figure or date took.
void chineseGaps(QStringView text, const std::vector<bool> &taken, QSet<QString> &out)
{
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = int(text.size());
    const ChineseNumeralReader::Table &t = ChineseNumeralReader::table();
    for (int i = 0; i < n; ++i) {
        // 半个月, 半年, 半个世纪: a half the reader takes only in 一半, 半数 and 过半.
        if (s[i] == u'半' && !taken[size_t(i)] && i + 1 < n &&
            QStringView(u"个年月天日世小").contains(QChar(s[i + 1]))) {
            out.insert(FigurePairer::digitSignature(0.5));
            continue;
        }
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
        // 第三, 三月 and 二区 are ordinals, dates and names.
        const bool ordinal = i > 0 && s[i - 1] == u'第';
        const bool dated = end < n && QStringView(u"年月日号时届区厂").contains(QChar(s[end]));
        if (!ordinal && !dated)
            if (const auto v = ChineseNumerals::parse(text.mid(i, end - i)); v && *v > 0)
                out.insert(FigurePairer::digitSignature(*v));
        i = end - 1;
    }
}

double numberWord(QStringView w)
{
    // Most words are none: their length or first letter says so before the look-up.
    if (w.size() < 3 || w.size() > 9 || !QStringView(u"tfsenhmbdqoTFSENHMBDQO").contains(w.front()))
        return 0;
    static const std::unordered_map<std::u16string, double> words = {
        {u"two", 2},        {u"three", 3},      {u"four", 4},       {u"five", 5},        {u"six", 6},
        {u"seven", 7},      {u"eight", 8},      {u"nine", 9},       {u"ten", 10},        {u"eleven", 11},
        {u"twelve", 12},    {u"thirteen", 13},  {u"fourteen", 14},  {u"fifteen", 15},    {u"sixteen", 16},
        {u"seventeen", 17}, {u"eighteen", 18},  {u"nineteen", 19},  {u"twenty", 20},     {u"thirty", 30},
        {u"forty", 40},     {u"fifty", 50},     {u"sixty", 60},     {u"seventy", 70},    {u"eighty", 80},
        {u"ninety", 90},    {u"hundred", 100},  {u"hundreds", 100}, {u"thousand", 1000}, {u"thousands", 1000},
        {u"million", 1e6},  {u"millions", 1e6}, {u"billion", 1e9},  {u"billions", 1e9},  {u"dozen", 12},
        {u"dozens", 12},    {u"score", 20},     {u"scores", 20},    {u"half", 0.5},      {u"double", 2},
        {u"doubled", 2},    {u"twice", 2},      {u"thrice", 3},     {u"triple", 3},      {u"tripled", 3},
        {u"quarter", 0.25}};
    std::u16string lower(size_t(w.size()), u' ');
    for (qsizetype k = 0; k < w.size(); ++k) {
        const char16_t c = w.at(k).unicode();
        lower[size_t(k)] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    const auto it = words.find(lower);
    return it == words.end() ? 0 : it->second;
}

// The digits of the numbers of an English sentence that no figure or date took: digits, numbers written
// out, and "a" or "one" before a unit of time ("for more than a year").
void englishGaps(QStringView text, const std::vector<bool> &taken, QSet<QString> &out)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && (text.at(end).isLetterOrNumber() || text.at(end) == u'-' || text.at(end) == u',' ||
                           (text.at(end) == u'.' && end + 1 < n && text.at(end + 1).isDigit())))
            ++end;
        while (end > i && !text.at(end - 1).isLetterOrNumber())
            --end;
        bool free = true;
        for (qsizetype k = i; k < end && free; ++k)
            free = !taken[size_t(k)];
        const QStringView word = text.mid(i, end - i);
        if (free) {
            double value = 0;
            if (word.front().isDigit()) {
                // Not a list marker "1." or "(2)" at the start.
                const bool marker = i <= 1 && end < n && (text.at(end) == u'.' || text.at(end) == u')');
                QString digits = word.toString();
                digits.remove(u',');
                value = marker ? 0 : digits.toDouble();
            } else if (word.size() <= 3 && (word.compare(u"a", Qt::CaseInsensitive) == 0 ||
                                            word.compare(u"an", Qt::CaseInsensitive) == 0 ||
                                            word.compare(u"one", Qt::CaseInsensitive) == 0)) {
                qsizetype k = end;
                while (k < n && text.at(k).isSpace())
                    ++k;
                for (const char16_t *unit : {u"year", u"month", u"week", u"day", u"decade", u"century"})
                    if (text.mid(k).startsWith(QStringView(unit), Qt::CaseInsensitive))
                        value = 1;
            } else {
                const qsizetype dash = word.indexOf(u'-');
                value = numberWord(dash > 0 ? word.left(dash) : word);
            }
            if (value > 0)
                out.insert(FigurePairer::digitSignature(value));
        }
        i = end > i ? end : i + 1;
    }
}

} // namespace

ReadingGaps::ReadingGaps(const ArticleAnalysis &analysis)
    : m_analysis(analysis), m_chinese(size_t(analysis.chineseSentences.size())),
      m_english(size_t(analysis.englishSentences.size())), m_chineseRead(m_chinese.size(), false),
      m_englishRead(m_english.size(), false)
{}

bool ReadingGaps::any(bool chinese, SentenceSpan sentences, const Figure &figure)
{
    if (figure.quantity.low <= 0)
        return false;
    const QString digits = FigurePairer::digitSignature(figure.quantity.low);
    const ArticleAnalysis &a = m_analysis;
    std::vector<QSet<QString>> &known = chinese ? m_chinese : m_english;
    std::vector<bool> &read = chinese ? m_chineseRead : m_englishRead;
    for (int s : sentences) {
        if (s < 0 || size_t(s) >= known.size())
            continue;
        if (!read[size_t(s)]) {
            read[size_t(s)] = true;
            const QStringView text = (chinese ? a.chineseSentences : a.englishSentences).at(s).text;
            const SentenceFactsList &list = chinese ? a.chineseFacts : a.englishFacts;
            SentenceFacts facts;
            const bool hasFacts = s < list.size();
            if (hasFacts)
                facts = list.at(s);
            const std::vector<bool> taken =
                covered(text, chinese ? a.chineseFigures : a.englishFigures, hasFacts ? &facts : nullptr, s);
            if (chinese)
                chineseGaps(text, taken, known[size_t(s)]);
            else
                englishGaps(text, taken, known[size_t(s)]);
        }
        if (known[size_t(s)].contains(digits))
            return true;
    }
    return false;
}
