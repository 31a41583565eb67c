#include "alignment/figurepairer.h"

#include <cmath>

namespace {

bool close(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * qMax(1.0, qMax(std::fabs(a), std::fabs(b)));
}

// The values an approximate figure stands for, bounded by the place of its last written digit:
// 七十多 = [70, 80), 二亿三千六百余万 = [236, 237) million, 将近八十 = (70, 80], "about 90" = [85, 95]. The
// open ends make "more than 80" disagree with 七十多, which is 70 to 79.
struct Interval
{
    double lo = 0, hi = 0;
    bool loOpen = false, hiOpen = false;
    bool contains(double x) const
    {
        return (x > lo || (close(x, lo) && !loOpen)) && (x < hi || (close(x, hi) && !hiOpen));
    }
};

Interval span(const Quantity &q)
{
    const double step = FigurePairer::precision(q);
    switch (q.approx) {
    case Quantity::Approx::More:
        return {q.low, q.high + step, false, true};
    case Quantity::Approx::Less:
        return {q.low - step, q.high, true, false};
    case Quantity::Approx::About:
        return {q.low - step / 2, q.high + step / 2, false, false};
    case Quantity::Approx::Exact:
        break;
    }
    return {q.low, q.high, false, false};
}

bool overlaps(const Interval &a, const Interval &b)
{
    const double lo = qMax(a.lo, b.lo), hi = qMin(a.hi, b.hi);
    if (close(lo, hi)) // touching: the point must be in both
        return a.contains(lo) && b.contains(lo);
    return lo < hi;
}

// A percent as the multiple or fraction it restates: 增加一倍 is "an increase of 100%" (one more than
// the factor, as the Chinese reading counts it) or "200%" (the factor itself); 一半 is "50%".
bool sameRatio(const Figure &z, const Figure &e)
{
    const Figure &percent = z.kind == Figure::Kind::Percent ? z : e;
    const Figure &other = z.kind == Figure::Kind::Percent ? e : z;
    if (percent.kind != Figure::Kind::Percent || percent.quantity.isRange || other.quantity.isRange)
        return false;
    const double p = percent.quantity.low;
    const double v = other.quantity.low;
    if (other.kind == Figure::Kind::Multiple)
        return v > 1 && (close(p, (v - 1) * 100) || close(p, v * 100));
    if (other.kind == Figure::Kind::Fraction) // 三分之一 as "33%"
        return v > 0 && v < 1 && std::fabs(v * 100 - p) < 1;
    return false;
}

// The figures of every group, in reading order, in one pass over the figures: asking each group for
// its figures in turn took groups x figures steps, minutes for an article of 100 000 short sentences
// with a figure each (found by fuzzing the analysis: oom-aligner-30k-sentences-a-side.md).
QVector<QVector<int>> figuresByGroup(const Figures &figures, const QVector<int> &groupOfSentence, int groups)
{
    QVector<QVector<int>> out(groups);
    for (int i = 0; i < figures.size(); ++i) {
        const int s = figures.at(i).sentence;
        const int g = s >= 0 && s < groupOfSentence.size() ? groupOfSentence.at(s) : -1;
        if (g >= 0 && g < groups)
            out[g].append(i);
    }
    return out;
}

} // namespace

bool FigurePairer::exactlyEqual(const Figure &a, const Figure &b)
{
    return close(a.quantity.low, b.quantity.low) && close(a.quantity.high, b.quantity.high);
}

bool FigurePairer::sameValue(const Figure &z, const Figure &e)
{
    if (exactlyEqual(z, e))
        return true;
    if (z.kind != e.kind && (sameRatio(z, e)))
        return true;
    const bool loose = z.quantity.isRange || e.quantity.isRange ||
                       z.quantity.approx != Quantity::Approx::Exact ||
                       e.quantity.approx != Quantity::Approx::Exact;
    return loose && overlaps(span(z.quantity), span(e.quantity));
}

