#include "check/translationchecker.h"

#include "alignment/sentencealigner.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
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
bool isMinor(const Figure &f)
{
    return (f.kind == Figure::Kind::Count || f.kind == Figure::Kind::Duration) &&
           f.quantity.approx == Quantity::Approx::Exact && f.quantity.high <= 10;
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
            f.severity = isMinor(z) ? Finding::Severity::Note : Finding::Severity::Warning;
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
            f.severity = Finding::Severity::Error;
            if (isScaleFactor(ratio)) {
                f.kind = Finding::Kind::ScaleError;
                f.message = tr("%1 is %2 but the translation says %3 (%4): wrong by a factor of %5")
                                .arg(z.text, formatValue(z), e.text, formatValue(e),
                                     QLocale::c().toString(ratio >= 1 ? ratio : 1 / ratio, 'g', 15));
            } else {
                f.kind = Finding::Kind::ValueMismatch;
                f.message = tr("%1 is %2 but the translation says %3 (%4)")
                                .arg(z.text, formatValue(z), e.text, formatValue(e));
            }
            out.append(f);
            continue;
        }
        const Quantity::Approx za = z.quantity.approx;
        const Quantity::Approx ea = e.quantity.approx;
        if (za == ea)
            continue;
        f.severity = Finding::Severity::Warning;
        if (ea == Quantity::Approx::Exact) {
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
        f.severity = isMinor(e) ? Finding::Severity::Note : Finding::Severity::Warning;
        f.kind = Finding::Kind::AddedFigure;
        f.englishFigure = i;
        f.englishSentence = e.sentence;
        f.englishText = e.text.toString();
        f.group = groupOf(al.groupOfEnglish, e.sentence);
        f.message = tr("%1 (%2) is in the translation but not in the original").arg(e.text, formatValue(e));
        out.append(f);
    }
}

void TranslationChecker::checkDates(const ArticleAnalysis &a, Findings &out)
{
    const Alignment &al = a.alignment;
    const QDate date = a.article.date;
    // The dates of a group's sentences, pointed to, in lists kept across groups: copying the facts of
    // every sentence (and a list per group) was a tenth of the check's time.
    std::vector<std::pair<int, const DateMention *>> zh, en;
    auto datesOf = [](const SentenceFactsList &facts, SentenceSpan sentences, auto &out) {
        out.clear();
        for (int s : sentences) {
            if (s >= 0 && s < facts.size()) {
                for (const DateMention &d : facts.at(s).dates)
                    out.emplace_back(s, &d);
            }
        }
    };
    for (int g = 0; g < al.groups.size(); ++g) {
        const Alignment::Group &group = al.groups.at(g);
        datesOf(a.chineseFacts, group.chinese, zh);
        datesOf(a.englishFacts, group.english, en);
        if (zh.empty() || en.empty())
            continue;
        for (const auto &[es, edp] : en) {
            const DateMention &ed = *edp;
            bool agrees = false;
            for (const auto &[zs, zdp] : zh) {
                const DateMention &zd = *zdp;
                bool conflict = zd.conflictsWith(ed);
                // 七日 alone means the 7th of this month (or of the last, early in a month).
                if (!conflict && zd.day && !zd.month && ed.month && date.isValid() && !zd.isQuarter) {
                    const int previous = date.month() == 1 ? 12 : date.month() - 1;
                    conflict = ed.month != date.month() && ed.month != previous;
                }
                agrees = agrees || !conflict;
            }
            if (agrees)
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
            Finding f;
            f.severity = Finding::Severity::Warning;
            f.kind = Finding::Kind::Untranslated;
            f.englishSentence = s.index;
            f.englishText = m.captured(0);
            f.group = groupOf(a.alignment.groupOfEnglish, s.index);
            f.message = tr("Chinese left untranslated: \"%1\"").arg(f.englishText);
            out.append(f);
        }
    }
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
