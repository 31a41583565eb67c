#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// The hand labels of one article of the development set, as tests/data/devset/LABELLING.md defines
// them: its figures in both languages, the real disagreements between original and translation, and
// the alignment groups. Read from one TSV file; every malformed line is reported, never skipped.
struct LabelFile
{
    struct Figure
    {
        QString id; // zh1, en3, …
        bool chinese = true;
        int start = 0; // code points into the article file
        int end = 0;
        QString text;
        bool isRange = false;
        double value = 0;
        double low = 0;
        double high = 0;
        QString approx, kind, unit, family, counted, metric, role, region, province, pair, note;
        int line = 0;
    };
    struct Disagreement
    {
        QString kind;
        QStringList chinese; // figure ids
        QStringList english;
        QString text, note;
        int line = 0;
    };
    struct Group
    {
        QVector<int> chinese; // sentence indexes
        QVector<int> english;
    };

    QString path;        // the label file
    QString articlePath; // the article it labels, absolute
    QVector<Figure> figures;
    QVector<Disagreement> disagreements;
    QVector<Group> groups;
    QStringList errors; // "file:line: message"

    static LabelFile read(const QString &path, const QString &devsetRoot);
    const Figure *figure(const QString &id) const;
};
