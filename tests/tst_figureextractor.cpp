// Figures with their places and metrics: the sample's 20 × 2 as the acceptance test, and over every
// corpus file: ranges slice back, no overlaps, dates are not figures.

#include "corpus/analyzer.h"
#include "corpus/csvwriter.h"
#include "figures/figureextractor.h"
#include "figures/metriclexicon.h"
#include "places/gazetteer.h"
#include "testdata.h"

#include <QFileInfo>
#include <QtTest>

class TestFigureExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sample_data();
    void sample();
    void sampleHasNoOtherFigures();
    void corpus_data();
    void corpus();
    void lexiconLoads();
    void kindOfUnit_data();
    void kindOfUnit();
    void csvRoundTrip();

private:
    ArticleAnalysisPtr m_sample;
};

void TestFigureExtractor::initTestCase()
{
    m_sample = Analyzer::analyzeFile(TestData::samplePath());
    QVERIFY(!Analyzer::hasError(*m_sample));
}

void TestFigureExtractor::sample_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("zh");
    QTest::addColumn<QString>("en");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<QString>("zhApprox");
    QTest::addColumn<QString>("enApprox");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("metric");

    // The table of the issue, row by row.
    auto row = [](int r, const char *zh, const char *en, double low, double high, const char *zhApprox,
                  const char *enApprox, const char *region, const char *province, const char *metric) {
        QTest::addRow("%d %s", r + 1, zh)
            << r << QString::fromUtf8(zh) << QString::fromUtf8(en) << low << high
            << QString::fromUtf8(zhApprox) << QString::fromUtf8(enApprox) << QString::fromUtf8(region)
            << QString::fromUtf8(province) << QString::fromUtf8(metric);
    };
    row(0, "一万多", "more than 10,000", 1e4, 1e4, "more", "more", "Yunnan", "Yunnan", "people");
    row(1, "百分之七十", "70%", 70, 70, "", "", "Guizhou", "Guizhou", "administrative_units");
    row(2, "九", "nine", 9, 9, "", "", "Xikang", "Xikang", "administrative_units");
    row(3, "两、三", "two or three", 2, 3, "", "", "Sichuan", "Sichuan", "other");
    row(4, "一万五千三百五十多", "more than 15,350", 15350, 15350, "more", "more", "Wanxian Special District",
        "Sichuan", "contracts");
    row(5, "五十四亿八千多万元", "5.48 billion yuan", 5.48e9, 5.48e9, "more", "", "Wanxian Special District",
        "Sichuan", "contract_value");
    row(6, "八十多", "more than 80", 80, 80, "more", "more", "Yunnan", "Yunnan", "administrative_units");
    row(7, "二万三千多", "more than 23,000", 23000, 23000, "more", "more", "Yunnan", "Yunnan", "workers");
    row(8, "百分之十六点四", "16.4%", 16.4, 16.4, "", "", "Chengdu", "Sichuan", "output");
    row(9, "一千元", "1,000 yuan", 1000, 1000, "", "", "Chengdu", "Sichuan", "costs");
    row(10, "百分之三十一", "31%", 31, 31, "", "", "Chongqing", "Chongqing", "output");
    row(11, "一亿余元", "over 100 million yuan", 1e8, 1e8, "more", "more", "Guiyang", "Guizhou", "surplus");
    // A duration: counted, paired and checked, charted never.
    row(12, "两", "two years", 2, 2, "", "", "Guiyang", "Guizhou", "duration");
    row(13, "百分之八十", "80%", 80, 80, "", "", "Guiyang", "Guizhou", "surplus");
    row(14, "三百六十九", "369", 369, 369, "", "", "Southwest", "Southwest", "handicraft_coops");
    row(15, "一万二千三百多", "more than 12,300", 12300, 12300, "more", "more", "Southwest", "Southwest",
        "members");
    row(16, "三千七百九十三", "3,793", 3793, 3793, "", "", "Southwest", "Southwest", "handicraft_coops");
    row(17, "八万九千五百多", "more than 89,500", 89500, 89500, "more", "more", "Southwest", "Southwest",
        "members");
    row(18, "八百七十多亿元", "more than 87 billion yuan", 8.7e10, 8.7e10, "more", "more", "Southwest",
        "Southwest", "production_value");
    row(19, "百分之二十九点九二", "29.92%", 29.92, 29.92, "", "", "Southwest", "Southwest",
        "handicraft_coops");
}

