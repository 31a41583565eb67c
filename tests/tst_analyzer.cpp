// The summaries a loaded corpus keeps (Analyzer::summarize / expand): what they keep equals the
// whole analysis, what they drop comes back unchanged, and they hold far less.

#include "corpus/analyzer.h"
#include "testdata.h"

#include <QtTest>

class TestAnalyzer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summary_data();
    void summary();
    void keepsErrorsWhole();
    void expandLeavesWholeAnalyses();
};

namespace {

void compareFigures(const Figures &a, const Figures &b)
{
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        const Figure &x = a.at(i);
        const Figure &y = b.at(i);
        QCOMPARE(x.text.toString(), y.text.toString());
        QCOMPARE(x.range, y.range);
        QCOMPARE(x.index, y.index);
        QCOMPARE(x.sentence, y.sentence);
        QCOMPARE(x.pair, y.pair);
        QCOMPARE(x.quantity.low, y.quantity.low);
        QCOMPARE(x.quantity.high, y.quantity.high);
        QCOMPARE(x.quantity.approx, y.quantity.approx);
        QCOMPARE(x.quantity.unit, y.quantity.unit);
        QCOMPARE(x.kind, y.kind);
        QCOMPARE(x.placeId, y.placeId);
        QCOMPARE(x.provinceId, y.provinceId);
        QCOMPARE(x.metric, y.metric);
    }
}

void compareFindings(const Findings &a, const Findings &b)
{
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).kind, b.at(i).kind);
        QCOMPARE(a.at(i).severity, b.at(i).severity);
        QCOMPARE(a.at(i).chineseFigure, b.at(i).chineseFigure);
        QCOMPARE(a.at(i).englishFigure, b.at(i).englishFigure);
        QCOMPARE(a.at(i).message, b.at(i).message);
    }
}

} // namespace

void TestAnalyzer::summary_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &file : TestData::corpusFiles())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestAnalyzer::summary()
{
    QFETCH(QString, path);
    const ArticleAnalysisPtr full = Analyzer::analyzeFile(path);
    const ArticleAnalysisPtr summary = Analyzer::summarizeFile(path);
    QVERIFY(!Analyzer::hasError(*full));
    QVERIFY(summary->isSummary());
    QVERIFY(!full->isSummary());

    // Kept: what the tables, charts and the article list show.
    QCOMPARE(summary->article.path, full->article.path);
    QCOMPARE(summary->article.date, full->article.date);
    QCOMPARE(summary->article.page, full->article.page);
    QCOMPARE(summary->article.chinese.title.value, full->article.chinese.title.value);
    QCOMPARE(summary->article.english.title.value, full->article.english.title.value);
    QCOMPARE(summary->placeId, full->placeId);
    compareFigures(summary->chineseFigures, full->chineseFigures);
    compareFigures(summary->englishFigures, full->englishFigures);
    compareFindings(summary->findings, full->findings);

    // Dropped: the text and everything cut from it.
    QVERIFY(summary->article.text.isEmpty());
    QVERIFY(summary->article.chinese.paragraphs.isEmpty());
    QVERIFY(summary->article.english.paragraphs.isEmpty());
    QVERIFY(summary->chineseSentences.isEmpty());
    QVERIFY(summary->englishSentences.isEmpty());
    QVERIFY(summary->alignment.isEmpty());

    // Back again, the same as the first analysis.
    const ArticleAnalysisPtr expanded = Analyzer::expand(summary);
    QVERIFY(expanded != summary);
    QVERIFY(!expanded->isSummary());
    QCOMPARE(expanded->article.text, full->article.text);
    QCOMPARE(expanded->chineseSentences.size(), full->chineseSentences.size());
    QCOMPARE(expanded->englishSentences.size(), full->englishSentences.size());
    for (int i = 0; i < full->englishSentences.size(); ++i)
        QCOMPARE(expanded->englishSentences.at(i).text.toString(),
                 full->englishSentences.at(i).text.toString());
    QCOMPARE(expanded->alignment.groups.size(), full->alignment.groups.size());
    for (int g = 0; g < full->alignment.groups.size(); ++g) {
        QCOMPARE(expanded->alignment.groups.at(g).chinese, full->alignment.groups.at(g).chinese);
        QCOMPARE(expanded->alignment.groups.at(g).english, full->alignment.groups.at(g).english);
    }
    compareFigures(expanded->chineseFigures, summary->chineseFigures);
    compareFigures(expanded->englishFigures, summary->englishFigures);
    compareFindings(expanded->findings, summary->findings);

    // The figures' texts no longer need the article's: they outlive the analysis they came from.
    QStringList texts;
    ArticleAnalysisPtr alone;
    {
        const ArticleAnalysisPtr source = Analyzer::analyzeFile(path);
        for (const Figure &f : source->chineseFigures + source->englishFigures)
            texts.append(f.text.toString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        alone = Analyzer::summarize(*source, file.readAll());
    }
    QStringList kept;
    for (const Figure &f : alone->chineseFigures + alone->englishFigures)
        kept.append(f.text.toString());
    QCOMPARE(kept, texts);
}

void TestAnalyzer::keepsErrorsWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString empty = dir.filePath(QStringLiteral("empty.md"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const ArticleAnalysisPtr a = Analyzer::summarizeFile(empty);
    QVERIFY(Analyzer::hasError(*a));
    QVERIFY(!a->isSummary());
    QCOMPARE(Analyzer::expand(a), a);
}

void TestAnalyzer::expandLeavesWholeAnalyses()
{
    const ArticleAnalysisPtr full = Analyzer::analyzeFile(TestData::samplePath());
    QCOMPARE(Analyzer::expand(full), full);
    QCOMPARE(Analyzer::expand(nullptr), ArticleAnalysisPtr());
}

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
