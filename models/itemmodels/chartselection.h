#pragma once

#include <QModelIndex>
#include <QString>
#include <QStringList>

// Which figures a chart of one name shows, so that a bar never mixes levels with shares, growth or
// plans: "members" shows the levels of that metric (role actual, a count, measure or money; a share,
// a multiple or a plan is no level), "X_growth" its changes given as a percent or multiple, and
// "cooperative_growth" the growth of cooperatives of every kind. Reads a FigureTableModel row.
class ChartSelection
{
public:
    static bool accepts(const QString &chart, const QModelIndex &row);
    // The plans, targets and estimates of a level chart's metric (its series of plans).
    static bool acceptsPlan(const QString &chart, const QModelIndex &row);
    // The chart names beyond the metrics themselves.
    static QStringList growthCharts();
    static bool isGrowth(const QString &chart);
    static bool isKnown(const QString &chart);

private:
    static bool isCooperative(const QString &metric);
};
