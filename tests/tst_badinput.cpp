// A folder of everything users download by mistake, generated here (no binaries committed): every
// good article opens, every bad file gets exactly one clear error naming it, nothing hangs, and the
// command line prints the same errors while still writing the good results (exit 2).

#include "corpus/analyzer.h"
#include "corpus/corpusloader.h"
#include "corpus/csvwriter.h"
#include "figures/figureextractor.h"
#include "testdata.h"
#include "text/sentencesegmenter.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loaderOpensGoodReportsBad();
    void commandLineToo();
    void numbersOnly_data();
    void numbersOnly();

private:
    QTemporaryDir m_dir;
    QStringList m_good; // file names expected to open
    QStringList m_bad;  // file names expected to fail, one error each
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir dir(m_dir.path());
    const QByteArray sample = TestData::sampleBytes();
    QVERIFY(!sample.isEmpty());
    auto good = [&](const QString &name, const QByteArray &bytes) {
        QVERIFY(write(dir.filePath(name), bytes));
        m_good << name;
    };
    auto bad = [&](const QString &name, const QByteArray &bytes) {
        QVERIFY(write(dir.filePath(name), bytes));
        m_bad << name;
    };
    good(QStringLiteral("1954-06-22_good.md"), sample);
    QFile other(TestData::corpusDir() +
                QStringLiteral("/1956.02/1956-02-02_河北省实现全社会主义农业合作化.md"));
    QVERIFY(other.open(QIODevice::ReadOnly));
    good(QStringLiteral("1956-02-02_good.md"), other.readAll());
    good(QStringLiteral("gb18030.md"), TestData::encode(QString::fromUtf8(sample), "GB18030"));
    QString traditional = QString::fromUtf8(sample);
    traditional.replace(QStringLiteral("对手工业者的教育和领导"), QStringLiteral("對手工業者的教育和領導"));
    good(QStringLiteral("big5.md"), TestData::encode(traditional, "Big5"));
    good(QStringLiteral("cut-in-utf8.md"), sample.left(sample.size() - 2));

    bad(QStringLiteral("empty.md"), {});
    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : noise)
        c = char(generator.bounded(256));
    bad(QStringLiteral("noise.md"), noise);
    bad(QStringLiteral("header-only.md"), "Title: A header\nAuthor:\nDate: 1954-06-22\nPage: 2\n");
    QByteArray noSeparator = sample;
    noSeparator.replace("<hr />", "");
    bad(QStringLiteral("no-separator.md"), noSeparator);
    bad(QStringLiteral("chinese-only.md"), sample.mid(sample.indexOf("###")));
    QFile huge(dir.filePath(QStringLiteral("huge.md")));
    QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(50 * 1024 * 1024));
    huge.close();
    m_bad << QStringLiteral("huge.md");
    QVERIFY(dir.mkdir(QStringLiteral("1954-01-01_folder.md")));
    m_bad << QStringLiteral("1954-01-01_folder.md");
    QVERIFY(
        QFile::link(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("broken-link.md"))));
    m_bad << QStringLiteral("broken-link.md");
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fifo.md"))).constData(), 0600) == 0);
    m_bad << QStringLiteral("fifo.md");
    // Unreadable: as root the permission bits do not stop reading, so then it is a good article.
    const QString locked = dir.filePath(QStringLiteral("unreadable.md"));
    QVERIFY(write(locked, sample));
    QVERIFY(QFile::setPermissions(locked, {}));
    (QFileInfo(locked).isReadable() ? m_good : m_bad) << QStringLiteral("unreadable.md");
}

