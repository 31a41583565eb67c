// The figure table, its filter proxy, the chart models and the findings model, all under
// QAbstractItemModelTester (constructed before the data arrives, so it sees every signal).

#include "corpus/analyzer.h"
#include "figures/currencyreform.h"
#include "figures/metriclexicon.h"
#include "itemmodels/chartfigures.h"
#include "itemmodels/chartroles.h"
#include "itemmodels/chartselection.h"
#include "itemmodels/figurefilterproxy.h"
#include "itemmodels/figuretablemodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/metrictimelinemodel.h"
#include "itemmodels/provincemetricmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestFigureModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sampleRows();
    void corpusRows();
    void filters_data();
    void filters();
    void sorting();
    void chartEqualsFilteredTable_data();
    void chartEqualsFilteredTable();
    void chartShowsDisagreement();
    void nationalAndForeignBars();
    void timeline();
    void plansAreASeriesApart();
    void oldYuanConverted();
    void findings();
    void chineseLabels();

private:
    QVector<ArticleAnalysisPtr> m_corpus;
    ArticleAnalysisPtr m_sample;
};

using Tester = QAbstractItemModelTester;
constexpr auto QtTestMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

void TestFigureModels::initTestCase()
{
    for (const QString &f : TestData::corpusFiles())
        m_corpus.append(Analyzer::analyzeFile(f));
    m_sample = Analyzer::analyzeFile(TestData::samplePath());
}

void TestFigureModels::sampleRows()
{
    FigureTableModel model;
    Tester tester(&model, QtTestMode);
    model.setArticles({m_sample});
    QCOMPARE(model.rowCount(), 20); // 20 pairs, nothing unpaired
    QCOMPARE(model.columnCount(), int(FigureTableModel::ColumnCount));
    const QModelIndex sixth = model.index(5, 0);
    QCOMPARE(model.index(5, FigureTableModel::ChineseColumn).data().toString(),
             QStringLiteral("五十四亿八千多万元"));
    QCOMPARE(model.index(5, FigureTableModel::EnglishColumn).data().toString(),
             QStringLiteral("5.48 billion yuan"));
    QCOMPARE(model.index(5, FigureTableModel::PlaceColumn).data().toString(),
             QStringLiteral("Wanxian Special District"));
    QCOMPARE(model.index(5, FigureTableModel::ProvinceColumn).data().toString(), QStringLiteral("Sichuan"));
    QCOMPARE(sixth.data(FigureTableModel::StatusRole).toInt(), int(FigureStatus::Warning));
    QCOMPARE(sixth.data(FigureTableModel::ValueRole).toDouble(), 5.48e9);
    QCOMPARE(sixth.data(FigureTableModel::MetricRole).toString(), QStringLiteral("contract_value"));
    // 1954: before the currency reform of 1955-03-01, the table names the old yuan.
    QCOMPARE(model.index(5, FigureTableModel::UnitColumn).data().toString(), QStringLiteral("old yuan"));
    QCOMPARE(model.index(5, FigureTableModel::RoleColumn).data().toString(), QStringLiteral("actual"));
    QCOMPARE(model.index(5, FigureTableModel::FamilyColumn).data().toString(), QStringLiteral("money"));
    QVERIFY(!model.index(5, FigureTableModel::CountedColumn).data().toString().isEmpty());
    QVERIFY(!model.index(5, FigureTableModel::StatusColumn).data(Qt::ToolTipRole).toString().isEmpty());
    // Row 12 is the duration 两年 / "two years": labelled as such, never a lexicon metric.
    QCOMPARE(model.index(12, 0).data(FigureTableModel::MetricRole).toString(), QStringLiteral("duration"));
    QCOMPARE(model.index(12, FigureTableModel::MetricColumn).data().toString(), QStringLiteral("Duration"));
    for (int r = 0; r < 20; ++r) {
        if (r != 5)
            QCOMPARE(model.index(r, 0).data(FigureTableModel::StatusRole).toInt(), int(FigureStatus::Agrees));
    }
    QCOMPARE(model.rowOf(m_sample->article.path, Article::Language::English, 17), 17);
}

