#pragma once

#include "alignment/alignment.h"
#include "figures/sentencefactslist.h"
#include "text/sentence.h"

// Aligns the sentences of the original and the translation. Titles align to titles and the byline
// to the byline; the body by dynamic programming over groups of up to three sentences on either
// side, scored with a length model calibrated on this corpus (about 4.4 English characters per
// Chinese character) plus anchors: equal figure values, the same places, the same dates. Paragraph
// boundaries make a group dearer to cross but do not forbid it.
class SentenceAligner
{
public:
    struct Input
    {
        const Sentences *sentences = nullptr;
        const SentenceFactsList *facts = nullptr;
    };

    // English characters per Chinese character, and the variance per Chinese character.
    static constexpr double CharacterRatio = 4.4;
    static constexpr double Variance = 14.0;

    static Alignment align(const Input &chinese, const Input &english);

private:
    static void alignBody(const Input &zh, const Input &en, const QVector<int> &zhIds,
                          const QVector<int> &enIds, QVector<Alignment::Group> &out);
};
