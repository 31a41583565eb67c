#pragma once

#include "alignment/figurepairer.h"
#include "check/articleanalysis.h"
#include "check/finding.h"

#include <QCoreApplication>

// Checks the translation against the original once sentences are aligned and figures paired:
// values (and scale errors such as 万/亿 read as thousand/million), approximations (多/余 without
// "more than" or the reverse), figures missing or added, dates, Chinese left in the English, a
// translation cut short, sentences left unaligned. Errors are what a reader must fix; warnings are
// probable defects; notes are for information.
class TranslationChecker
{
    Q_DECLARE_TR_FUNCTIONS(TranslationChecker)

public:
    static Findings check(const ArticleAnalysis &analysis, const QVector<FigurePairer::Match> &matches);

private:
    static void checkFigures(const ArticleAnalysis &a, const QVector<FigurePairer::Match> &matches,
                             Findings &out);
    static void checkDates(const ArticleAnalysis &a, Findings &out);
    static void checkUntranslated(const ArticleAnalysis &a, Findings &out);
    static void checkCoverage(const ArticleAnalysis &a, Findings &out);
};