void TestFigureModels::corpusRows()
{
    FigureTableModel model;
    Tester tester(&model, QtTestMode);
    // In two batches, as the loader delivers them.
    model.addArticles(m_corpus.mid(0, 10));
    model.addArticles(m_corpus.mid(10));
    int expected = 0;
    for (const ArticleAnalysisPtr &a : m_corpus) {
        int unpairedEnglish = 0;
        for (const Figure &f : a->englishFigures)
            unpairedEnglish += f.pair < 0 ? 1 : 0;
        expected += int(a->chineseFigures.size()) + unpairedEnglish;
    }
    QCOMPARE(model.rowCount(), expected);
    // Every figure of both languages is in exactly one row.
    QSet<QString> seen;
    for (int r = 0; r < model.rowCount(); ++r) {
        const FigureTableModel::Row &row = model.row(r);
        const QString key = row.chinese >= 0
                                ? row.analysis->article.path + QStringLiteral("/zh%1").arg(row.chinese)
                                : row.analysis->article.path + QStringLiteral("/en%1").arg(row.english);
        QVERIFY(!seen.contains(key));
        seen.insert(key);
        if (row.english >= 0 && row.chinese >= 0) {
            const QString en = row.analysis->article.path + QStringLiteral("/en%1").arg(row.english);
            QVERIFY(!seen.contains(en));
            seen.insert(en);
        }
    }
}

void TestFigureModels::filters_data()
{
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("none") << QString() << QString() << -1 << QString() << 20;
    QTest::newRow("Sichuan") << "sichuan" << QString() << -1 << QString() << 5;
    QTest::newRow("Southwest members") << "southwest"
                                       << "members" << -1 << QString() << 2;
    QTest::newRow("warnings") << QString() << QString() << int(FigureStatus::Warning) << QString() << 1;
    QTest::newRow("text in Chinese") << QString() << QString() << -1 << "百分之" << 5;
    QTest::newRow("text in English") << QString() << QString() << -1 << "billion" << 2;
    QTest::newRow("place name") << QString() << QString() << -1 << "Guiyang" << 3; // with the duration 两年
}

void TestFigureModels::filters()
{
    QFETCH(QString, province);
    QFETCH(QString, metric);
    QFETCH(int, status);
    QFETCH(QString, text);
    QFETCH(int, rows);
    FigureTableModel model;
    FigureFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy, QtTestMode);
    model.setArticles({m_sample});
    QSignalSpy changed(&proxy, &FigureFilterProxy::filterChanged);
    proxy.setProvince(province);
    proxy.setMetric(metric);
    proxy.setMinimumStatus(status);
    proxy.setText(text);
    QCOMPARE(proxy.rowCount(), rows);
    for (int r = 0; r < proxy.rowCount(); ++r) {
        if (!province.isEmpty())
            QCOMPARE(proxy.index(r, 0).data(FigureTableModel::ProvinceIdRole).toString(), province);
        if (!metric.isEmpty())
            QCOMPARE(proxy.index(r, 0).data(FigureTableModel::MetricRole).toString(), metric);
    }
}

void TestFigureModels::sorting()
{
    FigureTableModel model;
    FigureFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy, QtTestMode);
    model.setArticles(m_corpus);
    proxy.sort(FigureTableModel::ValueColumn, Qt::DescendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        QVERIFY(
            proxy.index(r - 1, FigureTableModel::ValueColumn).data(FigureTableModel::SortRole).toDouble() >=
            proxy.index(r, FigureTableModel::ValueColumn).data(FigureTableModel::SortRole).toDouble());
    }
    proxy.sort(FigureTableModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, FigureTableModel::DateColumn).data().toString(), QStringLiteral("1946-05-15"));
}

void TestFigureModels::chartEqualsFilteredTable_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("text");
    for (const char *m : {"members", "handicraft_coops", "cooperative_growth", "contracts", "contract_value",
                          "administrative_units"}) {
        QTest::addRow("%s", m) << QString::fromLatin1(m) << QString();
        QTest::addRow("%s, filtered", m) << QString::fromLatin1(m) << QStringLiteral("19");
    }
}

// The bars show exactly what the filtered table shows: recompute each category from the proxy's
// rows independently and compare.
// Whether a figure of this province joins the charts: not without a place, not with several
// (湖南、宁夏两省 counts for neither alone), not abroad.
static bool charted(const QString &province)
{
    return !province.isEmpty() && !province.contains(u';') && province != QLatin1String("abroad");
}

