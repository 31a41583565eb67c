#include "chartbuilder.h"
#include "chartexporter.h"
#include "chartpanel.h"
#include "chartroles.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QImageReader>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolTip>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>

namespace {

const QString Title = QStringLiteral("Members by province");
const QString ValueTitle = QStringLiteral("Members (people)");

struct Row
{
    QString label;
    bool region;
    QVariant original;
    QVariant translation;
    bool disagrees;
    QList<int> figureRows;
};

// A by-province model as models/chartroles.h describes it, built by hand.
QStandardItemModel *byProvinceModel(const QVector<Row> &rows, QObject *parent = nullptr)
{
    auto *model = new QStandardItemModel(int(rows.size()), 2, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("Original"), QStringLiteral("Translation")});
    model->setHeaderData(0, Qt::Horizontal, QStringLiteral("people"), ChartRoles::UnitRole);
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        auto *header = new QStandardItem(row.label);
        header->setData(row.region, ChartRoles::IsRegionRole);
        model->setVerticalHeaderItem(r, header);
        for (int column = 0; column < 2; ++column) {
            auto *item = new QStandardItem;
            item->setData(column == 0 ? row.original : row.translation, Qt::DisplayRole);
            item->setData(row.disagrees, ChartRoles::DisagreesRole);
            item->setData(QVariant::fromValue(row.figureRows), ChartRoles::FigureRowsRole);
            model->setItem(r, column, item);
        }
    }
    return model;
}

QStandardItemModel *sampleModel(QObject *parent = nullptr)
{
    return byProvinceModel({{QStringLiteral("四川"), false, 120000.0, 120000.0, false, {0, 4}},
                            {QStringLiteral("云南"), false, 85000.0, 58000.0, true, {1}},
                            {QStringLiteral("贵州"), false, 43000.0, 43000.0, false, {2}},
                            {QStringLiteral("西南区"), true, 350000.0, 350000.0, false, {3}}},
                           parent);
}

// By date: three article dates, two provinces.
QStandardItemModel *timelineModel(QObject *parent = nullptr)
{
    auto *model = new QStandardItemModel(3, 2, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("四川"), QStringLiteral("云南")});
    model->setHeaderData(0, Qt::Horizontal, QStringLiteral("people"), ChartRoles::UnitRole);
    const QDate dates[] = {QDate(1954, 6, 22), QDate(1954, 7, 3), QDate(1954, 9, 10)};
    const double values[3][2] = {{1000, 800}, {1500, 0}, {2200, 1300}};
    for (int r = 0; r < 3; ++r) {
        auto *header = new QStandardItem(dates[r].toString(Qt::ISODate));
        header->setData(dates[r], ChartRoles::DateRole);
        model->setVerticalHeaderItem(r, header);
        for (int c = 0; c < 2; ++c) {
            auto *item = new QStandardItem;
            if (values[r][c] != 0) // 云南 has no figure on the second date
                item->setData(values[r][c], Qt::DisplayRole);
            item->setData(QVariant::fromValue(QList<int>{r * 10 + c}), ChartRoles::FigureRowsRole);
            model->setItem(r, c, item);
        }
    }
    return model;
}

ChartBuilder::Options options(const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates))
{
    ChartBuilder::Options o;
    o.title = Title;
    o.valueTitle = ValueTitle;
    o.locale = locale;
    return o;
}

QList<QBarSet *> barSets(const QChart *chart)
{
    QList<QBarSet *> sets;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            sets += bars->barSets();
    }
    return sets;
}

// What the chart draws for one model cell: the sum over the bars that lead back to its row.
double drawn(const QChart *chart, int row, int column)
{
    double sum = 0;
    for (QBarSet *set : barSets(chart)) {
        for (int bar = 0; bar < set->count(); ++bar) {
            if (ChartBuilder::rowForCategory(chart, bar) == row &&
                ChartBuilder::columnForBarSet(set) == column)
                sum += set->at(bar);
        }
    }
    return sum;
}

// The bar (slot) of a model cell, and the series it is in.
int barOf(const QChart *chart, int row, int column, QAbstractSeries **series = nullptr)
{
    for (QAbstractSeries *s : chart->series()) {
        for (QBarSet *set : qobject_cast<QAbstractBarSeries *>(s)->barSets()) {
            for (int bar = 0; bar < set->count(); ++bar) {
                if (ChartBuilder::rowForCategory(chart, bar) == row &&
                    ChartBuilder::columnForBarSet(set) == column && set->at(bar) != 0) {
                    if (series)
                        *series = s;
                    return bar;
                }
            }
        }
    }
    return -1;
}

