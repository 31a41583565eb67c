#include "chartfixtures.h"
#include "charts/chartbuilder.h"
#include "charts/chartexporter.h"
#include "charts/chartpanel.h"
#include "itemmodels/chartroles.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFontMetrics>
#include <QImageReader>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QSettings>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QToolTip>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

// ChartBuilder and ChartExporter: what the charts hold, their axes, and how they are drawn to PNG and
// SVG. The interactive panel is tested in tst_chartpanel.cpp.
class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void barsHoldTheModelValues();
    void regionIsShownApart();
    void logAxisDecision();
    void logAxisLabelsAreLocaleNumbers();
    void linearAxisLabelsAreLocaleNumbers();
    void emptyModelShowsNotice();
    void timelineHasOneLinePerProvince();
    void renderDefaultSize();
    void renderCustomSize();
    void renderLeavesViewChartInPlace();
    void savePngWritesFile();
    void saveSvgWritesValidSvg();
    void samples();
    void timelineWithOneDate();

private:
    QTemporaryDir m_dir;
};

void TestCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The settings of the export dialogs go to a throw-away place.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DuizhaoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_charts"));
    QSettings().clear();
}

void TestCharts::cleanup()
{
    // The panel lets go of a replaced chart, and a tooltip of its label, with deleteLater(): delete
    // those now, not never.
    QToolTip::hideText();
    QTRY_VERIFY(!QToolTip::isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestCharts::barsHoldTheModelValues()
{
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    std::unique_ptr<QChart> chart(ChartBuilder::buildBars(model.get(), options()));
    QCOMPARE(chart->title(), Title);
    QVERIFY(!ChartBuilder::isEmptyChart(chart.get()));
    QVERIFY(!barSets(chart.get()).isEmpty());

    for (int row = 0; row < model->rowCount(); ++row) {
        // The original (column 0) is drawn everywhere, the translation only where it disagrees.
        QCOMPARE(drawn(chart.get(), row, 0), model->index(row, 0).data().toDouble());
        const bool disagrees = model->index(row, 0).data(ChartRoles::DisagreesRole).toBool();
        QCOMPARE(drawn(chart.get(), row, 1), disagrees ? model->index(row, 1).data().toDouble() : 0.0);
    }
    QStringList headers;
    for (int row = 0; row < model->rowCount(); ++row)
        headers << model->headerData(row, Qt::Vertical).toString();
    QStringList labels = categoryLabels(chart.get());
    labels.removeAll(QStringLiteral(" "));
    QCOMPARE(labels, headers);

    QStringList legend;
    for (QLegendMarker *marker : chart->legend()->markers())
        legend << marker->label();
    QCOMPARE(legend,
             QStringList({"Original (Chinese)", "Region, whole area (original)", "Translation (English)"}));

    // The axis title carries the unit.
    QCOMPARE(chart->axes(Qt::Vertical).value(0)->titleText(), ValueTitle);

    // Where nothing disagrees, no translation at all.
    std::unique_ptr<QStandardItemModel> agreeing(
        byProvinceModel({{QStringLiteral("四川"), false, 5.0, 5.0, false, {}}}));
    std::unique_ptr<QChart> plain(ChartBuilder::buildBars(agreeing.get(), options()));
    QCOMPARE(plain->legend()->markers().size(), 1);
}

void TestCharts::regionIsShownApart()
{
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    std::unique_ptr<QChart> chart(ChartBuilder::buildBars(model.get(), options()));
    const QStringList labels = categoryLabels(chart.get());
    // Provinces, then a gap, then the region.
    QCOMPARE(labels, QStringList({"四川", "云南", "贵州", " ", "西南区"}));
    const int regionBar = barOf(chart.get(), 3, 0);
    QVERIFY(regionBar > barOf(chart.get(), 2, 0) + 2);
    for (QBarSet *set : barSets(chart.get())) {
        if (set->at(regionBar) != 0)
            QVERIFY(set->label().contains(QStringLiteral("Region")));
    }
}

void TestCharts::logAxisDecision()
{
    QVERIFY(ChartBuilder::needsLogAxis({10, 5e9}));
    QVERIFY(!ChartBuilder::needsLogAxis({10, 900}));
    QVERIFY(!ChartBuilder::needsLogAxis({}));
    QVERIFY(!ChartBuilder::needsLogAxis({0, -5, 20, 1000})); // only positive values count
    QVERIFY(ChartBuilder::needsLogAxis({0, 2, 20, 1000}));
}

void TestCharts::logAxisLabelsAreLocaleNumbers()
{
    std::unique_ptr<QStandardItemModel> model(
        byProvinceModel({{QStringLiteral("四川"), false, 10.0, 10.0, false, {}},
                         {QStringLiteral("云南"), false, 5e9, 5e9, false, {}}}));
    std::unique_ptr<QChart> chart(ChartBuilder::buildBars(model.get(), options()));
    const QStringList labels = valueLabels(chart.get());
    QVERIFY(labels.contains(QStringLiteral("10")));
    QVERIFY(labels.contains(QStringLiteral("1,000,000")));
    QVERIFY(labels.contains(QStringLiteral("10,000,000,000")));
    for (const QString &label : labels)
        QVERIFY2(!label.contains(QLatin1Char('e')), qPrintable(label));

    std::unique_ptr<QChart> zh(
        ChartBuilder::buildBars(model.get(), options(QLocale(QLocale::Chinese, QLocale::China))));
    const QStringList zhLabels = valueLabels(zh.get());
    QVERIFY2(zhLabels.contains(QStringLiteral("1万")), qPrintable(zhLabels.join(u' ')));
    QVERIFY(zhLabels.contains(QStringLiteral("100亿")));
}

void TestCharts::linearAxisLabelsAreLocaleNumbers()
{
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    std::unique_ptr<QChart> chart(ChartBuilder::buildBars(model.get(), options()));
    const QStringList labels = valueLabels(chart.get());
    QVERIFY2(labels.contains(QStringLiteral("100,000")), qPrintable(labels.join(u' ')));
    QCOMPARE(labels.value(0), QStringLiteral("0"));
    QCOMPARE(ChartBuilder::formatValue(1234567.5, QLocale(QLocale::English)), QStringLiteral("1,234,567.5"));
    QCOMPARE(ChartBuilder::formatValue(0.1 + 0.2, QLocale(QLocale::English)), QStringLiteral("0.3"));
    QCOMPARE(ChartBuilder::formatTick(25000, 5000, QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("2.5万"));
}

void TestCharts::emptyModelShowsNotice()
{
    QStandardItemModel empty(0, 2);
    for (const QAbstractItemModel *model : {static_cast<const QAbstractItemModel *>(&empty),
                                            static_cast<const QAbstractItemModel *>(nullptr)}) {
        std::unique_ptr<QChart> chart(ChartBuilder::buildBars(model, options()));
        QVERIFY(ChartBuilder::isEmptyChart(chart.get()));
        QVERIFY(chart->series().isEmpty());
        QVERIFY(chart->axes().isEmpty());
        QVERIFY(noticeOf(chart.get()));
        std::unique_ptr<QChart> timeline(ChartBuilder::buildTimeline(model, options()));
        QVERIFY(ChartBuilder::isEmptyChart(timeline.get()));
        // Drawn, the notice sits in the middle.
        const QImage image = ChartExporter::render(chart.get(), {800, 500}, 1);
        QVERIFY(nonWhite(image, QRect(250, 200, 300, 100)) > 50);
    }
}

void TestCharts::timelineHasOneLinePerProvince()
{
    std::unique_ptr<QStandardItemModel> model(timelineModel());
    std::unique_ptr<QChart> chart(ChartBuilder::buildTimeline(model.get(), options()));
    QCOMPARE(chart->series().size(), 2);
    auto *sichuan = qobject_cast<QLineSeries *>(chart->series().at(0));
    auto *yunnan = qobject_cast<QLineSeries *>(chart->series().at(1));
    QVERIFY(sichuan && yunnan);
    QCOMPARE(sichuan->name(), QStringLiteral("四川"));
    QCOMPARE(sichuan->count(), 3);
    QCOMPARE(yunnan->count(), 2); // no figure on the second date
    QVERIFY(sichuan->pointsVisible());
    QCOMPARE(ChartBuilder::columnForSeries(yunnan), 1);
    QCOMPARE(ChartBuilder::rowForPoint(yunnan, yunnan->at(1)), 2);
    QCOMPARE(ChartBuilder::rowForPoint(sichuan, QPointF(QDate(1954, 7, 1).toJulianDay(), 0)), 1);
    const QStringList dates = [&] {
        for (QAbstractAxis *axis : chart->axes(Qt::Horizontal))
            return qobject_cast<QCategoryAxis *>(axis)->categoriesLabels();
        return QStringList();
    }();
    QCOMPARE(dates, QStringList({"1954-06-22", "1954-07-03", "1954-09-10"}));
}

void TestCharts::renderDefaultSize()
{
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    std::unique_ptr<QChart> chart(ChartBuilder::buildBars(model.get(), options()));
    const QImage image = ChartExporter::render(chart.get());
    QCOMPARE(image.size(), QSize(3200, 2000));
    QCOMPARE(image.devicePixelRatio(), 2.0);
    QCOMPARE(image.pixel(2, 2), qRgb(255, 255, 255)); // white background, no rounded corner
    QVERIFY(nonWhite(image, image.rect()) > 20000);
    // Title: the top band, centred.
    QVERIFY(nonWhite(image, QRect(3200 / 4, 0, 3200 / 2, 2000 * 8 / 100)) > 500);
    // Category labels (Chinese) just under the plot area.
    const QRectF plot = plotAreaAt(chart.get(), {1600, 1000});
    const QRect labels(int(plot.left() * 2), int(plot.bottom() * 2) + 6, int(plot.width() * 2), 60);
    QVERIFY(nonWhite(image, labels) > 300);
    QFont font;
    font.setFamilies(ChartBuilder::fontFamilies());
    QVERIFY2(QFontMetrics(font).inFontUcs4(U'川'), "Noto Sans CJK SC is needed for the Chinese labels");
    // The bars: the region's amber and the original's red are both drawn.
    bool red = false;
    bool amber = false;
    for (int y = int(plot.top() * 2); y < int(plot.bottom() * 2); y += 4) {
        for (int x = int(plot.left() * 2); x < int(plot.right() * 2); x += 4) {
            const QColor c = image.pixelColor(x, y);
            red = red || (c.red() > 160 && c.green() < 70 && c.blue() < 70);
            amber = amber || (c.red() > 200 && c.green() > 120 && c.green() < 170 && c.blue() < 60);
        }
    }
    QVERIFY(red);
    QVERIFY(amber);
}

void TestCharts::renderCustomSize()
{
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    std::unique_ptr<QChart> chart(ChartBuilder::buildBars(model.get(), options()));
    const QImage image = ChartExporter::render(chart.get(), {800, 500}, 1.0);
    QCOMPARE(image.size(), QSize(800, 500));
    QCOMPARE(image.devicePixelRatio(), 1.0);
    QVERIFY(nonWhite(image, image.rect()) > 5000);
}

void TestCharts::renderLeavesViewChartInPlace()
{
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    ChartBuilder::Options o = options();
    o.animated = true;
    QChartView view(ChartBuilder::buildBars(model.get(), o));
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QChart *chart = view.chart();
    const QSizeF before = chart->size();
    QGraphicsScene *scene = chart->scene();
    const QImage image = ChartExporter::render(chart, {1000, 600}, 1.0);
    QCOMPARE(image.size(), QSize(1000, 600));
    QVERIFY(nonWhite(image, image.rect()) > 5000);
    QCOMPARE(chart->scene(), scene);
    QCOMPARE(view.chart(), chart);
    QCOMPARE(chart->size(), before);
    QCOMPARE(chart->animationOptions(), QChart::SeriesAnimations);
}

void TestCharts::savePngWritesFile()
{
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    std::unique_ptr<QChart> chart(ChartBuilder::buildBars(model.get(), options()));
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(ChartExporter::savePng(chart.get(), path, {1600, 1000}, 2.0, &error), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.size(), QSize(3200, 2000));
    const QImage read = reader.read();
    QVERIFY(nonWhite(read, read.rect()) > 20000);
    // Atomic: no temporary left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("chart.png")});
    QVERIFY(!ChartExporter::savePng(chart.get(), m_dir.filePath(QStringLiteral("missing/chart.png")),
                                    {800, 500}, 1.0, &error));
    QVERIFY(!error.isEmpty());
}

void TestCharts::samples()
{
    // Pictures for people to look at: DUIZHAO_CHART_SAMPLE=/tmp/chart-sample.png also writes
    // chart-sample-zh.png, -log.png, -timeline.png and -empty.png beside it.
    const QString sample = qEnvironmentVariable("DUIZHAO_CHART_SAMPLE");
    if (sample.isEmpty())
        QSKIP("DUIZHAO_CHART_SAMPLE not set");
    const QString base = sample.chopped(4);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    std::unique_ptr<QStandardItemModel> dates(timelineModel());
    std::unique_ptr<QStandardItemModel> wide(
        byProvinceModel({{QStringLiteral("四川"), false, 1200.0, 1200.0, false, {}},
                         {QStringLiteral("云南"), false, 85000.0, 8500.0, true, {}},
                         {QStringLiteral("贵州"), false, 43.0, 43.0, false, {}},
                         {QStringLiteral("西康"), false, QVariant(), 700.0, true, {}},
                         {QStringLiteral("西南区"), true, 5.2e7, 5.2e6, true, {}}}));
    QVector<Row> manyRows;
    const QStringList names =
        QStringLiteral("河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
                       "广东 广西 四川 贵州 云南 陕西 甘肃 青海 宁夏 新疆")
            .split(u' ');
    for (int i = 0; i < names.size(); ++i) {
        const double v = 1000 + (i * 7919) % 9000;
        manyRows.append({names.at(i), false, v, i % 6 == 0 ? v * 0.8 : v, i % 6 == 0, {}});
    }
    manyRows.append({QStringLiteral("华北区"), true, 40000.0, 40000.0, false, {}});
    std::unique_ptr<QStandardItemModel> many(byProvinceModel(manyRows));
    ChartBuilder::Options zhOptions = options(zh);
    zhOptions.title = QStringLiteral("各省社员人数");
    zhOptions.valueTitle = QStringLiteral("社员（人）");
    ChartBuilder::Options money = options();
    money.title = QStringLiteral("Contract value by province");
    money.valueTitle = QStringLiteral("Contract value (yuan)");
    const std::pair<std::unique_ptr<QChart>, QString> charts[] = {
        {std::unique_ptr<QChart>(ChartBuilder::buildBars(model.get(), options())), QString()},
        {std::unique_ptr<QChart>(ChartBuilder::buildBars(model.get(), zhOptions)), QStringLiteral("-zh")},
        {std::unique_ptr<QChart>(ChartBuilder::buildBars(wide.get(), money)), QStringLiteral("-log")},
        {std::unique_ptr<QChart>(ChartBuilder::buildTimeline(dates.get(), options())),
         QStringLiteral("-timeline")},
        {std::unique_ptr<QChart>(ChartBuilder::buildBars(nullptr, options())), QStringLiteral("-empty")},
        {std::unique_ptr<QChart>(ChartBuilder::buildBars(many.get(), options())), QStringLiteral("-many")},
    };
    for (const auto &[chart, suffix] : charts)
        QVERIFY(ChartExporter::savePng(chart.get(), base + suffix + QStringLiteral(".png")));
    QVERIFY(ChartExporter::saveSvg(charts[0].first.get(), base + QStringLiteral(".svg")));
    // The SVG drawn back, to compare with the PNG.
    QSvgRenderer svg(base + QStringLiteral(".svg"));
    QVERIFY(svg.isValid());
    QImage drawnBack(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    drawnBack.fill(Qt::white);
    QPainter painter(&drawnBack);
    svg.render(&painter);
    painter.end();
    QVERIFY(drawnBack.save(base + QStringLiteral("-svg.png")));

    // The panel as it appears in the window.
    ChartPanel panel;
    panel.setMetrics({{QStringLiteral("members"), QStringLiteral("Members")},
                      {QStringLiteral("cooperatives"), QStringLiteral("Cooperatives")}});
    panel.setModels(model.get(), dates.get());
    panel.setTitles(Title, ValueTitle);
    panel.resize(900, 560);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::qWait(panel.chart()->animationDuration() + 300);
    QVERIFY(panel.grab().save(base + QStringLiteral("-panel.png")));
}

void TestCharts::saveSvgWritesValidSvg()
{
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    std::unique_ptr<QChart> chart(ChartBuilder::buildBars(model.get(), options()));
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(ChartExporter::saveSvg(chart.get(), path, {1600, 1000}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root.isEmpty())
            root = xml.name().toString();
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(text.contains(Title));
}

void TestCharts::timelineWithOneDate()
{
    std::unique_ptr<QStandardItemModel> model(timelineModel());
    model->removeRows(1, 2);
    std::unique_ptr<QChart> chart(ChartBuilder::buildTimeline(model.get(), options()));
    QCOMPARE(chart->series().size(), 2);
    auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categoriesLabels(), QStringList{QStringLiteral("1954-06-22")});
    QVERIFY(axis->min() < axis->max());
    const QImage image = ChartExporter::render(chart.get(), {800, 500}, 1);
    QVERIFY(nonWhite(image, image.rect()) > 3000);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
