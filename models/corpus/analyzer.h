#pragma once

#include "check/articleanalysis.h"

#include <QCoreApplication>
#include <QString>

// Runs the whole analysis of one article: read, segment, find the figures with their places and
// metrics. Pure functions of their input, safe to call from any thread.
class Analyzer
{
    Q_DECLARE_TR_FUNCTIONS(Analyzer)

public:
    // Never throws and never returns null; a file that cannot be read gives an analysis whose
    // diagnostics hold the error and whose article is empty.
    static ArticleAnalysisPtr analyzeFile(const QString &path);
    static ArticleAnalysisPtr analyzeText(const QString &text, const QString &path);
    // The bytes of a file already read (decoded as analyzeFile() would).
    static ArticleAnalysisPtr analyzeBytes(const QByteArray &bytes, const QString &path);
    // A plain text file of one language, one paragraph a line.
    static ArticleAnalysisPtr analyzePlainFile(const QString &path, Article::Language language);
    static bool hasError(const ArticleAnalysis &analysis);

    // Frees what only the analysis itself needed (alignment anchors) and spare list capacity.
    static void compact(ArticleAnalysis &analysis);

    // What a loaded corpus keeps of each article: its analysis without the text, paragraphs,
    // sentences and alignment (about half of what an analysis holds), and the file's bytes to redo
    // them when the article is shown. An analysis with an error is returned whole.
    static ArticleAnalysisPtr summarizeFile(const QString &path);
    // Takes the analysis by value: what the summary keeps is moved out of it, not copied.
    static ArticleAnalysisPtr summarize(ArticleAnalysis analysis, const QByteArray &bytes);
    // The whole analysis of a summary (the same figures, findings and indexes: the analysis of the
    // same bytes); anything else as it is.
    static ArticleAnalysisPtr expand(const ArticleAnalysisPtr &analysis);

private:
    static ArticleAnalysisPtr finish(Article article, Diagnostics diagnostics);
    static void run(ArticleAnalysis &analysis);
};
