#include "window/corpusdock.h"

#include "itemmodels/articlelistmodel.h"
#include "tables/tableviews.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

CorpusDock::CorpusDock(ArticleListModel *model, QWidget *parent)
    : QDockWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("corpusDock"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(ArticleListModel::SortRole);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("corpusFilter"));
    m_filter->setClearButtonEnabled(true);
    m_view = TableViews::create(content, QStringLiteral("corpusView"), m_proxy, ArticleListModel::DateColumn);
    m_view->horizontalHeader()->setSectionResizeMode(ArticleListModel::DateColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ArticleListModel::PageColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(ArticleListModel::EnglishTitleColumn, 260);
    m_view->setColumnHidden(ArticleListModel::FileColumn, true);
    m_count = new QLabel(content);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    setWidget(content);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &CorpusDock::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CorpusDock::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CorpusDock::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_settingRow && current.isValid())
                    Q_EMIT articleActivated(m_proxy->mapToSource(current).row());
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CorpusDock::updateCount);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CorpusDock::showContextMenu);
    retranslate();
}

void CorpusDock::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const int row = m_proxy->mapToSource(index).row();
    const QString path = m_model->index(row, 0).data(ArticleListModel::PathRole).toString();
    const bool onDisk = !path.startsWith(QLatin1Char(':')); // the built-in sample lives in the program
    QMenu menu(this);
    connect(menu.addAction(tr("Close Article")), &QAction::triggered, this,
            [this, row] { Q_EMIT closeRequested(row); });
    QAction *show = menu.addAction(tr("Show in File Manager"));
    show->setEnabled(onDisk);
    connect(show, &QAction::triggered, this,
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    QAction *copy = menu.addAction(tr("Copy Path"));
    connect(copy, &QAction::triggered, this, [path, onDisk] {
        QGuiApplication::clipboard()->setText(onDisk ? QFileInfo(path).absoluteFilePath() : path);
    });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void CorpusDock::retranslate()
{
    setWindowTitle(tr("Articles"));
    m_filter->setPlaceholderText(tr("Filter by date, title or file…"));
    updateCount();
}

void CorpusDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void CorpusDock::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n article(s)", nullptr, total)
                                    : tr("%1 of %n article(s)", nullptr, total).arg(shown));
}

void CorpusDock::setCurrentRow(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_settingRow = true;
    TableViews::selectRow(m_view, index);
    m_settingRow = false;
}

int CorpusDock::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

int CorpusDock::neighbourRow(int step) const
{
    // By date whatever the column the list is sorted by: the source model keeps date order.
    const int rows = m_model->rowCount();
    int row = currentRow();
    if (row < 0)
        row = step > 0 ? -1 : rows;
    for (row += step; row >= 0 && row < rows; row += step) {
        if (m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
            return row;
    }
    return -1;
}
