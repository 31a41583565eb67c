// The scorer's arithmetic on a label file made for the purpose: figures matched by overlapping spans,
// missed and spurious ones counted, attributes compared, malformed lines reported.

#include "../testdata.h"
#include "corpus/analyzer.h"
#include "devsetscorer.h"
#include "labelfile.h"
#include "text/codepointindex.h"

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

class TestDevsetScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoresAgainstLabels();
    void reportsMalformedLines();
    void checkRecallCountsDisagreements();
    void regionListsAreScored();
};

// A label file's F line for a figure the program found, with the value given.
static QString row(const CodePointIndex &cp, const QString &id, const Figure &f, double value,
                   const QString &pair = {})
{
    return QStringList{QStringLiteral("F"),
                       id,
                       QString::number(cp.offset(f.range.start)),
                       QString::number(cp.offset(f.range.end)),
                       f.text.toString(),
                       QString::number(value, 'g', 15),
                       {},
                       {},
                       Figure::approxName(f.quantity.approx),
                       Figure::kindName(f.kind),
                       {},
                       QStringLiteral("other"),
                       QStringLiteral("x"),
                       f.metric,
                       Figure::roleName(f.role),
                       {},
                       {},
                       pair,
                       {}}
        .join(QLatin1Char('\t'));
}

void TestDevsetScorer::scoresAgainstLabels()
{
    const ArticleAnalysisPtr a = Analyzer::analyzeFile(TestData::samplePath());
    QVERIFY(a->chineseFigures.size() >= 3);
    const CodePointIndex cp(a->article.text);
    const Figure &first = a->chineseFigures.at(0);
    const Figure &second = a->chineseFigures.at(1);
    const Figure &firstEn = a->englishFigures.at(first.pair);
    // A figure the program cannot have found: the first character of the Chinese title.
    const int title = cp.offset(a->chineseSentences.at(0).range.start);
    const QString missed = QStringList{
        QStringLiteral("F"),
        QStringLiteral("zh9"),
        QString::number(title),
        QString::number(title + 1),
        a->article.text.mid(a->chineseSentences.at(0).range.start, 1),
        QStringLiteral("1"),
        {},
        {},
        {},
        QStringLiteral("count"),
        {},
        QStringLiteral("other"),
        QStringLiteral("x"),
        QStringLiteral("other"),
        QStringLiteral("actual"),
        {},
        {},
        {},
        {}}.join(QLatin1Char('\t'));

    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("labels/x")));
    QVERIFY(QFile::copy(TestData::samplePath(), dir.filePath(QStringLiteral("a.md"))));
    QFile labelFile(dir.filePath(QStringLiteral("labels/x/a.tsv")));
    QVERIFY(labelFile.open(QIODevice::WriteOnly));
    const QStringList lines = {
        QStringLiteral("# article: a.md"),
        row(cp, QStringLiteral("zh1"), first, first.quantity.value, QStringLiteral("en1")),
        row(cp, QStringLiteral("zh2"), second, second.quantity.value + 1), // value wrong
        missed,
        row(cp, QStringLiteral("en1"), firstEn, firstEn.quantity.value, QStringLiteral("zh1")),
        QStringLiteral("A\t0\t0")};
    labelFile.write(lines.join(QLatin1Char('\n')).toUtf8());
    labelFile.close();

    const LabelFile labels = LabelFile::read(labelFile.fileName(), dir.path());
    QVERIFY2(labels.errors.isEmpty(), qPrintable(labels.errors.join(QLatin1Char('\n'))));
    QCOMPARE(labels.figures.size(), 4);
    DevsetScorer scorer;
    scorer.add(labels, *Analyzer::analyzeFile(labels.articlePath));
    const QMap<QString, double> m = scorer.measures();
    QCOMPARE(m.value(QStringLiteral("figures.zh.recall")), 2.0 / 3);
    QCOMPARE(m.value(QStringLiteral("figures.zh.precision")), 2.0 / a->chineseFigures.size());
    QCOMPARE(m.value(QStringLiteral("figures.en.precision")), 1.0 / a->englishFigures.size());
    QCOMPARE(m.value(QStringLiteral("figures.en.recall")), 1.0);
    QCOMPARE(m.value(QStringLiteral("value.zh")), 0.5);
    QCOMPARE(m.value(QStringLiteral("kind")), 1.0);
    QCOMPARE(m.value(QStringLiteral("metric")), 1.0);
    QCOMPARE(m.value(QStringLiteral("role")), 1.0);    // labelled as the program reads them
    QCOMPARE(m.value(QStringLiteral("counted")), 0.0); // "x" is no counted thing the program reads
    // zh1's counterpart is right; zh2 is labelled unpaired but the program pairs it (or not).
    QCOMPARE(m.value(QStringLiteral("pairing")), second.pair < 0 ? 1.0 : 0.5);
    QVERIFY(scorer.misses().join(QLatin1Char('\n')).contains(QStringLiteral("missed zh9")));
    QVERIFY(scorer.report().contains(QStringLiteral("| figures: F1 |")));
}

void TestDevsetScorer::reportsMalformedLines()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("bad.tsv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# article: a.md\nF\tzh1\t3\nD\tvalue\nA\tx\t1\nQ\n");
    f.close();
    const LabelFile labels = LabelFile::read(f.fileName(), dir.path());
    QCOMPARE(labels.errors.size(), 4);
    QVERIFY(labels.errors.at(0).contains(QStringLiteral(":2: an F line has 19 fields")));
    QVERIFY(labels.errors.at(3).contains(QStringLiteral(":5: unknown record type")));
    QVERIFY(labels.figures.isEmpty());
}

