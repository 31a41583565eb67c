#include "check/translationchecker.h"

#include "alignment/sentencealigner.h"
#include "check/figureindex.h"
#include "check/readinggaps.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <optional>
#include <utility>
#include <vector>

namespace {

QString formatValue(const Figure &f)
{
    const QLocale c = QLocale::c();
    if (f.quantity.isRange)
        return QStringLiteral("%1–%2").arg(c.toString(f.quantity.low, 'g', 15),
                                           c.toString(f.quantity.high, 'g', 15));
    return c.toString(f.quantity.value, 'g', 15);
}

// 10, 100, 1000, 10 000, … (or their inverses): the signature of 万/亿 read at the wrong scale.
bool isScaleFactor(double ratio)
{
    if (ratio <= 0)
        return false;
    const double exponent = std::log10(ratio);
    return std::fabs(exponent - std::round(exponent)) < 1e-6 && std::round(exponent) != 0;
}

// Small exact counts (一, 两, "three") are often rendered as words ("a", "both", "the Three Fixes") or
// dropped with reason: worth a note, not a warning the reader learns to ignore.
// A small exact count or duration: 一 / 两 as "a" / "both", 一年来 as "the past year".
// One of anything (一磅, 一吨) is as often "a pound", "a ton" as a figure.
bool isMinor(const Figure &f)
{
    if (f.quantity.approx != Quantity::Approx::Exact || f.quantity.isRange)
        return false;
    return ((f.kind == Figure::Kind::Count || f.kind == Figure::Kind::Duration) && f.quantity.high <= 10) ||
           (f.quantity.low == 1 && !Figure::isRatio(f.kind));
}

// 约一亿多 is "about" and "more" at once: the translation may keep either.
bool saysAlso(const Figure &z, Quantity::Approx approx)
{
    static const QString more = QStringLiteral("多余强"), about = QStringLiteral("约左右上下");
    const QString &marks = approx == Quantity::Approx::More ? more : about;
    return std::any_of(z.text.cbegin(), z.text.cend(), [&](QChar c) { return marks.contains(c); }) ||
           (approx == Quantity::Approx::More && z.text.contains(u"以上"));
}

// 万年多打粮, 千家万户, 百花: a bare 百, 千 or 万 with no digit before it is a word as often as a count.
bool bareMagnitude(const Figure &z, bool missing = false)
{
    // Missing, 百年来 is still a century dropped.
    if (missing && z.quantity.unit == QLatin1String("year"))
        return false;
    static const QString numeral = QStringLiteral("〇○零一二三四五六七八九十百千万亿两几0123456789");
    return !z.text.isEmpty() && QStringView(u"百千万").contains(z.text.front()) &&
           (z.text.size() == 1 || !numeral.contains(z.text.at(1))) && !z.text.startsWith(u"百分之");
}

// "… Datong Cement Plant and twenty other units" for 等二十九个单位: the translation counts what it did
// not name, so its figure is a part of the original's, not a different value.
bool countsOthers(const Sentences &sentences, const Figure &e, const Figure &z)
{
    if (e.sentence < 0 || e.sentence >= sentences.size() || e.quantity.low >= z.quantity.low)
        return false;
    const QStringView text = sentences.at(e.sentence).text;
    const qsizetype at = text.indexOf(e.text);
    if (at < 0)
        return false;
    const QStringView after = text.mid(at + e.text.size()).trimmed();
    return after.startsWith(u"other", Qt::CaseInsensitive) || after.startsWith(u"more ", Qt::CaseInsensitive);
}

// The unpaired English figures in the rows of a Markdown table ("| Chemical Fertilizer | 122,100,000 |"),
// each with the first of its table (rows next to each other), else -1.
QVector<int> tableBlocks(const ArticleAnalysis &a)
{
    QVector<int> out(a.englishFigures.size(), -1);
    int first = -1, last = -2;
    for (const Figure &e : a.englishFigures) {
        if (e.pair >= 0 || e.sentence < 0 || e.sentence >= a.englishSentences.size() ||
            !a.englishSentences.at(e.sentence).text.trimmed().startsWith(u'|'))
            continue;
        if (first < 0 || e.sentence > last + 1)
            first = e.index;
        out[e.index] = first;
        last = e.sentence;
    }
    return out;
}

// A year the translation names as a date (1928到1944年 read as the figure 1928 and the year 1944).
bool namedYear(const ArticleAnalysis &a, SentenceSpan english, const Figure &z)
{
    const double v = z.quantity.low;
    if (z.quantity.isRange || v < 1800 || v > 2100 || v != std::floor(v))
        return false;
    for (int s : english) {
        if (s < 0 || s >= a.englishFacts.size())
            continue;
        for (const DateMention &d : a.englishFacts.at(s).dates)
            if (d.year == int(v) || d.yearTo == int(v))
                return true;
    }
    return false;
}

int groupOf(const QVector<int> &groups, int sentence)
{
    return sentence >= 0 && sentence < groups.size() ? groups.at(sentence) : -1;
}

} // namespace

