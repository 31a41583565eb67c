#include "corpus/analyzer.h"

#include "alignment/sentencealigner.h"
#include "check/translationchecker.h"
#include "figures/figuredescriber.h"
#include "figures/figureextractor.h"
#include "figures/metriclexicon.h"
#include "places/gazetteer.h"
#include "text/articlereader.h"
#include "text/sentencesegmenter.h"

namespace {

// A warning for each language whose list stopped at its limit (a file of nothing but numbers), at the
// line of the last item read. The message (for Chinese or not) is asked for only then: translating
// both messages for every article made four strings an article.
template <typename List, typename Message>
void warnIfFull(ArticleAnalysis &analysis, const List &chinese, const List &english, int limit,
                Message message)
{
    for (const List *list : {&chinese, &english}) {
        if (list->size() < limit)
            continue;
        analysis.diagnostics.append({Diagnostic::Severity::Warning, analysis.article.path,
                                     analysis.article.lineAt(list->back().range.end),
                                     message(list == &chinese).arg(limit)});
    }
}

} // namespace

ArticleAnalysisPtr Analyzer::analyzeFile(const QString &path)
{
    ArticleReader::Result read = ArticleReader::readFile(path);
    return finish(std::move(read.article), std::move(read.diagnostics));
}

ArticleAnalysisPtr Analyzer::analyzeText(const QString &text, const QString &path)
{
    ArticleReader::Result read = ArticleReader::readText(text, path);
    return finish(std::move(read.article), std::move(read.diagnostics));
}

ArticleAnalysisPtr Analyzer::analyzeBytes(const QByteArray &bytes, const QString &path)
{
    ArticleReader::Result read = ArticleReader::readBytes(bytes, path);
    return finish(std::move(read.article), std::move(read.diagnostics));
}

ArticleAnalysisPtr Analyzer::analyzePlainFile(const QString &path, Article::Language language)
{
    ArticleReader::Result read = ArticleReader::readPlainFile(path, language);
    return finish(std::move(read.article), std::move(read.diagnostics));
}

ArticleAnalysisPtr Analyzer::summarizeFile(const QString &path)
{
    QByteArray bytes;
    ArticleReader::Result read = ArticleReader::readFile(path, &bytes);
    ArticleAnalysis full;
    full.article = std::move(read.article);
    full.diagnostics = std::move(read.diagnostics);
    run(full);
    if (hasError(full))
        return std::make_shared<const ArticleAnalysis>(std::move(full));
    return summarize(std::move(full), bytes);
}

ArticleAnalysisPtr Analyzer::summarize(ArticleAnalysis a, const QByteArray &bytes)
{
    auto s = std::make_shared<ArticleAnalysis>();
    s->source = bytes.isNull() ? QByteArray("") : bytes;
    // The reader's buffer has one byte to spare (it reads one more than the file's size, to see the
    // end); copying 4 KB to give back one byte is not worth it, but other callers' slack is.
    if (s->source.capacity() - s->source.size() > 64)
        s->source.squeeze();
    s->article.path = std::move(a.article.path);
    s->article.fileName = std::move(a.article.fileName);
    s->article.encoding = std::move(a.article.encoding);
    s->article.date = a.article.date;
    s->article.page = a.article.page;
    s->article.pageIsEdition = a.article.pageIsEdition;
    s->article.column = a.article.column;
    for (auto part : {&Article::chinese, &Article::english}) {
        Article::Part &from = a.article.*part;
        Article::Part &to = s->article.*part;
        to.title = std::move(from.title);
        to.authors = std::move(from.authors);
        to.byline = std::move(from.byline);
        to.truncated = from.truncated;
    }
    s->findings = std::move(a.findings);
    s->placeId = std::move(a.placeId);
    s->diagnostics = std::move(a.diagnostics);
    // The figures' texts, copied into one buffer that their views then point into.
    qsizetype length = 0;
    for (const Figures *figures : {&a.chineseFigures, &a.englishFigures}) {
        for (const Figure &f : *figures)
            length += f.text.size();
    }
    s->figureText.reserve(length);
    for (const Figures *figures : {&a.chineseFigures, &a.englishFigures}) {
        for (const Figure &f : *figures)
            s->figureText += f.text;
    }
    s->chineseFigures = std::move(a.chineseFigures);
    s->englishFigures = std::move(a.englishFigures);
    qsizetype at = 0;
    for (Figures *figures : {&s->chineseFigures, &s->englishFigures}) {
        for (Figure &f : *figures) {
            f.text = QStringView(s->figureText).mid(at, f.text.size());
            at += f.text.size();
        }
    }
    compact(*s);
    return s;
}

