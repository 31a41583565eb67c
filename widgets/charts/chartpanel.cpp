#include "charts/chartpanel.h"

#include "charts/chartbuilder.h"
#include "charts/chartexporter.h"
#include "common/uilanguage.h"
#include "itemmodels/chartroles.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModel>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QXYSeries>

#include <memory>

namespace {

const QString LastFolderKey = QStringLiteral("export/lastFolder");
const QString PlansKey = QStringLiteral("chart/showPlans");
const QString WidthKey = QStringLiteral("export/width");
const QString HeightKey = QStringLiteral("export/height");
const QString ScaleKey = QStringLiteral("export/scale");

// A file name from the chart title: letters (Chinese too), digits and dashes only.
QString fileNameFrom(const QString &title)
{
    QString name;
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            name.append(c);
        else if (!name.isEmpty() && !name.endsWith(QLatin1Char('-')))
            name.append(QLatin1Char('-'));
    }
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("chart") : name;
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chartPanel"));

    m_metricLabel = new QLabel(this);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("chartMetric"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metricLabel->setBuddy(m_metric);
    m_byProvinceButton = new QRadioButton(this);
    m_byProvinceButton->setObjectName(QStringLiteral("chartByProvince"));
    m_byProvinceButton->setChecked(true);
    m_byDateButton = new QRadioButton(this);
    m_byDateButton->setObjectName(QStringLiteral("chartByDate"));
    auto *groupingButtons = new QButtonGroup(this);
    groupingButtons->addButton(m_byProvinceButton);
    groupingButtons->addButton(m_byDateButton);
    m_plans = new QCheckBox(this);
    m_plans->setObjectName(QStringLiteral("chartPlans"));
    m_plans->setChecked(QSettings().value(PlansKey, false).toBool());
    m_exportPng = new QToolButton(this);
    m_exportPng->setObjectName(QStringLiteral("chartExportPng"));
    m_exportSvg = new QToolButton(this);
    m_exportSvg->setObjectName(QStringLiteral("chartExportSvg"));

    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 240);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_metricLabel);
    bar->addWidget(m_metric);
    bar->addSpacing(12);
    bar->addWidget(m_byProvinceButton);
    bar->addWidget(m_byDateButton);
    bar->addSpacing(12);
    bar->addWidget(m_plans);
    bar->addStretch(1);
    bar->addWidget(m_exportPng);
    bar->addWidget(m_exportSvg);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT metricChanged(currentMetric()); });
    connect(m_byProvinceButton, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setGrouping(Grouping::ByProvince);
    });
    connect(m_byDateButton, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setGrouping(Grouping::ByDate);
    });
    connect(m_plans, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(PlansKey, on);
        Q_EMIT plansShownChanged(on);
    });
    connect(m_exportPng, &QToolButton::clicked, this, [this] { exportInteractively(QStringLiteral("png")); });
    connect(m_exportSvg, &QToolButton::clicked, this, [this] { exportInteractively(QStringLiteral("svg")); });

    retranslate();
    rebuild();
}

ChartPanel::~ChartPanel() = default;

bool ChartPanel::plansShown() const
{
    return m_plans->isChecked();
}

void ChartPanel::setModels(QAbstractItemModel *byProvince, QAbstractItemModel *byDate)
{
    for (QAbstractItemModel *old : {m_byProvince.data(), m_byDate.data()}) {
        if (old)
            disconnect(old, nullptr, this, nullptr);
    }
    m_byProvince = byProvince;
    m_byDate = byDate;
    connectModel(byProvince);
    if (byDate != byProvince)
        connectModel(byDate);
    rebuild();
}

void ChartPanel::connectModel(QAbstractItemModel *model)
{
    if (!model)
        return;
    const auto changed = [this] { scheduleRebuild(); };
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::layoutChanged, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    connect(model, &QAbstractItemModel::headerDataChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::rowsMoved, this, changed);
    connect(model, &QAbstractItemModel::columnsInserted, this, changed);
    connect(model, &QAbstractItemModel::columnsRemoved, this, changed);
    connect(model, &QAbstractItemModel::columnsMoved, this, changed);
    connect(model, &QObject::destroyed, this, changed);
}

void ChartPanel::setMetrics(const QList<QPair<QString, QString>> &metrics)
{
    const QString previous = currentMetric();
    {
        const QSignalBlocker blocker(m_metric);
        m_metric->clear();
        for (const auto &[name, label] : metrics)
            m_metric->addItem(label, name);
        const int kept = m_metric->findData(previous);
        m_metric->setCurrentIndex(kept >= 0 ? kept : (m_metric->count() ? 0 : -1));
    }
    if (currentMetric() != previous)
        Q_EMIT metricChanged(currentMetric());
}