Findings TranslationChecker::check(const ArticleAnalysis &analysis,
                                   const QVector<FigurePairer::Match> &matches)
{
    Findings out;
    checkFigures(analysis, matches, out);
    checkDates(analysis, out);
    checkUntranslated(analysis, out);
    checkCoverage(analysis, out);
    const Alignment &al = analysis.alignment;
    for (int g = 0; g < al.groups.size(); ++g) {
        const Alignment::Group &group = al.groups.at(g);
        if (!group.chinese.isEmpty() && !group.english.isEmpty())
            continue;
        Finding f;
        f.severity = Finding::Severity::Note;
        f.kind = Finding::Kind::Unaligned;
        f.group = g;
        if (!group.chinese.isEmpty()) {
            f.chineseSentence = group.chinese.front();
            f.chineseText = analysis.chineseSentences.at(f.chineseSentence).text.toString();
            f.message = tr("this sentence of the original has no translation");
        } else {
            f.englishSentence = group.english.front();
            f.englishText = analysis.englishSentences.at(f.englishSentence).text.toString();
            f.message = tr("this sentence of the translation matches nothing in the original");
        }
        out.append(f);
    }
    std::stable_sort(out.begin(), out.end(), [&](const Finding &a, const Finding &b) {
        const int ga = a.group >= 0 ? a.group : int(al.groups.size());
        const int gb = b.group >= 0 ? b.group : int(al.groups.size());
        return ga < gb;
    });
    return out;
}

