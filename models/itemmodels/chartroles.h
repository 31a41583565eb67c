#pragma once

#include <Qt>

// The shape of the models that feed the charts, shared by ProvinceMetricModel / MetricTimelineModel
// (models/) and ChartBuilder (widgets/), so each side can be written and tested alone.
//
// By province (ProvinceMetricModel): one row per category (a province, or the article's region,
// which is shown apart); column 0 = the original's (Chinese) value, column 1 = the translation's
// (English) value. Qt::DisplayRole of a cell is a double, or an invalid QVariant when that side has
// no figure. Vertical header (Qt::DisplayRole) = the category's label; horizontal header = the
// series' name.
//
// By date (MetricTimelineModel): one row per article date (vertical header Qt::DisplayRole = the
// date as "yyyy-MM-dd", DateRole = QDate), one column per province (horizontal header = its name);
// a cell is the original's value that day, or invalid.
namespace ChartRoles {
enum Role
{
    IsRegionRole = Qt::UserRole + 100, // vertical header: bool, the row is a region, not a province
    PlaceIdRole,                       // vertical (by province) or horizontal (by date) header: gazetteer id
    FigureRowsRole,                    // cell: QList<int>, the rows of the figure table behind the value
    DisagreesRole,                     // cell (by province): bool, original and translation differ
    DateRole,                          // vertical header (by date): QDate
    UnitRole,                          // horizontal header, section 0: QString, the unit for the axis title
    NoteRole,                          // horizontal header, section 0: QString, what the chart must say
                                       // under it (old yuan converted, figures of other units left out)
};
} // namespace ChartRoles
