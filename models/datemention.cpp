#include "datemention.h"

#include "chinesenumerals.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

int chineseNumber(QStringView s)
{
    if (s.isEmpty())
        return 0;
    // Years are written digit by digit (一九五三), which is not a numeral to ChineseNumerals.
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    bool digitByDigit = s.size() >= 3;
    for (QChar c : s)
        digitByDigit = digitByDigit && (digits.contains(c) || c == QChar(0x96F6));
    if (digitByDigit) {
        int v = 0;
        for (QChar c : s)
            v = v * 10 + (c == QChar(0x96F6) ? 0 : int(digits.indexOf(c)));
        return v;
    }
    bool ok = false;
    const int arabic = s.toString().toInt(&ok);
    if (ok)
        return arabic;
    const auto v = ChineseNumerals::parse(s);
    return v ? int(*v) : 0;
}

int monthNumber(const QString &name)
{
    static const QStringList months = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    const QString lower = name.toLower();
    for (int i = 0; i < months.size(); ++i) {
        if (lower == months.at(i) || (lower.size() >= 3 && months.at(i).startsWith(lower)))
            return i + 1;
    }
    return 0;
}

} // namespace

DateMention DateMention::readChinese(QStringView text)
{
    DateMention d;
    d.text = text.toString();
    static const QRegularExpression re(QStringLiteral(
        "(?:([〇零一二三四五六七八九\\d０-９]{2,4})年)?(?:([一二三四五六七八九十\\d０-９]{1,3})月份?)?"
        "(?:([一二三四五六七八九十廿卅\\d０-９]{1,3})[日号])?"));
    static const QRegularExpression quarter(QStringLiteral("第([一二三四1-4])季"));
    const auto q = quarter.match(text);
    if (q.hasMatch()) {
        d.isQuarter = true;
        d.month = chineseNumber(q.capturedView(1));
    }
    const auto m = re.match(text);
    if (m.hasMatch()) {
        d.year = chineseNumber(m.capturedView(1));
        if (d.year > 0 && d.year < 100)
            d.year += 1900;
        if (!d.isQuarter)
            d.month = chineseNumber(m.capturedView(2));
        d.day = chineseNumber(m.capturedView(3));
    }
    return d;
}

DateMention DateMention::readEnglish(QStringView text)
{
    DateMention d;
    d.text = text.toString();
    static const QRegularExpression monthName(QStringLiteral(
        "\\b(January|February|March|April|May|June|July|August|September|October|November|December|"
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\b"));
    static const QRegularExpression year(QStringLiteral("\\b(1[89]\\d\\d|20\\d\\d)\\b"));
    static const QRegularExpression day(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\d)"));
    static const QRegularExpression quarter(
        QStringLiteral("\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter"),
        QRegularExpression::CaseInsensitiveOption);
    const auto q = quarter.match(text);
    if (q.hasMatch()) {
        static const QStringList names = {QStringLiteral("first"), QStringLiteral("second"),
                                          QStringLiteral("third"), QStringLiteral("fourth")};
        const QString n = q.captured(1).toLower();
        d.isQuarter = true;
        d.month = int(names.indexOf(n)) + 1;
        if (d.month == 0)
            d.month = n.left(1).toInt();
    }
    const auto m = monthName.match(text);
    if (m.hasMatch() && !d.isQuarter)
        d.month = monthNumber(m.captured(1));
    const auto y = year.match(text);
    if (y.hasMatch())
        d.year = y.captured(1).toInt();
    // A day is a one- or two-digit number that is not the year.
    auto it = day.globalMatch(text);
    while (it.hasNext()) {
        const auto dm = it.next();
        const int v = dm.captured(1).toInt();
        if (v >= 1 && v <= 31 && dm.captured(0) != y.captured(0)) {
            d.day = v;
            break;
        }
    }
    return d;
}

bool DateMention::conflictsWith(const DateMention &o) const
{
    if (isQuarter != o.isQuarter)
        return false; // a quarter and a month are different things, not a contradiction
    return (year && o.year && year != o.year) || (month && o.month && month != o.month) ||
           (day && o.day && day != o.day);
}
