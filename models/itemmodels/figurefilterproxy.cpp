#include "itemmodels/figurefilterproxy.h"

#include "itemmodels/figuretablemodel.h"

FigureFilterProxy::FigureFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FigureTableModel::SortRole);
    setDynamicSortFilter(true);
}

void FigureFilterProxy::refilter()
{
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void FigureFilterProxy::setProvince(const QString &id)
{
    if (id == m_province)
        return;
    m_province = id;
    refilter();
}

void FigureFilterProxy::setMetric(const QString &name)
{
    if (name == m_metric)
        return;
    m_metric = name;
    refilter();
}

void FigureFilterProxy::setMinimumStatus(int status)
{
    if (status == m_minimumStatus)
        return;
    m_minimumStatus = status;
    refilter();
}

void FigureFilterProxy::setArticlePath(const QString &path)
{
    if (path == m_articlePath)
        return;
    m_articlePath = path;
    refilter();
}

void FigureFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    refilter();
}

bool FigureFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    // A figure about several provinces is shown under each of them.
    if (!m_province.isEmpty() &&
        !first.data(FigureTableModel::ProvinceIdRole).toString().split(u';').contains(m_province))
        return false;
    if (!m_metric.isEmpty() && first.data(FigureTableModel::MetricRole).toString() != m_metric)
        return false;
    if (m_minimumStatus >= 0 && first.data(FigureTableModel::StatusRole).toInt() < m_minimumStatus)
        return false;
    if (!m_articlePath.isEmpty()) {
        const auto analysis = first.data(FigureTableModel::AnalysisRole).value<ArticleAnalysisPtr>();
        if (!analysis || analysis->article.path != m_articlePath)
            return false;
    }
    if (!m_text.isEmpty()) {
        for (int c : {FigureTableModel::PlaceColumn, FigureTableModel::ProvinceColumn,
                      FigureTableModel::ChineseColumn, FigureTableModel::EnglishColumn,
                      FigureTableModel::MetricColumn, FigureTableModel::ArticleColumn,
                      FigureTableModel::DateColumn}) {
            if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}
