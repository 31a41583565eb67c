#pragma once

#include "check/articleanalysis.h"

#include <QString>

// The check status of each figure of an article: what the worst finding touching it says. Views
// colour figures by it (StatusPalette) and the figure table filters on it.
class FigureStatus
{
public:
    enum Status
    {
        Agrees = 0,
        Note,
        Warning,
        Error,
        StatusCount
    };

    // One status per figure of the language, and the index of the worst finding (-1 for none).
    static QVector<Status> of(const ArticleAnalysis &analysis, Article::Language language,
                              QVector<int> *findingIndexes = nullptr);
    static Status fromSeverity(Finding::Severity severity);
    static QString name(Status status); // translated
};
