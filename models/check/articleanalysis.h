#pragma once

#include "alignment/alignment.h"
#include "check/finding.h"
#include "figures/figure.h"
#include "figures/sentencefactslist.h"
#include "text/article.h"
#include "text/diagnostic.h"
#include "text/sentence.h"

#include <QMetaType>

#include <memory>

// Everything computed for one article, as plain values: produced off the GUI thread by Analyzer,
// then shared read-only by the item models and views (hence the shared pointer to const).
struct ArticleAnalysis
{
    Article article;
    Sentences chineseSentences;
    Sentences englishSentences;
    Figures chineseFigures;
    Figures englishFigures;
    SentenceFactsList chineseFacts; // anchors for the alignment; emptied once the analysis is done
    SentenceFactsList englishFacts;
    Alignment alignment;
    Findings findings;
    QString placeId; // what the article is about as a whole (gazetteer id), e.g. the region of 全区
    Diagnostics diagnostics;

    // A summary is what a loaded corpus keeps of an article it does not show (Analyzer::summarize):
    // the metadata, figures and findings, but not the text, paragraphs, sentences and alignment,
    // which Analyzer::expand() computes again from the file's bytes kept here. The figures' text
    // views point into figureText.
    QByteArray source;
    QString figureText;
    bool isSummary() const { return !source.isNull(); }

    const Sentences &sentences(Article::Language language) const
    {
        return language == Article::Language::Chinese ? chineseSentences : englishSentences;
    }
    const Figures &figures(Article::Language language) const
    {
        return language == Article::Language::Chinese ? chineseFigures : englishFigures;
    }
};

using ArticleAnalysisPtr = std::shared_ptr<const ArticleAnalysis>;
Q_DECLARE_METATYPE(ArticleAnalysisPtr)