QStringList categoryLabels(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
            return categories->categoriesLabels();
    }
    return {};
}

QStringList valueLabels(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *values = qobject_cast<QCategoryAxis *>(axis))
            return values->categoriesLabels();
    }
    return {};
}

int nonWhite(const QImage &image, const QRect &rect)
{
    int count = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 200)
                ++count;
        }
    }
    return count;
}

// The plot area the chart gets at a size, as the exporter lays it out.
QRectF plotAreaAt(QChart *chart, const QSize &size)
{
    chart->resize(size);
    chart->layout()->activate();
    return chart->plotArea();
}

QGraphicsSimpleTextItem *noticeOf(const QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems()) {
        auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        if (text && text->text() == ChartBuilder::noFiguresText())
            return text;
    }
    return nullptr;
}

} // namespace

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
    void panelClickOnBarEmitsRow();
    void hoverShowsTooltip();
    void timelineWithOneDate();
    void panelClickOnPointEmitsCell();
    void panelRebuildsOnModelChange();
    void panelEmptyModel();
    void panelMetricsAndGrouping();
    void panelExportTo();

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

void TestCharts::panelClickOnBarEmitsRow()
{
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    ChartPanel panel;
    panel.setModels(model.get(), nullptr);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QChart *chart = panel.chart();
    // Let the bars grow to their height before clicking one.
    QTest::qWait(chart->animationDuration() + 300);

    QSignalSpy bars(&panel, &ChartPanel::barClicked);
    QSignalSpy figures(&panel, &ChartPanel::figuresClicked);
    // 贵州 (row 2) agrees: one bar; click half way up.
    QAbstractSeries *series = nullptr;
    const int bar = barOf(chart, 2, 0, &series);
    QVERIFY(bar >= 0);
    const QPointF inChart = chart->mapToPosition(QPointF(bar, 43000.0 / 2), series);
    QTest::mouseClick(panel.chartView()->viewport(), Qt::LeftButton, {},
                      panel.chartView()->mapFromScene(chart->mapToScene(inChart)));
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.at(0).at(0).toInt(), 2);
    QCOMPARE(figures.at(0).at(0).value<QList<int>>(), QList<int>{2});
    // The bar clicked stays marked.
    int selected = 0;
    for (QBarSet *set : barSets(chart))
        selected += int(set->selectedBars().size());
    QCOMPARE(selected, 1);

    // The translation of 云南 (row 1), and the region after the gap.
    const QPointF translation = chart->mapToPosition(QPointF(barOf(chart, 1, 1), 20000), series);
    QTest::mouseClick(panel.chartView()->viewport(), Qt::LeftButton, {},
                      panel.chartView()->mapFromScene(chart->mapToScene(translation)));
    QCOMPARE(bars.size(), 2);
    QCOMPARE(bars.at(1).at(0).toInt(), 1);
    QCOMPARE(figures.at(1).at(0).value<QList<int>>(), QList<int>{1});
    const QPointF region = chart->mapToPosition(QPointF(barOf(chart, 3, 0), 100000), series);
    QTest::mouseClick(panel.chartView()->viewport(), Qt::LeftButton, {},
                      panel.chartView()->mapFromScene(chart->mapToScene(region)));
    QCOMPARE(bars.size(), 3);
    QCOMPARE(bars.at(2).at(0).toInt(), 3);

    // A click on the empty gap leads nowhere.
    const QPointF gap = chart->mapToPosition(QPointF(barOf(chart, 3, 0) - 1.5, 1000), series);
    QTest::mouseClick(panel.chartView()->viewport(), Qt::LeftButton, {},
                      panel.chartView()->mapFromScene(chart->mapToScene(gap)));
    QCOMPARE(bars.size(), 3);
}

