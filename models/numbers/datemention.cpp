#include "numbers/datemention.h"

#include "numbers/chinesenumerals.h"

#include <QStringList>

// Parsed by hand rather than with regular expressions: every date of every sentence passes here.

namespace {

bool isChineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇○零一二三四五六七八九十廿卅两");
    return digits.contains(c) || (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

int chineseNumber(QStringView s)
{
    if (s.isEmpty())
        return 0;
    // Years are written digit by digit (一九五三, and with the white circle of 1950s type: 一九五○),
    // which is not a numeral to ChineseNumerals.
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    const auto isZero = [](QChar c) { return c == u'零' || c == u'○'; };
    bool digitByDigit = s.size() >= 3;
    for (QChar c : s)
        digitByDigit = digitByDigit && (digits.contains(c) || isZero(c));
    if (digitByDigit) {
        int v = 0;
        for (QChar c : s)
            v = v * 10 + (isZero(c) ? 0 : int(digits.indexOf(c)));
        return v;
    }
    int arabic = 0;
    bool allDigits = true;
    for (QChar c : s) {
        const int d = c >= u'0' && c <= u'9'     ? c.unicode() - u'0'
                      : c >= u'０' && c <= u'９' ? c.unicode() - u'０'
                                                 : -1;
        if (d < 0) {
            allDigits = false;
            break;
        }
        arabic = arabic * 10 + d;
        if (arabic > 100000)
            return 0;
    }
    if (allDigits)
        return arabic;
    const auto v = ChineseNumerals::parse(s);
    return v && *v >= 0 && *v < 100000 ? int(*v) : 0;
}

// The numeral that ends just before position end, e.g. 十二 in 十二月.
QStringView numeralBefore(QStringView text, qsizetype end)
{
    qsizetype start = end;
    while (start > 0 && end - start < 4 && isChineseDigit(text.at(start - 1)))
        --start;
    return text.mid(start, end - start);
}

int monthNumber(QStringView word)
{
    static const QStringList months = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    if (word.size() < 3)
        return 0;
    for (int i = 0; i < months.size(); ++i) {
        const QString &m = months.at(i);
        // A full name, or an abbreviation of at least three letters (Sept, Dec).
        if (word.size() <= m.size() && QStringView(m).startsWith(word, Qt::CaseInsensitive) &&
            (word.size() == m.size() || word.size() <= 4))
            return i + 1;
    }
    return 0;
}

} // namespace

DateMention DateMention::readChinese(QStringView text)
{
    DateMention d;
    d.text = text.toString();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'季' && i >= 2 && text.at(i - 2) == u'第') {
            d.isQuarter = true;
            d.month = chineseNumber(text.mid(i - 1, 1));
        } else if (c == u'年' && !d.year) {
            d.year = chineseNumber(numeralBefore(text, i));
            if (d.year > 0 && d.year < 100)
                d.year += 1900;
        } else if (c == u'月' && !d.isQuarter && !d.month) {
            d.month = chineseNumber(numeralBefore(text, i));
        } else if ((c == u'日' || c == u'号') && !d.day) {
            d.day = chineseNumber(numeralBefore(text, i));
        }
    }
    if (d.month > 12)
        d.month = 0;
    if (d.day > 31)
        d.day = 0;
    return d;
}

DateMention DateMention::readEnglish(QStringView text)
{
    DateMention d;
    d.text = text.toString();
    // A clock time (15:17, 2 a.m., two o'clock) names no day: its 15 is no 15th.
    for (qsizetype i = 1; i + 1 < text.size(); ++i)
        if (text.at(i) == u':' && text.at(i - 1).isDigit() && text.at(i + 1).isDigit())
            return d;
    if (text.contains(u"a.m.") || text.contains(u"p.m.") || text.contains(u"clock"))
        return d;
    static const QStringList quarters = {
        QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"), QStringLiteral("fourth"),
        QStringLiteral("1st"),   QStringLiteral("2nd"),    QStringLiteral("3rd"),   QStringLiteral("4th")};
    // Split into words: letters or digits.
    QVector<QStringView> words;
    for (qsizetype i = 0; i < text.size();) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && text.at(i).isLetterOrNumber())
            ++i;
        words.append(text.mid(start, i - start));
    }
    for (int w = 0; w < words.size(); ++w) {
        const QStringView word = words.at(w);
        if (w + 1 < words.size() && words.at(w + 1).compare(u"quarter", Qt::CaseInsensitive) == 0) {
            for (int q = 0; q < quarters.size(); ++q) {
                if (word.compare(quarters.at(q), Qt::CaseInsensitive) == 0) {
                    d.isQuarter = true;
                    d.month = q % 4 + 1;
                }
            }
            continue;
        }
        if (word.front().isLetter()) {
            if (!d.month && !d.isQuarter && word.front().isUpper())
                d.month = monthNumber(word);
            continue;
        }
        // Digits, maybe with an ordinal suffix (27th).
        qsizetype digits = 0;
        while (digits < word.size() && word.at(digits).isDigit())
            ++digits;
        const QStringView suffix = word.mid(digits);
        if (!suffix.isEmpty() && suffix.compare(u"st", Qt::CaseInsensitive) != 0 &&
            suffix.compare(u"nd", Qt::CaseInsensitive) != 0 &&
            suffix.compare(u"rd", Qt::CaseInsensitive) != 0 &&
            suffix.compare(u"th", Qt::CaseInsensitive) != 0)
            continue;
        const int value = word.left(digits).toInt();
        if (digits == 4 && value >= 1800 && value <= 2099 && suffix.isEmpty()) {
            if (!d.year)
                d.year = value;
        } else if (digits <= 2 && value >= 1 && value <= 31 && !d.day) {
            d.day = value;
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
