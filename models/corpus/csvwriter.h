#pragma once

#include <QString>
#include <QStringList>

// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, lines
// end in CRLF-free "\n" (what spreadsheets and pandas read). Also reads it back, for the tests and
// for round-trips.
class CsvWriter
{
public:
    static QString escape(const QString &field);
    static QString row(const QStringList &fields);
    static QList<QStringList> parse(const QString &csv);
};