void TestFigureModels::chartEqualsFilteredTable()
{
    QFETCH(QString, metric);
    QFETCH(QString, text);
    FigureTableModel model;
    FigureFilterProxy proxy;
    proxy.setSourceModel(&model);
    ProvinceMetricModel chart;
    Tester tester(&chart, QtTestMode);
    chart.setSourceModel(&proxy);
    chart.setMetric(metric);
    model.setArticles(m_corpus);
    proxy.setText(text);

    // The original's bar sums (or averages) the Chinese figures; a category's rows are all of its
    // rows, a figure of the translation alone included (it feeds the translation's bar).
    QMap<QString, QPair<double, int>> expected;
    QMap<QString, int> rowsOf;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex i = proxy.index(r, 0);
        const QString place = i.data(FigureTableModel::ProvinceIdRole).toString();
        if (!ChartSelection::accepts(metric, i) || !charted(place))
            continue;
        // One unit per chart, the one most of its figures have: jin and tons are never compared
        // (counts are, whatever their measure word).
        if (ChartFigures::scaleOf(i.data(FigureTableModel::UnitRole).toString(),
                                  i.data(FigureTableModel::KindRole).toInt()) != chart.scale())
            continue;
        // A bar is one kind of observation: a level of its metric, reached, in a unit its metric
        // may have (no members from rooms), or for a growth chart a change given as a ratio.
        const auto role = Figure::Role(i.data(FigureTableModel::FigureRoleRole).toInt());
        const auto family = Figure::Family(i.data(FigureTableModel::FamilyRole).toInt());
        if (ChartSelection::isGrowth(metric)) {
            QCOMPARE(role, Figure::Role::Change);
            QVERIFY(family == Figure::Family::Percent || family == Figure::Family::Multiple);
        } else {
            QCOMPARE(role, Figure::Role::Actual);
            const MetricLexicon::Metric *m = MetricLexicon::builtIn().metric(metric);
            QVERIFY(m);
            QVERIFY2(m->families.contains(family), qPrintable(Figure::familyName(family)));
        }
        ++rowsOf[place];
        if (i.data(FigureTableModel::ChineseFigureRole).toInt() < 0)
            continue;
        auto &e = expected[place];
        const auto analysis = i.data(FigureTableModel::AnalysisRole).value<ArticleAnalysisPtr>();
        const double v = CurrencyReform::inNewYuan(i.data(FigureTableModel::ValueRole).toDouble(),
                                                   chart.unit(), analysis->article.date);
        e.first = ChartSelection::isGrowth(metric) ? e.first + v : (e.second ? qMax(e.first, v) : v);
        ++e.second;
    }
    for (auto it = rowsOf.cbegin(); it != rowsOf.cend(); ++it)
        expected.insert(it.key(), expected.value(it.key())); // a bar for the translation alone too
    QCOMPARE(chart.rowCount(), int(expected.size()));
    for (int r = 0; r < chart.rowCount(); ++r) {
        const QString place = chart.headerData(r, Qt::Vertical, ChartRoles::PlaceIdRole).toString();
        QVERIFY(expected.contains(place));
        const auto e = expected.value(place);
        const double shown = chart.index(r, ProvinceMetricModel::OriginalColumn).data().toDouble();
        // Growth is averaged; a level is the largest of its figures, never their sum.
        const double want = ChartSelection::isGrowth(metric) && e.second ? e.first / e.second : e.first;
        QVERIFY2(qAbs(shown - want) < 1e-6 * qMax(1.0, shown), qPrintable(place));
        QCOMPARE(chart.sourceRows(r).size(), rowsOf.value(place));
        for (const int row : chart.sourceRows(r))
            QCOMPARE(ChartFigures::scaleOf(model.index(row, 0).data(FigureTableModel::UnitRole).toString(),
                                           model.index(row, 0).data(FigureTableModel::KindRole).toInt()),
                     chart.scale());
        // The tooltip cites every figure behind the bar (up to six) by its article's date.
        const QString tip =
            chart.index(r, ProvinceMetricModel::OriginalColumn).data(Qt::ToolTipRole).toString();
        const QModelIndex firstRow =
            model.index(chart.sourceRows(r).constFirst(), FigureTableModel::DateColumn);
        QVERIFY2(tip.contains(firstRow.data().toString()), qPrintable(tip));
    }
}

