#pragma once

#include "check/articleanalysis.h"
#include "labelfile.h"
#include "plantederrors.h"

#include <QMap>
#include <QString>
#include <QStringList>

// Scores the program's analysis of labelled articles against their labels: figures found (precision,
// recall, F1 per language), the attributes of matched figures, pairing, alignment groups and the
// translation check. Articles are added one at a time; the report and the named measures (for the
// floors) cover all added so far. Every disagreement between labels and program is kept for reading.
class DevsetScorer
{
public:
    void add(const LabelFile &labels, const ArticleAnalysis &analysis);

    // Measures by name, e.g. "figures.zh.f1", "value", "check.precision", as fractions 0..1.
    QMap<QString, double> measures() const;
    // The whole report as Markdown tables.
    QString report() const;
    // One line per disagreement between labels and program, for reading.
    const QStringList &misses() const { return m_misses; }
    int articles() const { return m_articles; }

    static const QStringList &attributes();
    PlantedErrors &planted() { return m_planted; }

private:
    struct Tally
    {
        int right = 0;
        int total = 0;
        void count(bool ok)
        {
            ++total;
            right += ok ? 1 : 0;
        }
        double rate() const { return total ? double(right) / total : 0; }
    };
    struct Detection
    {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        double precision() const;
        double recall() const;
        double f1() const;
    };

    void scoreFigures(const LabelFile &labels, const ArticleAnalysis &analysis, bool chinese,
                      QVector<int> &programOfLabel, QVector<int> &labelOfProgram);
    void scoreAlignment(const LabelFile &labels, const ArticleAnalysis &analysis);
    void scoreCheck(const LabelFile &labels, const ArticleAnalysis &analysis,
                    const QVector<int> &zhLabelOfProgram, const QVector<int> &enLabelOfProgram);
    void miss(const LabelFile &labels, const QString &what);

    int m_articles = 0;
    Detection m_figures[2]; // [0] Chinese, [1] English
    QMap<QString, Tally> m_attributes[2];
    Tally m_pairing;
    Detection m_groups;
    QMap<QString, Detection> m_findingsByKind; // by program finding kind: TP = matches a label
    QMap<QString, Tally> m_recallByKind;       // by labelled disagreement kind
    Detection m_check;                         // TP/FP count findings; recall comes from m_disagreements
    Tally m_disagreements;                     // labelled disagreements found / labelled
    QStringList m_misses;
    PlantedErrors m_planted;
};
