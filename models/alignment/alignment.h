#pragma once

#include "text/sentencespan.h"

#include <QVector>

// Which sentences of the translation translate which sentences of the original: groups in reading
// order, each with the Chinese and English sentence indexes it joins (1:1, 1:2, 2:1, 1:3, 3:1, and
// 1:0 / 0:1 for a sentence left alone). Every sentence of both languages is in exactly one group.
struct Alignment
{
    struct Group
    {
        SentenceSpan chinese;
        SentenceSpan english;
        double cost = 0; // lower is surer
    };

    QVector<Group> groups;
    QVector<int> groupOfChinese; // sentence index → group index
    QVector<int> groupOfEnglish;

    bool isEmpty() const { return groups.isEmpty(); }
    void index(int chineseSentences, int englishSentences)
    {
        groupOfChinese.fill(-1, chineseSentences);
        groupOfEnglish.fill(-1, englishSentences);
        for (int g = 0; g < groups.size(); ++g) {
            for (int s : groups.at(g).chinese)
                groupOfChinese[s] = g;
            for (int s : groups.at(g).english)
                groupOfEnglish[s] = g;
        }
    }
};