void TranslationChecker::checkFigures(const ArticleAnalysis &a, const QVector<FigurePairer::Match> &matches,
                                      Findings &out)
{
    const Alignment &al = a.alignment;
    ReadingGaps gaps(a);
    auto groupSentences = [&](int g, bool chinese) {
        return g >= 0 && g < al.groups.size() ? (chinese ? al.groups.at(g).chinese : al.groups.at(g).english)
                                              : SentenceSpan();
    };
    // Which figures repeat a paired one, which unpaired ones have the same digits as an unpaired figure
    // of the other side (三分 of land read as 3, against "0.3 mu": one figure misread, not one dropped and
    // one added). Built when the first unpaired figure asks: most articles have every figure paired.
    std::optional<FigureIndex> zhIndexOnce, enIndexOnce;
    const auto zhIndex = [&]() -> const FigureIndex & {
        if (!zhIndexOnce)
            zhIndexOnce.emplace(a.chineseFigures, a.chineseSentences, al.groupOfChinese);
        return *zhIndexOnce;
    };
    const auto enIndex = [&]() -> const FigureIndex & {
        if (!enIndexOnce)
            enIndexOnce.emplace(a.englishFigures, a.englishSentences, al.groupOfEnglish);
        return *enIndexOnce;
    };
    const QVector<int> tables = tableBlocks(a);
    for (int i = 0; i < a.chineseFigures.size(); ++i) {
        const Figure &z = a.chineseFigures.at(i);
        // Most figures agree: pass over them before making a finding (two strings each).
        if (z.pair >= 0 && matches.value(i) != FigurePairer::Match::Disagreeing &&
            z.quantity.approx == a.englishFigures.at(z.pair).quantity.approx)
            continue;
        Finding f;
        f.chineseFigure = i;
        f.chineseSentence = z.sentence;
        f.chineseText = z.text.toString();
        f.group = groupOf(al.groupOfChinese, z.sentence);
        if (z.pair < 0) {
            // A repeated figure is said once when its sentence is translated, not when the sentence is lost.
            const bool translated = !groupSentences(f.group, false).isEmpty();
            f.severity = isMinor(z) || (translated && zhIndex().repeated(z)) ||
                                 enIndex().unpairedWithDigits(f.group, z) || bareMagnitude(z, true) ||
                                 namedYear(a, groupSentences(f.group, false), z) ||
                                 gaps.inEnglish(groupSentences(f.group, false), z)
                             ? Finding::Severity::Note
                             : Finding::Severity::Warning;
            f.kind = Finding::Kind::MissingFigure;
            f.message = tr("%1 (%2) is not in the translation").arg(z.text, formatValue(z));
            out.append(f);
            continue;
        }
        const Figure &e = a.englishFigures.at(z.pair);
        f.englishFigure = z.pair;
        f.englishSentence = e.sentence;
        f.englishText = e.text.toString();
        if (matches.value(i) == FigurePairer::Match::Disagreeing) {
            const double ratio = z.quantity.low != 0 ? e.quantity.low / z.quantity.low : 0;
            f.severity =
                countsOthers(a.englishSentences, e, z) ? Finding::Severity::Note : Finding::Severity::Error;
            if (isScaleFactor(ratio)) {
                f.kind = Finding::Kind::ScaleError;
                f.message = tr("%1 is %2 but the translation says %3 (%4): wrong by a factor of %5")
                                .arg(z.text, formatValue(z), e.text, formatValue(e),
                                     QLocale::c().toString(ratio >= 1 ? ratio : 1 / ratio, 'g', 15));
            } else {
                f.kind = Finding::Kind::ValueMismatch;
                f.message = tr("%1 is %2 but the translation says %3 (%4)")
                                .arg(z.text, formatValue(z), e.text, formatValue(e));
                // 125.82 as "125.8", 2.573 yuan as "2.57": rounded within the translation's own digits.
                const double step = FigurePairer::precision(e.quantity);
                if (!z.quantity.isRange && !e.quantity.isRange && step < std::fabs(e.quantity.low) &&
                    std::fabs(z.quantity.low - e.quantity.low) <= step / 2 * (1 + 1e-9)) {
                    f.severity = Finding::Severity::Note;
                    f.message =
                        tr("%1 is %2, rounded in the translation to %3").arg(z.text, formatValue(z), e.text);
                }
            }
            out.append(f);
            continue;
        }
        const Quantity::Approx za = z.quantity.approx;
        const Quantity::Approx ea = e.quantity.approx;
        if (za == ea || (ea != Quantity::Approx::Exact && saysAlso(z, ea)))
            continue;
        f.severity = bareMagnitude(z) ? Finding::Severity::Note : Finding::Severity::Warning;
        if (za != Quantity::Approx::Exact && !z.quantity.isRange && !e.quantity.isRange &&
            FigurePairer::precision(e.quantity) < FigurePairer::precision(z.quantity)) {
            // 一亿六千八百多万 as "168.8 million": digits the original does not have.
            f.kind = Finding::Kind::InventedPrecision;
            f.message =
                tr("%1 is approximate (%2) but the translation \"%3\" states digits the original does "
                   "not have")
                    .arg(z.text, Figure::approxName(za), e.text);
        } else if (ea == Quantity::Approx::Exact) {
            f.kind = Finding::Kind::ApproximationLost;
            f.message = tr("%1 is approximate (%2) but the translation \"%3\" reads as exact")
                            .arg(z.text, Figure::approxName(za), e.text);
        } else if (za == Quantity::Approx::Exact) {
            f.kind = Finding::Kind::ApproximationAdded;
            f.message = tr("%1 is exact but the translation \"%2\" makes it approximate (%3)")
                            .arg(z.text, e.text, Figure::approxName(ea));
        } else {
            f.kind = Finding::Kind::ApproximationLost;
            f.message = tr("%1 is \"%2\" but the translation \"%3\" says \"%4\"")
                            .arg(z.text, Figure::approxName(za), e.text, Figure::approxName(ea));
        }
        out.append(f);
    }
    for (int i = 0; i < a.englishFigures.size(); ++i) {
        const Figure &e = a.englishFigures.at(i);
        if (e.pair >= 0)
            continue;
        Finding f;
        f.kind = Finding::Kind::AddedFigure;
        f.englishFigure = i;
        f.englishSentence = e.sentence;
        f.englishText = e.text.toString();
        f.group = groupOf(al.groupOfEnglish, e.sentence);
        f.severity = isMinor(e) || enIndex().repeated(e) || zhIndex().unpairedWithDigits(f.group, e) ||
                             gaps.inChinese(groupSentences(f.group, true), e)
                         ? Finding::Severity::Note
                         : Finding::Severity::Warning;
        f.message = tr("%1 (%2) is in the translation but not in the original").arg(e.text, formatValue(e));
        // A table the translation has and the original not is one defect: its first figure says so.
        if (const int first = tables.value(i, -1); first >= 0) {
            const int n = int(std::count(tables.cbegin(), tables.cend(), first));
            if (i != first)
                f.severity = Finding::Severity::Note;
            else if (n > 1)
                f.message =
                    tr("a table of %1 figures (%2 first) is in the translation but not in the original")
                        .arg(n)
                        .arg(e.text);
        }
        out.append(f);
    }
}

