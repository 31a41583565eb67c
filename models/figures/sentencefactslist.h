#pragma once

#include "figures/sentencefacts.h"

#include <vector>

// The facts (SentenceFacts) of every sentence of one language of an article, in one list per kind
// of fact: a sentence's values, places and dates are runs of them. Filled sentence by sentence, in
// order, while the figures are extracted; a list per sentence and kind cost an allocation each.
class SentenceFactsList
{
public:
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    // The facts of sentence i (0 <= i < size()).
    SentenceFacts at(int i) const;

    // Starts the facts of sentence i, after those of every sentence before it (sentences left out
    // get none); i must not be below size().
    void startSentence(int i);
    void addValue(double value, int length);
    void addPlace(int place);
    void addDate(const DateMention &date);
    // Gives every sentence up to count facts (none for those not started).
    void pad(int count);

private:
    struct Entry
    {
        int values = 0; // where the sentence's values, places and dates start
        int places = 0;
        int dates = 0;
        int figureLength = 0;
    };
    std::vector<Entry> m_entries;
    std::vector<double> m_values;
    std::vector<int> m_places;
    std::vector<DateMention> m_dates;
};
