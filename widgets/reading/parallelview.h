#pragma once

#include "check/articleanalysis.h"

#include <QSplitter>

class ReadingPane;

// The Chinese original beside the English translation. A sentence hovered or clicked in one pane is
// highlighted there and its aligned group is marked in the other; a figure clicked in either pane
// (or selected from outside, from the table or a finding) is highlighted in both with its
// counterpart, and both panes scroll to it.
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

    // The sentences of the other language aligned with a sentence of this one.
    static QVector<int> counterpartSentences(const ArticleAnalysis &analysis, Article::Language language,
                                             int sentence);

    void selectSentence(Article::Language language, int sentence);
    int selectedFigure(Article::Language language) const;
    // Selects a figure (and its counterpart) in both panes; -1 clears.
    void selectFigure(Article::Language language, int figure);
    // Shows a finding: its sentences and figures in both panes.
    void showFinding(int finding);
    // The selected sentences of both panes as "Chinese<TAB>English", then a citation line (人民日报,
    // date, page, title, file): what Copy Sentence Pair puts on the clipboard. Empty with no selection.
    QString selectedPairText() const;
    // Find: highlights term in both texts and selects the next (direction 1) or previous (-1)
    // sentence holding it in the text of its script (Han characters: the original), going round, with
    // its aligned sentences shown in the other pane. Returns the number of sentences holding it (0: none).
    int find(const QString &term, int direction);
    // Text size of both panes together, in zoom steps from the default (Ctrl+plus, minus, 0, wheel).
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

Q_SIGNALS:
    void zoomChanged(int steps);
    void sentenceSelected(Article::Language language, int sentence);
    void figureSelected(Article::Language language, int figure);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onHovered(Article::Language language, int sentence);
    static Article::Language other(Article::Language language);

    ReadingPane *m_chinese = nullptr;
    ReadingPane *m_english = nullptr;
    ArticleAnalysisPtr m_analysis;
    int m_zoom = 0;
    bool m_chineseOnLeft = true;
};
