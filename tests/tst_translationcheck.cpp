// Alignment, figure pairing and the translation check: the sample's groups, pairs and single
// finding; planted errors of every kind in corpus articles; the untouched corpus gives no errors.

#include "corpus/analyzer.h"
#include "testdata.h"

#include <QFileInfo>
#include <QtTest>

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString englishPart(const QString &text)
{
    return text.left(text.indexOf(QStringLiteral("<hr />")));
}

// Replaces the first occurrence of what in the English half only.
QString plantInEnglish(const QString &text, const QString &what, const QString &with)
{
    const int separator = int(text.indexOf(QStringLiteral("<hr />")));
    const int at = int(text.indexOf(what));
    if (at < 0 || at > separator)
        return {};
    QString out = text;
    out.replace(at, what.size(), with);
    return out;
}

int count(const Findings &findings, Finding::Kind kind, Finding::Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [&](const Finding &f) { return f.kind == kind && f.severity == severity; }));
}

bool has(const Findings &findings, Finding::Kind kind, const QString &zhText = {}, const QString &enText = {})
{
    for (const Finding &f : findings) {
        if (f.kind == kind && (zhText.isEmpty() || f.chineseText == zhText) &&
            (enText.isEmpty() || f.englishText == enText))
            return true;
    }
    return false;
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << Finding::kindName(f.kind) + QLatin1Char(' ') + f.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Q_DECLARE_METATYPE(Finding::Kind)

class TestTranslationCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleAlignment();
    void samplePairs();
    void sampleFinding();
    void planted_data();
    void planted();
    void plantedEverywhere_data();
    void plantedEverywhere();
    void corpus_data();
    void corpus();
};

void TestTranslationCheck::sampleAlignment()
{
    const ArticleAnalysisPtr a = Analyzer::analyzeFile(TestData::samplePath());
    // Chinese sentence ids (titles first, body, byline) → English sentence ids, from the issue.
    const QVector<QPair<QVector<int>, QVector<int>>> expected = {
        {{0}, {0}},   {{1}, {1}},   {{2}, {2, 3, 4}}, {{3}, {5}},  {{4}, {6}},           {{5}, {7, 8}},
        {{6}, {9}},   {{7}, {10}},  {{8}, {11}},      {{9}, {12}}, {{10}, {13, 14, 15}}, {{11}, {16}},
        {{12}, {17}}, {{13}, {18}}, {{14}, {19}},     {{15}, {20}}};
    QCOMPARE(a->alignment.groups.size(), expected.size());
    for (int g = 0; g < expected.size(); ++g) {
        QCOMPARE(a->alignment.groups.at(g).chinese.toList(), expected.at(g).first);
        QCOMPARE(a->alignment.groups.at(g).english.toList(), expected.at(g).second);
    }
    QVERIFY(a->englishSentences.at(3).text.startsWith(QStringLiteral("In Guizhou Province")));
    QVERIFY(a->englishSentences.at(15).text.startsWith(QStringLiteral("The Guiyang Leather")));
}

void TestTranslationCheck::samplePairs()
{
    const ArticleAnalysisPtr a = Analyzer::analyzeFile(TestData::samplePath());
    QCOMPARE(a->chineseFigures.size(), 20);
    QCOMPARE(a->englishFigures.size(), 20);
    // In order, but for 两年 … 百分之八十, which the translation gives as "80% … the past two years".
    auto expected = [](int i) { return i == 12 ? 13 : i == 13 ? 12 : i; };
    for (int i = 0; i < 20; ++i) {
        const int e = expected(i);
        QCOMPARE(a->chineseFigures.at(i).pair, e);
        QCOMPARE(a->englishFigures.at(e).pair, i);
        QCOMPARE(a->englishFigures.at(e).metric, a->chineseFigures.at(i).metric);
    }
    QCOMPARE(a->chineseFigures.at(12).kind, Figure::Kind::Duration);
    QCOMPARE(a->englishFigures.at(13).kind, Figure::Kind::Duration);
}