double FigurePairer::precision(const Quantity &q)
{
    double v = std::fabs(q.low);
    if (v == 0)
        return 1;
    if (v >= 1 && std::fabs(v - std::round(v)) <= 1e-9 * v) // 5.48 billion read as 5480000000.0000005
        v = std::round(v);
    if (std::floor(v) != v) { // 0.3, 168.8: a tenth, …
        double step = 0.1;
        while (step > 1e-6 && std::fabs(v / step - std::round(v / step)) > 1e-6 * (v / step))
            step /= 10;
        return step;
    }
    double step = 1;
    while (step * 10 <= v && std::fmod(v, step * 10) == 0)
        step *= 10;
    return step;
}

namespace {
QString digitsOf(double v)
{
    QString s = QString::number(v, 'f', 6);
    s.remove(QLatin1Char('.'));
    s.remove(QLatin1Char('0'));
    std::sort(s.begin(), s.end());
    return s;
}
} // namespace

QString FigurePairer::digitSignature(double value)
{
    return digitsOf(value);
}

bool FigurePairer::strongMismatch(const Figure &z, const Figure &e)
{
    if (z.kind != e.kind || z.quantity.isRange || e.quantity.isRange)
        return false;
    const double a = z.quantity.low;
    const double b = e.quantity.low;
    if (a <= 0 || b <= 0 || close(a, b))
        return false;
    const double exponent = std::log10(b / a);
    if (std::fabs(exponent - std::round(exponent)) < 1e-6)
        return a >= 10 || b >= 10; // 万/亿 read at the wrong scale (1 vs 10 is too common to mean it)
    return a >= 100 && digitsOf(a) == digitsOf(b); // digits swapped
}

bool FigurePairer::plausiblySame(const Figure &z, const Figure &e)
{
    if (z.kind != e.kind)
        return false;
    if (strongMismatch(z, e))
        return true;
    const double a = z.quantity.low;
    const double b = e.quantity.low;
    // The same thing counted, within an order of magnitude: a translation's wrong number (卅二开本
    // is no "two" periodicals, whatever both count).
    if (z.metric == e.metric && z.metric != QLatin1String("other") && a > 0 && b > 0 &&
        qMax(a, b) <= 10 * qMin(a, b))
        return true;
    // Or the same kind of unit (persons, mu, yuan …) within an order of magnitude: 二百人 and "300 people".
    if (z.family == e.family && z.family != Figure::Family::Other && !Figure::isRatio(z.kind) && a >= 10 &&
        b >= 10 && qMax(a, b) <= 10 * qMin(a, b))
        return true;
    return a > 0 && b > 0 && std::fabs(a - b) <= 0.25 * qMax(a, b);
}

