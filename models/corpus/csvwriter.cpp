#include "corpus/csvwriter.h"

QString CsvWriter::escape(const QString &field)
{
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                       field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!quote)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString CsvWriter::row(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(escape(f));
    return escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QList<QStringList> CsvWriter::parse(const QString &csv)
{
    QList<QStringList> rows;
    QStringList current;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            current.append(field);
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n')) {
            current.append(field);
            rows.append(current);
            current.clear();
            field.clear();
            any = false;
        } else if (c != QLatin1Char('\r')) {
            field.append(c);
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        current.append(field);
        rows.append(current);
    }
    return rows;
}
