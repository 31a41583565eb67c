#pragma once

#include "numbers/quantity.h"
#include "text/article.h"
#include "text/textrange.h"

#include <QString>
#include <QStringView>
#include <QVector>

// A quantity of one language of an article with everything the reader asks about it: where it is
// (sentence and range in the file), what it is worth, what kind of figure it is, the place it is
// about, the province that place belonged to on the article's date, and what it counts.
struct Figure
{
    enum class Kind : quint8
    {
        Count,
        Money,
        Percent,
        Range,
        Multiple,
        Fraction,
        Measure,
        Duration // 三个月, 两年来, "three months": paired and checked, never charted
    };

    // Small members first: a corpus holds hundreds of thousands of figures, and padding between
    // four-byte enums and eight-byte members was a tenth of each.
    Article::Language language = Article::Language::Chinese;
    Kind kind = Kind::Count;
    int index = 0;      // among the figures of its language, 0-based, in reading order
    int sentence = -1;  // index into the analysis' sentences of this language
    int pair = -1;      // index of the counterpart in the other language, once aligned
    TextRange range;    // in the file
    QStringView text;   // the file's text in range: a view into the article's text
    Quantity quantity;  // value, bounds, approximation, unit (its ranges are in the file too)
    QString placeId;    // gazetteer id of the place it is about; empty when unknown
    QString provinceId; // gazetteer id of that place's province-level unit on the article's date
    QString metric;     // what it counts, from resources/metrics.json; "other" when nothing fits

    QString id() const
    {
        return (language == Article::Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en")) +
               QString::number(index + 1);
    }
    static QString kindName(Kind kind);
    static QString approxName(Quantity::Approx approx);
};

// Only Qt values inside: a growing list may move them with memmove.
Q_DECLARE_TYPEINFO(Figure, Q_RELOCATABLE_TYPE);

using Figures = QVector<Figure>;
