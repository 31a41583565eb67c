#pragma once

#include "figures/figure.h"
#include "text/textrange.h"

#include <QStringView>

// The counted thing of a figure: the noun phrase the number quantifies, read from its own sentence
// without a dictionary. Chinese puts it after the measure word (三百六十九个手工业生产合作社) or
// before the number as the subject (社员一万二千三百多人, 夏播面积扩大了三十六万亩); English after
// the number or its unit ("850 catties of feed", "80% of the farmers") or, failing that, before it
// as the subject ("the wheat planting area ... was over 100 million mu"). The phrase is cut at
// function words and predicates, so it is short and names the head noun; it is a view into the text.
class CountedReader
{
public:
    // text: the sentence; figure: the figure's range in it; unit: where its unit or measure word
    // was read (invalid when none); from: where the figure's own text begins (its clause, or the end
    // of the figure before it), before which the subject is not looked for.
    static QStringView chinese(QStringView text, TextRange figure, TextRange unit, int from,
                               Figure::Kind kind);
    static QStringView english(QStringView text, TextRange figure, TextRange unit, int from,
                               Figure::Kind kind);

private:
    static QStringView chineseAfter(QStringView text, int at);
    static QStringView chineseBefore(QStringView text, int from, int end, Figure::Kind kind);
    static QStringView englishAfter(QStringView text, int at, Figure::Kind kind);
    static QStringView englishBefore(QStringView text, int from, int end);
};
