// Throughput of the analysis over the sample corpus, repeated to at least 10 MB: merely reading and
// decoding the bytes, reading articles, extracting figures, and the whole analysis (read, segment,
// figures, align, check). Prints MB/s per core (one thread) next to QBENCHMARK's time.

#include "alignment/sentencealigner.h"
#include "check/translationchecker.h"
#include "corpus/analyzer.h"
#include "figures/figureextractor.h"
#include "figures/metriclexicon.h"
#include "numbers/chinesenumerals.h"
#include "numbers/englishnumbers.h"
#include "places/gazetteer.h"
#include "text/articlereader.h"
#include "text/sentencesegmenter.h"
#include "text/textdecoder.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QtTest>

class BenchAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void decode();
    void read();
    void segment();
    void figures();
    void alignAndCheck();
    void wholeAnalysis();

private:
    void report(const char *what, qint64 nanoseconds, int rounds);
    QVector<QPair<QString, QByteArray>> m_files;
    qint64 m_bytes = 0;
    int m_repeat = 1;
};

void BenchAnalysis::initTestCase()
{
    QDirIterator it(QStringLiteral(DUIZHAO_TEST_DATA "/corpus/rmrb"), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_files.append({f.fileName(), f.readAll()});
        m_bytes += m_files.back().second.size();
    }
    QVERIFY(m_bytes > 0);
    m_repeat = int((10 * 1000 * 1000 + m_bytes - 1) / m_bytes);
    qInfo("corpus: %d files, %lld bytes, repeated %d times = %.1f MB per round", int(m_files.size()), m_bytes,
          m_repeat, double(m_bytes) * m_repeat / 1e6);
    // Warm the lazily built tables (gazetteer, lexicon, ICU iterators) outside the timings.
    Analyzer::analyzeText(QString::fromUtf8(m_files.front().second), m_files.front().first);
}

void BenchAnalysis::report(const char *what, qint64 nanoseconds, int rounds)
{
    const double seconds = double(nanoseconds) / 1e9;
    qInfo("%-28s %8.1f MB/s", what, double(m_bytes) * m_repeat * rounds / 1e6 / seconds);
}

#define MEASURE(what, body)                                                                                  \
    QElapsedTimer timer;                                                                                     \
    int rounds = 0;                                                                                          \
    timer.start();                                                                                           \
    QBENCHMARK                                                                                               \
    {                                                                                                        \
        ++rounds;                                                                                            \
        for (int r = 0; r < m_repeat; ++r) {                                                                 \
            for (const auto &file : std::as_const(m_files)) {                                                \
                body;                                                                                        \
            }                                                                                                \
        }                                                                                                    \
    }                                                                                                        \
    report(what, timer.nsecsElapsed(), rounds);

void BenchAnalysis::decode()
{
    MEASURE("read and decode (UTF-8)", {
        const TextDecoder::Result r = TextDecoder::decode(file.second, file.first);
        QVERIFY(r.ok);
    })
}

void BenchAnalysis::read()
{
    MEASURE("article reader", {
        const ArticleReader::Result r = ArticleReader::readBytes(file.second, file.first);
        QVERIFY(r.ok());
    })
}

void BenchAnalysis::segment()
{
    QVector<Article> articles;
    for (const auto &file : std::as_const(m_files))
        articles.append(ArticleReader::readBytes(file.second, file.first).article);
    int i = 0;
    MEASURE("segmentation only", {
        const Article &a = articles.at(i++ % articles.size());
        SentenceSegmenter::segment(a, Article::Language::Chinese);
        SentenceSegmenter::segment(a, Article::Language::English);
        Q_UNUSED(file)
    })
}

void BenchAnalysis::figures()
{
    struct Prepared
    {
        Article article;
        Sentences zh, en;
    };
    QVector<Prepared> prepared;
    for (const auto &file : std::as_const(m_files)) {
        Prepared p;
        p.article = ArticleReader::readBytes(file.second, file.first).article;
        p.zh = SentenceSegmenter::segment(p.article, Article::Language::Chinese);
        p.en = SentenceSegmenter::segment(p.article, Article::Language::English);
        prepared.append(p);
    }
    const FigureExtractor extractor(Gazetteer::builtIn(), MetricLexicon::builtIn());
    int i = 0;
    MEASURE("figure extraction only", {
        const Prepared &p = prepared.at(i++ % prepared.size());
        extractor.extract(p.article, p.zh, Article::Language::Chinese, QString());
        extractor.extract(p.article, p.en, Article::Language::English, QString());
        Q_UNUSED(file)
    })
}

void BenchAnalysis::alignAndCheck()
{
    // Everything before alignment done once; the loop aligns, pairs and checks.
    QVector<std::shared_ptr<ArticleAnalysis>> prepared;
    const FigureExtractor extractor(Gazetteer::builtIn(), MetricLexicon::builtIn());
    for (const auto &file : std::as_const(m_files)) {
        const ArticleAnalysisPtr a = Analyzer::analyzeText(QString::fromUtf8(file.second), file.first);
        auto copy = std::make_shared<ArticleAnalysis>(*a);
        // The finished analysis no longer holds the alignment's anchors: find them again.
        extractor.extract(copy->article, copy->chineseSentences, Article::Language::Chinese, copy->placeId,
                          &copy->chineseFacts);
        extractor.extract(copy->article, copy->englishSentences, Article::Language::English, copy->placeId,
                          &copy->englishFacts);
        prepared.append(copy);
    }
    int i = 0;
    MEASURE("alignment + pairing + check", {
        ArticleAnalysis &a = *prepared[i++ % prepared.size()];
        a.alignment = SentenceAligner::align({&a.chineseSentences, &a.chineseFacts},
                                             {&a.englishSentences, &a.englishFacts});
        const QVector<FigurePairer::Match> matches =
            FigurePairer::pair(a.chineseFigures, a.englishFigures, a.alignment);
        a.findings = TranslationChecker::check(a, matches);
        Q_UNUSED(file)
    })
}

void BenchAnalysis::wholeAnalysis(){MEASURE("whole analysis",
                                            {
                                                const ArticleAnalysisPtr a =
                                                    Analyzer::analyzeBytes(file.second, file.first);
                                                QVERIFY(!a->englishSentences.isEmpty());
                                            })}

QTEST_GUILESS_MAIN(BenchAnalysis)
#include "bench_analysis.moc"