void TestTranslationCheck::sampleFinding()
{
    const ArticleAnalysisPtr a = Analyzer::analyzeFile(TestData::samplePath());
    QVERIFY2(a->findings.size() == 1, qPrintable(describe(a->findings)));
    const Finding &f = a->findings.front();
    QCOMPARE(f.severity, Finding::Severity::Warning);
    QCOMPARE(f.kind, Finding::Kind::ApproximationLost);
    QCOMPARE(f.chineseText, QStringLiteral("五十四亿八千多万元"));
    QCOMPARE(f.englishText, QStringLiteral("5.48 billion yuan"));
    QCOMPARE(f.chineseSentence, 5);
    QCOMPARE(f.englishSentence, 7);
}

void TestTranslationCheck::planted_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("with");
    QTest::addColumn<Finding::Kind>("kind");
    QTest::addColumn<QString>("zhText");

    const QString sample = TestData::samplePath();
    QTest::newRow("digits swapped") << sample << "15,350 contracts"
                                    << "15,530 contracts" << Finding::Kind::ValueMismatch
                                    << "一万五千三百五十多";
    QTest::newRow("x10") << sample << "23,000 handicraft"
                         << "230,000 handicraft" << Finding::Kind::ScaleError << "二万三千多";
    QTest::newRow("x1000 (亿 read as thousand million)")
        << sample << "87 billion"
        << "87 trillion" << Finding::Kind::ScaleError << "八百七十多亿元";
    QTest::newRow("/1000 (万 lost)") << sample << "5.48 billion"
                                     << "5.48 million" << Finding::Kind::ScaleError << "五十四亿八千多万元";
    QTest::newRow("more than dropped")
        << sample << "more than 12,300 members"
        << "12,300 members" << Finding::Kind::ApproximationLost << "一万二千三百多";
    QTest::newRow("approximation added")
        << sample << "there were 369"
        << "there were about 369" << Finding::Kind::ApproximationAdded << "三百六十九";
    QTest::newRow("sentence deleted") << sample
                                      << "Supply and marketing cooperatives in more than 80 counties in "
                                         "Yunnan Province established business "
                                         "relationships with more than 23,000 handicraft workers."
                                      << "" << Finding::Kind::MissingFigure << "八十多";
    QTest::newRow("figure added") << sample << "This survey work will be largely completed"
                                  << "This survey work, covering 4,500 workshops, will be largely completed"
                                  << Finding::Kind::AddedFigure << "";
    QTest::newRow("Chinese left in") << sample << "handicraft workers on the general task"
                                     << "手工业者 on the general task" << Finding::Kind::Untranslated << "";
    const QString students =
        TestData::corpusDir() + QStringLiteral("/1956.09/1956-09-01_全国中小学生将达六千多万.md");
    QTest::newRow("31日 → July 31") << students << "Xinhua News Agency, 31st"
                                    << "Xinhua News Agency, July 31" << Finding::Kind::DateMismatch << "31日";
    QTest::newRow("31日 → July 7") << students << "Xinhua News Agency, 31st"
                                   << "Xinhua News Agency, July 7" << Finding::Kind::DateMismatch << "31日";
    QTest::newRow("year") << sample << "December 1953"
                          << "December 1952" << Finding::Kind::DateMismatch << "";
}

void TestTranslationCheck::planted()
{
    QFETCH(QString, file);
    QFETCH(QString, what);
    QFETCH(QString, with);
    QFETCH(Finding::Kind, kind);
    QFETCH(QString, zhText);
    const QString text = plantInEnglish(readAll(file), what, with);
    QVERIFY(!text.isEmpty());
    const ArticleAnalysisPtr a = Analyzer::analyzeText(text, file);
    QVERIFY(!Analyzer::hasError(*a));
    QVERIFY2(has(a->findings, kind, zhText), qPrintable(describe(a->findings)));
}

void TestTranslationCheck::plantedEverywhere_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : TestData::corpusFiles())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

