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
    // The original's levels only (a point is one observation: one metric, unit, role and place on
    // one date); plans stay out of the line.
    const ChartFigures::Result found = ChartFigures::collect(m_source, m_metric, false);
    m_items.clear();
    m_note = ChartFigures::note(found);
    m_unit = found.unit;
    m_scale = found.scale;
    for (const ChartFigures::Item &item : found.items) {
        if (!item.hasOriginal || !item.date.isValid())
            continue;
        m_items.append(item);
        if (!m_dates.contains(item.date))
            m_dates.append(item.date);
        if (!m_provinces.contains(item.province))
            m_provinces.append(item.province);
    }
    std::sort(m_dates.begin(), m_dates.end());
    m_cells.fill(QVector<Cell>(m_provinces.size()), m_dates.size());
    for (int i = 0; i < m_items.size(); ++i) {
        const ChartFigures::Item &item = m_items.at(i);
        Cell &cell =
            m_cells[int(std::lower_bound(m_dates.begin(), m_dates.end(), item.date) - m_dates.begin())]
                   [int(m_provinces.indexOf(item.province))];
        // A level is the largest of the day's figures (never their sum); a ratio their average.
        cell.average = item.ratio;
        cell.sum = cell.average ? cell.sum + item.original
                                : (cell.count ? qMax(cell.sum, item.original) : item.original);
        ++cell.count;
        cell.items.append(i);
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
        return QVariant::fromValue(ChartFigures::rowsOf(m_items, cell.items));
    case Qt::ToolTipRole:
        return ChartFigures::toolTip(m_items, cell.items, cell.average);
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
    if (role == ChartRoles::NoteRole && section == 0)
        return m_note;
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
    return ChartFigures::rowsOf(m_items, m_cells.at(row).at(column).items);
}