void TestFigureModels::chartShowsDisagreement()
{
    // Change the translation of a Southwest figure: the Southwest bar must show both values.
    QFile f(TestData::samplePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    text.replace(QStringLiteral("3,793 handicraft"), QStringLiteral("37,930 handicraft"));
    const ArticleAnalysisPtr planted = Analyzer::analyzeText(text, QStringLiteral("planted.md"));
    FigureTableModel model;
    ProvinceMetricModel chart;
    Tester tester(&chart, QtTestMode);
    chart.setSourceModel(&model);
    chart.setMetric(QStringLiteral("handicraft_coops"));
    model.setArticles({planted});
    QCOMPARE(chart.rowCount(), 1);
    QVERIFY(chart.headerData(0, Qt::Vertical, ChartRoles::IsRegionRole).toBool());
    QCOMPARE(chart.headerData(0, Qt::Vertical).toString(), QStringLiteral("Southwest (region)"));
    QCOMPARE(chart.index(0, 0).data().toDouble(), 3793.0);
    QCOMPARE(chart.index(0, 1).data().toDouble(), 37930.0);
    QVERIFY(chart.index(0, 0).data(ChartRoles::DisagreesRole).toBool());

    chart.setMetric(QStringLiteral("members"));
    QCOMPARE(chart.rowCount(), 1);
    // 12 300 members of cooperatives and 89 500 of groups: two observations, the bar the larger, never
    // their sum.
    QCOMPARE(chart.index(0, 0).data().toDouble(), 89500.0);
    QVERIFY(!chart.index(0, 0).data(ChartRoles::DisagreesRole).toBool());
}

// A figure about the whole country is a bar of its own after the provinces, with the regions ("China"); one
// about another country is no bar, nor a line of the timeline.
void TestFigureModels::nationalAndForeignBars()
{
    QFile f(TestData::samplePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString sample = QString::fromUtf8(f.readAll());
    QVERIFY(sample.contains(QStringLiteral("全区已有手工业生产合作社")));
    for (const bool national : {true, false}) {
        QString text = sample;
        text.replace(QStringLiteral("全区已有手工业生产合作社"),
                     national ? QStringLiteral("全国已有手工业生产合作社")
                              : QStringLiteral("罗马尼亚已有手工业生产合作社"));
        const ArticleAnalysisPtr planted = Analyzer::analyzeText(text, QStringLiteral("planted.md"));
        const auto groups = std::find_if(planted->chineseFigures.cbegin(), planted->chineseFigures.cend(),
                                         [](const Figure &g) { return g.quantity.value == 3793; });
        QVERIFY(groups != planted->chineseFigures.cend());
        QCOMPARE(groups->provinceId, national ? QStringLiteral("china") : QStringLiteral("abroad"));
        QVERIFY(groups->pair >= 0);
        QCOMPARE(planted->englishFigures.at(groups->pair).provinceId,
                 groups->provinceId); // from the original
        FigureTableModel model;
        ProvinceMetricModel chart;
        Tester tester(&chart, QtTestMode);
        chart.setSourceModel(&model);
        chart.setMetric(QStringLiteral("handicraft_coops"));
        MetricTimelineModel timeline;
        Tester timelineTester(&timeline, QtTestMode);
        timeline.setSourceModel(&model);
        timeline.setMetric(QStringLiteral("handicraft_coops"));
        model.setArticles({planted});
        if (national) {
            QCOMPARE(chart.rowCount(), 1);
            QCOMPARE(chart.headerData(0, Qt::Vertical).toString(), QStringLiteral("China"));
            QVERIFY(chart.headerData(0, Qt::Vertical, ChartRoles::IsRegionRole).toBool());
            QCOMPARE(chart.index(0, 0).data().toDouble(), 3793.0);
            QCOMPARE(timeline.columnCount(), 1);
        } else {
            QCOMPARE(chart.rowCount(), 0);
            QCOMPARE(timeline.columnCount(), 0);
        }
    }
}

void TestFigureModels::timeline()
{
    FigureTableModel model;
    FigureFilterProxy proxy;
    proxy.setSourceModel(&model);
    MetricTimelineModel timeline;
    Tester tester(&timeline, QtTestMode);
    timeline.setSourceModel(&proxy);
    timeline.setMetric(QStringLiteral("members"));
    model.setArticles(m_corpus);
    QVERIFY(timeline.rowCount() >= 2);
    for (int r = 1; r < timeline.rowCount(); ++r) {
        QVERIFY(timeline.headerData(r - 1, Qt::Vertical, ChartRoles::DateRole).toDate() <
                timeline.headerData(r, Qt::Vertical, ChartRoles::DateRole).toDate());
    }
    int cells = 0;
    for (int r = 0; r < timeline.rowCount(); ++r) {
        for (int c = 0; c < timeline.columnCount(); ++c) {
            const QList<int> behind = timeline.sourceRows(r, c);
            cells += int(behind.size());
            // A point is the largest of the day's figures, never their sum (63 200 and 14 000 members
            // of two cooperatives are two observations).
            double largest = 0;
            for (const int row : behind)
                largest = qMax(largest, model.index(row, 0).data(FigureTableModel::ValueRole).toDouble());
            if (!behind.isEmpty())
                QCOMPARE(timeline.index(r, c).data().toDouble(), largest);
        }
    }
    int rows = 0;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex i = proxy.index(r, 0);
        const QString province = i.data(FigureTableModel::ProvinceIdRole).toString();
        rows += ChartSelection::accepts(QStringLiteral("members"), i) &&
                i.data(FigureTableModel::ChineseFigureRole).toInt() >= 0 && charted(province) &&
                ChartFigures::scaleOf(i.data(FigureTableModel::UnitRole).toString(),
                                      i.data(FigureTableModel::KindRole).toInt()) == timeline.scale();
    }
    QCOMPARE(cells, rows);
}

void TestFigureModels::plansAreASeriesApart()
{
    FigureTableModel model;
    ProvinceMetricModel chart;
    Tester tester(&chart, QtTestMode);
    chart.setSourceModel(&model);
    chart.setMetric(QStringLiteral("agricultural_coops"));
    model.setArticles(m_corpus);
    QCOMPARE(chart.columnCount(), 2); // off by default
    QMap<QString, double> levels;
    for (int r = 0; r < chart.rowCount(); ++r) {
        levels.insert(chart.placeId(r), chart.index(r, 0).data().toDouble());
        for (const int row : chart.sourceRows(r))
            QCOMPARE(model.index(row, 0).data(FigureTableModel::FigureRoleRole).toInt(),
                     int(Figure::Role::Actual));
    }
    chart.setShowPlans(true);
    QCOMPARE(chart.columnCount(), 3);
    int plans = 0;
    for (int r = 0; r < chart.rowCount(); ++r) {
        const QModelIndex plan = chart.index(r, ProvinceMetricModel::PlanColumn);
        const QList<int> rows = plan.data(ChartRoles::FigureRowsRole).value<QList<int>>();
        QCOMPARE(plan.data().isValid(), !rows.isEmpty());
        for (const int row : rows)
            QCOMPARE(model.index(row, 0).data(FigureTableModel::FigureRoleRole).toInt(),
                     int(Figure::Role::Plan));
        plans += int(rows.size());
        // What was achieved does not move when plans are shown beside it.
        if (levels.contains(chart.placeId(r)))
            QCOMPARE(chart.index(r, 0).data().toDouble(), levels.value(chart.placeId(r)));
    }
    QVERIFY(plans > 0); // 中南区: 湖北计划发展五百二十多个农业生产合作社
}

void TestFigureModels::oldYuanConverted()
{
    QVERIFY(CurrencyReform::isOldYuan(QStringLiteral("yuan"), QDate(1955, 2, 28)));
    QVERIFY(!CurrencyReform::isOldYuan(QStringLiteral("yuan"), QDate(1955, 3, 1)));
    QVERIFY(!CurrencyReform::isOldYuan(QStringLiteral("percent"), QDate(1950, 1, 1)));
    FigureTableModel model;
    ProvinceMetricModel chart;
    chart.setSourceModel(&model);
    chart.setMetric(QStringLiteral("contract_value"));
    model.setArticles({m_sample});
    QCOMPARE(chart.rowCount(), 1);
    // 五十四亿八千多万元 of 1954 is 548 000 new yuan, and the chart says it converted.
    QCOMPARE(chart.index(0, 0).data().toDouble(), 5.48e9 / CurrencyReform::OldPerNew);
    QVERIFY(chart.note().contains(QStringLiteral("old yuan")));
    QCOMPARE(chart.headerData(0, Qt::Horizontal, ChartRoles::NoteRole).toString(), chart.note());
    QVERIFY(chart.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("(old yuan)")));
}

void TestFigureModels::findings()
{
    FindingsModel model;
    Tester tester(&model, QtTestMode);
    model.setArticles({m_sample});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, FindingsModel::KindColumn).data().toString(),
             QStringLiteral("approximation lost"));
    QCOMPARE(model.index(0, FindingsModel::ChineseColumn).data().toString(),
             QStringLiteral("五十四亿八千多万元"));
    model.addArticles(m_corpus);
    int total = 1;
    for (const ArticleAnalysisPtr &a : m_corpus)
        total += int(a->findings.size());
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.rowOf(m_sample->article.path, 0), 0);
}

void TestFigureModels::chineseLabels()
{
    FigureTableModel model;
    Tester tester(&model, QtTestMode);
    model.setArticles({m_sample});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setChineseLabels(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(5, FigureTableModel::PlaceColumn).data().toString(), QStringLiteral("万县专区"));
    QCOMPARE(model.index(5, FigureTableModel::ProvinceColumn).data().toString(), QStringLiteral("四川"));
    QCOMPARE(model.index(5, FigureTableModel::MetricColumn).data().toString(), QStringLiteral("合同金额"));
}

QTEST_GUILESS_MAIN(TestFigureModels)
#include "tst_figuremodels.moc"
