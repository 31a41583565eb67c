#include "window/explorercontroller.h"

#include "charts/chartpanel.h"
#include "charts/charttitles.h"
#include "common/uilanguage.h"
#include "figures/metriclexicon.h"
#include "itemmodels/chartselection.h"
#include "itemmodels/figurefilterproxy.h"
#include "itemmodels/figuretablemodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/metrictimelinemodel.h"
#include "itemmodels/provincemetricmodel.h"
#include "reading/parallelview.h"
#include "tables/figuretabledock.h"
#include "tables/findingsdock.h"
#include "tables/tableexporter.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

ExplorerController::ExplorerController(QMainWindow *window, ParallelView *view)
    : QObject(window), m_window(window), m_view(view), m_figures(new FigureTableModel(this)),
      m_proxy(new FigureFilterProxy(this)), m_byProvince(new ProvinceMetricModel(this)),
      m_byDate(new MetricTimelineModel(this)), m_findings(new FindingsModel(this))
{
    m_proxy->setSourceModel(m_figures);
    m_byProvince->setSourceModel(m_proxy);
    m_byDate->setSourceModel(m_proxy);
    // A folder of thousands of articles arrives in batches: redraw the chart a few times a second,
    // not once per batch, so the window stays responsive.
    m_byProvince->setUpdateInterval(250);
    m_byDate->setUpdateInterval(250);

    m_figureDock = new FigureTableDock(m_figures, m_proxy, window);
    m_findingsDock = new FindingsDock(m_findings, window);
    m_chartDock = new QDockWidget(window);
    m_chartDock->setObjectName(QStringLiteral("chartDock"));
    m_chartPanel = new ChartPanel(m_chartDock);
    m_chartDock->setWidget(m_chartPanel);
    m_chartPanel->setModels(m_byProvince, m_byDate);

    m_nextFigure = new QAction(this);
    m_nextFigure->setObjectName(QStringLiteral("nextFigure"));
    m_nextFigure->setShortcut(QKeySequence(Qt::Key_F3));
    m_previousFigure = new QAction(this);
    m_previousFigure->setObjectName(QStringLiteral("previousFigure"));
    m_previousFigure->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_nextFinding = new QAction(this);
    m_nextFinding->setObjectName(QStringLiteral("nextFinding"));
    m_nextFinding->setShortcut(QKeySequence(Qt::Key_F8));
    m_previousFinding = new QAction(this);
    m_previousFinding->setObjectName(QStringLiteral("previousFinding"));
    m_previousFinding->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_exportFigures = new QAction(this);
    m_exportFindings = new QAction(this);
    connect(m_nextFigure, &QAction::triggered, this, [this] { stepFigure(1); });
    connect(m_previousFigure, &QAction::triggered, this, [this] { stepFigure(-1); });
    connect(m_nextFinding, &QAction::triggered, this, [this] { stepFinding(1); });
    connect(m_previousFinding, &QAction::triggered, this, [this] { stepFinding(-1); });
    connect(m_exportFigures, &QAction::triggered, this, [this] { exportTable(true); });
    connect(m_exportFindings, &QAction::triggered, this, [this] { exportTable(false); });

    connect(m_figureDock, &FigureTableDock::figureActivated, this, &ExplorerController::showFigureRow);
    connect(m_findingsDock, &FindingsDock::findingActivated, this, &ExplorerController::showFindingRow);
    connect(m_view, &ParallelView::figureSelected, this,
            [this](Article::Language language, int figure) { onFigureSelected(int(language), figure); });
    connect(m_chartPanel, &ChartPanel::metricChanged, this, &ExplorerController::setChartMetric);
    connect(m_chartPanel, &ChartPanel::exported, this, &ExplorerController::exported);
    connect(m_chartPanel, &ChartPanel::groupingChanged, this, &ExplorerController::updateChartTitles);
    m_byProvince->setShowPlans(m_chartPanel->plansShown());
    connect(m_chartPanel, &ChartPanel::plansShownChanged, m_byProvince, &ProvinceMetricModel::setShowPlans);
    connect(m_chartPanel, &ChartPanel::barClicked, this, &ExplorerController::onBarClicked);
    connect(m_chartPanel, &ChartPanel::pointClicked, this, &ExplorerController::onPointClicked);
    // The axis title names the unit of the figures actually shown.
    connect(m_byProvince, &QAbstractItemModel::modelReset, this, &ExplorerController::updateChartTitles);

    // Read before retranslate(): filling the metric box announces its first entry as the choice.
    const QString metric =
        QSettings().value(QStringLiteral("chart/metric"), QStringLiteral("members")).toString();
    m_byProvince->setMetric(metric);
    m_byDate->setMetric(metric);
    retranslate();
    setChartMetric(metric);
}

