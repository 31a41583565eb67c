#pragma once

#include "check/articleanalysis.h"
#include "check/figurestatus.h"

#include <QTextBrowser>
#include <QVector>

// One language of one article as a reader sees it: a metadata header (date, page, author, column),
// the title, the paragraphs and the byline, with every figure marked in the colour of its check
// status. It knows where every sentence and figure sits in its document, so it can report what is
// under the mouse and highlight any range of the file.
class ReadingPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReadingPane(Article::Language language, QWidget *parent = nullptr);

    Article::Language language() const { return m_language; }
    void setAnalysis(ArticleAnalysisPtr analysis);
    ArticleAnalysisPtr analysis() const { return m_analysis; }

    // Sentence index (into the analysis' sentences of this language) at a viewport point, or -1.
    int sentenceAt(const QPoint &viewportPos) const;
    // The document position of a file offset, or -1 when that offset is not shown.
    int documentPosition(int sourcePos) const;
    // Figure index (into the analysis' figures of this language) at a viewport point, or -1.
    int figureAt(const QPoint &viewportPos) const;
    // The viewport rectangle of a sentence's or a figure's first character (for tests and tooltips).
    QRect sentenceRect(int sentence) const;
    QRect figureRect(int figure) const;

    void setHoveredSentence(int sentence);
    void setSelectedSentences(const QVector<int> &sentences, bool scrollTo);
    // Sentences of the other side's selection or hover: the aligned group, marked more lightly.
    void setMarkedSentences(const QVector<int> &sentences, bool scrollTo);
    void setSelectedFigure(int figure, bool scrollTo);
    int hoveredSentence() const { return m_hovered; }
    const QVector<int> &selectedSentences() const { return m_selected; }
    const QVector<int> &markedSentences() const { return m_marked; }
    int selectedFigure() const { return m_selectedFigure; }
    QString figureToolTip(int figure) const;
    // Highlights every occurrence of term in the pane (case-blind; empty clears); returns the sentences
    // that hold it, in reading order.
    QVector<int> setFindTerm(const QString &term);

    void retranslate();

Q_SIGNALS:
    void sentenceHovered(int sentence);
    void sentenceClicked(int sentence);
    void figureClicked(int figure);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void bringToMiddle();
    // A run of the document copied verbatim from the file: maps file offsets to document positions.
    struct Segment
    {
        int sourceStart = 0;
        int documentStart = 0;
        int length = 0;
    };

    void rebuild();
    void updateHighlights();
    QTextCursor cursorForSource(TextRange range) const;
    void scrollToSource(int sourcePos);
    void appendSourceText(QTextCursor &cursor, const Paragraph *paragraph, const Article::Field *field);

    Article::Language m_language;
    ArticleAnalysisPtr m_analysis;
    QVector<Segment> m_segments;            // sorted by sourceStart
    QVector<FigureStatus::Status> m_status; // per figure
    QVector<int> m_findingOf;               // per figure: worst finding, or -1
    int m_hovered = -1;
    QString m_findTerm;
    QVector<int> m_selected;
    QVector<int> m_marked;
    int m_selectedFigure = -1;
};