// In every article that has a paired English figure written in digits: multiply it by 1000 and it
// must come out as a scale error; cut the translation in half and it must come out as truncated.
void TestTranslationCheck::plantedEverywhere()
{
    QFETCH(QString, path);
    const QString text = readAll(path);
    const ArticleAnalysisPtr original = Analyzer::analyzeFile(path);

    const Figure *target = nullptr;
    for (const Figure &f : original->englishFigures) {
        static const QRegularExpression plain(QStringLiteral("^\\d{2,3}$"));
        if (f.pair >= 0 && plain.match(f.text).hasMatch() && f.kind == Figure::Kind::Count) {
            target = &f;
            break;
        }
    }
    if (target) {
        QString planted = text;
        planted.replace(target->range.start, target->range.length(), target->text + QStringLiteral(",000"));
        const ArticleAnalysisPtr a = Analyzer::analyzeText(planted, path);
        const QString zh = original->chineseFigures.at(target->pair).text.toString();
        QVERIFY2(has(a->findings, Finding::Kind::ScaleError, zh),
                 qPrintable(target->text + QLatin1Char('\n') + describe(a->findings)));
    }

    // Cut the English body in the middle of a sentence, at 40 %.
    const QString english = englishPart(text);
    const int body = int(english.indexOf(QLatin1Char('\n'), english.indexOf(QStringLiteral("Page:")) + 1));
    int cut = body + int((english.size() - body) * 0.4);
    while (cut < english.size() && english.at(cut).isLetter())
        ++cut;
    QString truncated = text;
    truncated.remove(cut, english.size() - cut);
    truncated.insert(cut, QStringLiteral("\n\n"));
    const ArticleAnalysisPtr t = Analyzer::analyzeText(truncated, path);
    QVERIFY2(has(t->findings, Finding::Kind::Truncated), qPrintable(describe(t->findings)));
}

void TestTranslationCheck::corpus_data()
{
    plantedEverywhere_data();
}

void TestTranslationCheck::corpus()
{
    QFETCH(QString, path);
    const ArticleAnalysisPtr a = Analyzer::analyzeFile(path);
    QVERIFY(!Analyzer::hasError(*a));
    // Every sentence in exactly one group, groups in reading order on both sides.
    const Alignment &al = a->alignment;
    QVector<int> zhSeen(a->chineseSentences.size(), 0), enSeen(a->englishSentences.size(), 0);
    int lastZh = -1, lastEn = -1;
    for (const Alignment::Group &g : al.groups) {
        QVERIFY(!g.chinese.isEmpty() || !g.english.isEmpty());
        for (int s : g.chinese) {
            QVERIFY(s > lastZh);
            lastZh = s;
            ++zhSeen[s];
        }
        for (int s : g.english) {
            QVERIFY(s > lastEn);
            lastEn = s;
            ++enSeen[s];
        }
    }
    QVERIFY(std::all_of(zhSeen.begin(), zhSeen.end(), [](int n) { return n == 1; }));
    QVERIFY(std::all_of(enSeen.begin(), enSeen.end(), [](int n) { return n == 1; }));
    // Titles with titles.
    QVERIFY(!al.groups.isEmpty());
    for (int s : al.groups.front().chinese)
        QCOMPARE(a->chineseSentences.at(s).role, Sentence::Role::Title);
    for (int s : al.groups.front().english)
        QCOMPARE(a->englishSentences.at(s).role, Sentence::Role::Title);
    // The untouched corpus: no errors.
    QVERIFY2(count(a->findings, Finding::Kind::ValueMismatch, Finding::Severity::Error) == 0 &&
                 count(a->findings, Finding::Kind::ScaleError, Finding::Severity::Error) == 0 &&
                 count(a->findings, Finding::Kind::DateMismatch, Finding::Severity::Error) == 0,
             qPrintable(describe(a->findings)));
    // Pairs are symmetric.
    for (const Figure &f : a->chineseFigures) {
        if (f.pair >= 0)
            QCOMPARE(a->englishFigures.at(f.pair).pair, f.index);
    }
}

QTEST_GUILESS_MAIN(TestTranslationCheck)
#include "tst_translationcheck.moc"
