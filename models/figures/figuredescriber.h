#pragma once

#include "figures/figure.h"
#include "figures/metriclexicon.h"
#include "figures/rolewords.h"
#include "numbers/quantity.h"
#include "text/textrange.h"

#include <QStringView>
#include <QVector>

// Says what a figure found in a sentence counts: its counted thing (CountedReader), its unit family
// (UnitFamilies), its metric (MetricLexicon) and its role (RoleReader), from the words of its own
// clause. Cuts the contexts each of them reads: the text back to the figure before it (at most two
// comma clauses), the words after it up to the next figure or break, the clause group around it.
class FigureDescriber
{
public:
    explicit FigureDescriber(const MetricLexicon &lexicon) : m_lexicon(lexicon) {}

    struct Place
    {
        QStringView text;    // the sentence
        TextRange clause;    // the clause group around the figure (between ；/; or sentence ends)
        int previousEnd = 0; // end of the figure before it in the sentence, 0 for the first
        int nextFigure = 0;  // start of the figure after it in the clause, else the clause's end
        const Figure *previous = nullptr;                  // the figure before it in its language, if any
        const QVector<TextRange> *places = nullptr;        // the places the sentence names, in order
        const MetricLexicon::SentenceCues *cues = nullptr; // the sentence's metric cues, if scanned
        const std::vector<RoleWords::Match> *roleWords = nullptr; // its role words, if read
    };
    // Fills f's counted, family, metric and role; q is in sentence coordinates.
    void describe(Figure &f, const Quantity &q, const Place &place) const;
    // A figure and its translation count the same thing in the same role: the original's metric
    // and role unless it found none and the translation did (the translator may name the thing
    // the original leaves to its context). Each keeps its own counted words and family. Then a
    // figure that still counts "other" takes its family's default (a count of persons: people).
    static void sharePairs(Figures &chinese, Figures &english, const MetricLexicon &lexicon);

private:
    const MetricLexicon &m_lexicon;
};
