#include "tables/findingsdock.h"

#include "check/figurestatus.h"
#include "check/findingssummary.h"
#include "common/statuspalette.h"
#include "itemmodels/findingsmodel.h"
#include "tables/tableviews.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Keeps rows whose severity is at least as grave as the chosen one (Error = 0 is the gravest).
class SeverityProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMaximumSeverity(int severity)
    {
        m_maximum = severity;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return sourceModel()->index(row, 0, parent).data(FindingsModel::SeverityRole).toInt() <= m_maximum;
    }

private:
    int m_maximum = int(Finding::Severity::Note);
};

class SeverityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto status =
            FigureStatus::fromSeverity(Finding::Severity(index.data(FindingsModel::SeverityRole).toInt()));
        option->palette.setColor(QPalette::Text, StatusPalette::foreground(status));
        option->backgroundBrush = StatusPalette::background(status);
    }
};

} // namespace

FindingsDock::FindingsDock(FindingsModel *model, QWidget *parent)
    : QDockWidget(parent), m_model(model), m_proxy(new SeverityProxy(this))
{
    setObjectName(QStringLiteral("findingsDock"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(FindingsModel::SortRole);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_severity = new QComboBox(content);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_view = TableViews::create(content, QStringLiteral("findingsView"), m_proxy);
    m_view->setItemDelegateForColumn(FindingsModel::SeverityColumn, new SeverityDelegate(m_view));
    // The message says what is wrong: it gets the room, the article name what is left.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(FindingsModel::ArticleColumn, 12 * fontMetrics().averageCharWidth());
    header->resizeSection(FindingsModel::ChineseColumn, 10 * fontMetrics().averageCharWidth());
    header->resizeSection(FindingsModel::EnglishColumn, 12 * fontMetrics().averageCharWidth());
    m_count = new QLabel(content);
    m_count->setObjectName(QStringLiteral("findingsSummary"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_severity);
    top->addStretch(1);
    top->addWidget(m_count);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const int severity = m_severity->currentData().toInt();
        static_cast<SeverityProxy *>(m_proxy)->setMaximumSeverity(severity);
        QSettings().setValue(QStringLiteral("findings/minSeverity"), severity);
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FindingsDock::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FindingsDock::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    Q_EMIT findingActivated(m_proxy->mapToSource(current).row());
            });
    retranslate();
    // Notes are many and small: by default the dock lists errors and warnings, and remembers the choice.
    const int remembered =
        QSettings().value(QStringLiteral("findings/minSeverity"), int(Finding::Severity::Warning)).toInt();
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(remembered)));
}

void FindingsDock::retranslate()
{
    setWindowTitle(tr("Findings"));
    const int current = m_severity->currentIndex();
    const QSignalBlocker blocker(m_severity);
    m_severity->clear();
    m_severity->addItem(tr("Errors, warnings and notes"), int(Finding::Severity::Note));
    m_severity->addItem(tr("Errors and warnings"), int(Finding::Severity::Warning));
    m_severity->addItem(tr("Errors only"), int(Finding::Severity::Error));
    m_severity->setCurrentIndex(qMax(0, current));
    updateCount();
}

void FindingsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void FindingsDock::updateCount()
{
    FindingsSummary summary;
    Findings all;
    all.reserve(m_model->rowCount());
    for (int r = 0; r < m_model->rowCount(); ++r)
        all.append(m_model->finding(r));
    summary.add(QString(), all);
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == summary.count()
                         ? summary.countsText(summary.total())
                         : tr("%1 (%2 shown)").arg(summary.countsText(summary.total())).arg(shown));
}

int FindingsDock::neighbourRow(int step, bool *wrapped) const
{
    const int count = m_proxy->rowCount();
    if (wrapped)
        *wrapped = false;
    if (count == 0)
        return -1;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    int row = current.isValid() ? current.row() + step : (step > 0 ? 0 : count - 1);
    // Past the last finding comes the first again, and before the first the last.
    if (row < 0 || row >= count) {
        row = row < 0 ? count - 1 : 0;
        if (wrapped)
            *wrapped = true;
    }
    return m_proxy->mapToSource(m_proxy->index(row, 0)).row();
}

void FindingsDock::selectSourceRow(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_selecting = true;
    if (index.isValid())
        TableViews::selectRow(m_view, index);
    m_selecting = false;
}
