#include "tables/tableexporter.h"

#include "corpus/csvwriter.h"

#include <QAbstractItemModel>
#include <QSaveFile>

QString TableExporter::toCsv(const QAbstractItemModel *model, const QList<int> &wanted)
{
    QList<int> columns = wanted;
    if (columns.isEmpty()) {
        for (int c = 0; c < model->columnCount(); ++c)
            columns.append(c);
    }
    QStringList header;
    for (int c : std::as_const(columns))
        header.append(model->headerData(c, Qt::Horizontal).toString());
    QString csv = CsvWriter::row(header);
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList fields;
        for (int c : std::as_const(columns))
            fields.append(model->index(r, c).data().toString());
        csv += CsvWriter::row(fields);
    }
    return csv;
}

bool TableExporter::saveCsv(const QAbstractItemModel *model, const QString &path, QString *error,
                            const QList<int> &columns)
{
    QSaveFile file(path);
    // A byte-order mark so spreadsheet programs read the Chinese as UTF-8.
    if (!file.open(QIODevice::WriteOnly) || file.write("\xEF\xBB\xBF") < 0 ||
        file.write(toCsv(model, columns).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
