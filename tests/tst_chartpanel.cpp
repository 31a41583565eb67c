#include "chartfixtures.h"
#include "charts/chartbuilder.h"
#include "charts/chartpanel.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGraphicsSimpleTextItem>
#include <QImageReader>
#include <QLineEdit>
#include <QLineSeries>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolTip>
#include <QtTest>

#include <cmath>
#include <memory>

// ChartPanel and the charts as a user meets them in a view: clicks that lead back to the model,
// tooltips, rebuilding when the model changes, the metric and grouping choices, and export.
class TestChartPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void panelClickOnBarEmitsRow();
    void hoverShowsTooltip();
    void panelClickOnPointEmitsCell();
    void panelRebuildsOnModelChange();
    void panelEmptyModel();
    void panelMetricsAndGrouping();
    void panelExportTo();

private:
    QTemporaryDir m_dir;
};

void TestChartPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The settings of the export dialogs go to a throw-away place.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DuizhaoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_chartpanel"));
    QSettings().clear();
}

void TestChartPanel::cleanup()
{
    // The panel lets go of a replaced chart, and a tooltip of its label, with deleteLater(): delete
    // those now, not never.
    QToolTip::hideText();
    QTRY_VERIFY(!QToolTip::isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestChartPanel::panelClickOnBarEmitsRow()
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

void TestChartPanel::hoverShowsTooltip()
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

void TestChartPanel::panelClickOnPointEmitsCell()
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

void TestChartPanel::panelRebuildsOnModelChange()
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

void TestChartPanel::panelEmptyModel()
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

void TestChartPanel::panelMetricsAndGrouping()
{
    ChartPanel panel;
    QCOMPARE(panel.objectName(), QStringLiteral("chartPanel"));
    QSignalSpy metric(&panel, &ChartPanel::metricChanged);
    QSignalSpy grouping(&panel, &ChartPanel::groupingChanged);
    panel.setMetrics({{QStringLiteral("cooperatives"), QStringLiteral("Cooperatives")},
                      {QStringLiteral("members"), QStringLiteral("Members")},
                      {QStringLiteral("contract_value"), QStringLiteral("Contract value")}});
    QCOMPARE(panel.currentMetric(), QStringLiteral("cooperatives"));
    QCOMPARE(metric.size(), 1);
    panel.setMetric(QStringLiteral("members"));
    QCOMPARE(panel.currentMetric(), QStringLiteral("members"));
    QCOMPARE(metric.size(), 2);
    QCOMPARE(metric.at(1).at(0).toString(), QStringLiteral("members"));
    // Same list again: the choice stays, no signal.
    panel.setMetrics({{QStringLiteral("cooperatives"), QStringLiteral("Cooperatives")},
                      {QStringLiteral("members"), QStringLiteral("Members")}});
    QCOMPARE(panel.currentMetric(), QStringLiteral("members"));
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

void TestChartPanel::panelExportTo()
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

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
