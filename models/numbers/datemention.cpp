#include "numbers/datemention.h"

#include "numbers/chinesenumeralreader.h"
#include "numbers/chinesenumerals.h"

#include <QStringList>

#include <algorithm>

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

// 至, 到 and dashes join the ends of a span of months or years.
bool isSpan(QChar c)
{
    return c == u'至' || c == u'到' || c == u'—' || c == u'－' || c == u'-';
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
            const QStringView numeral = numeralBefore(text, i);
            d.year = chineseNumber(numeral);
            if (d.year > 0 && d.year < 100)
                d.year += 1900;
            // 1928到1944年: the span's first year.
            const qsizetype k = i - numeral.size();
            if (d.year >= 1000 && k >= 3 && isSpan(text.at(k - 1))) {
                const int first = chineseNumber(numeralBefore(text, k - 1));
                if (first >= 1000 && first < d.year) {
                    d.yearTo = d.year;
                    d.year = first;
                }
            }
        } else if (c == u'月' && !d.isQuarter && !d.month) {
            // 九、十两月份, 七、八月间: months listed before one 月 (两 there counts them, it is no
            // February).
            qsizetype end = i;
            if (end > 0 && text.at(end - 1) == u'两')
                --end;
            QStringView numeral = numeralBefore(text, end);
            d.month = end < i && numeral.isEmpty() ? 0 : chineseNumber(numeral);
            int low = d.month, high = d.month;
            for (qsizetype k = end - numeral.size();
                 d.month && k >= 2 && (text.at(k - 1) == u'、' || isSpan(text.at(k - 1)));) {
                const QStringView previous = numeralBefore(text, k - 1);
                const int m = previous.isEmpty() ? 0 : chineseNumber(previous);
                if (m < 1 || m > 12)
                    break;
                low = qMin(low, m);
                high = qMax(high, m);
                k -= 1 + previous.size();
            }
            if (high > low) {
                d.month = low;
                d.monthTo = high;
            }
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

QVector<DateMention> DateMention::englishMonths(QStringView text)
{
    QVector<DateMention> out;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        // Most characters are skipped at a glance: months begin with one of eight capitals, after no letter.
        const char16_t c = text.at(i).unicode();
        if (c != u'J' && c != u'F' && c != u'M' && c != u'A' && c != u'S' && c != u'O' && c != u'N' &&
            c != u'D')
            continue;
        if (i > 0 && text.at(i - 1).isLetter())
            continue;
        qsizetype end = i + 1;
        while (end < n && text.at(end).isLetter())
            ++end;
        const QStringView word = text.mid(i, end - i);
        // Full names only: abbreviations (Jan., Sept.) are read with their day by the number scanner. The
        // name is compared only with the months of its length and first letter.
        static constexpr QStringView names[] = {u"January",   u"February", u"March",    u"April",
                                                u"May",       u"June",     u"July",     u"August",
                                                u"September", u"October",  u"November", u"December"};
        int month = 0;
        for (int m = 0; m < 12 && !month; ++m) {
            const QStringView name = names[m];
            if (name.size() == word.size() && name.front() == word.front() &&
                name.compare(word, Qt::CaseInsensitive) == 0)
                month = m + 1;
        }
        if (!month)
            continue;
        if (month == 5) {
            qsizetype b = i;
            while (b > 0 && text.at(b - 1).isSpace())
                --b;
            qsizetype a = b;
            while (a > 0 && text.at(a - 1).isLetter())
                --a;
            const QStringView before = text.mid(a, b - a);
            static const char16_t *const lead[] = {u"in",   u"of",   u"by",    u"since", u"until", u"till",
                                                   u"from", u"to",   u"early", u"late",  u"mid",   u"during",
                                                   u"last", u"next", u"this",  u"end",   u"and"};
            bool dated = std::any_of(std::begin(lead), std::end(lead), [&](const char16_t *w) {
                return before.compare(QStringView(w), Qt::CaseInsensitive) == 0;
            });
            qsizetype k = end;
            while (k < n && text.at(k).isSpace())
                ++k;
            dated = dated || (k < n && text.at(k).isDigit());
            if (!dated)
                continue;
        }
        DateMention d;
        d.text = word.toString();
        d.month = month;
        d.range = {int(i), int(end)};
        out.append(d);
        i = end;
    }
    return out;
}

int DateMention::chineseListStart(QStringView text, int start)
{
    const auto numeral = [&](int k) {
        return ChineseNumeralReader::kindOf(ChineseNumeralReader::table(), text.at(k).unicode()) !=
               ChineseNumeralReader::None;
    };
    int from = start;
    while (from > 0 && from > start - 8) {
        if (numeral(from - 1))
            --from;
        else if (from >= 2 && (text.at(from - 1) == u'、' || isSpan(text.at(from - 1))) && numeral(from - 2))
            from -= 2;
        else
            break;
    }
    return from;
}

bool DateMention::conflictsWith(const DateMention &o) const
{
    if (isQuarter != o.isQuarter)
        return false; // a quarter and a month are different things, not a contradiction
    const bool months = month && o.month && (monthTo ? monthTo : month) >= o.month &&
                        (o.monthTo ? o.monthTo : o.month) >= month;
    const bool years =
        year && o.year && (yearTo ? yearTo : year) >= o.year && (o.yearTo ? o.yearTo : o.year) >= year;
    return (year && o.year && !years) || (month && o.month && !months) || (day && o.day && day != o.day);
}