void TestBadInput::loaderOpensGoodReportsBad()
{
    CorpusLoader loader;
    QSignalSpy loaded(&loader, &CorpusLoader::articlesLoaded);
    QSignalSpy problems(&loader, &CorpusLoader::problemsFound);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    loader.load({m_dir.path()});
    QVERIFY(!finished.isEmpty() || finished.wait(30000)); // the worker may finish before wait() starts
    QStringList opened;
    for (const auto &args : loaded) {
        for (const ArticleAnalysisPtr &a : args.at(0).value<QVector<ArticleAnalysisPtr>>())
            opened << a->article.fileName;
    }
    opened.sort();
    QStringList expected = m_good;
    expected.sort();
    QCOMPARE(opened, expected);

    QMap<QString, int> errors;
    for (const auto &args : problems) {
        for (const Diagnostic &d : args.at(0).value<Diagnostics>()) {
            if (d.severity == Diagnostic::Severity::Error) {
                QVERIFY(!d.message.isEmpty());
                ++errors[QFileInfo(d.file).fileName()];
            }
        }
    }
    for (const QString &name : std::as_const(m_bad))
        QVERIFY2(errors.value(name) == 1, qPrintable(name));
    QCOMPARE(errors.size(), m_bad.size());
}

void TestBadInput::commandLineToo()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DUIZHAO_BINARY), {QStringLiteral("figures"), m_dir.path()});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    for (const QString &name : std::as_const(m_bad)) {
        // "file: error: …" or "file:LINE: error: …", once.
        const QRegularExpression error(QRegularExpression::escape(name) +
                                       QStringLiteral("(:\\d+)?: error: "));
        int count = 0;
        for (auto it = error.globalMatch(err); it.hasNext(); it.next())
            ++count;
        QVERIFY2(count == 1, qPrintable(name + QLatin1Char('\n') + err));
    }
    QSet<QString> articles;
    const QList<QStringList> rows = CsvWriter::parse(QString::fromUtf8(p.readAllStandardOutput()));
    for (int r = 1; r < rows.size(); ++r)
        articles.insert(rows.at(r).at(0));
    for (const QString &name : std::as_const(m_good))
        QVERIFY2(articles.contains(name), qPrintable(name));
    QCOMPARE(articles.size(), m_good.size());
}

// Files of nothing but numbers, as big as the reader takes (16 MB): figures and sentences stop at
// their limits with a warning naming the file and line, instead of gigabytes of figures, and the
// command line's code-point offsets no longer count from the start of the file for each figure.
void TestBadInput::numbersOnly_data()
{
    QTest::addColumn<QByteArray>("run");
    QTest::addColumn<bool>("figures"); // else sentences reach their limit
    QTest::newRow("1 1 1 …") << QByteArray("1 ") << true;
    QTest::newRow("1. 1. 1. …") << QByteArray("1. ") << false;
}

void TestBadInput::numbersOnly()
{
    QFETCH(QByteArray, run);
    QFETCH(bool, figures);
    const QByteArray sample = TestData::sampleBytes();
    const qsizetype cut = sample.indexOf("<hr />");
    QVERIFY(cut > 0);
    const qsizetype room = 16 * 1024 * 1024 - sample.size() - 16;
    const QByteArray bytes =
        sample.first(cut) + '\n' + run.repeated(room / run.size()) + "\n\n" + sample.sliced(cut);
    const QString path = m_dir.filePath(QStringLiteral("numbers-only.md"));
    QVERIFY(write(path, bytes));

    const ArticleAnalysisPtr a = Analyzer::analyzeFile(path);
    QVERIFY(!Analyzer::hasError(*a));
    const QString expected = figures ? QStringLiteral("figures; the rest of it is not read")
                                     : QStringLiteral("sentences; the rest of it is not analysed");
    const auto warning =
        std::find_if(a->diagnostics.cbegin(), a->diagnostics.cend(), [&](const Diagnostic &d) {
            return d.severity == Diagnostic::Severity::Warning && d.message.contains(expected);
        });
    QVERIFY2(warning != a->diagnostics.cend(), qPrintable(expected));
    QCOMPARE(warning->file, path);
    QVERIFY(warning->line > 1);
    if (figures)
        QCOMPARE(a->englishFigures.size(), FigureExtractor::MaxFigures);
    else
        QCOMPARE(a->englishSentences.size(), SentenceSegmenter::MaxSentences);
    // The Chinese half is the sample's own, read as ever.
    QCOMPARE(a->chineseFigures.size(), Analyzer::analyzeFile(TestData::samplePath())->chineseFigures.size());

    QProcess cli;
    cli.start(QStringLiteral(DUIZHAO_BINARY), {QStringLiteral("figures"), path});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardError().contains(expected.toUtf8()));
    QVERIFY(QFile::remove(path));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
