#include "figures/sentencefactslist.h"

#include <QtGlobal>

SentenceFacts SentenceFactsList::at(int i) const
{
    Q_ASSERT(i >= 0 && i < size());
    const Entry &e = m_entries[size_t(i)];
    const bool last = i + 1 == size();
    const Entry next = last ? Entry{int(m_values.size()), int(m_places.size()), int(m_dates.size()), 0}
                            : m_entries[size_t(i) + 1];
    SentenceFacts f;
    f.values = {m_values.data() + e.values, next.values - e.values};
    f.places = {m_places.data() + e.places, next.places - e.places};
    f.dates = {m_dates.data() + e.dates, next.dates - e.dates};
    f.figureLength = e.figureLength;
    return f;
}

void SentenceFactsList::startSentence(int i)
{
    Q_ASSERT(i >= size());
    while (size() <= i)
        m_entries.push_back({int(m_values.size()), int(m_places.size()), int(m_dates.size()), 0});
}

void SentenceFactsList::addValue(double value, int length)
{
    Q_ASSERT(!isEmpty());
    m_values.push_back(value);
    m_entries.back().figureLength += length;
}

void SentenceFactsList::addPlace(int place)
{
    Q_ASSERT(!isEmpty());
    m_places.push_back(place);
}

void SentenceFactsList::addDate(const DateMention &date)
{
    Q_ASSERT(!isEmpty());
    m_dates.push_back(date);
}

void SentenceFactsList::pad(int count)
{
    if (count > size())
        startSentence(count - 1);
}
