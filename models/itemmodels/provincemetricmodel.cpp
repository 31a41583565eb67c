#include "itemmodels/provincemetricmodel.h"

#include "figures/figure.h"
#include "itemmodels/chartroles.h"
#include "itemmodels/chartselection.h"
#include "itemmodels/figuretablemodel.h"
#include "places/gazetteer.h"

#include <QAbstractProxyModel>

#include <algorithm>
#include <cmath>

ProvinceMetricModel::ProvinceMetricModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_rebuildTimer.setSingleShot(true);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &ProvinceMetricModel::rebuild);
}

void ProvinceMetricModel::setUpdateInterval(int milliseconds)
{
    m_rebuildTimer.setInterval(milliseconds);
}

void ProvinceMetricModel::sourceChanged()
{
    if (m_rebuildTimer.interval() <= 0)
        rebuild();
    else if (!m_rebuildTimer.isActive())
        m_rebuildTimer.start();
}

void ProvinceMetricModel::setSourceModel(QAbstractItemModel *figures)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = figures;
    if (figures) {
        connect(figures, &QAbstractItemModel::modelReset, this, &ProvinceMetricModel::sourceChanged);
        connect(figures, &QAbstractItemModel::layoutChanged, this, &ProvinceMetricModel::sourceChanged);
        connect(figures, &QAbstractItemModel::rowsInserted, this, &ProvinceMetricModel::sourceChanged);
        connect(figures, &QAbstractItemModel::rowsRemoved, this, &ProvinceMetricModel::sourceChanged);
        connect(figures, &QAbstractItemModel::dataChanged, this, &ProvinceMetricModel::sourceChanged);
    }
    rebuild();
}

void ProvinceMetricModel::setMetric(const QString &metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    rebuild();
}

void ProvinceMetricModel::setChineseLabels(bool chinese)
{
    if (chinese == m_chineseLabels)
        return;
    m_chineseLabels = chinese;
    if (!m_categories.isEmpty())
        Q_EMIT headerDataChanged(Qt::Vertical, 0, int(m_categories.size()) - 1);
}

void ProvinceMetricModel::rebuild()
{
    m_rebuildTimer.stop();
    beginResetModel();
    m_categories.clear();
    QHash<QString, int> byPlace;
    QHash<QString, int> unitVotes;
    QHash<int, int> kindVotes;
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_source.data());
    const int rows = m_source ? m_source->rowCount() : 0;
    for (int r = 0; r < rows; ++r) {
        const QModelIndex first = m_source->index(r, 0);
        if (!ChartSelection::accepts(m_metric, first))
            continue;
        const QString province = first.data(FigureTableModel::ProvinceIdRole).toString();
        if (province.isEmpty() || province.contains(u';'))
            continue; // a figure about several provinces is counted for none of them alone
        auto it = byPlace.find(province);
        if (it == byPlace.end()) {
            const Gazetteer::Place *p = gazetteer.place(province);
            if (p && p->type == QLatin1String("abroad"))
                continue; // a figure about another country is no bar of a chart of China's provinces
            Category c;
            c.placeId = province;
            // Regions and the whole country stand apart from the provinces, after them.
            c.isNational = p && p->type == QLatin1String("country");
            c.isRegion = p && (p->type == QLatin1String("region") || c.isNational);
            it = byPlace.insert(province, int(m_categories.size()));
            m_categories.append(c);
        }
        Category &c = m_categories[*it];
        const int kind = first.data(FigureTableModel::KindRole).toInt();
        c.average = kind == int(Figure::Kind::Percent) || kind == int(Figure::Kind::Multiple) ||
                    kind == int(Figure::Kind::Fraction);
        // Levels are never added: 三百六十九个合作社 and 三千七百九十三个小组 are two observations, and a
        // headline repeated in the body is one. The bar is the largest; ratios are averaged.
        auto take = [&](double &into, int &count, double v) {
            into = c.average ? into + v : (count ? qMax(into, v) : v);
            ++count;
        };
        if (first.data(FigureTableModel::ChineseFigureRole).toInt() >= 0)
            take(c.original, c.originalCount, first.data(FigureTableModel::ValueRole).toDouble());
        const QVariant translation = first.data(FigureTableModel::TranslationValueRole);
        if (translation.isValid())
            take(c.translation, c.translationCount, translation.toDouble());
        c.rows.append(proxy ? proxy->mapToSource(first).row() : r);
        ++unitVotes[first.data(FigureTableModel::UnitRole).toString()];
        ++kindVotes[kind];
    }
    // Provinces by value, largest first; regions after them, apart.
    std::stable_sort(m_categories.begin(), m_categories.end(), [](const Category &a, const Category &b) {
        if (a.isRegion != b.isRegion)
            return !a.isRegion;
        return a.originalValue() > b.originalValue();
    });
    m_unit.clear();
    int best = 0;
    for (auto it = unitVotes.cbegin(); it != unitVotes.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() < m_unit)) {
            best = it.value();
            m_unit = it.key();
        }
    }
    m_kind = 0;
    best = 0;
    for (auto it = kindVotes.cbegin(); it != kindVotes.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            m_kind = it.key();
        }
    }
    endResetModel();
}

int ProvinceMetricModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int ProvinceMetricModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvinceMetricModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Category &c = m_categories.at(index.row());
    const bool original = index.column() == OriginalColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (original)
            return c.originalCount ? QVariant(c.originalValue()) : QVariant();
        return c.translationCount ? QVariant(c.translationValue()) : QVariant();
    case ChartRoles::FigureRowsRole:
        return QVariant::fromValue(c.rows);
    case ChartRoles::DisagreesRole: {
        const double a = c.originalValue();
        const double b = c.translationValue();
        return c.originalCount != c.translationCount ||
               std::fabs(a - b) > 1e-9 * qMax(1.0, qMax(std::fabs(a), std::fabs(b)));
    }
    }
    return {};
}

QVariant ProvinceMetricModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole)
            return section == OriginalColumn ? tr("Original (Chinese)") : tr("Translation (English)");
        if (role == ChartRoles::UnitRole && section == 0)
            return m_unit;
        return {};
    }
    if (section < 0 || section >= m_categories.size())
        return {};
    const Category &c = m_categories.at(section);
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = Gazetteer::builtIn().label(c.placeId, m_chineseLabels);
        // The whole country needs no word: "China" beside the regions says it, and stays short.
        return c.isRegion && !c.isNational ? tr("%1 (region)").arg(name) : name;
    }
    case ChartRoles::IsRegionRole:
        return c.isRegion;
    case ChartRoles::PlaceIdRole:
        return c.placeId;
    }
    return {};
}

QString ProvinceMetricModel::placeId(int row) const
{
    return row >= 0 && row < m_categories.size() ? m_categories.at(row).placeId : QString();
}

QList<int> ProvinceMetricModel::sourceRows(int row) const
{
    return row >= 0 && row < m_categories.size() ? m_categories.at(row).rows : QList<int>();
}