void TestCharts::hoverShowsTooltip()
{
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    QChartView view(ChartBuilder::buildBars(model.get(), options()));
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QChart *chart = view.chart();
    QAbstractSeries *series = nullptr;
    const int bar = barOf(chart, 1, 1, &series); // 云南, translation
    const QPoint at = view.mapFromScene(chart->mapToScene(chart->mapToPosition(QPointF(bar, 20000), series)));
    QTest::mouseMove(view.viewport(), at - QPoint(0, 300));
    QTest::mouseMove(view.viewport(), at);
    QTRY_VERIFY(!QToolTip::text().isEmpty());
    QCOMPARE(QToolTip::text(),
             QStringLiteral("云南: 85,000 people in the original, 58,000 people in the translation"));
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

void TestCharts::panelClickOnPointEmitsCell()
{
    std::unique_ptr<QStandardItemModel> byDate(timelineModel());
    std::unique_ptr<QStandardItemModel> byProvince(sampleModel());
    ChartPanel panel;
    panel.setModels(byProvince.get(), byDate.get());
    panel.setGrouping(ChartPanel::Grouping::ByDate);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QChart *chart = panel.chart();
    QTest::qWait(chart->animationDuration() + 300);
    auto *yunnan = qobject_cast<QLineSeries *>(chart->series().value(1));
    QVERIFY(yunnan);
    QSignalSpy points(&panel, &ChartPanel::pointClicked);
    QSignalSpy figures(&panel, &ChartPanel::figuresClicked);
    const QPointF inChart = chart->mapToPosition(yunnan->at(1), yunnan);
    QTest::mouseClick(panel.chartView()->viewport(), Qt::LeftButton, {},
                      panel.chartView()->mapFromScene(chart->mapToScene(inChart)));
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.at(0).at(0).toInt(), 2); // 1954-09-10
    QCOMPARE(points.at(0).at(1).toInt(), 1); // 云南
    QCOMPARE(figures.at(0).at(0).value<QList<int>>(), QList<int>{21});

    auto *sichuan = qobject_cast<QLineSeries *>(chart->series().value(0));
    const QPoint first =
        panel.chartView()->mapFromScene(chart->mapToScene(chart->mapToPosition(sichuan->at(0), sichuan)));
    QTest::mouseMove(panel.chartView()->viewport(), first + QPoint(0, 100));
    QTest::mouseMove(panel.chartView()->viewport(), first);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("四川, 1954-06-22: 1,000 people"));
}

void TestCharts::panelRebuildsOnModelChange()
{
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    ChartPanel panel;
    panel.setModels(model.get(), nullptr);
    QChart *first = panel.chart();
    QCOMPARE(drawn(first, 2, 0), 43000.0);
    model->item(2, 0)->setData(47000.0, Qt::DisplayRole);
    QChart *second = panel.chart();
    QVERIFY(second != first);
    QCOMPARE(drawn(second, 2, 0), 47000.0);
    model->removeRow(0);
    QCOMPARE(categoryLabels(panel.chart()), QStringList({"云南", "贵州", " ", "西南区"}));
    model->clear();
    QVERIFY(ChartBuilder::isEmptyChart(panel.chart()));
    QCOMPARE(panel.chartView()->chart(), panel.chart());
}

