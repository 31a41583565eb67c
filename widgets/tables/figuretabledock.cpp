#include "tables/figuretabledock.h"

#include "check/figurestatus.h"
#include "common/statuspalette.h"
#include "figures/metriclexicon.h"
#include "itemmodels/figurefilterproxy.h"
#include "itemmodels/figuretablemodel.h"
#include "places/gazetteer.h"
#include "tables/tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Paints the check column in its status colour.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto status = FigureStatus::Status(index.data(FigureTableModel::StatusRole).toInt());
        option->palette.setColor(QPalette::Text, StatusPalette::foreground(status));
        if (status != FigureStatus::Agrees)
            option->backgroundBrush = StatusPalette::background(status);
    }
};

} // namespace

FigureTableDock::FigureTableDock(FigureTableModel *model, FigureFilterProxy *proxy, QWidget *parent)
    : QDockWidget(parent), m_model(model), m_proxy(proxy)
{
    setObjectName(QStringLiteral("figureDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_province = new QComboBox(content);
    m_province->setObjectName(QStringLiteral("provinceFilter"));
    m_province->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metric = new QComboBox(content);
    m_metric->setObjectName(QStringLiteral("metricFilter"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QComboBox(content);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_currentOnly = new QCheckBox(content);
    m_currentOnly->setObjectName(QStringLiteral("currentArticleOnly"));
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("figureSearch"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_province);
    filters->addWidget(m_metric);
    filters->addWidget(m_status);
    filters->addWidget(m_currentOnly);
    filters->addWidget(m_search, 1);
    m_view = TableViews::create(content, QStringLiteral("figureView"), proxy);
    m_view->setItemDelegateForColumn(FigureTableModel::StatusColumn, new StatusDelegate(m_view));
    // Widths for the usual content; ResizeToContents would read every row of a large corpus.
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<QPair<int, int>> widths = {
        {FigureTableModel::PlaceColumn, 12},   {FigureTableModel::ProvinceColumn, 8},
        {FigureTableModel::MetricColumn, 12},  {FigureTableModel::RoleColumn, 6},
        {FigureTableModel::CountedColumn, 10}, {FigureTableModel::FamilyColumn, 7},
        {FigureTableModel::ChineseColumn, 12}, {FigureTableModel::EnglishColumn, 14},
        {FigureTableModel::ValueColumn, 10},   {FigureTableModel::TranslationValueColumn, 10},
        {FigureTableModel::UnitColumn, 4},     {FigureTableModel::StatusColumn, 7},
        {FigureTableModel::DateColumn, 8}};
    for (const auto &[column, ems] : widths)
        m_view->setColumnWidth(column, ems * em);
    m_count = new QLabel(content);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    setWidget(content);

    connect(m_province, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setProvince(m_province->currentData().toString()); });
    connect(m_metric, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMetric(m_metric->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMinimumStatus(m_status->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &FigureFilterProxy::setText);
    connect(m_currentOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_proxy->setArticlePath(on ? m_currentArticle : QString()); });
    connect(m_proxy, &FigureFilterProxy::filterChanged, this, &FigureTableDock::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FigureTableDock::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FigureTableDock::updateCount);
    // New rows only add provinces: look at them alone, not the whole table, batch after batch.
    connect(
        m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            bool grew = false;
            for (int r = first; r <= last; ++r) {
                // A figure about several provinces offers each of them to the filter.
                const QString ids = m_model->index(r, 0).data(FigureTableModel::ProvinceIdRole).toString();
                for (const QString &id : ids.split(u';', Qt::SkipEmptyParts)) {
                    if (!m_provinceIds.contains(id)) {
                        m_provinceIds.insert(id);
                        grew = true;
                    }
                }
            }
            if (grew)
                refillProvinces();
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_provinceIds.clear();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QString ids = m_model->index(r, 0).data(FigureTableModel::ProvinceIdRole).toString();
            for (const QString &id : ids.split(u';', Qt::SkipEmptyParts))
                m_provinceIds.insert(id);
        }
        refillProvinces();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    Q_EMIT figureActivated(m_proxy->mapToSource(current).row());
            });
    retranslate();
}

void FigureTableDock::retranslate()
{
    setWindowTitle(tr("Figures"));
    m_search->setPlaceholderText(tr("Search figures, places, articles…"));
    m_currentOnly->setText(tr("This article only"));
    const int status = m_status->currentIndex();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItem(tr("Any check"), -1);
    m_status->addItem(tr("Notes and worse"), int(FigureStatus::Note));
    m_status->addItem(tr("Warnings and errors"), int(FigureStatus::Warning));
    m_status->addItem(tr("Errors"), int(FigureStatus::Error));
    m_status->setCurrentIndex(qMax(0, status));
    refillProvinces();
    refillMetrics();
    updateCount();
}

void FigureTableDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void FigureTableDock::refillProvinces()
{
    QList<QPair<QString, QString>> items;
    for (const QString &id : std::as_const(m_provinceIds))
        items.append({m_model->placeLabel(id), id});
    std::sort(items.begin(), items.end());
    const QString current = m_proxy->province();
    const QSignalBlocker blocker(m_province);
    m_province->clear();
    m_province->addItem(tr("All provinces"), QString());
    for (const auto &item : std::as_const(items))
        m_province->addItem(item.first, item.second);
    m_province->setCurrentIndex(qMax(0, m_province->findData(current)));
}

void FigureTableDock::refillMetrics()
{
    const QString current = m_proxy->metric();
    const QSignalBlocker blocker(m_metric);
    m_metric->clear();
    m_metric->addItem(tr("Everything counted"), QString());
    for (const MetricLexicon::Metric &m : MetricLexicon::builtIn().metrics())
        m_metric->addItem(m_model->metricLabel(m.name), m.name);
    m_metric->setCurrentIndex(qMax(0, m_metric->findData(current)));
}

void FigureTableDock::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n figure(s)", nullptr, total)
                                    : tr("%1 of %n figure(s)", nullptr, total).arg(shown));
}

void FigureTableDock::selectSourceRow(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_selecting = true;
    TableViews::selectRow(m_view, index);
    m_selecting = false;
}

void FigureTableDock::setCurrentArticle(const QString &path)
{
    m_currentArticle = path;
    if (m_currentOnly->isChecked())
        m_proxy->setArticlePath(path);
}

void FigureTableDock::setProvince(const QString &id)
{
    m_proxy->setProvince(id);
    const QSignalBlocker blocker(m_province);
    m_province->setCurrentIndex(qMax(0, m_province->findData(id)));
}
