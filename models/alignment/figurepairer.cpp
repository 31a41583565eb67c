#include "alignment/figurepairer.h"

#include <cmath>

namespace {

bool close(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * qMax(1.0, qMax(std::fabs(a), std::fabs(b)));
}

// The values an approximate figure stands for: 二亿三千六百余万 = [236, 237) million, "nearly 80" =
// [70, 80], "about 90" = [85, 95]; the step is the place of the last written digit.
std::pair<double, double> span(const Quantity &q)
{
    double step = 1;
    if (q.low >= 10 && std::floor(q.low) == q.low) {
        while (step * 10 <= q.low && std::fmod(q.low, step * 10) == 0)
            step *= 10;
    }
    switch (q.approx) {
    case Quantity::Approx::More:
        return {q.low, q.high + step};
    case Quantity::Approx::Less:
        return {q.low - step, q.high};
    case Quantity::Approx::About:
        return {q.low - step / 2, q.high + step / 2};
    case Quantity::Approx::Exact:
        break;
    }
    return {q.low, q.high};
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
    const bool loose = z.quantity.isRange || e.quantity.isRange ||
                       z.quantity.approx != Quantity::Approx::Exact ||
                       e.quantity.approx != Quantity::Approx::Exact;
    if (!loose)
        return false;
    const auto [zlo, zhi] = span(z.quantity);
    const auto [elo, ehi] = span(e.quantity);
    return qMax(zlo, elo) <= qMin(zhi, ehi) * (1 + 1e-9);
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
    // 1. Equal values, in the group, then in its neighbours (a figure the translation moved).
    pass(exactlyEqual, Match::Equal, {0});
    pass(exactlyEqual, Match::Equal, {1, -1, 2, -2});
    // 2. The same figure at the wrong scale or with swapped digits: strong signs of a mistranslation.
    pass(strongMismatch, Match::Disagreeing, {0, 1, -1});
    // 3. Values that agree within an approximation or a range.
    pass(sameValue, Match::Equal, {0});
    pass(sameValue, Match::Equal, {1, -1});
    // 4. What is left in a group, as many on both sides, each plausibly the other: a mistranslation.
    for (int g = 0; g < groups && unpairedZh > 0 && unpairedEn > 0; ++g) {
        const QVector<int> zLeft = free(zh, zhOf[g]);
        const QVector<int> eLeft = free(en, enOf[g]);
        if (zLeft.isEmpty() || zLeft.size() != eLeft.size())
            continue;
        bool plausible = true;
        for (int k = 0; k < zLeft.size(); ++k)
            plausible = plausible && plausiblySame(zh[zLeft[k]], en[eLeft[k]]);
        if (!plausible)
            continue;
        for (int k = 0; k < zLeft.size(); ++k)
            link(zLeft[k], eLeft[k], Match::Disagreeing);
    }
    return matches;
}