QString ChartPanel::currentMetric() const
{
    return m_metric->currentData().toString();
}

void ChartPanel::setMetric(const QString &name)
{
    const int index = m_metric->findData(name);
    if (index >= 0)
        m_metric->setCurrentIndex(index);
}

void ChartPanel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    {
        const QSignalBlocker a(m_byProvinceButton);
        const QSignalBlocker b(m_byDateButton);
        (grouping == Grouping::ByProvince ? m_byProvinceButton : m_byDateButton)->setChecked(true);
    }
    updateGroupingChoice();
    rebuild();
    Q_EMIT groupingChanged(grouping);
}

void ChartPanel::setTitles(const QString &title, const QString &valueTitle)
{
    if (title == m_title && valueTitle == m_valueTitle)
        return;
    m_title = title;
    m_valueTitle = valueTitle;
    rebuild();
}

QChart *ChartPanel::chart() const
{
    // A model change rebuilds on the next event-loop turn (a burst of changes costs one rebuild), but
    // whoever asks right after the change must not get the stale chart.
    if (m_rebuildPending)
        const_cast<ChartPanel *>(this)->rebuild();
    return m_chart;
}

void ChartPanel::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_rebuildPending)
            rebuild();
    });
}

QChart *ChartPanel::buildChart(bool animated) const
{
    ChartBuilder::Options options;
    options.title = m_title;
    options.valueTitle = m_valueTitle;
    options.animated = animated;
    // The interface language is chosen apart from the system locale (UiLanguage installs translators
    // only), so the numbers follow it unless the panel was given a locale of its own.
    options.locale = locale();
    if (!testAttribute(Qt::WA_SetLocale)) {
        if (UiLanguage::current() == QLatin1String("zh_CN"))
            options.locale = QLocale(QLocale::Chinese, QLocale::China);
        else if (UiLanguage::current() == QLatin1String("en") &&
                 options.locale.language() == QLocale::Chinese)
            options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    }
    if (m_grouping == Grouping::ByDate)
        return ChartBuilder::buildTimeline(m_byDate, options);
    return ChartBuilder::buildBars(m_byProvince, options);
}

void ChartPanel::rebuild()
{
    m_rebuildPending = false;
    updateGroupingChoice();
    QChart *chart = buildChart(true);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    m_chart = chart;
    connectChart(chart);
    // The view gave up the old chart; it may be the one whose click signal is running right now.
    if (old && old != chart)
        old->deleteLater();
}

void ChartPanel::connectChart(QChart *chart)
{
    const auto figureRows = [](const QAbstractItemModel *model, int row, int column) {
        if (!model || row < 0 || column < 0)
            return QList<int>();
        return model->index(row, column).data(ChartRoles::FigureRowsRole).value<QList<int>>();
    };
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            connect(bars, &QAbstractBarSeries::clicked, this, [=](int index, QBarSet *set) {
                const int row = ChartBuilder::rowForCategory(chart, index);
                if (row < 0)
                    return;
                const int column = std::max(0, ChartBuilder::columnForBarSet(set));
                const QList<int> rows = figureRows(m_byProvince, row, column);
                for (QBarSet *other : bars->barSets())
                    other->deselectAllBars();
                set->selectBar(index);
                Q_EMIT barClicked(row);
                Q_EMIT figuresClicked(rows);
            });
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            connect(xy, &QXYSeries::clicked, this, [=](const QPointF &point) {
                const int row = ChartBuilder::rowForPoint(xy, point);
                const int column = ChartBuilder::columnForSeries(xy);
                if (row < 0 || column < 0)
                    return;
                const QList<int> rows = figureRows(m_byDate, row, column);
                Q_EMIT pointClicked(row, column);
                Q_EMIT figuresClicked(rows);
            });
        }
    }
}

void ChartPanel::updateGroupingChoice()
{
    // Dates only make a line with several articles; a single one stays reachable if already chosen.
    const bool severalDates = m_byDate && m_byDate->rowCount() > 1;
    m_byDateButton->setEnabled(severalDates || m_grouping == Grouping::ByDate);
    m_plans->setEnabled(m_grouping == Grouping::ByProvince); // a line is one observation: no plans
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild(); // legend and tooltips come from the builder's tr()
    } else if (event->type() == QEvent::LocaleChange) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

