#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVector>

class QAbstractItemModel;

// The figures a chart of one name shows, read once from the figure table's rows (its filtered proxy)
// for the chart models: those ChartSelection accepts, and the plans of the metric when asked for (a
// series apart). Only figures in the chart's unit are kept, the one most of them have: jin and tons
// are never put on one axis (counts compare whatever their measure word: 个 and 人 of members); old yuan
// (before 1955-03-01) are converted to new ones, never mixed with them. Each figure keeps what a tooltip
// cites: date, page, title, text.
class ChartFigures
{
    Q_DECLARE_TR_FUNCTIONS(ChartFigures)

public:
    struct Item
    {
        int row = -1; // of the figure table model (not the proxy)
        QString province;
        QDate date;
        bool hasOriginal = false;
        double original = 0; // in the chart's unit
        bool hasTranslation = false;
        double translation = 0;
        bool plan = false;  // a plan, target or estimate (the plans series)
        bool ratio = false; // a percent, multiple or fraction: averaged, never the largest
        bool oldYuan = false;
        QString text;  // the figure as written, in the original (else the translation)
        QString title; // the article's
        int page = 0;
    };
    struct Result
    {
        QVector<Item> items;
        QString unit;       // the one most of the figures shown have (for the axis title)
        QString scale;      // scaleOf() of every figure shown
        int kind = 0;       // Figure::Kind the most of them have
        int otherUnits = 0; // figures of the metric left out for their unit
        int oldYuan = 0;    // figures converted from old yuan
    };
    // What figures must share to be compared on one axis: "#count" for every count, else the unit.
    static QString scaleOf(const QString &unit, int kind);
    static Result collect(const QAbstractItemModel *source, const QString &chart, bool withPlans);

    // "3 figures, the largest shown:" and a line per figure (date, page, title: text), at most a few,
    // of the items at these indexes.
    static QString toolTip(const QVector<Item> &items, const QVector<int> &indexes, bool average);
    // The figure table rows of the items at these indexes.
    static QList<int> rowsOf(const QVector<Item> &items, const QVector<int> &indexes);
    // The note under a chart: old yuan converted, figures of other units left out; empty when none.
    static QString note(const Result &result);
};
