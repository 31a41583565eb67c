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

void ProvinceMetricModel::setShowPlans(bool show)
{
    if (show == m_showPlans)
        return;
    m_showPlans = show;
    rebuild();
}

void ProvinceMetricModel::rebuild()
{
    m_rebuildTimer.stop();
    beginResetModel();
    m_categories.clear();
    const ChartFigures::Result found = ChartFigures::collect(m_source, m_metric, m_showPlans);
    m_items = found.items;
    m_unit = found.unit;
    m_kind = found.kind;
    m_note = ChartFigures::note(found);
    m_scale = found.scale;
    QHash<QString, int> byPlace;
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    for (int i = 0; i < m_items.size(); ++i) {
        const ChartFigures::Item &f = m_items.at(i);
        auto it = byPlace.find(f.province);
        if (it == byPlace.end()) {
            const Gazetteer::Place *p = gazetteer.place(f.province);
            Category c;
            c.placeId = f.province;
            // Regions and the whole country stand apart from the provinces, after them.
            c.isNational = p && p->type == QLatin1String("country");
            c.isRegion = p && (p->type == QLatin1String("region") || c.isNational);
            it = byPlace.insert(f.province, int(m_categories.size()));
            m_categories.append(c);
        }
        Category &c = m_categories[*it];
        c.average = f.ratio;
        // Levels are never added: 三百六十九个合作社 and 三千七百九十三个小组 are two observations, and a
        // headline repeated in the body is one. The bar is the largest; ratios are averaged.
        auto take = [&](double &into, int &count, double v) {
            into = c.average ? into + v : (count ? qMax(into, v) : v);
            ++count;
        };
        if (f.plan) {
            take(c.plan, c.planCount, f.hasOriginal ? f.original : f.translation);
            c.planItems.append(i);
            continue;
        }
        if (f.hasOriginal)
            take(c.original, c.originalCount, f.original);
        if (f.hasTranslation)
            take(c.translation, c.translationCount, f.translation);
        c.items.append(i);
    }
    // A province with plans only has no bar of levels: it stays, for its plan.
    // Provinces by value, largest first; regions after them, apart.
    std::stable_sort(m_categories.begin(), m_categories.end(), [](const Category &a, const Category &b) {
        if (a.isRegion != b.isRegion)
            return !a.isRegion;
        return a.originalValue() > b.originalValue();
    });
    endResetModel();
}

int ProvinceMetricModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int ProvinceMetricModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_showPlans ? 3 : 2);
}

QVariant ProvinceMetricModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Category &c = m_categories.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == OriginalColumn)
            return c.originalCount ? QVariant(c.originalValue()) : QVariant();
        if (column == TranslationColumn)
            return c.translationCount ? QVariant(c.translationValue()) : QVariant();
        return c.planCount ? QVariant(c.average ? c.plan / c.planCount : c.plan) : QVariant();
    case Qt::ToolTipRole:
        return ChartFigures::toolTip(m_items, column == PlanColumn ? c.planItems : c.items, c.average);
    case ChartRoles::FigureRowsRole:
        return QVariant::fromValue(
            ChartFigures::rowsOf(m_items, column == PlanColumn ? c.planItems : c.items));
    case ChartRoles::DisagreesRole: {
        if (column == PlanColumn)
            return false;
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
            return section == OriginalColumn      ? tr("Original (Chinese)")
                   : section == TranslationColumn ? tr("Translation (English)")
                                                  : tr("Plans and targets (original)");
        if (role == ChartRoles::UnitRole && section == 0)
            return m_unit;
        if (role == ChartRoles::NoteRole && section == 0)
            return m_note;
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
    return row >= 0 && row < m_categories.size() ? ChartFigures::rowsOf(m_items, m_categories.at(row).items)
                                                 : QList<int>();
}