namespace {

// 三十日 alone, in an article of the 3rd, is the 30th of last month, unless the sentence looks ahead
// (将于三十日, 三十日起): a translation that names this month then moves it.
bool looksAhead(QStringView sentence)
{
    for (const char16_t *w : {u"将", u"起", u"定于", u"预定", u"届时", u"以前", u"前完成"})
        if (sentence.contains(QStringView(w)))
            return true;
    return false;
}

bool dayOnlyConflicts(const DateMention &zd, const DateMention &ed, const QDate &date, QStringView sentence)
{
    if (!zd.day || zd.month || !ed.month || !date.isValid() || zd.isQuarter)
        return false;
    const int previous = date.month() == 1 ? 12 : date.month() - 1;
    if (ed.month == previous)
        return false;
    if (ed.month != date.month())
        return true;
    return zd.day > date.day() + 1 && !looksAhead(sentence);
}

bool sharesPart(const DateMention &z, const DateMention &e)
{
    return (z.year && e.year) || (z.month && e.month) || (z.day && e.day);
}

// z says all e says. A year the original leaves out (去年7月1日, 本月) may be the article's or the one
// before or after it.
bool covers(const DateMention &z, const DateMention &e, const QDate &date)
{
    const bool year = !e.year || z.year || (date.isValid() && std::abs(e.year - date.year()) <= 1);
    return sharesPart(z, e) && !z.conflictsWith(e) && year && (!e.month || z.month) && (!e.day || z.day);
}

} // namespace

void TranslationChecker::checkDates(const ArticleAnalysis &a, Findings &out)
{
    const Alignment &al = a.alignment;
    const QDate date = a.article.date;
    // The dates of a group's sentences, pointed to, in lists kept across groups: copying the facts of
    // every sentence (and a list per group) was a tenth of the check's time.
    std::vector<std::pair<int, const DateMention *>> zh, near, en;
    auto datesOf = [](const SentenceFactsList &facts, SentenceSpan sentences, auto &out) {
        for (int s : sentences) {
            if (s >= 0 && s < facts.size()) {
                for (const DateMention &d : facts.at(s).dates)
                    out.emplace_back(s, &d);
            }
        }
    };
    for (int g = 0; g < al.groups.size(); ++g) {
        const Alignment::Group &group = al.groups.at(g);
        zh.clear();
        en.clear();
        datesOf(a.chineseFacts, group.chinese, zh);
        datesOf(a.englishFacts, group.english, en);
        if (zh.empty() || en.empty())
            continue;
        // A date the translation moved into the next sentence agrees there (1952 … 1953 in one English
        // sentence for two Chinese ones).
        near.clear();
        if (g > 0)
            datesOf(a.chineseFacts, al.groups.at(g - 1).chinese, near);
        if (g + 1 < al.groups.size())
            datesOf(a.chineseFacts, al.groups.at(g + 1).chinese, near);
        for (const auto &[es, edp] : en) {
            const DateMention &ed = *edp;
            // The translation's date agrees when a date of the original says all it says (in the group or,
            // moved, in a neighbour); it disagrees when one that names the same part says otherwise. 9月份
            // beside 9月24日 does not excuse "September 6", nor does 一九五○年 "December 11th".
            bool covered = false, conflicting = false;
            int yearSentence = -1, year = 0; // 一九五四年十月初到十一月底: the year carries to 十一月底
            for (const auto &[zs, zdp] : zh) {
                DateMention zd = *zdp;
                if (zd.year) {
                    yearSentence = zs;
                    year = zd.year;
                } else if (zs == yearSentence && zd.month) {
                    zd.year = year;
                }
                const QStringView sentence =
                    zs < a.chineseSentences.size() ? a.chineseSentences.at(zs).text : QStringView();
                const bool dayOff = dayOnlyConflicts(zd, ed, date, sentence);
                // 七日 alone is a day of this month or the last: it says what "July 7" says unless that
                // month cannot be meant.
                const bool resolved =
                    zd.day && !zd.month && zd.day == ed.day && (!zd.year || zd.year == ed.year);
                covered = covered || ((covers(zd, ed, date) || resolved) && !dayOff);
                conflicting = conflicting || (sharesPart(zd, ed) && (zd.conflictsWith(ed) || dayOff));
            }
            for (const auto &[zs, zdp] : near)
                covered = covered || covers(*zdp, ed, date);
            if (covered || !conflicting)
                continue;
            Finding f;
            f.severity = Finding::Severity::Error;
            f.kind = Finding::Kind::DateMismatch;
            f.group = g;
            f.chineseSentence = zh.front().first;
            f.chineseText = zh.front().second->text;
            f.englishSentence = es;
            f.englishText = ed.text;
            f.message = tr("the translation's date \"%1\" disagrees with the original's \"%2\"")
                            .arg(ed.text, zh.front().second->text);
            out.append(f);
        }
    }
}

