#pragma once

#include "check/articleanalysis.h"

#include <QObject>

class ChartPanel;
class FigureFilterProxy;
class FigureTableDock;
class FigureTableModel;
class FindingsDock;
class FindingsModel;
class MetricTimelineModel;
class ParallelView;
class ProvinceMetricModel;
class QAction;
class QDockWidget;
class QMainWindow;

// The figures side of the window: owns the figure, chart and findings models and their docks, and
// keeps them and the parallel text in step: a figure clicked in a text selects its table row; a
// row, a finding, a bar or a point shows its source sentence in both texts. The window only hands
// it the articles and shows the article it asks for.
class ExplorerController : public QObject
{
    Q_OBJECT
public:
    ExplorerController(QMainWindow *window, ParallelView *view);

    void addArticles(const QVector<ArticleAnalysisPtr> &articles);
    void clear();
    // The window shows this article now.
    void setCurrentArticle(const ArticleAnalysisPtr &analysis);

    FigureTableModel *figureModel() const { return m_figures; }
    FigureFilterProxy *figureProxy() const { return m_proxy; }
    ProvinceMetricModel *provinceModel() const { return m_byProvince; }
    MetricTimelineModel *timelineModel() const { return m_byDate; }
    FindingsModel *findingsModel() const { return m_findings; }
    FigureTableDock *figureDock() const { return m_figureDock; }
    FindingsDock *findingsDock() const { return m_findingsDock; }
    QDockWidget *chartDock() const { return m_chartDock; }
    ChartPanel *chartPanel() const { return m_chartPanel; }

    QAction *nextFigureAction() const { return m_nextFigure; }
    QAction *previousFigureAction() const { return m_previousFigure; }
    QAction *nextFindingAction() const { return m_nextFinding; }
    QAction *previousFindingAction() const { return m_previousFinding; }
    QAction *exportFiguresAction() const { return m_exportFigures; }
    QAction *exportFindingsAction() const { return m_exportFindings; }

    // Shows the figure of a row of the figure table in both texts (switching article if needed).
    void showFigureRow(int sourceRow);
    void showFindingRow(int sourceRow);
    void stepFigure(int step);
    void stepFinding(int step);
    void setChartMetric(const QString &metric);
    void retranslate();

Q_SIGNALS:
    // The window must show this article (synchronously) before the figure is selected in it.
    void articleRequested(const QString &path);
    // A table or chart was saved there.
    void exported(const QString &path);

private:
    void onFigureSelected(int language, int figure);
    void onBarClicked(int row);
    void onPointClicked(int row, int column);
    void exportTable(bool figures);
    void updateChartTitles();

    QMainWindow *m_window;
    ParallelView *m_view;
    FigureTableModel *m_figures;
    FigureFilterProxy *m_proxy;
    ProvinceMetricModel *m_byProvince;
    MetricTimelineModel *m_byDate;
    FindingsModel *m_findings;
    FigureTableDock *m_figureDock;
    FindingsDock *m_findingsDock;
    QDockWidget *m_chartDock;
    ChartPanel *m_chartPanel;
    ArticleAnalysisPtr m_current;
    QAction *m_nextFigure;
    QAction *m_previousFigure;
    QAction *m_nextFinding;
    QAction *m_previousFinding;
    QAction *m_exportFigures;
    QAction *m_exportFindings;
};
