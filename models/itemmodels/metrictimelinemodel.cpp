#include "itemmodels/metrictimelinemodel.h"

#include "figures/figure.h"
#include "itemmodels/chartroles.h"
#include "itemmodels/chartselection.h"
#include "itemmodels/figuretablemodel.h"
#include "places/gazetteer.h"

#include <QAbstractProxyModel>

#include <algorithm>

MetricTimelineModel::MetricTimelineModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_rebuildTimer.setSingleShot(true);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &MetricTimelineModel::rebuild);
}

void MetricTimelineModel::setUpdateInterval(int milliseconds)
{
    m_rebuildTimer.setInterval(milliseconds);
}

void MetricTimelineModel::sourceChanged()
{
    if (m_rebuildTimer.interval() <= 0)
        rebuild();
    else if (!m_rebuildTimer.isActive())
        m_rebuildTimer.start();
}

void MetricTimelineModel::setSourceModel(QAbstractItemModel *figures)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = figures;
    if (figures) {
        connect(figures, &QAbstractItemModel::modelReset, this, &MetricTimelineModel::sourceChanged);
        connect(figures, &QAbstractItemModel::layoutChanged, this, &MetricTimelineModel::sourceChanged);
        connect(figures, &QAbstractItemModel::rowsInserted, this, &MetricTimelineModel::sourceChanged);
        connect(figures, &QAbstractItemModel::rowsRemoved, this, &MetricTimelineModel::sourceChanged);
        connect(figures, &QAbstractItemModel::dataChanged, this, &MetricTimelineModel::sourceChanged);
    }
    rebuild();
}

void MetricTimelineModel::setMetric(const QString &metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    rebuild();
}

void MetricTimelineModel::setChineseLabels(bool chinese)
{
    if (chinese == m_chineseLabels)
        return;
    m_chineseLabels = chinese;
    if (!m_provinces.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_provinces.size()) - 1);
}

void MetricTimelineModel::rebuild()
{
    m_rebuildTimer.stop();
    beginResetModel();
    m_dates.clear();
    m_provinces.clear();
    m_cells.clear();
    struct Item
    {
        QDate date;
        QString province;
        double value;
        bool average;
        int row;
    };
    QVector<Item> items;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_source.data());
    const int rows = m_source ? m_source->rowCount() : 0;
    for (int r = 0; r < rows; ++r) {
        const QModelIndex first = m_source->index(r, 0);
        if (!ChartSelection::accepts(m_metric, first) ||
            first.data(FigureTableModel::ChineseFigureRole).toInt() < 0)
            continue;
        const QString province = first.data(FigureTableModel::ProvinceIdRole).toString();
        const QDate date =
            m_source->index(r, FigureTableModel::DateColumn).data(FigureTableModel::SortRole).toDate();
        if (province.isEmpty() || province.contains(u';') || !date.isValid())
            continue; // no place, or several: no line of one province
        if (const Gazetteer::Place *p = Gazetteer::builtIn().place(province);
            p && p->type == QLatin1String("abroad"))
            continue; // another country's figures make no line of China's
        const int kind = first.data(FigureTableModel::KindRole).toInt();
        items.append({date, province, first.data(FigureTableModel::ValueRole).toDouble(),
                      kind == int(Figure::Kind::Percent) || kind == int(Figure::Kind::Multiple) ||
                          kind == int(Figure::Kind::Fraction),
                      proxy ? proxy->mapToSource(first).row() : r});
        if (!m_dates.contains(date))
            m_dates.append(date);
        if (!m_provinces.contains(province))
            m_provinces.append(province);
    }
    std::sort(m_dates.begin(), m_dates.end());
    m_cells.fill(QVector<Cell>(m_provinces.size()), m_dates.size());
    for (const Item &item : std::as_const(items)) {
        Cell &cell =
            m_cells[int(std::lower_bound(m_dates.begin(), m_dates.end(), item.date) - m_dates.begin())]
                   [int(m_provinces.indexOf(item.province))];
        cell.sum += item.value;
        ++cell.count;
        cell.average = item.average;
        cell.rows.append(item.row);
    }
    endResetModel();
}

int MetricTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dates.size());
}

int MetricTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_provinces.size());
}

QVariant MetricTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &cell = m_cells.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.count ? QVariant(cell.value()) : QVariant();
    case ChartRoles::FigureRowsRole:
        return QVariant::fromValue(cell.rows);
    }
    return {};
}

QVariant MetricTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_dates.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_dates.at(section).toString(Qt::ISODate);
        if (role == ChartRoles::DateRole)
            return m_dates.at(section);
        return {};
    }
    if (section < 0 || section >= m_provinces.size())
        return {};
    if (role == Qt::DisplayRole)
        return Gazetteer::builtIn().label(m_provinces.at(section), m_chineseLabels);
    if (role == ChartRoles::PlaceIdRole)
        return m_provinces.at(section);
    return {};
}

QList<int> MetricTimelineModel::sourceRows(int row, int column) const
{
    if (row < 0 || row >= m_cells.size() || column < 0 || column >= m_provinces.size())
        return {};
    return m_cells.at(row).at(column).rows;
}
