#include "charts/chartbuilder.h"

#include "charts/valueaxis.h"
#include "itemmodels/chartroles.h"

#include <QAbstractItemModel>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDate>
#include <QFont>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

// Dynamic properties that carry the way back from a drawn item to its model cell.
const char *const CategoryRowsProperty = "duizhaoCategoryRows";
const char *const ColumnProperty = "duizhaoColumn";
const char *const PointRowsProperty = "duizhaoPointRows";
const char *const EmptyProperty = "duizhaoEmpty";

const QColor OriginalColor(0xb8, 0x2e, 0x2e);    // the red of the paper's masthead, for the Chinese
const QColor TranslationColor(0x2f, 0x6d, 0xb5); // a blue far from it, even for red-green blindness
const QColor RegionColor(0xd9, 0x94, 0x1e);      // amber: the region is not one more province
const QColor PlanColor(0x9a, 0x9a, 0x9a);        // grey: a plan or target is no achievement

// Beyond this many categories the value printed over each bar would overlap its neighbours.
const int MaxValueLabels = 16;

bool isNumber(const QVariant &value)
{
    if (!value.isValid())
        return false;
    bool ok = false;
    const double v = value.toDouble(&ok);
    return ok && std::isfinite(v);
}

QChart *newChart(const ChartBuilder::Options &options)
{
    auto *chart = new QChart;
    chart->setTitle(options.title);
    chart->setTitleFont(ValueAxis::font(16, true));
    chart->setTitleBrush(ValueAxis::textColor());
    chart->setLocale(options.locale);
    chart->setAnimationOptions(options.animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setFont(ValueAxis::font(11));
    chart->legend()->setLabelColor(ValueAxis::textColor());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // The note belongs to the picture, so that an exported chart still says which yuan it shows.
    if (!options.note.isEmpty()) {
        auto *note = new QGraphicsSimpleTextItem(options.note, chart);
        note->setFont(ValueAxis::font(10));
        note->setBrush(QColor(0x55, 0x55, 0x55));
        note->setZValue(10);
        QMargins margins = chart->margins();
        margins.setBottom(margins.bottom() + int(note->boundingRect().height()) + 4);
        chart->setMargins(margins);
        const auto place = [chart, note] {
            note->setPos(12, chart->size().height() - note->boundingRect().height() - 6);
        };
        QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, place);
        place();
    }
    return chart;
}

// A chart with nothing to draw still says why, in its middle, instead of showing bare axes.
QChart *makeEmpty(QChart *chart)
{
    chart->setProperty(EmptyProperty, true);
    chart->legend()->hide();
    auto *text = new QGraphicsSimpleTextItem(ChartBuilder::noFiguresText(), chart);
    text->setFont(ValueAxis::font(12));
    text->setBrush(QColor(0x77, 0x77, 0x77));
    const auto center = [chart, text] {
        const QRectF box = text->boundingRect();
        text->setPos((chart->size().width() - box.width()) / 2, (chart->size().height() - box.height()) / 2);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, center);
    center();
    return chart;
}

// The caller's note, else the model's (ChartRoles::NoteRole).
ChartBuilder::Options withNote(ChartBuilder::Options options, const QAbstractItemModel *model)
{
    if (options.note.isEmpty() && model)
        options.note = model->headerData(0, Qt::Horizontal, ChartRoles::NoteRole).toString();
    return options;
}

QString unitOf(const QAbstractItemModel *model)
{
    return model->headerData(0, Qt::Horizontal, ChartRoles::UnitRole).toString();
}

QString withUnit(const QString &value, const QString &unit)
{
    return unit.isEmpty() ? value : value + QLatin1Char(' ') + unit;
}

struct Category
{
    QString label;
    int row = -1;
    bool region = false;
    bool hasOriginal = false;
    bool hasTranslation = false;
    bool showTranslation = false;
    bool hasPlan = false;
    double original = 0;
    double translation = 0;
    double plan = 0;
    QString figures;     // the tooltip of its levels' figures (date, page, title)
    QString planFigures; // and of its plans'
};

