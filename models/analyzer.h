#pragma once

#include "articleanalysis.h"

#include <QString>

// Runs the whole analysis of one article: read, segment, find the figures with their places and
// metrics. Pure functions of their input, safe to call from any thread.
class Analyzer
{
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

private:
    static ArticleAnalysisPtr finish(Article article, Diagnostics diagnostics);
};
