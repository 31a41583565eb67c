#pragma once

#include <QModelIndex>
#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

// The behaviour every list of the window shares (articles, figures, findings): rows selected one at
// a time, read-only, sortable, compact, and selected from outside without stealing the focus; Ctrl+C
// copies the selected rows with the header row, ready for a spreadsheet.
class TableViews
{
public:
    static QTableView *create(QWidget *parent, const QString &objectName, QAbstractItemModel *model,
                              int sortColumn = -1);
    // Makes index the current, selected row and scrolls to it; an invalid index clears the selection.
    static void selectRow(QTableView *view, const QModelIndex &index);
    // The selected rows as tab-separated text, the visible columns' headers first (what Ctrl+C copies).
    static QString selectionAsTsv(const QTableView *view);
};