void TranslationChecker::checkUntranslated(const ArticleAnalysis &a, Findings &out)
{
    // Han characters, with the Latin word or figure glued to them (machine耕, 7,000担).
    static const QRegularExpression han(QStringLiteral("[\\w.,]*[\\p{Han}\\x{3000}-\\x{303F}]+[\\w]*"),
                                        QRegularExpression::UseUnicodePropertiesOption);
    // One finding per word left in, with every sentence it stands in: an untranslated name repeated
    // thirty times is one defect.
    QHash<QString, int> seen; // the word -> its finding in out
    for (const Sentence &s : a.englishSentences) {
        // Most sentences hold no CJK at all: skip them without the regular expression.
        if (std::none_of(s.text.cbegin(), s.text.cend(), [](QChar c) { return c.unicode() >= 0x2E80; }))
            continue;
        auto it = han.globalMatch(s.text);
        while (it.hasNext()) {
            const auto m = it.next();
            bool hasHan = false;
            for (QChar c : m.capturedView(0))
                hasHan = hasHan || c.script() == QChar::Script_Han;
            if (!hasHan)
                continue;
            const QString word = m.captured(0);
            if (const auto known = seen.constFind(word); known != seen.cend()) {
                Finding &first = out[*known];
                if (first.occurrences.isEmpty() || first.occurrences.constLast() != s.index)
                    first.occurrences.append(s.index);
                first.message = tr("Chinese left untranslated: \"%1\" (%2 times)")
                                    .arg(word)
                                    .arg(first.occurrences.size());
                continue;
            }
            Finding f;
            f.severity = Finding::Severity::Warning;
            f.kind = Finding::Kind::Untranslated;
            f.englishSentence = s.index;
            f.englishText = word;
            f.occurrences = {s.index};
            f.group = groupOf(a.alignment.groupOfEnglish, s.index);
            f.message = tr("Chinese left untranslated: \"%1\"").arg(word);
            seen.insert(word, int(out.size()));
            out.append(f);
        }
    }
    for (Finding &f : out)
        if (f.kind == Finding::Kind::Untranslated && f.occurrences.size() == 1)
            f.occurrences.clear();
}

void TranslationChecker::checkCoverage(const ArticleAnalysis &a, Findings &out)
{
    qint64 zh = 0, en = 0;
    for (const Sentence &s : a.chineseSentences)
        zh += s.role == Sentence::Role::Body ? s.text.size() : 0;
    for (const Sentence &s : a.englishSentences)
        en += s.role == Sentence::Role::Body ? s.text.size() : 0;
    int last = -1;
    for (const Sentence &s : a.englishSentences)
        last = s.role == Sentence::Role::Body ? s.index : last;
    const bool cut = a.article.english.truncated;
    // Less than half the length the original predicts: whole paragraphs are missing.
    const bool short_ = zh > 40 && double(en) < 0.5 * SentenceAligner::CharacterRatio * double(zh);
    if (!cut && !short_)
        return;
    Finding f;
    f.severity = Finding::Severity::Warning;
    f.kind = Finding::Kind::Truncated;
    f.englishSentence = last;
    f.group = groupOf(a.alignment.groupOfEnglish, last);
    if (last >= 0)
        f.englishText = a.englishSentences.at(last).text.right(60).toString();
    f.message = cut ? tr("the translation stops in mid-sentence")
                    : tr("the translation covers much less than the original (%1 characters for %2 Chinese "
                         "characters, about %3 expected)")
                          .arg(en)
                          .arg(zh)
                          .arg(qRound64(SentenceAligner::CharacterRatio * double(zh)));
    out.append(f);
}
