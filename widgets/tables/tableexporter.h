#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

// Writes what a table shows (its model's rows and columns, display text, header first) to CSV,
// atomically through QSaveFile, so a failed export never leaves half a file.
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    static QString toCsv(const QAbstractItemModel *model, const QList<int> &columns = {});
    static bool saveCsv(const QAbstractItemModel *model, const QString &path, QString *error = nullptr,
                        const QList<int> &columns = {});
};
