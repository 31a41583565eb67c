#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>
#include <QVector>

// What the bar charts show: for one metric, the original's and the translation's values by province
// (and, apart, by region), aggregated from exactly the rows the figure table shows (its filtered
// proxy is the source). A bar is the largest of its figures (levels are
// never added: two figures of one metric are two observations); percentages, multiples and fractions
// averaged. The shape is the one models/chartroles.h describes.
class ProvinceMetricModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OriginalColumn,
        TranslationColumn,
        ColumnCount
    };

    explicit ProvinceMetricModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *figures);
    // While figures stream in, rebuild at most once per interval instead of on every change of the
    // source (0, the default: at once). Explicit calls (setMetric, setSourceModel) rebuild at once.
    void setUpdateInterval(int milliseconds);
    void setMetric(const QString &metric);
    QString metric() const { return m_metric; }
    void setChineseLabels(bool chinese);
    // The most frequent unit of the figures shown, and their kind (Figure::Kind), for axis titles.
    QString unit() const { return m_unit; }
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
        int originalCount = 0;
        int translationCount = 0;
        bool average = false;
        QList<int> rows;
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
    QString m_unit;
    int m_kind = 0;
};
