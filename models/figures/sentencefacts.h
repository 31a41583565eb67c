#pragma once

#include "numbers/datemention.h"

// A run of one sentence's facts inside the article's lists (SentenceFactsList): valid as long as the
// list is and is not added to.
template <typename T> class FactSpan
{
public:
    FactSpan() = default;
    FactSpan(const T *first, int count) : m_first(first), m_count(count) {}
    const T *begin() const { return m_first; }
    const T *end() const { return m_first + m_count; }
    const T *constData() const { return m_first; }
    int size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    const T &at(int i) const { return m_first[i]; }

private:
    const T *m_first = nullptr;
    int m_count = 0;
};

// What a sentence names that can anchor it to its translation: figure values, places, dates.
struct SentenceFacts
{
    FactSpan<double> values; // figure values (low bounds), as read
    FactSpan<int> places;    // indexes into the gazetteer's places
    FactSpan<DateMention> dates;
    int figureLength = 0; // characters taken by figures (written out in Chinese, digits in English)
};
