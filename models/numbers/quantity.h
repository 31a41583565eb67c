#pragma once

#include "text/textrange.h"

#include <QString>
#include <QVector>

// A number found in running text, Chinese or English, read into a value. The scanners also report
// dates and ordinals (form Date / Ordinal) so that callers can tell them apart from quantities.
struct Quantity
{
    enum class Form : quint8
    {
        Number,
        Percent,
        Fraction,
        Multiple,
        Date,
        Ordinal
    };
    enum class Approx : quint8
    {
        Exact,
        More,
        Less,
        About
    };

    TextRange range; // the figure as a reader would quote it: approximation words, the number,
                     // and a currency or percent sign, e.g. 五十四亿八千多万元, "more than 15,350",
                     // "over 100 million yuan", 百分之十六点四, 16.4%. Not the measure word (个, 件).
    double value = 0; // for a range, the lower bound
    double low = 0;
    double high = 0;
    bool isRange = false; // 两、三 / 三四十 / "two or three"
    Approx approx = Approx::Exact;
    Form form = Form::Number;
    QString unit;        // canonical: "yuan", "percent", "jin", "dan", "mu", "ton", "kg", "km", …; for
                         // counts the measure word or counted noun as written (个, 件, 人, "contracts")
    TextRange unitRange; // where unit was read (may lie after range); invalid when there is none

    bool isFigure() const { return form != Form::Date && form != Form::Ordinal; }
};

// Only Qt values inside: a growing list may move them with memmove.
Q_DECLARE_TYPEINFO(Quantity, Q_RELOCATABLE_TYPE);

using Quantities = QVector<Quantity>;
