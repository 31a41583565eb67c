#pragma once

#include "figures/figure.h"
#include "text/article.h"

#include <QString>
#include <QStringView>

// The unit family of a figure (persons, households, money, weight, area …): what its unit or measure
// word measures, or for a bare count what its counted noun is (三个县 counts places, 五个社
// organisations, 二十台拖拉机 items). Two figures of different families are never one quantity.
class UnitFamilies
{
public:
    static Figure::Family of(Figure::Kind kind, const QString &unit, QStringView counted,
                             Article::Language language);

private:
    static Figure::Family ofUnit(const QString &unit);
    static Figure::Family ofChineseCount(const QString &unit, QStringView counted);
    static Figure::Family ofEnglishCount(const QString &unit, QStringView counted);
};
