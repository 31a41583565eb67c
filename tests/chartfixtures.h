#pragma once

// What the chart tests share: models built by hand as models/chartroles.h describes them, the options
// the charts are built with, and ways to read back what a chart draws (bars, labels, pixels).

#include "charts/chartbuilder.h"
#include "itemmodels/chartroles.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDate>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QStandardItemModel>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

inline const QString Title = QStringLiteral("Members by province");
inline const QString ValueTitle = QStringLiteral("Members (people)");

struct Row
{
    QString label;
    bool region;
    QVariant original;
    QVariant translation;
    bool disagrees;
    QList<int> figureRows;
};

// A by-province model as models/chartroles.h describes it, built by hand.
inline QStandardItemModel *byProvinceModel(const QVector<Row> &rows, QObject *parent = nullptr)
{
    auto *model = new QStandardItemModel(int(rows.size()), 2, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("Original"), QStringLiteral("Translation")});
    model->setHeaderData(0, Qt::Horizontal, QStringLiteral("people"), ChartRoles::UnitRole);
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        auto *header = new QStandardItem(row.label);
        header->setData(row.region, ChartRoles::IsRegionRole);
        model->setVerticalHeaderItem(r, header);
        for (int column = 0; column < 2; ++column) {
            auto *item = new QStandardItem;
            item->setData(column == 0 ? row.original : row.translation, Qt::DisplayRole);
            item->setData(row.disagrees, ChartRoles::DisagreesRole);
            item->setData(QVariant::fromValue(row.figureRows), ChartRoles::FigureRowsRole);
            model->setItem(r, column, item);
        }
    }
    return model;
}

inline QStandardItemModel *sampleModel(QObject *parent = nullptr)
{
    return byProvinceModel({{QStringLiteral("四川"), false, 120000.0, 120000.0, false, {0, 4}},
                            {QStringLiteral("云南"), false, 85000.0, 58000.0, true, {1}},
                            {QStringLiteral("贵州"), false, 43000.0, 43000.0, false, {2}},
                            {QStringLiteral("西南区"), true, 350000.0, 350000.0, false, {3}}},
                           parent);
}

// By date: three article dates, two provinces.
inline QStandardItemModel *timelineModel(QObject *parent = nullptr)
{
    auto *model = new QStandardItemModel(3, 2, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("四川"), QStringLiteral("云南")});
    model->setHeaderData(0, Qt::Horizontal, QStringLiteral("people"), ChartRoles::UnitRole);
    const QDate dates[] = {QDate(1954, 6, 22), QDate(1954, 7, 3), QDate(1954, 9, 10)};
    const double values[3][2] = {{1000, 800}, {1500, 0}, {2200, 1300}};
    for (int r = 0; r < 3; ++r) {
        auto *header = new QStandardItem(dates[r].toString(Qt::ISODate));
        header->setData(dates[r], ChartRoles::DateRole);
        model->setVerticalHeaderItem(r, header);
        for (int c = 0; c < 2; ++c) {
            auto *item = new QStandardItem;
            if (values[r][c] != 0) // 云南 has no figure on the second date
                item->setData(values[r][c], Qt::DisplayRole);
            item->setData(QVariant::fromValue(QList<int>{r * 10 + c}), ChartRoles::FigureRowsRole);
            model->setItem(r, c, item);
        }
    }
    return model;
}

inline ChartBuilder::Options options(const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates))
{
    ChartBuilder::Options o;
    o.title = Title;
    o.valueTitle = ValueTitle;
    o.locale = locale;
    return o;
}

inline QList<QBarSet *> barSets(const QChart *chart)
{
    QList<QBarSet *> sets;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            sets += bars->barSets();
    }
    return sets;
}

// What the chart draws for one model cell: the sum over the bars that lead back to its row.
inline double drawn(const QChart *chart, int row, int column)
{
    double sum = 0;
    for (QBarSet *set : barSets(chart)) {
        for (int bar = 0; bar < set->count(); ++bar) {
            if (ChartBuilder::rowForCategory(chart, bar) == row &&
                ChartBuilder::columnForBarSet(set) == column)
                sum += set->at(bar);
        }
    }
    return sum;
}

// The bar (slot) of a model cell, and the series it is in.
inline int barOf(const QChart *chart, int row, int column, QAbstractSeries **series = nullptr)
{
    for (QAbstractSeries *s : chart->series()) {
        for (QBarSet *set : qobject_cast<QAbstractBarSeries *>(s)->barSets()) {
            for (int bar = 0; bar < set->count(); ++bar) {
                if (ChartBuilder::rowForCategory(chart, bar) == row &&
                    ChartBuilder::columnForBarSet(set) == column && set->at(bar) != 0) {
                    if (series)
                        *series = s;
                    return bar;
                }
            }
        }
    }
    return -1;
}

inline QStringList categoryLabels(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
            return categories->categoriesLabels();
    }
    return {};
}

inline QStringList valueLabels(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *values = qobject_cast<QCategoryAxis *>(axis))
            return values->categoriesLabels();
    }
    return {};
}

inline int nonWhite(const QImage &image, const QRect &rect)
{
    int count = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 200)
                ++count;
        }
    }
    return count;
}

// The plot area the chart gets at a size, as the exporter lays it out.
inline QRectF plotAreaAt(QChart *chart, const QSize &size)
{
    chart->resize(size);
    chart->layout()->activate();
    return chart->plotArea();
}

inline QGraphicsSimpleTextItem *noticeOf(const QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems()) {
        auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        if (text && text->text() == ChartBuilder::noFiguresText())
            return text;
    }
    return nullptr;
}
