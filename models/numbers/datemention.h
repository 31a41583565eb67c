#pragma once

#include "text/textrange.h"

#include <QDate>
#include <QString>
#include <QStringView>

// A date named in a sentence (一九五三年十二月, 七日, "July 7", "the 1st"), read into its parts so that
// the original's and the translation's can be compared. Parts the text leaves out are 0; resolved()
// fills them from the article's date the way a reader of the paper would (七日 = the 7th of this month).
struct DateMention
{
    TextRange range; // in the file
    QString text;
    int year = 0;
    int month = 0;
    int day = 0;
    bool isQuarter = false; // 第三季度, "third quarter": month holds the quarter

    static DateMention readChinese(QStringView text);
    static DateMention readEnglish(QStringView text);
    bool isEmpty() const { return year == 0 && month == 0 && day == 0; }
    // Two mentions disagree when a part both name differs.
    bool conflictsWith(const DateMention &other) const;
};
