#pragma once

#include "itemmodels/chartfigures.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>
#include <QVector>

// What the bar charts show: for one metric, the original's and the translation's values by province
// (and, apart, by region), aggregated from exactly the rows the figure table shows (its filtered
// proxy is the source), through ChartFigures (one unit, old yuan converted). A bar is the largest of
// its figures (levels are never added: two figures of one metric are two observations); percentages,
// multiples and fractions averaged. With plans shown, a third column holds the largest plan, target
// or estimate of each province. Each cell's tooltip lists its figures. The shape is the one
// models/chartroles.h describes.
class ProvinceMetricModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OriginalColumn,
        TranslationColumn,
        PlanColumn, // only while plans are shown
    };

    explicit ProvinceMetricModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *figures);
    // While figures stream in, rebuild at most once per interval instead of on every change of the
    // source (0, the default: at once). Explicit calls (setMetric, setSourceModel) rebuild at once.
    void setUpdateInterval(int milliseconds);
    void setMetric(const QString &metric);
    QString metric() const { return m_metric; }
    void setChineseLabels(bool chinese);
    // Plans, targets and estimates as a series of their own (off by default).
    void setShowPlans(bool show);
    bool showPlans() const { return m_showPlans; }
    // What the chart must say about its figures (old yuan converted, other units left out), or "".
    QString note() const { return m_note; }
    // The most frequent unit of the figures shown, and their kind (Figure::Kind), for axis titles.
    QString unit() const { return m_unit; }
    QString scale() const { return m_scale; } // ChartFigures::scaleOf() of every figure shown
    int kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString placeId(int row) const;
    QList<int> sourceRows(int row) const; // rows of the figure table model (not the proxy)

private:
    struct Category
    {
        QString placeId;
        bool isRegion = false;   // a big region, or the whole country: shown after the provinces
        bool isNational = false; // the whole country
        double original = 0;
        double translation = 0;
        double plan = 0;
        int originalCount = 0;
        int translationCount = 0;
        int planCount = 0;
        bool average = false;
        QVector<int> items;     // into m_items: the levels (original and translation)
        QVector<int> planItems; // and the plans
        double originalValue() const
        {
            return average && originalCount ? original / originalCount : original;
        }
        double translationValue() const
        {
            return average && translationCount ? translation / translationCount : translation;
        }
    };
    void rebuild();
    void sourceChanged();

    QPointer<QAbstractItemModel> m_source;
    QTimer m_rebuildTimer;
    QString m_metric;
    bool m_chineseLabels = false;
    QVector<Category> m_categories;
    QVector<ChartFigures::Item> m_items;
    bool m_showPlans = false;
    QString m_note;
    QString m_scale;
    QString m_unit;
    int m_kind = 0;
};
