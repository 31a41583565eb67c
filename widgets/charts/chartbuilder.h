#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

class QAbstractItemModel;
class QAbstractSeries;
class QBarSet;
class QChart;

// Turns the models described in models/chartroles.h into Qt Charts: bars of one metric by province
// (the article's region apart, the translation beside the original where the two disagree) and lines of
// the metric over the article dates. Every number shown goes through QLocale, so the axes never read
// like printf ("1e+06"); the charts keep no link to the model, so a model reset cannot leave a chart
// pointing at stale rows.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    struct Options
    {
        QString title;      // e.g. "Members by province" (translated by the caller)
        QString valueTitle; // axis title including the unit, e.g. "Members (people)"
        QString note;       // printed under the chart: old yuan converted, figures left out
        QLocale locale;     // formatting of values in labels and tooltips
        bool animated = false;
    };

    // Bar chart from a by-province model. The caller owns the returned chart.
    static QChart *buildBars(const QAbstractItemModel *model, const Options &options);
    // Line chart over time from a by-date model. The caller owns the returned chart.
    static QChart *buildTimeline(const QAbstractItemModel *model, const Options &options);
    // True when the positive values span more than two orders of magnitude (max/min > 100).
    static bool needsLogAxis(const QVector<double> &values);

    // Where a click on a chart of this class leads back to in its model (-1: nowhere). For bars,
    // category is the index QAbstractBarSeries::clicked/hovered gives: each bar has a slot of its
    // own (two for a province whose translation disagrees, empty ones between categories), so it is
    // not the model row. A bar set stands for model column 0 (original) or 1 (translation); a line
    // for the model column of its province, its points for rows.
    static int rowForCategory(const QChart *chart, int category);
    static int columnForBarSet(const QBarSet *set);
    static int columnForSeries(const QAbstractSeries *series);
    static int rowForPoint(const QAbstractSeries *series, const QPointF &point);

    // True when the chart shows the "no figures" notice instead of data.
    static bool isEmptyChart(const QChart *chart);
    static QString noFiguresText();

    // A value in full, e.g. "12,345.5" (tooltips), and an axis tick, shortened with 万/亿 in Chinese.
    static QString formatValue(double value, const QLocale &locale);
    static QString formatTick(double value, double step, const QLocale &locale);
    // Families for every text of a chart: CJK labels must not fall back to boxes.
    static QStringList fontFamilies();
};
