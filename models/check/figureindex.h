#pragma once

#include "figures/figure.h"
#include "text/sentence.h"

#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QVector>

// What the check asks about the figures of one language, answered from hashes built once: whether a
// figure is said again (and paired) in a title or its own sentence, and which digits the unpaired
// figures of an alignment group have. Looking through every figure for each unpaired one took
// figures x figures steps, hours for a sentence of tens of thousands of figures.
class FigureIndex
{
public:
    FigureIndex(const Figures &figures, const Sentences &sentences, const QVector<int> &groupOfSentence);

    // The same value said again in this language, and paired there: a headline the body repeats, a
    // figure restated in its sentence.
    bool repeated(const Figure &figure) const;
    // An unpaired figure of the group with the same digits as figure (3 and 0.3).
    bool unpairedWithDigits(int group, const Figure &figure) const;

private:
    static quint64 key(const Figure &figure);
    bool isTitle(int sentence) const;

    const Figures &m_figures;
    const Sentences &m_sentences;
    QMultiHash<quint64, int> m_paired;          // value and kind -> paired figures
    QHash<int, QSet<QString>> m_unpairedDigits; // group -> digits of its unpaired figures
};