void ExplorerController::retranslate()
{
    const bool chinese = UiLanguage::current() == QLatin1String("zh_CN");
    m_figures->setChineseLabels(chinese);
    m_byProvince->setChineseLabels(chinese);
    m_byDate->setChineseLabels(chinese);
    m_chartDock->setWindowTitle(tr("Chart"));
    m_nextFigure->setText(tr("Next &Figure"));
    m_previousFigure->setText(tr("Previous F&igure"));
    m_nextFinding->setText(tr("Next Fin&ding"));
    m_previousFinding->setText(tr("Previous Find&ing"));
    m_exportFigures->setText(tr("Export Figures as &CSV…"));
    m_exportFindings->setText(tr("Export Findings as C&SV…"));
    QList<QPair<QString, QString>> metrics;
    for (const MetricLexicon::Metric &m : MetricLexicon::builtIn().metrics()) {
        if (m.name != QLatin1String("other") && m.name != QLatin1String("duration"))
            metrics.append({m.name, chinese ? m.chinese : m.english});
    }
    for (const QString &growth : ChartSelection::growthCharts())
        metrics.append({growth, ChartTitles::metricLabel(growth)});
    const QString metric = m_byProvince->metric();
    m_chartPanel->setMetrics(metrics);
    if (!metric.isEmpty())
        m_chartPanel->setMetric(metric);
    updateChartTitles();
}

void ExplorerController::addArticles(const QVector<ArticleAnalysisPtr> &articles)
{
    m_figures->addArticles(articles);
    m_findings->addArticles(articles);
}

void ExplorerController::clear()
{
    m_figures->setArticles({});
    m_findings->setArticles({});
    m_current.reset();
}

void ExplorerController::setCurrentArticle(const ArticleAnalysisPtr &analysis)
{
    m_current = analysis;
    m_figureDock->setCurrentArticle(analysis ? analysis->article.path : QString());
}

void ExplorerController::showFigureRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_figures->rowCount())
        return;
    const FigureTableModel::Row &row = m_figures->row(sourceRow);
    if (m_current != row.analysis)
        Q_EMIT articleRequested(row.analysis->article.path);
    if (m_current != row.analysis)
        return; // the window could not show it
    m_figureDock->selectSourceRow(sourceRow);
    if (row.chinese >= 0)
        m_view->selectFigure(Article::Language::Chinese, row.chinese);
    else
        m_view->selectFigure(Article::Language::English, row.english);
}

void ExplorerController::showFindingRow(int sourceRow)
{
    const ArticleAnalysisPtr analysis = m_findings->analysis(sourceRow);
    if (!analysis)
        return;
    if (m_current != analysis)
        Q_EMIT articleRequested(analysis->article.path);
    if (m_current != analysis)
        return;
    m_findingsDock->selectSourceRow(sourceRow);
    m_view->showFinding(m_findings->index(sourceRow, 0).data(FindingsModel::FindingRole).toInt());
}

void ExplorerController::onFigureSelected(int language, int figure)
{
    if (!m_view->analysis())
        return;
    const int row = m_figures->rowOf(m_view->analysis()->article.path, Article::Language(language), figure);
    if (row >= 0)
        m_figureDock->selectSourceRow(row);
}

