#include "charts/valueaxis.h"

#include <QCategoryAxis>
#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// 1, 2, 2.5 or 5 times a power of ten: ticks a reader can add up at a glance.
double niceStep(double rough)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double nice : {1.0, 2.0, 2.5, 5.0}) {
        if (rough / magnitude <= nice)
            return nice * magnitude;
    }
    return 10 * magnitude;
}

// Drops binary noise like 0.30000000000000004 before QLocale prints the shortest form.
double tidy(double value)
{
    if (!std::isfinite(value) || std::fabs(value) >= 1e12)
        return value;
    return std::round(value * 1e4) / 1e4;
}

} // namespace

double ValueAxis::Scale::plot(double value) const
{
    if (!log)
        return value;
    return value > 0 ? std::max(0.0, std::log10(value) - decade) : 0.0;
}

double ValueAxis::Scale::valueAt(double plotted) const
{
    return log ? std::pow(10.0, plotted + decade) : plotted;
}

ValueAxis::Scale ValueAxis::scaleFor(const QVector<double> &values)
{
    Scale scale;
    if (needsLog(values)) {
        double lo = std::numeric_limits<double>::max();
        double hi = 0;
        for (double v : values) {
            if (v > 0) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        scale.log = true;
        // The smallest bar must stand above the axis, so a value right at a power of ten starts
        // the axis a decade lower.
        scale.decade = std::floor(std::log10(lo) - 0.1);
        // One tick a decade reads best; past ten decades every other one keeps the labels apart.
        const double decades = std::ceil(std::log10(hi) - scale.decade);
        scale.step = decades > 10 ? 2 : 1;
        scale.max = std::max(1.0, std::ceil(decades / scale.step) * scale.step);
        for (double t = 0; t <= scale.max + 1e-9; t += scale.step)
            scale.ticks.append(t);
        return scale;
    }
    double lo = 0;
    double hi = 0;
    for (double v : values) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (hi - lo <= 0)
        hi = lo + 1;
    scale.step = niceStep((hi - lo) / 5);
    scale.min = std::floor(lo / scale.step) * scale.step;
    scale.max = std::ceil(hi / scale.step) * scale.step;
    // Room above the tallest bar for the value printed over it.
    if (scale.max - hi < 0.06 * (scale.max - scale.min))
        scale.max += scale.step;
    for (double t = scale.min; t <= scale.max + scale.step * 1e-6; t += scale.step)
        scale.ticks.append(std::fabs(t) < scale.step * 1e-6 ? 0.0 : t);
    return scale;
}

// QValueAxis and QLogValueAxis format with printf; a QCategoryAxis whose boundaries are the ticks
// lets every label go through QLocale instead.
QCategoryAxis *ValueAxis::make(const Scale &scale, const QString &title, const QLocale &locale)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(scale.min, scale.max);
    axis->setStartValue(scale.min);
    QSet<QString> labels;
    for (double tick : scale.ticks) {
        const double value = scale.valueAt(tick);
        axis->append(uniqueLabel(formatTick(value, scale.log ? value : scale.step, locale), &labels), tick);
    }
    // A log scale must say so: bars of equal steps no longer mean equal differences. The context stays
    // ChartBuilder, where the string was first written, so that the existing translations still apply.
    axis->setTitleText(
        scale.log ? QCoreApplication::translate("ChartBuilder", "%1, logarithmic scale").arg(title) : title);
    axis->setTitleFont(font(11));
    axis->setTitleBrush(textColor());
    axis->setLabelsFont(font(10));
    axis->setLabelsBrush(textColor());
    axis->setGridLineColor(gridColor());
    axis->setLinePenColor(axisColor());
    axis->setShadesVisible(false);
    return axis;
}

bool ValueAxis::needsLog(const QVector<double> &values)
{
    double lo = std::numeric_limits<double>::max();
    double hi = 0;
    for (double v : values) {
        if (v > 0 && std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    return hi > 0 && hi / lo > 100;
}

QString ValueAxis::formatValue(double value, const QLocale &locale)
{
    return locale.toString(tidy(value), 'f', QLocale::FloatingPointShortest);
}

QString ValueAxis::formatTick(double value, double step, const QLocale &locale)
{
    // As many decimals as the step needs to be written exactly: a step of 2.5万 must not read "3万".
    const auto decimals = [](double s) {
        for (int places = 0; places < 6; ++places) {
            const double scaled = s * std::pow(10.0, places);
            if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
                return places;
        }
        return 6;
    };
    // Chinese readers count in 万 and 亿, not thousands and millions.
    if (locale.language() == QLocale::Chinese && std::fabs(value) >= 1e4) {
        const double unit = std::fabs(value) >= 1e8 ? 1e8 : 1e4;
        const QString suffix = unit == 1e8 ? QStringLiteral("亿") : QStringLiteral("万");
        const int places = std::min(4, decimals(step / unit));
        QString text = locale.toString(value / unit, 'f', places);
        return text + suffix;
    }
    return locale.toString(value, 'f', std::min(6, decimals(step)));
}

QString ValueAxis::uniqueLabel(QString label, QSet<QString> *used)
{
    while (used->contains(label))
        label.append(QChar(0x200b));
    used->insert(label);
    return label;
}

QStringList ValueAxis::fontFamilies()
{
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
            QStringLiteral("Noto Sans CJK TC")};
}

QFont ValueAxis::font(qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QColor ValueAxis::textColor()
{
    return QColor(0x33, 0x33, 0x33);
}

QColor ValueAxis::gridColor()
{
    return QColor(0xe4, 0xe4, 0xe4);
}

QColor ValueAxis::axisColor()
{
    return QColor(0x88, 0x88, 0x88);
}
