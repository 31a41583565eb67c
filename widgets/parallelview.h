#pragma once

#include "articleanalysis.h"

#include <QSplitter>

class ReadingPane;

// The Chinese original beside the English translation. A sentence hovered or clicked in one pane is
// highlighted there, and the paragraph that most likely holds its translation is marked in the other
// (by relative position in the text, until sentence alignment supplies the exact counterpart).
class ParallelView : public QSplitter
{
    Q_OBJECT
public:
    explicit ParallelView(QWidget *parent = nullptr);

    void setAnalysis(ArticleAnalysisPtr analysis);
    ArticleAnalysisPtr analysis() const { return m_analysis; }

    ReadingPane *pane(Article::Language language) const;
    bool chineseOnLeft() const { return m_chineseOnLeft; }
    void setChineseOnLeft(bool left);

    // The paragraph of the other language at the same relative place as a sentence of this one.
    static int counterpartParagraph(const ArticleAnalysis &analysis, Article::Language language,
                                    int sentence);

    void selectSentence(Article::Language language, int sentence);

Q_SIGNALS:
    void sentenceSelected(Article::Language language, int sentence);

private:
    void onHovered(Article::Language language, int sentence);

    ReadingPane *m_chinese = nullptr;
    ReadingPane *m_english = nullptr;
    ArticleAnalysisPtr m_analysis;
    bool m_chineseOnLeft = true;
};
