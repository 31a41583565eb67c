#pragma once

#include <QList>
#include <QPair>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QWidget>

class QAbstractItemModel;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class QToolButton;

// The chart tab of the main window: a metric chosen in a combo box, shown by province (bars) or by
// date (lines), rebuilt whenever its models change, clickable back to the figures behind a bar or
// point, and exported to PNG or SVG. It only reads the models; choosing the metric in the models is
// the owner's job, on metricChanged.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Grouping
    {
        ByProvince,
        ByDate
    };
    Q_ENUM(Grouping)

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    // The panel rebuilds its chart when they change (reset, data, header, rows or columns).
    void setModels(QAbstractItemModel *byProvince, QAbstractItemModel *byDate);
    // (name, label) pairs for the combo box, in order.
    void setMetrics(const QList<QPair<QString, QString>> &metrics);
    QString currentMetric() const;
    void setMetric(const QString &name);
    Grouping grouping() const { return m_grouping; }
    bool plansShown() const;
    void setGrouping(Grouping grouping);
    // Title of the chart and of its value axis (with the unit).
    void setTitles(const QString &title, const QString &valueTitle);

    // The chart currently shown, brought up to date first.
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }

    // Writes the chart as "png" or "svg" without asking anything; a fresh chart is built for it, so
    // the one on screen is not disturbed. scale is ignored for SVG.
    bool exportTo(const QString &path, const QString &format, const QSize &size = {1600, 1000},
                  qreal scale = 2.0, QString *error = nullptr);

public Q_SLOTS:
    // Asks for a size and a file name, then writes the chart; format is "png" or "svg".
    void exportInteractively(const QString &format);

Q_SIGNALS:
    void metricChanged(const QString &name);
    void groupingChanged(ChartPanel::Grouping grouping);
    // Plans, targets and estimates as a series of their own, by province (off by default, remembered).
    void plansShownChanged(bool shown);
    void barClicked(int row);               // by province: the model row of the category clicked
    void pointClicked(int row, int column); // by date: the model cell of the point clicked
    // The figure table rows (FigureRowsRole) behind the bar or point clicked, the same click as above.
    void figuresClicked(const QList<int> &figureRows);
    void exportRequested(const QString &format); // "png" or "svg", before the dialogs
    void exported(const QString &path);          // after a file was written

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectModel(QAbstractItemModel *model);
    void scheduleRebuild();
    void rebuild();
    QChart *buildChart(bool animated) const;
    void connectChart(QChart *chart);
    void retranslate();
    void updateGroupingChoice();
    bool askExportSize(const QString &format, QSize *size, qreal *scale);

    QPointer<QAbstractItemModel> m_byProvince;
    QPointer<QAbstractItemModel> m_byDate;
    Grouping m_grouping = Grouping::ByProvince;
    QString m_title;
    QString m_valueTitle;
    bool m_rebuildPending = false;

    QLabel *m_metricLabel = nullptr;
    QComboBox *m_metric = nullptr;
    QRadioButton *m_byProvinceButton = nullptr;
    QRadioButton *m_byDateButton = nullptr;
    QCheckBox *m_plans = nullptr;
    QToolButton *m_exportPng = nullptr;
    QToolButton *m_exportSvg = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
};
