#include "charts/charttitles.h"

#include "common/uilanguage.h"
#include "figures/figure.h"
#include "figures/metriclexicon.h"
#include "itemmodels/chartselection.h"
#include "itemmodels/figuretablemodel.h"

QString ChartTitles::metricLabel(const QString &metric)
{
    if (metric == QLatin1String("cooperative_growth"))
        return tr("Cooperative growth");
    if (ChartSelection::isGrowth(metric))
        return tr("%1: growth").arg(metricLabel(metric.chopped(7)));
    const MetricLexicon::Metric *m = MetricLexicon::builtIn().metric(metric);
    if (!m)
        return metric;
    return UiLanguage::current() == QLatin1String("zh_CN") ? m->chinese : m->english;
}

QString ChartTitles::title(const QString &metric, bool byDate)
{
    return byDate ? tr("%1 over time").arg(metricLabel(metric))
                  : tr("%1 by province").arg(metricLabel(metric));
}

QString ChartTitles::unitLabel(int kind, const QString &unit)
{
    switch (Figure::Kind(kind)) {
    case Figure::Kind::Money:
        return tr("yuan");
    case Figure::Kind::Percent:
        return QStringLiteral("%");
    case Figure::Kind::Multiple:
        return tr("times");
    case Figure::Kind::Fraction:
        return tr("share");
    default:
        break;
    }
    // Measures (斤, 担, 亩, 吨) are named as the figure table names them.
    const QString measure = FigureTableModel::unitLabel(unit);
    if (measure != unit)
        return measure;
    if (unit == QStringLiteral("人") || unit == QStringLiteral("名") || unit == QLatin1String("people"))
        return tr("people");
    if (unit == QStringLiteral("户"))
        return tr("households");
    return tr("number");
}

QString ChartTitles::valueTitle(const QString &metric, int kind, const QString &unit)
{
    return tr("%1 (%2)").arg(metricLabel(metric), unitLabel(kind, unit));
}