void ChartPanel::retranslate()
{
    m_metricLabel->setText(tr("&Metric:"));
    m_byProvinceButton->setText(tr("By &province"));
    m_byDateButton->setText(tr("By &date"));
    m_plans->setText(tr("Show p&lans"));
    m_plans->setToolTip(tr("Plans, targets and estimates as a grey series of their own (by province); "
                           "never added to what was achieved"));
    m_byDateButton->setToolTip(tr("The metric over the dates of the articles open (needs several)"));
    m_exportPng->setText(tr("Export PNG…"));
    m_exportPng->setToolTip(tr("Save the chart as a PNG picture"));
    m_exportSvg->setText(tr("Export SVG…"));
    m_exportSvg->setToolTip(tr("Save the chart as an SVG drawing"));
}

bool ChartPanel::exportTo(const QString &path, const QString &format, const QSize &size, qreal scale,
                          QString *error)
{
    if (m_rebuildPending)
        rebuild();
    // A chart of its own: the one on screen keeps its animations, size and scene untouched.
    const std::unique_ptr<QChart> chart(buildChart(false));
    if (format.compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0)
        return ChartExporter::saveSvg(chart.get(), path, size, error);
    return ChartExporter::savePng(chart.get(), path, size, scale, error);
}

void ChartPanel::exportInteractively(const QString &format)
{
    Q_EMIT exportRequested(format);
    const bool svg = format.compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    QSize size;
    qreal scale = 2.0;
    if (!askExportSize(format, &size, &scale))
        return;

    QSettings settings;
    const QString folder = settings.value(LastFolderKey, QDir::homePath()).toString();
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    const QString title = m_title.isEmpty() ? currentMetric() : m_title;
    const QString proposed = QDir(folder).filePath(fileNameFrom(title) + QLatin1Char('.') + suffix);
    const QString filter = svg ? tr("SVG drawings (*.svg)") : tr("PNG pictures (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), proposed, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    settings.setValue(LastFolderKey, QFileInfo(path).absolutePath());

    QString error;
    if (!exportTo(path, suffix, size, scale, &error)) {
        QMessageBox::warning(
            this, tr("Export Chart"),
            tr("The chart could not be saved to %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    Q_EMIT exported(path);
}

bool ChartPanel::askExportSize(const QString &format, QSize *size, qreal *scale)
{
    const bool svg = format.compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    QSettings settings;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("chartExportDialog"));
    dialog.setWindowTitle(svg ? tr("Export SVG") : tr("Export PNG"));
    auto *width = new QSpinBox(&dialog);
    auto *height = new QSpinBox(&dialog);
    for (QSpinBox *box : {width, height}) {
        box->setRange(200, 10000);
        box->setSingleStep(100);
        box->setSuffix(tr(" px"));
    }
    width->setObjectName(QStringLiteral("exportWidth"));
    height->setObjectName(QStringLiteral("exportHeight"));
    width->setValue(settings.value(WidthKey, 1600).toInt());
    height->setValue(settings.value(HeightKey, 1000).toInt());
    auto *factor = new QDoubleSpinBox(&dialog);
    factor->setObjectName(QStringLiteral("exportScale"));
    factor->setRange(0.5, 4.0);
    factor->setSingleStep(0.5);
    factor->setDecimals(1);
    factor->setPrefix(QStringLiteral("× "));
    factor->setValue(settings.value(ScaleKey, 2.0).toDouble());
    auto *pixels = new QLabel(&dialog);
    const auto showPixels = [=] {
        pixels->setText(tr("%1 × %2 pixels")
                            .arg(locale().toString(qRound(width->value() * factor->value())),
                                 locale().toString(qRound(height->value() * factor->value()))));
    };
    connect(width, &QSpinBox::valueChanged, &dialog, showPixels);
    connect(height, &QSpinBox::valueChanged, &dialog, showPixels);
    connect(factor, &QDoubleSpinBox::valueChanged, &dialog, showPixels);
    showPixels();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Width:"), width);
    form->addRow(tr("&Height:"), height);
    if (!svg) {
        // The layout (text size against chart size) follows width × height; the scale only adds pixels.
        form->addRow(tr("&Scale:"), factor);
        form->addRow(QString(), pixels);
    } else {
        factor->hide();
        pixels->hide();
    }
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *size = QSize(width->value(), height->value());
    *scale = factor->value();
    settings.setValue(WidthKey, size->width());
    settings.setValue(HeightKey, size->height());
    if (!svg)
        settings.setValue(ScaleKey, *scale);
    return true;
}