// One bar: a slot of the stacked series, the value printed over it, the set it belongs to.
struct PlacedBar
{
    int slot;
    double value;
    int set; // 0 original, 1 region (original), 2 translation, 3 plans
};

QBarSet *newSet(const QString &name, const QColor &color, int column, int count)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    set->setPen(QPen(Qt::NoPen));             // a zero bar of a slot left empty must not leave a hairline
    set->setSelectedColor(color.darker(150)); // the bar clicked, whose figures the table shows
    set->setProperty(ColumnProperty, column);
    for (int i = 0; i < count; ++i)
        set->append(0);
    return set;
}

// The point of a line the nearest (by date) to where it was clicked or hovered.
int nearestPoint(const QAbstractSeries *series, const QPointF &point)
{
    const auto *xy = qobject_cast<const QXYSeries *>(series);
    if (!xy || xy->count() == 0)
        return -1;
    int nearest = 0;
    for (int i = 1; i < xy->count(); ++i) {
        if (std::fabs(xy->at(i).x() - point.x()) < std::fabs(xy->at(nearest).x() - point.x()))
            nearest = i;
    }
    return nearest;
}

} // namespace

bool ChartBuilder::needsLogAxis(const QVector<double> &values)
{
    return ValueAxis::needsLog(values);
}

QStringList ChartBuilder::fontFamilies()
{
    return ValueAxis::fontFamilies();
}

QString ChartBuilder::noFiguresText()
{
    return tr("No figures for this metric");
}

QString ChartBuilder::formatValue(double value, const QLocale &locale)
{
    return ValueAxis::formatValue(value, locale);
}

QString ChartBuilder::formatTick(double value, double step, const QLocale &locale)
{
    return ValueAxis::formatTick(value, step, locale);
}

