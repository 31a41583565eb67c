#pragma once

#include <QDockWidget>

class ArticleListModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QLabel;

// The list of open articles (date, page, English and Chinese titles) with a filter box. Emits the
// source row of the article the reader picks.
class CorpusDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CorpusDock(ArticleListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    // Selects a source row without emitting articleActivated.
    void setCurrentRow(int sourceRow);
    int currentRow() const;
    // The visible (filtered, sorted) neighbour of the current article; -1 at either end.
    int neighbourRow(int step) const;
    void retranslate();

Q_SIGNALS:
    void articleActivated(int sourceRow);
    // From the list's context menu (Close Article).
    void closeRequested(int sourceRow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCount();
    void showContextMenu(const QPoint &position);

    ArticleListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    bool m_settingRow = false;
};