ArticleAnalysisPtr Analyzer::expand(const ArticleAnalysisPtr &analysis)
{
    if (!analysis || !analysis->isSummary())
        return analysis;
    return analyzeBytes(analysis->source, analysis->article.path);
}

bool Analyzer::hasError(const ArticleAnalysis &analysis)
{
    for (const Diagnostic &d : analysis.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

void Analyzer::compact(ArticleAnalysis &a)
{
    // A folder of thousands of articles stays in memory: drop what only the analysis needed (the
    // anchors of the alignment) and the spare capacity of every list.
    a.chineseFacts = {};
    a.englishFacts = {};
    for (Article::Part *part : {&a.article.chinese, &a.article.english}) {
        part->paragraphs.squeeze();
        part->titleLines.squeeze();
    }
    a.chineseSentences.squeeze();
    a.englishSentences.squeeze();
    a.chineseFigures.squeeze();
    a.englishFigures.squeeze();
    a.findings.squeeze();
    a.alignment.groups.squeeze();
    a.alignment.groupOfChinese.squeeze();
    a.alignment.groupOfEnglish.squeeze();
}

ArticleAnalysisPtr Analyzer::finish(Article article, Diagnostics diagnostics)
{
    auto analysis = std::make_shared<ArticleAnalysis>();
    analysis->article = std::move(article);
    analysis->diagnostics = std::move(diagnostics);
    run(*analysis);
    return analysis;
}

void Analyzer::run(ArticleAnalysis &analysis)
{
    if (!hasError(analysis)) {
        analysis.chineseSentences = SentenceSegmenter::segment(analysis.article, Article::Language::Chinese);
        analysis.englishSentences = SentenceSegmenter::segment(analysis.article, Article::Language::English);
        warnIfFull(analysis, analysis.chineseSentences, analysis.englishSentences,
                   SentenceSegmenter::MaxSentences, [](bool chinese) {
                       return chinese ? tr("the Chinese text holds more than %1 sentences; the rest of it is "
                                           "not analysed")
                                      : tr("the English text holds more than %1 sentences; the rest of it is "
                                           "not analysed");
                   });
        const FigureExtractor extractor(Gazetteer::builtIn(), MetricLexicon::builtIn());
        analysis.placeId = extractor.articlePlace(analysis.article);
        analysis.chineseFigures =
            extractor.extract(analysis.article, analysis.chineseSentences, Article::Language::Chinese,
                              analysis.placeId, &analysis.chineseFacts);
        analysis.englishFigures =
            extractor.extract(analysis.article, analysis.englishSentences, Article::Language::English,
                              analysis.placeId, &analysis.englishFacts);
        warnIfFull(
            analysis, analysis.chineseFigures, analysis.englishFigures, FigureExtractor::MaxFigures,
            [](bool chinese) {
                return chinese
                           ? tr("the Chinese text holds more than %1 figures; the rest of it is not read")
                           : tr("the English text holds more than %1 figures; the rest of it is not read");
            });
        analysis.alignment = SentenceAligner::align({&analysis.chineseSentences, &analysis.chineseFacts},
                                                    {&analysis.englishSentences, &analysis.englishFacts});
        const QVector<FigurePairer::Match> matches =
            FigurePairer::pair(analysis.chineseFigures, analysis.englishFigures, analysis.alignment);
        FigureExtractor::takePlacesFromOriginal(analysis.chineseFigures, analysis.englishFigures);
        FigureDescriber::sharePairs(analysis.chineseFigures, analysis.englishFigures,
                                    MetricLexicon::builtIn());
        analysis.findings = TranslationChecker::check(analysis, matches);
        // The anchors served the alignment only. Squeezing the lists is left to summaries: the
        // whole analysis is short-lived (the article on screen, a command's output).
        analysis.chineseFacts = {};
        analysis.englishFacts = {};
    }
}
