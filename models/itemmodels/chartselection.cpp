#include "itemmodels/chartselection.h"

#include "figures/figure.h"
#include "figures/metriclexicon.h"
#include "itemmodels/figuretablemodel.h"

namespace {
const QLatin1String kGrowth("_growth");
}

bool ChartSelection::isCooperative(const QString &metric)
{
    return metric.endsWith(QLatin1String("_coops")) || metric == QLatin1String("cooperatives") ||
           metric == QLatin1String("mutual_aid_teams") || metric == QLatin1String("communes");
}

QStringList ChartSelection::growthCharts()
{
    return {QStringLiteral("cooperative_growth"), QStringLiteral("members_growth"),
            QStringLiteral("output_growth"), QStringLiteral("grain_output_growth")};
}

bool ChartSelection::isGrowth(const QString &chart)
{
    return chart.endsWith(kGrowth);
}

bool ChartSelection::isKnown(const QString &chart)
{
    const QString base = isGrowth(chart) ? chart.chopped(kGrowth.size()) : chart;
    return chart == QLatin1String("cooperative_growth") || MetricLexicon::builtIn().metric(base);
}

bool ChartSelection::accepts(const QString &chart, const QModelIndex &row)
{
    const QString metric = row.data(FigureTableModel::MetricRole).toString();
    const auto kind = Figure::Kind(row.data(FigureTableModel::KindRole).toInt());
    const auto role = Figure::Role(row.data(FigureTableModel::FigureRoleRole).toInt());
    const bool relative = Figure::isRatio(kind);
    if (isGrowth(chart)) {
        const QString base = chart.chopped(kGrowth.size());
        const bool ofMetric = base == QLatin1String("cooperative") ? isCooperative(metric) : metric == base;
        return ofMetric && role == Figure::Role::Change && relative;
    }
    return metric == chart && role == Figure::Role::Actual && !relative;
}

bool ChartSelection::acceptsPlan(const QString &chart, const QModelIndex &row)
{
    if (isGrowth(chart))
        return false;
    const auto kind = Figure::Kind(row.data(FigureTableModel::KindRole).toInt());
    const bool relative = Figure::isRatio(kind);
    return row.data(FigureTableModel::MetricRole).toString() == chart && !relative &&
           Figure::Role(row.data(FigureTableModel::FigureRoleRole).toInt()) == Figure::Role::Plan;
}
