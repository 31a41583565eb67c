#pragma once

#include "check/articleanalysis.h"

#include <QMap>
#include <QString>
#include <QStringList>

// Plants one error of each kind into copies of an article's translation (a digit changed, a scale
// word, an approximation dropped or added, digits invented, a month or day changed, a sentence deleted,
// a figure added, Chinese left in, the text cut off) and checks that the translation check reports
// each with its kind, as a warning or an error, on the planted figure. Kinds an article offers no place
// for are not planted in it.
class PlantedErrors
{
public:
    // Plants in this article and checks; each planted error not found is added to misses.
    void add(const ArticleAnalysis &original, QStringList &misses);

    // "planted.<kind>": the share of planted errors of that kind found; "planted": of all.
    QMap<QString, double> measures() const;
    QString report() const;

    struct Plant
    {
        QString kind;
        Finding::Kind expected = Finding::Kind::ValueMismatch;
        QString text;      // the whole planted file
        int zhFigure = -1; // the Chinese figure the finding must name, or -1
        QString what;      // for the list of misses
    };
    static QVector<Plant> plant(const ArticleAnalysis &original);
    // Where the planted files that were not found are written, for reading (empty: nowhere).
    void setMissesFolder(const QString &folder) { m_missesFolder = folder; }
    static const QStringList &kinds();

private:
    struct Tally
    {
        int found = 0;
        int planted = 0;
    };
    QMap<QString, Tally> m_byKind;
    QString m_missesFolder;
};
