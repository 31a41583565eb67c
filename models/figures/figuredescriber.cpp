#include "figures/figuredescriber.h"

#include "figures/countedreader.h"
#include "figures/metriclexicon.h"
#include "figures/rolereader.h"
#include "figures/unitfamilies.h"

#include <algorithm>
#include <iterator>

namespace {

inline bool isComma(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 ? (u == u',' || u == u':') : (u == 0xFF0C || u == 0xFF1A);
}

// A comma between digits (15,350 or 876，200) is part of a number, not a clause break.
inline bool isCommaBreak(QStringView text, int i)
{
    if (!isComma(text.at(i)))
        return false;
    const bool digitBefore = i > 0 && text.at(i - 1).isDigit();
    const bool digitAfter = i + 1 < text.size() && text.at(i + 1).isDigit();
    return !(digitBefore && digitAfter);
}

} // namespace

void FigureDescriber::describe(Figure &f, const Quantity &q, const Place &p) const
{
    const QStringView text = p.text;
    const bool chinese = f.language == Article::Language::Chinese;
    // Before: back to the previous figure, at most two comma clauses.
    int beforeStart = qMax(p.clause.start, p.previousEnd);
    int commas = 0;
    for (int i = q.range.start - 1; i >= beforeStart; --i) {
        if (isCommaBreak(text, i) && ++commas == 2) {
            beforeStart = i + 1;
            break;
        }
    }
    // After: the measure word and a few words, up to the next break or figure.
    const int afterStart = q.range.end;
    int afterEnd = afterStart;
    int words = 0;
    const int limit = chinese ? 8 : 40;
    while (afterEnd < p.nextFigure && afterEnd - afterStart < limit && !isCommaBreak(text, afterEnd)) {
        if (!chinese && text.at(afterEnd) == QLatin1Char(' ') && afterEnd > afterStart && ++words > 4)
            break;
        ++afterEnd;
    }
    // The subject of a figure is looked for back to the figure before it, or its clause.
    const int subjectFrom = qMax(p.clause.start, p.previousEnd);
    QStringView counted = chinese ? CountedReader::chinese(text, q.range, q.unitRange, subjectFrom, f.kind)
                                  : CountedReader::english(text, q.range, q.unitRange, subjectFrom, f.kind);
    // 川南区八十万分, 武陟县六十个: a place before the number is where, not what; what follows it in
    // the phrase is still the thing (公债西南区配额 → 配额).
    if (p.places && !counted.isEmpty()) {
        const int cs = int(counted.data() - text.data()), ce = cs + int(counted.size());
        for (const TextRange &r : *p.places) {
            if (r.end <= cs || r.start >= ce)
                continue;
            counted = r.end < ce ? text.mid(r.end, ce - r.end) : QStringView();
            // 贵州市三十五万分: the rest of the place's own name (a gazetteer name without its 市).
            static const QStringView kSuffixes[] = {u"市", u"省", u"县", u"区", u"专区", u"乡", u"村", u"镇"};
            if (chinese && std::any_of(std::begin(kSuffixes), std::end(kSuffixes),
                                       [&](QStringView x) { return counted == x; }))
                counted = QStringView();
            break;
        }
    }
    // 代县、繁峙两县, 十个部: with no noun of its own, the figure counts what its measure word names.
    if (counted.isEmpty() && f.kind == Figure::Kind::Count && q.unitRange.isValid() &&
        q.unitRange.start >= q.range.start && q.unitRange.end <= text.size())
        counted = text.mid(q.unitRange.start, q.unitRange.length());
    const bool sameSentence = p.previous && p.previous->sentence == f.sentence;
    f.family = UnitFamilies::of(f.kind, q.unit, counted, f.language);
    // 比8月份提高20.57％，比去年同期提高46％; 收获面积约一亿多亩，比去年扩大八百多万亩: a figure that
    // names nothing is of the thing the figure before it counts, when it is a change of it or of its
    // family.
    const bool relative = f.kind == Figure::Kind::Percent || f.kind == Figure::Kind::Multiple;
    bool borrowed = false;
    if (counted.isEmpty() && sameSentence && !p.previous->counted.isEmpty() &&
        (relative || f.family == p.previous->family)) {
        counted = p.previous->counted;
        f.family = UnitFamilies::of(f.kind, q.unit, counted, f.language);
        borrowed = true;
    }
    f.counted = counted.toString();

    MetricLexicon::Context context;
    context.counted = counted;
    context.before = text.mid(beforeStart, q.range.start - beforeStart);
    context.after = text.mid(afterStart, afterEnd - afterStart);
    // Windows of bounded size: a sentence of thousands of figures (a table flattened by OCR) must
    // cost each of them the same, not the sentence's length.
    const int reach = chinese ? 80 : 300;
    const int windowStart = qMax(0, q.range.start - reach);
    context.sentence = text.mid(windowStart, qMin(int(text.size()), q.range.end + reach) - windowStart);
    context.kind = f.kind;
    context.family = f.family;
    // 丰收近七十五亿斤，比去年增产百分之二十六: a change that names nothing of its own is a change
    // of what the figure before it counts, whatever verb (增产: output) it takes.
    if (borrowed && relative && p.previous->metric != QLatin1String("other") &&
        p.previous->kind != Figure::Kind::Duration)
        f.metric = p.previous->metric;
    else
        f.metric = m_lexicon.classify(f.language, context, p.cues);
    // 公债西南区配额七百万分。…如下：重庆市三百万分，成都市九十万分: a list goes on counting what
    // the figure before it counts, in the same unit, in this sentence or the one before.
    if (f.metric == QLatin1String("other") && p.previous && f.sentence - p.previous->sentence <= 1 &&
        p.previous->family == f.family && p.previous->quantity.unit == q.unit &&
        f.kind != Figure::Kind::Duration)
        f.metric = p.previous->metric;

    RoleReader::Context role;
    const int roleReach = chinese ? 40 : 120;
    const int roleStart = qMax(p.clause.start, q.range.start - roleReach);
    role.clause = text.mid(roleStart, q.range.start - roleStart);
    role.after = text.mid(afterStart, qBound(0, p.nextFigure - afterStart, roleReach));
    role.kind = f.kind;
    role.sentence = text;
    role.words = p.roleWords;
    f.role = RoleReader::read(f.language, role);
    // 分配推销数额如下：重庆市三百万分，成都市九十万分 … 共计七百五十万分: a list goes on in the
    // role of its first figure while nothing between two of them says otherwise.
    if (f.role == Figure::Role::Actual && sameSentence && p.previous->role == Figure::Role::Plan &&
        (q.unit.isEmpty() ? p.previous->family == f.family : p.previous->quantity.unit == q.unit) &&
        q.range.start - p.previousEnd <= (chinese ? 12 : 60)) {
        const QStringView between = text.mid(p.previousEnd, q.range.start - p.previousEnd);
        static const QStringView kActual[] = {u"完成", u"实际", u"已", u"actual", u"already", u"completed"};
        if (std::none_of(std::begin(kActual), std::end(kActual),
                         [&](QStringView w) { return between.contains(w, Qt::CaseInsensitive); }))
            f.role = Figure::Role::Plan;
    }
}

void FigureDescriber::sharePairs(Figures &chinese, Figures &english, const MetricLexicon &lexicon)
{
    static const QString other = QStringLiteral("other");
    for (Figure &zh : chinese) {
        if (zh.pair < 0 || zh.pair >= english.size())
            continue;
        Figure &en = english[zh.pair];
        if (zh.metric == other && en.metric != other)
            zh.metric = en.metric;
        else
            en.metric = zh.metric;
        en.role = zh.role;
        // Only then, so that a word in either language beats a family's default; the pair keeps
        // one metric (社员 is persons where "members" may read as items).
        if (zh.metric == other) {
            const QString byFamily = lexicon.defaultFor(zh.family);
            zh.metric = en.metric = byFamily != other ? byFamily : lexicon.defaultFor(en.family);
        }
    }
    for (Figures *figures : {&chinese, &english}) {
        for (Figure &f : *figures) {
            if (f.metric == other)
                f.metric = lexicon.defaultFor(f.family);
        }
    }
}
