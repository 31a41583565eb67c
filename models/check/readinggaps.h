#pragma once

#include "check/articleanalysis.h"
#include "text/sentencespan.h"

#include <QSet>
#include <QString>

#include <vector>

// Where a figure is read in one language only, the other language's sentences may hold the same number
// unread (每人每天收三分 for "0.3 mu a day", 半个世纪 for "half a century", "for more than a year" for
// 一年多来): a finding made from such a gap is the reader's fault, not the translation's, so the check
// lowers it to a note. This says whether sentences hold a numeral with the figure's digits outside every
// figure and date read in them. Each sentence is read once, whatever the number of figures asking.
class ReadingGaps
{
public:
    explicit ReadingGaps(const ArticleAnalysis &analysis);
    bool inChinese(SentenceSpan sentences, const Figure &figure) { return any(true, sentences, figure); }
    bool inEnglish(SentenceSpan sentences, const Figure &figure) { return any(false, sentences, figure); }

private:
    bool any(bool chinese, SentenceSpan sentences, const Figure &figure);

    const ArticleAnalysis &m_analysis;
    std::vector<QSet<QString>> m_chinese, m_english; // per sentence: the digits of its unread numerals
    std::vector<bool> m_chineseRead, m_englishRead;
};
