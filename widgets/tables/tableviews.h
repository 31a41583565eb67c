#pragma once

#include <QModelIndex>
#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

// The behaviour every list of the window shares (articles, figures, findings): rows selected one at
// a time, read-only, sortable, compact, and selected from outside without stealing the focus.
class TableViews
{
public:
    static QTableView *create(QWidget *parent, const QString &objectName, QAbstractItemModel *model,
                              int sortColumn = -1);
    // Makes index the current, selected row and scrolls to it; an invalid index clears the selection.
    static void selectRow(QTableView *view, const QModelIndex &index);
};