void TestCharts::panelEmptyModel()
{
    QStandardItemModel empty(0, 2);
    ChartPanel panel;
    panel.setModels(&empty, &empty);
    panel.resize(800, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(ChartBuilder::isEmptyChart(panel.chart()));
    QGraphicsSimpleTextItem *notice = noticeOf(panel.chart());
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    // Centred in the chart.
    const QPointF center = notice->mapToParent(notice->boundingRect().center());
    QVERIFY(std::abs(center.x() - panel.chart()->size().width() / 2) < 2);
    QVERIFY(std::abs(center.y() - panel.chart()->size().height() / 2) < 2);
    panel.setGrouping(ChartPanel::Grouping::ByDate);
    QVERIFY(noticeOf(panel.chart()));
    panel.setModels(nullptr, nullptr);
    QVERIFY(noticeOf(panel.chart()));
}

void TestCharts::panelMetricsAndGrouping()
{
    ChartPanel panel;
    QCOMPARE(panel.objectName(), QStringLiteral("chartPanel"));
    QSignalSpy metric(&panel, &ChartPanel::metricChanged);
    QSignalSpy grouping(&panel, &ChartPanel::groupingChanged);
    panel.setMetrics({{QStringLiteral("cooperatives"), QStringLiteral("Cooperatives")},
                      {QStringLiteral("members"), QStringLiteral("Members")},
                      {QStringLiteral("contract_value"), QStringLiteral("Contract value")}});
    QCOMPARE(panel.metric(), QStringLiteral("cooperatives"));
    QCOMPARE(metric.size(), 1);
    panel.setMetric(QStringLiteral("members"));
    QCOMPARE(panel.metric(), QStringLiteral("members"));
    QCOMPARE(metric.size(), 2);
    QCOMPARE(metric.at(1).at(0).toString(), QStringLiteral("members"));
    // Same list again: the choice stays, no signal.
    panel.setMetrics({{QStringLiteral("cooperatives"), QStringLiteral("Cooperatives")},
                      {QStringLiteral("members"), QStringLiteral("Members")}});
    QCOMPARE(panel.metric(), QStringLiteral("members"));
    QCOMPARE(metric.size(), 2);

    // Several dates make a line; one does not.
    auto *byDate = panel.findChild<QRadioButton *>(QStringLiteral("chartByDate"));
    QVERIFY(byDate);
    std::unique_ptr<QStandardItemModel> dates(timelineModel());
    panel.setModels(nullptr, dates.get());
    QVERIFY(byDate->isEnabled());
    dates->removeRows(1, 2);
    panel.chart(); // the rebuild the removal scheduled
    QVERIFY(!byDate->isEnabled());

    panel.setTitles(Title, ValueTitle);
    QCOMPARE(panel.chart()->title(), Title);
    panel.setGrouping(ChartPanel::Grouping::ByDate);
    QCOMPARE(panel.grouping(), ChartPanel::Grouping::ByDate);
    QCOMPARE(grouping.size(), 1);
    QCOMPARE(panel.chart()->title(), Title);
}

void TestCharts::panelExportTo()
{
    std::unique_ptr<QStandardItemModel> model(sampleModel());
    ChartPanel panel;
    panel.setModels(model.get(), nullptr);
    panel.setTitles(Title, ValueTitle);
    panel.resize(700, 450);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QChart *shown = panel.chart();
    const QSizeF shownSize = shown->size();
    const QString png = m_dir.filePath(QStringLiteral("panel.png"));
    const QString svg = m_dir.filePath(QStringLiteral("panel.svg"));
    QString error;
    QVERIFY2(panel.exportTo(png, QStringLiteral("png"), {800, 500}, 1.5, &error), qPrintable(error));
    QCOMPARE(QImageReader(png).size(), QSize(1200, 750));
    QVERIFY2(panel.exportTo(svg, QStringLiteral("svg"), {800, 500}, 1.0, &error), qPrintable(error));
    QVERIFY(QFileInfo(svg).size() > 1000);
    QCOMPARE(panel.chart(), shown);
    QCOMPARE(shown->size(), shownSize);

    // Through the dialogs: size and scale, then the file name, in the folder of the last export.
    QSettings().setValue(QStringLiteral("export/lastFolder"), m_dir.path());
    const QString chosen = m_dir.filePath(QStringLiteral("dialogs.png"));
    QStringList seen;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *files = qobject_cast<QFileDialog *>(dialog)) {
            seen << files->directory().absolutePath();
            // Typed, as a user would: selectFile() can be undone by the folder still loading.
            files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))
                ->setText(QFileInfo(chosen).fileName());
            QMetaObject::invokeMethod(files, "accept");
        } else if (dialog->objectName() == QLatin1String("chartExportDialog")) {
            seen << QString::number(dialog->findChild<QSpinBox *>(QStringLiteral("exportWidth"))->value());
            dialog->findChild<QSpinBox *>(QStringLiteral("exportWidth"))->setValue(900);
            dialog->findChild<QSpinBox *>(QStringLiteral("exportHeight"))->setValue(600);
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("exportScale"))->setValue(1.0);
            dialog->accept();
        }
    });
    answer.start(50);
    QSignalSpy requested(&panel, &ChartPanel::exportRequested);
    QSignalSpy exported(&panel, &ChartPanel::exported);
    QSettings().remove(QStringLiteral("export/width"));
    panel.exportInteractively(QStringLiteral("png"));
    answer.stop();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("png"));
    QCOMPARE(seen.value(0), QStringLiteral("1600"));
    QCOMPARE(QDir(seen.value(1)), QDir(m_dir.path()));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(0).toString(), chosen);
    QCOMPARE(QImageReader(chosen).size(), QSize(900, 600));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