void TestFigureExtractor::sample()
{
    QFETCH(int, row);
    QFETCH(QString, zh);
    QFETCH(QString, en);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(QString, zhApprox);
    QFETCH(QString, enApprox);
    QFETCH(QString, region);
    QFETCH(QString, province);
    QFETCH(QString, metric);

    const Gazetteer &g = Gazetteer::builtIn();
    auto name = [&](const QString &id) {
        return g.place(id) ? g.place(id)->name : QStringLiteral("<%1>").arg(id);
    };
    const struct
    {
        const Figures &figures;
        QString text;
        QString approx;
    } sides[] = {{m_sample->chineseFigures, zh, zhApprox}, {m_sample->englishFigures, en, enApprox}};
    QVERIFY(row < m_sample->chineseFigures.size());
    // The English side is the Chinese figure's counterpart: the translation puts "80%" before "the
    // past two years", so the order of the two languages differs there.
    const int english = m_sample->chineseFigures.at(row).pair;
    for (const auto &side : sides) {
        const int at = &side.figures == &m_sample->chineseFigures ? row : english;
        QVERIFY2(at >= 0 && at < side.figures.size(), qPrintable(side.text));
        const Figure &f = side.figures.at(at);
        QCOMPARE(f.text, side.text);
        QCOMPARE(m_sample->article.slice(f.range), side.text);
        QCOMPARE(f.quantity.low, low);
        QCOMPARE(f.quantity.high, high);
        QCOMPARE(f.quantity.isRange, low != high);
        if (!f.quantity.isRange)
            QCOMPARE(f.quantity.value, low);
        QCOMPARE(Figure::approxName(f.quantity.approx), side.approx);
        QCOMPARE(name(f.placeId), region);
        QCOMPARE(name(f.provinceId), province);
        QCOMPARE(f.metric, metric);
    }
}

void TestFigureExtractor::sampleHasNoOtherFigures()
{
    QCOMPARE(m_sample->chineseFigures.size(), 20);
    QCOMPARE(m_sample->englishFigures.size(), 20);
}

void TestFigureExtractor::corpus_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : TestData::corpusFiles())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestFigureExtractor::corpus()
{
    QFETCH(QString, path);
    const ArticleAnalysisPtr a = Analyzer::analyzeFile(path);
    QVERIFY(!Analyzer::hasError(*a));
    static const QRegularExpression dateLike(
        QStringLiteral("^(\\d{4}年|[一二三四五六七八九〇零十]+年|\\d{1,2}月\\d{1,2}日$|第[一二三四]季度$)"));
    for (const Article::Language language : {Article::Language::Chinese, Article::Language::English}) {
        int previousEnd = -1;
        for (const Figure &f : a->figures(language)) {
            QCOMPARE(a->article.slice(f.range), f.text);
            QVERIFY2(f.range.start >= previousEnd, qPrintable(f.text.toString())); // in order, no overlap
            previousEnd = f.range.end;
            QVERIFY2(!dateLike.match(f.text).hasMatch(), qPrintable(f.text.toString()));
            QVERIFY(f.quantity.low <= f.quantity.high);
            QVERIFY(!f.metric.isEmpty());
            const Sentence &s = a->sentences(language).at(f.sentence);
            QVERIFY2(s.range.contains(f.range), qPrintable(f.text.toString()));
        }
    }
}