void TestDevsetScorer::checkRecallCountsDisagreements()
{
    // The sample's one warning: 五十四亿八千多万元 lost its "more than". Label it, and a second
    // disagreement the program cannot find, on a figure it does not flag.
    const ArticleAnalysisPtr a = Analyzer::analyzeFile(TestData::samplePath());
    const auto warning = std::find_if(a->findings.cbegin(), a->findings.cend(),
                                      [](const Finding &f) { return f.severity != Finding::Severity::Note; });
    QVERIFY(warning != a->findings.cend());
    QVERIFY(warning->chineseFigure >= 0);
    const int other = warning->chineseFigure == 0 ? 1 : 0;
    const CodePointIndex cp(a->article.text);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("labels/x")));
    QVERIFY(QFile::copy(TestData::samplePath(), dir.filePath(QStringLiteral("a.md"))));
    QFile labelFile(dir.filePath(QStringLiteral("labels/x/a.tsv")));
    QVERIFY(labelFile.open(QIODevice::WriteOnly));
    const QStringList lines = {QStringLiteral("# article: a.md"),
                               row(cp, QStringLiteral("zh1"), a->chineseFigures.at(warning->chineseFigure),
                                   a->chineseFigures.at(warning->chineseFigure).quantity.value),
                               row(cp, QStringLiteral("zh2"), a->chineseFigures.at(other),
                                   a->chineseFigures.at(other).quantity.value),
                               QStringLiteral("D\tapproximation_lost\tzh1\t\t\tlost"),
                               QStringLiteral("D\tvalue\tzh2\t\t\tinvented"),
                               QStringLiteral("A\t0\t0")};
    labelFile.write(lines.join(QLatin1Char('\n')).toUtf8());
    labelFile.close();
    const LabelFile labels = LabelFile::read(labelFile.fileName(), dir.path());
    QVERIFY2(labels.errors.isEmpty(), qPrintable(labels.errors.join(QLatin1Char('\n'))));
    QCOMPARE(labels.disagreements.size(), 2);
    DevsetScorer scorer;
    scorer.add(labels, *a);
    const QMap<QString, double> m = scorer.measures();
    QCOMPARE(m.value(QStringLiteral("check.precision")), 1.0);
    QCOMPARE(m.value(QStringLiteral("check.recall")), 0.5);
    QVERIFY(scorer.report().contains(QStringLiteral("2 labelled disagreements, 1 found")));
    QVERIFY(
        scorer.misses().join(QLatin1Char('\n')).contains(QStringLiteral("disagreement not found: value")));
}

// A figure about a list of places (云南、贵州两省) is right when its places are the labelled parts, all
// of them and no other.
void TestDevsetScorer::regionListsAreScored()
{
    QFile sample(TestData::samplePath());
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(sample.readAll());
    QVERIFY(text.contains(QStringLiteral("全区已有手工业生产合作社")));
    text.replace(QStringLiteral("全区已有手工业生产合作社"),
                 QStringLiteral("云南、贵州两省已有手工业生产合作社"));
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("labels/x")));
    QFile article(dir.filePath(QStringLiteral("a.md")));
    QVERIFY(article.open(QIODevice::WriteOnly));
    article.write(text.toUtf8());
    article.close();
    const ArticleAnalysisPtr a = Analyzer::analyzeFile(article.fileName());
    const auto byValue = [&](double v) {
        return std::find_if(a->chineseFigures.cbegin(), a->chineseFigures.cend(),
                            [&](const Figure &f) { return f.quantity.value == v; });
    };
    const auto coops = byValue(369), members = byValue(12300);
    QVERIFY(coops != a->chineseFigures.cend() && members != a->chineseFigures.cend());
    QCOMPARE(coops->placeId.split(u';').size(), 2);
    const CodePointIndex cp(a->article.text);
    auto located = [&](const QString &id, const Figure &f, const QString &region) {
        QStringList fields = row(cp, id, f, f.quantity.value).split(QLatin1Char('\t'));
        fields[15] = region;
        fields[16] = QStringLiteral("Yunnan;Guizhou");
        return fields.join(QLatin1Char('\t'));
    };
    QFile labelFile(dir.filePath(QStringLiteral("labels/x/a.tsv")));
    QVERIFY(labelFile.open(QIODevice::WriteOnly));
    const QStringList lines = {QStringLiteral("# article: a.md"),
                               located(QStringLiteral("zh1"), *coops, QStringLiteral("云南;贵州")),
                               located(QStringLiteral("zh2"), *members, QStringLiteral("云南;四川")),
                               QStringLiteral("A\t0\t0")};
    labelFile.write(lines.join(QLatin1Char('\n')).toUtf8());
    labelFile.close();
    const LabelFile labels = LabelFile::read(labelFile.fileName(), dir.path());
    QVERIFY2(labels.errors.isEmpty(), qPrintable(labels.errors.join(QLatin1Char('\n'))));
    DevsetScorer scorer;
    scorer.add(labels, *a);
    QCOMPARE(scorer.measures().value(QStringLiteral("region.zh")), 0.5);
}

QTEST_GUILESS_MAIN(TestDevsetScorer)
#include "tst_devsetscorer.moc"
