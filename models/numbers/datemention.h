#pragma once

#include "text/textrange.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <QVector>

// A date named in a sentence (一九五三年十二月, 七日, "July 7", "the 1st"), read into its parts so that
// the original's and the translation's can be compared. Parts the text leaves out are 0; resolved()
// fills them from the article's date the way a reader of the paper would (七日 = the 7th of this month).
struct DateMention
{
    TextRange range; // in the file
    QString text;
    int year = 0;
    int yearTo = 0; // the last year of a span (1928到1944年), else 0
    int month = 0;
    int monthTo = 0; // the last month of a list or span (七、八月间, 九、十两月份, 一至五月份), else 0
    int day = 0;
    bool isQuarter = false; // 第三季度, "third quarter": month holds the quarter

    static DateMention readChinese(QStringView text);
    static DateMention readEnglish(QStringView text);
    // Month names standing alone ("With November marking the season", "in May"), which the number
    // scanners do not see, with their range in text. "May" counts only after in, of, by, since … or
    // before a number: it is a verb as often.
    static QVector<DateMention> englishMonths(QStringView text);
    // Where the months or years listed or spanned before a Chinese date begin (九、十月份, 一至五月份,
    // 1928到1944年): they belong to it. start when there are none.
    static int chineseListStart(QStringView text, int start);
    bool isEmpty() const { return year == 0 && month == 0 && day == 0; }
    // Two mentions disagree when a part both name differs.
    bool conflictsWith(const DateMention &other) const;
};