void TestFigureExtractor::lexiconLoads()
{
    const MetricLexicon &lexicon = MetricLexicon::builtIn();
    // The taxonomy of the labelling guide (tests/data/devset/LABELLING.md), cooperatives by kind.
    static const QStringList required = {"mutual_aid_teams",
                                         "agricultural_coops",
                                         "elementary_coops",
                                         "advanced_coops",
                                         "communes",
                                         "handicraft_coops",
                                         "supply_marketing_coops",
                                         "credit_coops",
                                         "consumer_coops",
                                         "fishery_coops",
                                         "cooperatives",
                                         "members",
                                         "member_households",
                                         "households",
                                         "people",
                                         "workers",
                                         "students",
                                         "contracts",
                                         "contract_value",
                                         "production_value",
                                         "output",
                                         "grain_output",
                                         "grain_purchase",
                                         "grain_sales",
                                         "cotton",
                                         "oil_crops",
                                         "steel",
                                         "iron",
                                         "coal",
                                         "sown_area",
                                         "irrigated_area",
                                         "reclaimed_area",
                                         "livestock",
                                         "loans",
                                         "deposits",
                                         "bonds",
                                         "budget",
                                         "prices",
                                         "costs",
                                         "surplus",
                                         "duration",
                                         "other"};
    for (const QString &m : required)
        QVERIFY2(lexicon.metric(m), qPrintable(m));
    MetricLexicon broken;
    QString error;
    const QByteArray base = R"("metrics":[{"name":"a"},{"name":"other"},{"name":"duration"}])";
    QVERIFY(!broken.loadJson("{" + base + R"(,"rules":[{"metric":"b"}]})", &error));
    QVERIFY(error.contains(QLatin1String("\"b\"")));
    QVERIFY(!broken.loadJson("{" + base + R"(,"rules":[{"metric":"a","families":["rooms"]}]})", &error));
    QVERIFY(error.contains(QLatin1String("\"rooms\"")));
    QVERIFY(!broken.loadJson(R"({"metrics":[{"name":"a"}],"rules":[]})", &error));
    QVERIFY(error.contains(QLatin1String("other")));
    MetricLexicon small;
    QVERIFY(small.loadJson("{" + base + R"(,"rules":[{"metric":"a","zh":["社员"],"en":["member"]}]})"));
    MetricLexicon::Context c;
    c.counted = u"社员";
    c.family = Figure::Family::Persons;
    QCOMPARE(small.classify(Article::Language::Chinese, c), QStringLiteral("a"));
    c.counted = u"more members";
    QCOMPARE(small.classify(Article::Language::English, c), QStringLiteral("a")); // a plural's s
    c.counted = u"memberships";
    QCOMPARE(small.classify(Article::Language::English, c), QStringLiteral("other")); // whole words only
}

void TestFigureExtractor::csvRoundTrip()
{
    const QList<QStringList> rows = {{"plain", "with, comma", "with \"quotes\"", "line\nbreak", ""},
                                     {"一万多", " padded ", "5.48 billion yuan"}};
    QString csv;
    for (const QStringList &r : rows)
        csv += CsvWriter::row(r);
    QCOMPARE(CsvWriter::parse(csv), rows);
}

void TestFigureExtractor::kindOfUnit_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("value");
    const char *const rows[][2] = {
        {"yuan", "money"},       {"dollar", "money"},         {"dollars", "money"}, {"ruble", "money"},
        {"rubles", "money"},     {"pound_sterling", "money"}, {"pound", "measure"}, {"shi", "measure"},
        {"kw", "measure"},       {"rupees", "money"},         {"jin", "measure"},   {"ton", "measure"},
        {"year", "duration"},    {"months", "duration"},      {"day", "duration"},  {"hours", "duration"},
        {"个", "count"},         {"pounds", "count"},         {"", "count"},        {"degree", "measure"},
        {"cartload", "measure"}, {"shang", "measure"},        {"度", "count"}};
    for (const auto &r : rows)
        QTest::addRow("%s", r[0]) << QString::fromUtf8(r[0]) << QString::fromUtf8(r[1]) << 3.0;
    // A number with a fraction and nothing after it (零点六三八, "0.638") is a coefficient, not a count.
    QTest::addRow("0.638") << QString() << QStringLiteral("measure") << 0.638;
    QTest::addRow("2.5 head") << QStringLiteral("头") << QStringLiteral("count") << 2.5;
}

// What the unit makes of a plain number: every currency is money, units of time a duration;
// "pounds" alone stays a count, as it may weigh (一·二二磅) or pay.
void TestFigureExtractor::kindOfUnit()
{
    QFETCH(QString, unit);
    QFETCH(QString, kind);
    QFETCH(double, value);
    Quantity q;
    q.value = q.low = q.high = value;
    q.unit = unit;
    QCOMPARE(Figure::kindName(FigureExtractor::kindOf(q)), kind);
}

QTEST_GUILESS_MAIN(TestFigureExtractor)
#include "tst_figureextractor.moc"
