#pragma once

#include "articleanalysis.h"

#include <QTextBrowser>
#include <QVector>

// One language of one article as a reader sees it: a metadata header (date, page, author, column),
// the title, the paragraphs and the byline. It knows where every sentence of the analysis sits in
// its document, so it can report the sentence under the mouse and highlight any range of the file.
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
    // The viewport rectangle of a sentence's first character (for tests and tooltips).
    QRect sentenceRect(int sentence) const;

    void setHoveredSentence(int sentence);
    void setSelectedSentences(const QVector<int> &sentences, bool scrollTo);
    void setMarkedParagraph(int paragraph);
    int hoveredSentence() const { return m_hovered; }
    const QVector<int> &selectedSentences() const { return m_selected; }
    int markedParagraph() const { return m_markedParagraph; }

    void retranslate();

Q_SIGNALS:
    void sentenceHovered(int sentence);
    void sentenceClicked(int sentence);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
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
    void appendSourceText(QTextCursor &cursor, const Paragraph *paragraph, const Article::Field *field);

    Article::Language m_language;
    ArticleAnalysisPtr m_analysis;
    QVector<Segment> m_segments;                // sorted by sourceStart
    QVector<QPair<int, int>> m_paragraphBlocks; // paragraph → (document start, end)
    int m_hovered = -1;
    QVector<int> m_selected;
    int m_markedParagraph = -1;
};