QVector<FigurePairer::Match> FigurePairer::pair(Figures &zh, Figures &en, const Alignment &alignment)
{
    QVector<Match> matches(zh.size(), Match::None);
    for (Figure &f : zh)
        f.pair = -1;
    for (Figure &f : en)
        f.pair = -1;
    int unpairedZh = int(zh.size()), unpairedEn = int(en.size());
    auto link = [&](int z, int e, Match how) {
        zh[z].pair = e;
        en[e].pair = z;
        matches[z] = how;
        --unpairedZh;
        --unpairedEn;
    };
    auto free = [](const Figures &all, const QVector<int> &ids) {
        QVector<int> out;
        for (int i : ids) {
            if (all.at(i).pair < 0)
                out.append(i);
        }
        return out;
    };
    const int groups = int(alignment.groups.size());
    const QVector<QVector<int>> zhOf = figuresByGroup(zh, alignment.groupOfChinese, groups);
    const QVector<QVector<int>> enOf = figuresByGroup(en, alignment.groupOfEnglish, groups);

    // Pairs each free Chinese figure of a group with the first free English figure, in the same
    // group or the given neighbours, that the test accepts.
    // The free English figures of each group are listed once per pass and kept up to date as figures
    // are linked (listing them afresh for every Chinese figure cost a step per English figure of the
    // group per Chinese figure), and a Chinese figure tries at most kCandidates of them per group: far
    // more than a group of a real article holds, so nothing changes for those, while one sentence of
    // tens of thousands of figures a side takes seconds instead of an hour (found by fuzzing the
    // analysis: tests/fuzz/regressions/analysis/slow-pairing-32k-figures-in-one-sentence.md).
    constexpr int kCandidates = 512;
    auto pass = [&](auto accept, Match how, std::initializer_list<int> offsets) {
        // Most articles have every figure paired after the first passes: the rest list nothing.
        if (unpairedZh == 0 || unpairedEn == 0)
            return;
        QVector<QVector<int>> freeEn(groups);
        for (int h = 0; h < groups; ++h)
            freeEn[h] = free(en, enOf[h]);
        for (int g = 0; g < groups; ++g) {
            for (int z : zhOf[g]) {
                if (zh[z].pair >= 0) // linked in an earlier pass (this pass links only z itself)
                    continue;
                for (int d : offsets) {
                    const int h = g + d;
                    if (h < 0 || h >= groups)
                        continue;
                    QVector<int> &candidates = freeEn[h];
                    const int tries = qMin(int(candidates.size()), kCandidates);
                    bool done = false;
                    for (int k = 0; k < tries; ++k) {
                        const int e = candidates.at(k);
                        if (accept(zh[z], en[e])) {
                            link(z, e, how);
                            candidates.remove(k);
                            done = true;
                            break;
                        }
                    }
                    if (done)
                        break;
                }
            }
        }
    };
    // 1. Equal values, in the group, then in its neighbours (a figure the translation moved). A share
    // or a multiple is no count: 提高了七倍 (8 times) is not the "eight" of the next sentence.
    const auto equal = [](const Figure &z, const Figure &e) {
        const bool ratio = Figure::isRatio(z.kind) || Figure::isRatio(e.kind);
        return (!ratio || z.kind == e.kind) && exactlyEqual(z, e);
    };
    pass(equal, Match::Equal, {0});
    pass(equal, Match::Equal, {1, -1, 2, -2});
    // 2. The same figure at the wrong scale or with swapped digits: strong signs of a mistranslation.
    pass(strongMismatch, Match::Disagreeing, {0, 1, -1});
    // 3. Values that agree within an approximation or a range.
    pass(sameValue, Match::Equal, {0});
    pass(sameValue, Match::Equal, {1, -1});
    // 4. What is left in a group, as many on both sides, each plausibly the other: a mistranslation.
    for (int g = 0; g < groups && unpairedZh > 0 && unpairedEn > 0; ++g) {
        const QVector<int> zLeft = free(zh, zhOf[g]);
        const QVector<int> eLeft = free(en, enOf[g]);
        if (zLeft.isEmpty() || eLeft.isEmpty())
            continue;
        bool plausible = zLeft.size() == eLeft.size();
        for (int k = 0; plausible && k < zLeft.size(); ++k)
            plausible = plausiblySame(zh[zLeft[k]], en[eLeft[k]]);
        if (plausible) {
            for (int k = 0; k < zLeft.size(); ++k)
                link(zLeft[k], eLeft[k], Match::Disagreeing);
            continue;
        }
        // Otherwise, in reading order, each with the next one plausibly its translation (三百三十四 and a
        // mistyped "335" beside an 一 the translation renders as "a"); at most kCandidates tried each.
        int from = 0;
        for (int z : zLeft) {
            for (int k = from; k < eLeft.size() && k < from + kCandidates; ++k) {
                if (plausiblySame(zh[z], en[eLeft[k]])) {
                    link(z, eLeft[k], Match::Disagreeing);
                    from = k + 1;
                    break;
                }
            }
        }
    }
    return matches;
}