QChart *ChartBuilder::buildBars(const QAbstractItemModel *model, const Options &options)
{
    QChart *chart = newChart(withNote(options, model));
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    if (!model)
        return makeEmpty(chart);

    // Read the model once: the chart keeps copies, never the model.
    QVector<Category> provinces;
    QVector<Category> regions;
    const bool hasTranslationColumn = model->columnCount() > 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        Category c;
        c.row = row;
        c.label = model->headerData(row, Qt::Vertical).toString();
        c.region = model->headerData(row, Qt::Vertical, ChartRoles::IsRegionRole).toBool();
        const QModelIndex original = model->index(row, 0);
        const QModelIndex translation = hasTranslationColumn ? model->index(row, 1) : QModelIndex();
        c.hasOriginal = isNumber(original.data());
        c.original = c.hasOriginal ? original.data().toDouble() : 0;
        c.hasTranslation = translation.isValid() && isNumber(translation.data());
        c.translation = c.hasTranslation ? translation.data().toDouble() : 0;
        c.figures = original.data(Qt::ToolTipRole).toString();
        if (model->columnCount() > 2) {
            const QModelIndex plan = model->index(row, 2);
            c.hasPlan = isNumber(plan.data());
            c.plan = c.hasPlan ? plan.data().toDouble() : 0;
            c.planFigures = plan.data(Qt::ToolTipRole).toString();
        }
        const bool disagrees =
            original.data(ChartRoles::DisagreesRole).toBool() ||
            (translation.isValid() && translation.data(ChartRoles::DisagreesRole).toBool());
        c.showTranslation = c.hasTranslation && (disagrees || !c.hasOriginal);
        if (!c.hasOriginal && !c.showTranslation && !c.hasPlan)
            continue;
        (c.region ? regions : provinces).append(c);
    }
    if (provinces.isEmpty() && regions.isEmpty())
        return makeEmpty(chart);

    // Why no QVBarModelMapper: a mapped QBarSeries gives every category the same side-by-side slots,
    // so the translation would leave a hole wherever it agrees, and Qt lays several bar series side by
    // side rather than over each other. Instead every bar gets a slot of its own on a numeric x axis,
    // in a QStackedBarSeries where each slot has a value in exactly one set: a province that agrees
    // is one centred bar, one that disagrees two bars touching, an empty slot between categories. The
    // region comes last, after a wider gap and a dashed rule, in its own colour: it sums or restates
    // the provinces and must not read as one more of them.
    struct Span
    {
        QString label;
        int first;
        int last;
    };
    QVector<Span> spans;
    QList<int> slotRows;
    QVector<PlacedBar> placed;
    QStringList tips;
    double separator = -1;
    const QString unit = unitOf(model);
    const QLocale &locale = options.locale;
    const auto addSlot = [&](int row, const QString &tip) {
        slotRows.append(row);
        tips.append(tip);
        return int(slotRows.size()) - 1;
    };
    const auto addGap = [&] { addSlot(-1, QString()); };
    const auto addCategory = [&](const Category &c) {
        if (!slotRows.isEmpty())
            addGap();
        const int first = int(slotRows.size());
        const QString originalText = withUnit(formatValue(c.original, locale), unit);
        const QString translationText = withUnit(formatValue(c.translation, locale), unit);
        QString tip = c.showTranslation
                          ? tr("%1: %2 in the original, %3 in the translation")
                                .arg(c.label, c.hasOriginal ? originalText : tr("none"), translationText)
                          : tr("%1: %2").arg(c.label, originalText);
        if (!c.figures.isEmpty())
            tip += QLatin1Char('\n') + c.figures;
        if (c.hasOriginal)
            placed.append({addSlot(c.row, tip), c.original, c.region ? 1 : 0});
        if (c.showTranslation)
            placed.append({addSlot(c.row, tip), c.translation, 2});
        if (c.hasPlan) {
            QString planTip = tr("%1, planned: %2").arg(c.label, withUnit(formatValue(c.plan, locale), unit));
            if (!c.planFigures.isEmpty())
                planTip += QLatin1Char('\n') + c.planFigures;
            placed.append({addSlot(c.row, planTip), c.plan, 3});
        }
        spans.append({c.label, first, int(slotRows.size()) - 1});
    };
    for (const Category &c : provinces)
        addCategory(c);
    if (!provinces.isEmpty() && !regions.isEmpty()) {
        addGap();
        separator = slotRows.size() - 0.5;
        spans.append({QString(), int(slotRows.size()), int(slotRows.size()) - 1}); // the wider gap
    }
    for (const Category &c : regions)
        addCategory(c);
    chart->setProperty(CategoryRowsProperty, QVariant::fromValue(slotRows));

    QVector<double> values;
    for (const PlacedBar &bar : placed)
        values.append(bar.value);
    const ValueAxis::Scale scale = ValueAxis::scaleFor(values);
    const int slots = int(slotRows.size());

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.92);
    QBarSet *const sets[] = {newSet(tr("Original (Chinese)"), OriginalColor, 0, slots),
                             newSet(tr("Region, whole area (original)"), RegionColor, 0, slots),
                             newSet(tr("Translation (English)"), TranslationColor, 1, slots),
                             newSet(tr("Plans and targets (original)"), PlanColor, 2, slots)};
    bool used[4] = {false, false, false, false};
    for (const PlacedBar &bar : placed) {
        sets[bar.set]->replace(bar.slot, scale.plot(bar.value));
        used[bar.set] = true;
    }
    // Empty sets stay out of the legend.
    for (int i = 0; i < 4; ++i) {
        if (used[i])
            series->append(sets[i]);
        else
            delete sets[i];
    }

    // The x axis counts slots; each category label is centred over its bars, boundaries in the gaps.
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    // A few categories would make bars as wide as the chart: keep room for some fourteen slots.
    const double pad = std::max(0.0, (14.0 - (slots + 1)) / 2);
    axisX->setRange(-1 - pad, slots + pad);
    axisX->setStartValue(-1);
    QSet<QString> labels;
    for (const Span &span : spans)
        axisX->append(
            ValueAxis::uniqueLabel(span.label.isEmpty() ? QStringLiteral(" ") : span.label, &labels),
            span.last + 1);
    axisX->setLabelsFont(ValueAxis::font(spans.size() > 12 ? 10 : 11));
    axisX->setLabelsBrush(ValueAxis::textColor());
    axisX->setLinePenColor(ValueAxis::axisColor());
    axisX->setGridLineVisible(false);
    if (spans.size() > 14)
        axisX->setLabelsAngle(-45);
    QCategoryAxis *axisY =
        ValueAxis::make(scale, options.valueTitle.isEmpty() ? unit : options.valueTitle, locale);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addSeries(series);
    series->attachAxis(axisX);
    series->attachAxis(axisY);

    QObject::connect(series, &QAbstractBarSeries::hovered, series, [tips](bool on, int slot, QBarSet *) {
        const QString text = on ? tips.value(slot) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), text);
    });

    // Things Qt Charts does not draw, placed again whenever the plot area moves (resize, export): the
    // exact value over each bar, and the rule that sets the region apart.
    QVector<QGraphicsSimpleTextItem *> items;
    if (spans.size() <= MaxValueLabels) {
        for (const PlacedBar &bar : placed) {
            auto *item = new QGraphicsSimpleTextItem(formatValue(bar.value, locale), chart);
            item->setFont(ValueAxis::font(9));
            item->setBrush(ValueAxis::textColor());
            item->setZValue(10);
            items.append(item);
        }
    }
    QGraphicsLineItem *rule = nullptr;
    if (separator >= 0) {
        rule = new QGraphicsLineItem(chart);
        rule->setPen(QPen(ValueAxis::axisColor(), 1, Qt::DashLine));
        rule->setZValue(5);
    }
    const auto place = [chart, series, placed, items, rule, separator, scale] {
        const QRectF plot = chart->plotArea();
        for (int i = 0; i < items.size(); ++i) {
            const PlacedBar &bar = placed.at(i);
            const QPointF top = chart->mapToPosition(QPointF(bar.slot, scale.plot(bar.value)), series);
            const QRectF box = items.at(i)->boundingRect();
            // Over the bar, or under it when it points down.
            items.at(i)->setPos(top.x() - box.width() / 2,
                                bar.value < 0 ? top.y() + 1 : top.y() - box.height() - 1);
            items.at(i)->setVisible(plot.width() > 0);
        }
        if (rule) {
            const qreal x = chart->mapToPosition(QPointF(separator, 0), series).x();
            rule->setLine(x, plot.top(), x, plot.bottom());
            rule->setVisible(plot.width() > 0);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
    return chart;
}

QChart *ChartBuilder::buildTimeline(const QAbstractItemModel *model, const Options &options)
{
    QChart *chart = newChart(withNote(options, model));
    if (!model)
        return makeEmpty(chart);

    QVector<QDate> dates;
    QVector<double> values;
    QVector<qint64> days; // of the dates with a value
    for (int row = 0; row < model->rowCount(); ++row) {
        QDate date = model->headerData(row, Qt::Vertical, ChartRoles::DateRole).toDate();
        if (!date.isValid())
            date = QDate::fromString(model->headerData(row, Qt::Vertical).toString(), Qt::ISODate);
        dates.append(date);
        for (int column = 0; date.isValid() && column < model->columnCount(); ++column) {
            const QVariant v = model->index(row, column).data();
            if (isNumber(v)) {
                values.append(v.toDouble());
                days.append(date.toJulianDay());
            }
        }
    }
    if (values.isEmpty())
        return makeEmpty(chart);
    const ValueAxis::Scale scale = ValueAxis::scaleFor(values);
    const QString unit = unitOf(model);
    const QLocale &locale = options.locale;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    const qint64 first = days.constFirst();
    const qint64 last = days.constLast();
    // Article dates fall irregularly; a category axis on the day number labels exactly those dates (a
    // QDateTimeAxis would tick at evenly spaced days no article has) and formats them with QLocale.
    const double pad = std::max(1.0, (last - first) * 0.05);
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setRange(first - pad, last + pad);
    axisX->setStartValue(first - pad);
    axisX->setLabelsFont(ValueAxis::font(10));
    axisX->setLabelsBrush(ValueAxis::textColor());
    axisX->setLinePenColor(ValueAxis::axisColor());
    axisX->setGridLineColor(ValueAxis::gridColor());
    // Some ten labels fit across; with more dates, skip those too close to the previous label, but
    // keep the last date so the axis says where the series ends.
    const double minGap = (last - first) / 10.0;
    QVector<qint64> shown;
    for (qint64 day : days) {
        if (shown.isEmpty() || day - shown.constLast() >= minGap)
            shown.append(day);
    }
    if (shown.constLast() != days.constLast()) {
        if (shown.size() > 1)
            shown.removeLast();
        shown.append(days.constLast());
    }
    for (qint64 day : shown)
        axisX->append(locale.toString(QDate::fromJulianDay(day), QStringLiteral("yyyy-MM-dd")), day);
    if (days.size() > 6)
        axisX->setLabelsAngle(-30);
    QCategoryAxis *axisY =
        ValueAxis::make(scale, options.valueTitle.isEmpty() ? unit : options.valueTitle, locale);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    // Tableau 10: distinct hues that stay apart when printed in grey.
    static const QColor palette[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                     0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    int colorIndex = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        auto *series = new QLineSeries;
        const QString name = model->headerData(column, Qt::Horizontal).toString();
        QList<int> rows;
        QList<std::pair<qint64, int>> points;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QVariant v = model->index(row, column).data();
            if (dates.at(row).isValid() && isNumber(v))
                points.append({dates.at(row).toJulianDay(), row});
        }
        if (points.isEmpty()) {
            delete series;
            continue;
        }
        std::sort(points.begin(), points.end()); // by date, whatever the order of the rows
        QVector<double> actual;
        QStringList pointFigures; // copied: the chart keeps no link to the model
        for (const auto &[day, row] : points) {
            actual.append(model->index(row, column).data().toDouble());
            pointFigures.append(model->index(row, column).data(Qt::ToolTipRole).toString());
            series->append(day, scale.plot(actual.constLast()));
            rows.append(row);
        }
        series->setName(name);
        series->setProperty(ColumnProperty, column);
        series->setProperty(PointRowsProperty, QVariant::fromValue(rows));
        QPen pen(palette[colorIndex++ % 10], 2.5);
        if (model->headerData(column, Qt::Horizontal, ChartRoles::IsRegionRole).toBool())
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        series->setPointsVisible(true);
        series->setMarkerSize(9);
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);

        QObject::connect(series, &QXYSeries::hovered, series, [=](const QPointF &point, bool on) {
            const int i = nearestPoint(series, point);
            if (!on || i < 0) {
                QToolTip::hideText();
                return;
            }
            const QString date = locale.toString(dates.at(rows.at(i)), QStringLiteral("yyyy-MM-dd"));
            const QString value = withUnit(formatValue(actual.at(i), locale), unit);
            QString text = tr("%1, %2: %3").arg(name, date, value);
            if (!pointFigures.at(i).isEmpty())
                text += QLatin1Char('\n') + pointFigures.at(i);
            QToolTip::showText(QCursor::pos(), text);
        });
    }
    if (chart->series().isEmpty())
        return makeEmpty(chart);
    return chart;
}

int ChartBuilder::rowForCategory(const QChart *chart, int category)
{
    if (!chart)
        return -1;
    const QList<int> rows = chart->property(CategoryRowsProperty).value<QList<int>>();
    return category >= 0 && category < rows.size() ? rows.at(category) : -1;
}

int ChartBuilder::columnForBarSet(const QBarSet *set)
{
    return set ? set->property(ColumnProperty).toInt() : -1;
}

int ChartBuilder::columnForSeries(const QAbstractSeries *series)
{
    const QVariant column = series ? series->property(ColumnProperty) : QVariant();
    return column.isValid() ? column.toInt() : -1;
}

int ChartBuilder::rowForPoint(const QAbstractSeries *series, const QPointF &point)
{
    const int nearest = nearestPoint(series, point);
    const QList<int> rows = series ? series->property(PointRowsProperty).value<QList<int>>() : QList<int>();
    return nearest >= 0 && nearest < rows.size() ? rows.at(nearest) : -1;
}

bool ChartBuilder::isEmptyChart(const QChart *chart)
{
    return chart && chart->property(EmptyProperty).toBool();
}
