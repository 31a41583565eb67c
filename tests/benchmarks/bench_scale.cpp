// The corpus at scale: N generated articles (1 000 and 10 000). Times listing (finding and reading
// every article) and the full analysis, measures the memory a loaded corpus holds (the summaries
// CorpusLoader hands the window) against the corpus' size on disk, and shows how each grows from
// 1 000 to 10 000 articles.

#include "corpus/analyzer.h"
#include "corpus/corpusloader.h"
#include "corpusgenerator.h"
#include "text/articlereader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <malloc.h>

namespace {

// Bytes the program holds on the heap (glibc): unlike the resident size it does not depend on
// whether freed memory was given back, so it measures what the analyses keep.
qint64 heapBytes()
{
    const struct mallinfo2 m = mallinfo2();
    return qint64(m.uordblks + m.hblkhd);
}

// A figure of /proc/self/status in bytes: VmHWM (peak resident) or VmRSS (resident now).
qint64 statusBytes(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

} // namespace

class BenchScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scale_data();
    void scale();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QMap<int, QPair<double, double>> m_seconds; // N → (listing, analysis)
    qint64 m_baseline = 0;                      // resident before any corpus: libraries, tables
};

void BenchScale::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Warm the one-time tables (gazetteer, lexicon, ICU) so they do not count against N = 1000.
    Analyzer::analyzeFile(QStringLiteral(DUIZHAO_TEST_DATA
                                         "/corpus/rmrb/1954.06/"
                                         "1954-06-22_西南各地加强对手工业者的教育和领导.md"));
    m_baseline = statusBytes("VmRSS");
}

void BenchScale::scale_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("1000") << 1000;
    QTest::newRow("10000") << 10000;
}

void BenchScale::scale()
{
    QFETCH(int, count);
    const QString folder = m_dir.filePath(QString::number(count));
    const QStringList generated =
        CorpusGenerator::generate(QStringLiteral(DUIZHAO_TEST_DATA "/corpus/rmrb"), folder, count);
    QCOMPARE(generated.size(), count);
    const qint64 bytes = CorpusGenerator::sizeOf(generated);

    QElapsedTimer timer;
    timer.start();
    const QStringList files = CorpusLoader::expand({folder});
    int listed = 0;
    for (const QString &f : files)
        listed += ArticleReader::readFile(f).ok() ? 1 : 0;
    const double listing = timer.nsecsElapsed() / 1e9;
    QCOMPARE(listed, count);

    const qint64 before = heapBytes();
    QVector<ArticleAnalysisPtr> analyses;
    analyses.reserve(count);
    timer.restart();
    QBENCHMARK_ONCE
    {
        // What the window keeps of a loaded corpus (CorpusLoader): summaries, expanded on display.
        for (const QString &f : files)
            analyses.append(Analyzer::summarizeFile(f));
    }
    const double analysis = timer.nsecsElapsed() / 1e9;
    const qint64 held = heapBytes() - before;
    m_seconds.insert(count, {listing, analysis});
    qInfo("N=%5d: %.1f MB on disk; listing %.3f s (%.0f articles/s); full analysis %.3f s = %.1f MB/s on one "
          "core; memory held %.1f MB = %.2f x the corpus on disk; peak resident %.0f MB, %.2f x above the "
          "%.0f MB of the program itself",
          count, bytes / 1e6, listing, count / listing, analysis, bytes / 1e6 / analysis, held / 1e6,
          double(held) / double(bytes), statusBytes("VmHWM") / 1e6,
          double(statusBytes("VmHWM") - m_baseline) / double(bytes), m_baseline / 1e6);
}

void BenchScale::cleanupTestCase()
{
    if (m_seconds.contains(1000) && m_seconds.contains(10000)) {
        qInfo("growth 1000 -> 10000 articles: listing x%.1f, analysis x%.1f (linear = x10)",
              m_seconds[10000].first / m_seconds[1000].first,
              m_seconds[10000].second / m_seconds[1000].second);
    }
}

QTEST_GUILESS_MAIN(BenchScale)
#include "bench_scale.moc"
