#pragma once

#include "datemention.h"

#include <QStringList>
#include <QVector>

// What a sentence names that can anchor it to its translation: figure values, places, dates.
struct SentenceFacts
{
    QVector<double> values; // figure values (low bounds), as read
    QVector<int> places;    // indexes into the gazetteer's places
    QVector<DateMention> dates;
    int figureLength = 0; // characters taken by figures (written out in Chinese, digits in English)
};

using SentenceFactsList = QVector<SentenceFacts>;
