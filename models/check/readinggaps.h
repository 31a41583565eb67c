#pragma once

#include "check/articleanalysis.h"
#include "text/sentencespan.h"

#include <vector>

// Where a figure is read in one language only, the other language's sentences may hold a number the
// reader did not take (每人每天收三分 for "0.3 mu a day", "a score of"): a finding made from such a gap
// is the reader's fault, not the translation's, so the check lowers it to a note. This says whether
// sentences hold a numeral outside every figure and date read in them.
// Each sentence is looked at once, whatever the number of figures asking about it.
class ReadingGaps
{
public:
    explicit ReadingGaps(const ArticleAnalysis &analysis);
    bool inChinese(SentenceSpan sentences) { return any(true, sentences); }
    bool inEnglish(SentenceSpan sentences) { return any(false, sentences); }

private:
    bool any(bool chinese, SentenceSpan sentences);

    const ArticleAnalysis &m_analysis;
    std::vector<qint8> m_chinese, m_english; // per sentence: -1 not looked at yet, else 0 / 1
};
