#pragma once

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

class QCategoryAxis;

// The value axis of every chart ChartBuilder draws: the scale (linear, or log10 when the values span
// orders of magnitude), its ticks, and the way numbers are written on it and in tooltips, always
// through QLocale. It also holds the fonts and colours that the axis shares with the rest of a chart,
// so that the two cannot drift apart.
class ValueAxis
{
public:
    // How values map to the plot: linear, or log10 shifted so that the lowest decade sits on the axis
    // (bars grow from 0 in plot coordinates, so every bar must start at the bottom of the axis).
    struct Scale
    {
        bool log = false;
        double decade = 0; // log: the exponent drawn at the bottom of the axis
        double min = 0;
        double max = 1;
        double step = 1;
        QVector<double> ticks; // in plot coordinates

        double plot(double value) const;
        double valueAt(double plotted) const;
    };

    static Scale scaleFor(const QVector<double> &values);
    // A vertical axis for the scale, its labels in the locale. The caller owns the returned axis.
    static QCategoryAxis *make(const Scale &scale, const QString &title, const QLocale &locale);
    // True when the positive values span more than two orders of magnitude (max/min > 100).
    static bool needsLog(const QVector<double> &values);

    // A value in full, e.g. "12,345.5" (tooltips), and an axis tick, shortened with 万/亿 in Chinese.
    static QString formatValue(double value, const QLocale &locale);
    static QString formatTick(double value, double step, const QLocale &locale);

    // QCategoryAxis keys its categories by label: a second equal label would be dropped, so it gets an
    // invisible difference.
    static QString uniqueLabel(QString label, QSet<QString> *used);

    // Families for every text of a chart: CJK labels must not fall back to boxes.
    static QStringList fontFamilies();
    static QFont font(qreal pointSize, bool bold = false);
    static QColor textColor();
    static QColor gridColor();
    static QColor axisColor();
};
