#pragma once

#include "numbers/quantity.h"
#include "text/article.h"
#include "text/textrange.h"

#include <QString>
#include <QStringList>
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
    // What the figure's unit measures: figures of different families are never added or compared
    // as one quantity (rooms are not members, ox-carts not cooperatives).
    enum class Family : quint8
    {
        Other,
        Persons,
        Households,
        Organisations,
        Items,
        Money,
        Weight,
        Area,
        Length,
        Volume,
        Power,
        Energy,
        Head,
        Percent,
        Multiple,
        Places,
        Duration
    };
    // What the text says the number is: a level reached, a plan or estimate, an earlier level given
    // for comparison, a change, or a part of a whole.
    enum class Role : quint8
    {
        Actual,
        Plan,
        Earlier,
        Change,
        Share
    };

    // Small members first: a corpus holds hundreds of thousands of figures, and padding between
    // four-byte enums and eight-byte members was a tenth of each.
    Article::Language language = Article::Language::Chinese;
    Kind kind = Kind::Count;
    Family family = Family::Other;
    Role role = Role::Actual;
    int index = 0;      // among the figures of its language, 0-based, in reading order
    int sentence = -1;  // index into the analysis' sentences of this language
    int pair = -1;      // index of the counterpart in the other language, once aligned
    TextRange range;    // in the file
    QStringView text;   // the file's text in range: a view into the article's text
    Quantity quantity;  // value, bounds, approximation, unit (its ranges are in the file too)
    QString placeId;    // gazetteer id of the place it is about; empty when unknown
    QString provinceId; // gazetteer id of that place's province-level unit on the article's date
    QString metric;     // what it counts, from resources/metrics.json; "other" when nothing fits
    QString counted;    // the noun phrase it quantifies, in its own language (社员, "credit cooperatives")

    QString id() const
    {
        return (language == Article::Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en")) +
               QString::number(index + 1);
    }
    static QString kindName(Kind kind);
    // A percent, multiple or fraction: a share or a growth of something, never a level of it.
    static bool isRatio(Kind kind)
    {
        return kind == Kind::Percent || kind == Kind::Multiple || kind == Kind::Fraction;
    }
    static QString approxName(Quantity::Approx approx);
    static QString familyName(Family family);
    static QString roleName(Role role);
    static const QStringList &familyNames(); // in enum order
    static const QStringList &roleNames();   // in enum order
};

// Only Qt values inside: a growing list may move them with memmove.
Q_DECLARE_TYPEINFO(Figure, Q_RELOCATABLE_TYPE);

using Figures = QVector<Figure>;