void ExplorerController::stepFigure(int step)
{
    if (!m_current)
        return;
    const QString path = m_current->article.path;
    // Where we are: the selected figure of either pane.
    int row = -1;
    for (auto language : {Article::Language::Chinese, Article::Language::English}) {
        const int selected = m_view->selectedFigure(language);
        if (selected >= 0) {
            row = m_figures->rowOf(path, language, selected);
            break;
        }
    }
    int next = row < 0 ? (step > 0 ? m_figures->rowOf(path, Article::Language::Chinese, 0) : -1) : row + step;
    if (row < 0 && next < 0) {
        // No Chinese figure 0 (or going backwards): the article's first or last row.
        for (int r = 0; r < m_figures->rowCount(); ++r) {
            if (m_figures->row(r).analysis == m_current) {
                next = r;
                if (step > 0)
                    break;
            }
        }
    }
    bool wrapped = false;
    if (next < 0 || next >= m_figures->rowCount() || m_figures->row(next).analysis != m_current) {
        // Round to the article's first figure (or its last, going back).
        next = -1;
        for (int r = 0; r < m_figures->rowCount(); ++r) {
            if (m_figures->row(r).analysis == m_current) {
                next = r;
                if (step > 0)
                    break;
            }
        }
        if (next < 0) {
            m_window->statusBar()->showMessage(tr("This article has no figures"), 2000);
            return;
        }
        wrapped = true;
    }
    showFigureRow(next);
    if (wrapped)
        m_window->statusBar()->showMessage(step > 0 ? tr("Back at the first figure of the article")
                                                    : tr("Back at the last figure of the article"),
                                           3000);
}

void ExplorerController::stepFinding(int step)
{
    bool wrapped = false;
    const int row = m_findingsDock->neighbourRow(step, &wrapped);
    if (row < 0) {
        m_window->statusBar()->showMessage(tr("No findings are shown"), 2000);
        return;
    }
    showFindingRow(row);
    if (wrapped)
        m_window->statusBar()->showMessage(
            step > 0 ? tr("Back at the first finding") : tr("Back at the last finding"), 3000);
}

void ExplorerController::setChartMetric(const QString &metric)
{
    if (metric.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("chart/metric"), metric);
    m_byProvince->setMetric(metric);
    m_byDate->setMetric(metric);
    if (m_chartPanel->currentMetric() != metric)
        m_chartPanel->setMetric(metric);
    updateChartTitles();
}

void ExplorerController::updateChartTitles()
{
    const QString metric = m_byProvince->metric();
    if (metric.isEmpty())
        return;
    const bool byDate = m_chartPanel->grouping() == ChartPanel::Grouping::ByDate;
    m_chartPanel->setTitles(ChartTitles::title(metric, byDate),
                            ChartTitles::valueTitle(metric, m_byProvince->kind(), m_byProvince->unit()));
}

void ExplorerController::onBarClicked(int row)
{
    const QList<int> rows = m_byProvince->sourceRows(row);
    const QString place = m_byProvince->placeId(row);
    m_figureDock->setProvince(place);
    if (!rows.isEmpty())
        showFigureRow(rows.front());
}

void ExplorerController::onPointClicked(int row, int column)
{
    const QList<int> rows = m_byDate->sourceRows(row, column);
    if (!rows.isEmpty())
        showFigureRow(rows.front());
}

void ExplorerController::exportTable(bool figures)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/lastFolder")).toString();
    const QString name = figures ? tr("figures.csv") : tr("findings.csv");
    const QString path = QFileDialog::getSaveFileName(
        m_window, figures ? tr("Export Figures") : tr("Export Findings"),
        folder.isEmpty() ? name : folder + QLatin1Char('/') + name, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastFolder"), QFileInfo(path).absolutePath());
    QString error;
    const QAbstractItemModel *model =
        figures ? static_cast<const QAbstractItemModel *>(m_proxy) : m_findingsDock->view()->model();
    if (!TableExporter::saveCsv(model, path, &error))
        QMessageBox::warning(m_window, tr("Export failed"), error);
    else
        Q_EMIT exported(path);
}
