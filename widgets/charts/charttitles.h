#pragma once

#include <QCoreApplication>
#include <QString>

// Chart and axis titles for a metric, translated: "Members by province", "Members (people)",
// "Contract value (yuan)". Shared by the window and `duizhao chart`.
class ChartTitles
{
    Q_DECLARE_TR_FUNCTIONS(ChartTitles)

public:
    static QString metricLabel(const QString &metric);
    static QString title(const QString &metric, bool byDate);
    // kind is a Figure::Kind; unit as the figures carry it (yuan, percent, 人, 个, jin, …).
    static QString valueTitle(const QString &metric, int kind, const QString &unit);
    static QString unitLabel(int kind, const QString &unit);
};
