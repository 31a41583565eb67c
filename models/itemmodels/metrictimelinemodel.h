#pragma once

#include "itemmodels/chartfigures.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QVector>

// A metric over time: one row per article date, one column per province, each cell the original's
// value that day (the largest of its figures, or the average of percentages; never a sum), from the
// rows the figure table shows through ChartFigures (one unit, old yuan converted, no plans). Each
// cell's tooltip lists its figures. The shape is the one models/chartroles.h describes.
class MetricTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit MetricTimelineModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *figures);
    // While figures stream in, rebuild at most once per interval instead of on every change of the
    // source (0, the default: at once). Explicit calls (setMetric, setSourceModel) rebuild at once.
    void setUpdateInterval(int milliseconds);
    void setMetric(const QString &metric);
    QString metric() const { return m_metric; }
    void setChineseLabels(bool chinese);
    QString note() const { return m_note; }
    QString unit() const { return m_unit; }   // that most figures shown have
    QString scale() const { return m_scale; } // ChartFigures::scaleOf() of every figure shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QList<int> sourceRows(int row, int column) const; // rows of the figure table model

private:
    struct Cell
    {
        double sum = 0;
        int count = 0;
        bool average = false;
        QVector<int> items; // into m_items
        double value() const { return average && count ? sum / count : sum; }
    };
    void rebuild();
    void sourceChanged();

    QPointer<QAbstractItemModel> m_source;
    QTimer m_rebuildTimer;
    QString m_metric;
    bool m_chineseLabels = false;
    QVector<QDate> m_dates;
    QStringList m_provinces;
    QVector<QVector<Cell>> m_cells; // [date][province]
    QVector<ChartFigures::Item> m_items;
    QString m_note;
    QString m_unit;
    QString m_scale;
};
