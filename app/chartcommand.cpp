#include "chartcommand.h"

#include "charts/chartbuilder.h"
#include "charts/chartexporter.h"
#include "charts/charttitles.h"
#include "commandline.h"
#include "commandparser.h"
#include "common/uilanguage.h"
#include "corpus/corpusloader.h"
#include "figures/metriclexicon.h"
#include "itemmodels/chartselection.h"
#include "itemmodels/figuretablemodel.h"
#include "itemmodels/metrictimelinemodel.h"
#include "itemmodels/provincemetricmodel.h"

#include <QChart>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>

int ChartCommand::run(const QStringList &arguments, QTextStream &err)
{
    CommandParser command(QStringLiteral("chart"));
    QCommandLineParser &parser = command.parser();
    QStringList metrics;
    for (const MetricLexicon::Metric &m : MetricLexicon::builtIn().metrics())
        metrics << m.name;
    metrics << ChartSelection::growthCharts();
    parser.setApplicationDescription(
        tr("Draws a chart of one metric by province (or over the article dates) and "
           "writes it as PNG or SVG, as the window's Export does.") +
        QStringLiteral("\n\n") + tr("Metrics: %1.").arg(metrics.join(QStringLiteral(", "))));
    parser.addHelpOption();
    const QCommandLineOption metric(QStringLiteral("metric"),
                                    tr("What to chart, e.g. members, cooperative_growth, contract_value."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption by(QStringLiteral("by"), tr("Group by province (default) or date."),
                                QStringLiteral("province|date"), QStringLiteral("province"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Picture size in pixels (default 1600x1000)."),
                                  QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("Device pixel ratio of a PNG (default 2)."),
                                   QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write: its suffix .png or .svg chooses the format."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption uiLang(QStringLiteral("ui-lang"),
                                    tr("Language of the titles and labels: en or zh_CN."),
                                    QStringLiteral("lang"), QStringLiteral("en"));
    const QCommandLineOption plans(
        QStringLiteral("plans"),
        tr("Show plans, targets and estimates as a series of their own (by province)."));
    parser.addOptions({metric, by, size, scale, output, uiLang, plans});
    parser.addPositionalArgument(QStringLiteral("path"), tr("Article files or folders."),
                                 QStringLiteral("PATH..."));
    if (const int status = command.parse(arguments, err); status >= 0)
        return status;

    const QString name = parser.value(metric);
    const QString file = parser.value(output);
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto sizeMatch = sizePattern.match(parser.value(size));
    bool scaleOk = false;
    const double factor = parser.value(scale).toDouble(&scaleOk);
    const bool svg = file.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    auto fail = [&](const QString &message) { return command.fail(message, err); };
    if (parser.positionalArguments().isEmpty())
        return fail(tr("no article file or folder given"));
    if (file.isEmpty())
        return fail(tr("no output file: give -o FILE.png or -o FILE.svg"));
    if (!ChartSelection::isKnown(name))
        return fail(tr("unknown metric \"%1\"; one of: %2").arg(name, metrics.join(QStringLiteral(", "))));
    if (!sizeMatch.hasMatch() || !scaleOk || factor <= 0 || factor > 8)
        return fail(tr("bad --size or --scale: give e.g. --size 1600x1000 --scale 2"));
    // Below this a chart has no room for its title, axes and legend.
    constexpr int MinimumWidth = 320, MinimumHeight = 240;
    if (sizeMatch.captured(1).toInt() < MinimumWidth || sizeMatch.captured(2).toInt() < MinimumHeight)
        return fail(tr("--size must be at least %1x%2, not %3")
                        .arg(MinimumWidth)
                        .arg(MinimumHeight)
                        .arg(parser.value(size)));
    if (!svg && !file.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return fail(tr("the output file must end in .png or .svg: %1").arg(file));
    const bool byDate = parser.value(by) == QLatin1String("date");
    if (!byDate && parser.value(by) != QLatin1String("province"))
        return fail(tr("--by must be province or date"));
    const bool chinese = parser.value(uiLang) == QLatin1String("zh_CN");
    if (chinese)
        UiLanguage::apply(QStringLiteral("zh_CN"));

    QVector<ArticleAnalysisPtr> articles;
    int status = 0;
    for (const QString &path : CorpusLoader::expand(parser.positionalArguments())) {
        if (ArticleAnalysisPtr a = CommandLine::analyze(path, err, status))
            articles.append(std::move(a));
    }
    FigureTableModel figures;
    figures.setChineseLabels(chinese);
    figures.setArticles(articles);
    ProvinceMetricModel byProvince;
    byProvince.setChineseLabels(chinese);
    byProvince.setSourceModel(&figures);
    byProvince.setShowPlans(parser.isSet(plans));
    byProvince.setMetric(name);
    MetricTimelineModel timeline;
    timeline.setChineseLabels(chinese);
    timeline.setSourceModel(&figures);
    timeline.setMetric(name);

    ChartBuilder::Options options;
    options.title = ChartTitles::title(name, byDate);
    options.valueTitle = ChartTitles::valueTitle(name, byProvince.kind(), byProvince.unit());
    options.locale = chinese ? QLocale(QLocale::Chinese, QLocale::China)
                             : QLocale(QLocale::English, QLocale::UnitedStates);
    std::unique_ptr<QChart> chart(byDate ? ChartBuilder::buildTimeline(&timeline, options)
                                         : ChartBuilder::buildBars(&byProvince, options));
    const QSize pixels(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());
    QString error;
    const bool saved = svg ? ChartExporter::saveSvg(chart.get(), file, pixels, &error)
                           : ChartExporter::savePng(chart.get(), file, pixels, factor, &error);
    if (!saved)
        return fail(tr("%1: error: %2").arg(file, error));
    if (byDate ? timeline.rowCount() == 0 : byProvince.rowCount() == 0)
        err << tr("%1: note: no figures count \"%2\"; the chart says so").arg(file, name) << '\n';
    else if (const QString note = byDate ? timeline.note() : byProvince.note(); !note.isEmpty())
        err << tr("%1: note: %2").arg(file, note) << '\n';
    return status;
}
