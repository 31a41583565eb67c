#pragma once

#include <QDate>
#include <QString>

// The currency reform of 1 March 1955: one new yuan (人民币) for 10 000 old. A figure in yuan in an
// article dated before it is in old yuan (五千一百亿余元 in 1951 is 51 million new yuan); a chart
// shows both in new yuan and says so, and the table names the old ones.
class CurrencyReform
{
public:
    static constexpr double OldPerNew = 10000.0;
    static QDate date() { return QDate(1955, 3, 1); }
    // Whether a figure in unit, in an article of this date, is in old yuan.
    static bool isOldYuan(const QString &unit, const QDate &articleDate);
    // value in new yuan when it is in old yuan, else value.
    static double inNewYuan(double value, const QString &unit, const QDate &articleDate);
};
