#include "alignment/sentencealigner.h"

#include "text/asciiscan.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace {

// Prior cost (-log probability) of each bead shape: Chinese sentences are long and translations
// often split them, so 1:2 and 1:3 are far likelier here than in European text. The probabilities are
// the shapes' shares among the 628 labelled groups of the development set (tests/data/devset: 1:1 77 %,
// 1:2 11 %, 1:0 3.7 %, 1:3 3.2 %, 2:1 3.0 %, …), smoothed; 1:5 and 1:6 let a sentence of a memoir
// translated in six short ones stay one group, and 2:2 is rare (it merged two 1:1 pairs).
struct Bead
{
    int zh;
    int en;
    double probability;
};
constexpr Bead beads[] = {
    {1, 1, 0.75}, {1, 2, 0.11}, {1, 3, 0.035}, {2, 1, 0.035}, {3, 1, 0.005}, {2, 2, 0.003},
    {1, 0, 0.02}, {0, 1, 0.01}, {1, 4, 0.006}, {1, 5, 0.003}, {1, 6, 0.002},
};
constexpr int kBeads = int(std::size(beads));
const std::array<double, kBeads> priors = [] {
    std::array<double, kBeads> p{};
    for (int b = 0; b < kBeads; ++b)
        p[size_t(b)] = -std::log(beads[b].probability);
    return p;
}();

// The shapes by where their group starts: more Chinese sentences first, then more English ones.
constexpr std::array<int, kBeads> pushOrder = [] {
    std::array<int, kBeads> order{};
    for (int b = 0; b < kBeads; ++b)
        order[size_t(b)] = b;
    for (int a = 1; a < kBeads; ++a) { // insertion sort: std::sort is not constexpr in C++17
        for (int k = a; k > 0; --k) {
            const Bead &x = beads[order[size_t(k)]], &y = beads[order[size_t(k - 1)]];
            if (!(x.zh != y.zh ? x.zh > y.zh : x.en > y.en))
                break;
            const int t = order[size_t(k)];
            order[size_t(k)] = order[size_t(k - 1)];
            order[size_t(k - 1)] = t;
        }
    }
    return order;
}();

// Length without spaces, a figure counted as a fixed weight: 一万二千三百多 and "more than 12,300"
// differ in length in ways that say nothing about the translation.
double textLength(const Sentence &s, const SentenceFacts &facts, bool chinese)
{
    const auto *text = reinterpret_cast<const char16_t *>(s.text.utf16());
    const int n = int(s.text.size()) - blankCount(text, text + s.text.size());
    const double perFigure = chinese ? 2.0 : 2.0 * SentenceAligner::CharacterRatio;
    return qMax(1.0, n - facts.figureLength + perFigure * facts.values.size());
}

// -log of the two-sided normal tail of the length difference (Gale & Church).
Q_ALWAYS_INLINE double lengthCost(double zhLength, double enLength)
{
    if (zhLength <= 0 && enLength <= 0)
        return 0;
    // -log(erfc(|delta|/sqrt 2)) from a table: the dynamic programme asks for it a few hundred
    // thousand times per thousand articles, and erfc + log were a fifth of the aligner's time.
    constexpr double Step = 0.01;
    constexpr int Size = 1000; // |delta| up to 10, beyond which the cost is flat anyway
    // One entry past the end, so that x clamped to Size reads table[Size] without a branch.
    static const std::array<double, Size + 2> table = [] {
        std::array<double, Size + 2> t{};
        for (int i = 0; i <= Size; ++i)
            t[size_t(i)] = -std::log(qMax(std::erfc(i * Step / std::sqrt(2.0)), 1e-12));
        t[Size + 1] = t[Size];
        return t;
    }();
    // Multiplications by constants rather than divisions: the latency of this chain is the
    // programme's inner loop.
    constexpr double InverseRatio = 1.0 / SentenceAligner::CharacterRatio;
    const double mean = (zhLength + enLength * InverseRatio) * 0.5;
    const double x =
        std::min(double(Size), std::fabs(enLength - zhLength * SentenceAligner::CharacterRatio) *
                                   (1.0 / Step / std::sqrt(SentenceAligner::Variance * qMax(1.0, mean))));
    const int i = int(x);
    const double f = x - i;
    return table[size_t(i)] * (1 - f) + table[size_t(i) + 1] * f;
}

// ids[from, from + count) as a span: the sentences of one role are numbered consecutively (titles,
// then the body, then the byline), so a run of them is a run of indexes.
SentenceSpan spanOf(const QVector<int> &ids, int from, int count)
{
    if (count <= 0)
        return {};
    Q_ASSERT(ids.at(from + count - 1) - ids.at(from) == count - 1);
    return SentenceSpan(ids.at(from), count);
}

bool sameValue(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * qMax(1.0, qMax(std::fabs(a), std::fabs(b)));
}

// What the dynamic programme needs of a sentence, prepared once: the inner loop allocates nothing.
struct Features
{
    double length = 0;
    int paragraph = -1;
    const double *values = nullptr; // the sentence's figure values (its SentenceFacts' own list)
    int valueCount = 0;
    const int *places = nullptr; // gazetteer indexes
    int placeCount = 0;
};

// Figure values two sentences share (each value used once) and places they both name.
struct PairAnchors
{
    qint16 values = 0;
    qint16 places = 0;
};

PairAnchors anchorsOf(const Features &z, const Features &e)
{
    PairAnchors a;
    const double *zv = z.values, *ev = e.values;
    const size_t zn = size_t(z.valueCount), en = size_t(e.valueCount);
    // Two sentences of hundreds of figures each (no prose has them, but a file can): matched in sorted
    // order, linear after sorting instead of a step per pair of values (found by fuzzing the
    // analysis: slow-pairing-32k-figures-in-one-sentence.md). The count is the same unless values
    // within the tolerance of each other chain.
    constexpr size_t kManyValues = 64 * 64;
    if (zn * en > kManyValues) {
        std::vector<double> zs(zv, zv + zn), es(ev, ev + en);
        std::sort(zs.begin(), zs.end());
        std::sort(es.begin(), es.end());
        size_t i = 0, j = 0;
        int matched = 0;
        while (i < zs.size() && j < es.size()) {
            if (sameValue(zs[i], es[j])) {
                ++matched;
                ++i;
                ++j;
            } else if (zs[i] < es[j]) {
                ++i;
            } else {
                ++j;
            }
        }
        a.values = qint16(qMin(matched, 32767));
    } else if (zn > 0 && en > 0) {
        // Which English values are taken: bits of a word for up to 64 of them (every real sentence),
        // so that a pair of sentences allocates nothing.
        quint64 usedBits = 0;
        std::vector<bool> usedList(en > 64 ? en : 0, false);
        auto used = [&](size_t k) { return en > 64 ? bool(usedList[k]) : bool(usedBits >> k & 1); };
        auto use = [&](size_t k) {
            if (en > 64)
                usedList[k] = true;
            else
                usedBits |= quint64(1) << k;
        };
        for (size_t i = 0; i < zn; ++i) {
            for (size_t k = 0; k < en; ++k) {
                if (!used(k) && sameValue(zv[i], ev[k])) {
                    use(k);
                    ++a.values;
                    break;
                }
            }
        }
    }
    int places = 0;
    const int *zp = z.places, *ep = e.places;
    if (size_t(z.placeCount) * size_t(e.placeCount) > kManyValues) { // the same count, by binary search
        std::vector<int> sorted(ep, ep + e.placeCount);
        std::sort(sorted.begin(), sorted.end());
        for (int k = 0; k < z.placeCount; ++k)
            places += std::binary_search(sorted.begin(), sorted.end(), zp[k]) ? 1 : 0;
    } else {
        for (int k = 0; k < z.placeCount; ++k)
            places += std::find(ep, ep + e.placeCount, zp[k]) != ep + e.placeCount ? 1 : 0;
    }
    a.places = qint16(qMin(places, 32767));
    return a;
}

// What a group of some sentences ending before sentence i takes of one side.
struct Span
{
    double length = 0;
    int crossings = 0; // paragraph boundaries inside
    int values = 0;    // figure values
};

// The dynamic programme's tables (owned by alignBody()) and the cost of each group shape ending in
// a cell, as a template per shape so that the loops over its sentences unroll.
struct Programme
{
    const int *lo;
    const int *hi;
    const size_t *rowStart;
    const double *cost;
    const std::vector<std::vector<Span>> *zhSpans;
    const std::vector<std::vector<Span>> *enSpans;
    const PairAnchors *pairs;
    const int *pairLo;
    const size_t *pairStart;

    static constexpr int kMostZh = 3; // the most Chinese sentences of a shape (beads[])

    // What the cells of row i share, looked up once per row rather than per cell and shape: the
    // columns where a group of each shape can end (its start inside the band), where the cost of its
    // start cell is (cost[from[B] + j]), its Chinese span, and the anchors of the rows above.
    struct Row
    {
        int i = 0;
        std::array<int, kBeads> first{};
        std::array<int, kBeads> last{};
        std::array<qint64, kBeads> from{};
        std::array<const Span *, kBeads> zs{};
        std::array<qint64, kMostZh> pairsAbove{}; // row i - 1 - d of the anchors at pairs[pairsAbove[d] + l]
    };

    template <int B> void prepare(Row &row) const
    {
        constexpr int Zh = beads[B].zh;
        constexpr int En = beads[B].en;
        const int si = row.i - Zh;
        if (si < 0) {
            row.first[size_t(B)] = 1;
            row.last[size_t(B)] = 0;
            return;
        }
        row.first[size_t(B)] = std::max({lo[row.i], lo[si] + En, En});
        row.last[size_t(B)] = std::min(hi[row.i], hi[si] + En);
        row.from[size_t(B)] = qint64(rowStart[si]) - lo[si] - En;
        row.zs[size_t(B)] = &(*zhSpans)[size_t(Zh)][size_t(row.i)];
    }

    template <size_t... B> Row rowOf(int i, std::index_sequence<B...>) const
    {
        Row row;
        row.i = i;
        (prepare<int(B)>(row), ...);
        for (int d = 0; d < kMostZh && i - 1 - d >= 0; ++d)
            row.pairsAbove[size_t(d)] = qint64(pairStart[i - 1 - d]) - pairLo[i - 1 - d];
        return row;
    }

    // The cost of the group of shape B that ends in cell (i, j) goes into c[B] unless it cannot beat
    // `best`, the cheapest group found so far in this cell (then c[B] stays infinite). One-sided
    // shapes come first and are cheap. A two-sided shape adds a length cost (a square root and
    // divisions) that is never negative: a shape whose cost without it already exceeds `best` is
    // skipped before computing it. (Skipping shapes on a bound of their anchors before summing
    // them was slower: the branch is one the processor cannot predict.) Everything is summed in
    // the same order as ever, so that the alignment is the same to the bit.
    template <int B>
    Q_ALWAYS_INLINE void consider(const Row &row, int j, std::array<double, kBeads> &c, double &best) const
    {
        constexpr int Zh = beads[B].zh;
        constexpr int En = beads[B].en;
        static_assert(Zh <= kMostZh, "Row::pairsAbove holds kMostZh rows");
        if (j < row.first[size_t(B)] || j > row.last[size_t(B)])
            return;
        const double here = cost[row.from[size_t(B)] + j];
        const Span &zs = *row.zs[size_t(B)];
        const Span &es = (*enSpans)[size_t(En)][size_t(j)];
        double before = here + priors[size_t(B)];
        // Crossing a paragraph boundary inside a group is allowed but dear.
        for (int k = 0; k < zs.crossings + es.crossings; ++k)
            before += 2.5;
        if constexpr (Zh == 0 || En == 0) {
            // A sentence left alone costs more the longer it is.
            before += 3.0 + (zs.length + es.length / SentenceAligner::CharacterRatio) / 20.0;
            c[size_t(B)] = before;
            best = std::min(best, before);
        } else {
            const double slack = 1e-9 * std::max(1.0, std::fabs(best));
            const int values = zs.values + es.values;
            // Anchors shared by the two sides lower the cost; figures on one side only raise it.
            // Rows in reading order (the oldest first), as they were always summed.
            int matched = 0, places = 0;
            for (int d = Zh - 1; d >= 0; --d) {
                const qint64 above = row.pairsAbove[size_t(d)];
                for (int l = j - En; l < j; ++l) {
                    matched += pairs[above + l].values;
                    places += pairs[above + l].places;
                }
            }
            const double after = -3.0 * matched + 1.0 * (values - 2 * matched) - 1.0 * qMin(places, 3);
            if (before + after > best + slack)
                return;
            c[size_t(B)] = (before + lengthCost(zs.length, es.length)) + after;
            best = std::min(best, c[size_t(B)]);
        }
    }

    template <int B> static constexpr bool isOneSided() { return beads[B].zh == 0 || beads[B].en == 0; }

    // The cost of every group shape ending in cell (i, j), infinite for shapes that cannot be the
    // cheapest: one-sided shapes first, then the others in the order of beads[] (the likeliest first).
    template <size_t... B>
    std::array<double, kBeads> candidates(const Row &row, int j, std::index_sequence<B...>) const
    {
        std::array<double, kBeads> c;
        c.fill(std::numeric_limits<double>::infinity());
        double best = std::numeric_limits<double>::infinity();
        ((isOneSided<int(B)>() ? consider<int(B)>(row, j, c, best) : void()), ...);
        ((isOneSided<int(B)>() ? void() : consider<int(B)>(row, j, c, best)), ...);
        return c;
    }

    // Ties go to the group that starts earliest in reading order, as when cells pushed to their
    // successors.
    template <size_t... K>
    static int cheapestOf(const std::array<double, kBeads> &c, double &best, std::index_sequence<K...>)
    {
        // Selects rather than branches: which shape wins a cell is what the branch predictor
        // cannot guess.
        int bead = -1;
        auto take = [&](int b) {
            const double v = c[size_t(b)];
            const bool cheaper = v < best;
            bead = cheaper ? b : bead;
            best = cheaper ? v : best;
        };
        (take(pushOrder[K]), ...);
        return bead;
    }

    Row row(int i) const { return rowOf(i, std::make_index_sequence<kBeads>()); }

    // The shape of the cheapest group ending in cell (row.i, j), or -1 when none reaches it; its cost
    // in best.
    int cheapest(const Row &row, int j, double &best) const
    {
        return cheapestOf(candidates(row, j, std::make_index_sequence<kBeads>()), best,
                          std::make_index_sequence<kBeads>());
    }
};

} // namespace

Alignment SentenceAligner::align(const Input &chinese, const Input &english)
{
    Alignment alignment;
    const Sentences &zh = *chinese.sentences;
    const Sentences &en = *english.sentences;
    auto idsOf = [](const Sentences &all, Sentence::Role role) {
        QVector<int> ids;
        for (const Sentence &s : all) {
            if (s.role == role)
                ids.append(s.index);
        }
        return ids;
    };
    auto addGroup = [&](const QVector<int> &z, const QVector<int> &e) {
        if (!z.isEmpty() || !e.isEmpty())
            alignment.groups.append({spanOf(z, 0, int(z.size())), spanOf(e, 0, int(e.size())), 0});
    };
    // A headline of several lines translated line by line is aligned line by line: as many lines on both
    // sides, each pair of lengths as a translation's are (else the headline is one group).
    const QVector<int> zhTitles = idsOf(zh, Sentence::Role::Title),
                       enTitles = idsOf(en, Sentence::Role::Title);
    bool lineByLine = zhTitles.size() > 1 && zhTitles.size() == enTitles.size();
    for (int k = 0; lineByLine && k < zhTitles.size(); ++k) {
        const double z = zh.at(zhTitles.at(k)).text.size(), e = en.at(enTitles.at(k)).text.size();
        const double ratio = e / qMax(1.0, z) / CharacterRatio;
        lineByLine = ratio > 0.4 && ratio < 2.5;
    }
    if (lineByLine) {
        for (int k = 0; k < zhTitles.size(); ++k)
            addGroup({zhTitles.at(k)}, {enTitles.at(k)});
    } else {
        addGroup(zhTitles, enTitles);
    }
    alignBody(chinese, english, idsOf(zh, Sentence::Role::Body), idsOf(en, Sentence::Role::Body),
              alignment.groups);
    addGroup(idsOf(zh, Sentence::Role::Byline), idsOf(en, Sentence::Role::Byline));
    alignment.index(int(zh.size()), int(en.size()));
    return alignment;
}

void SentenceAligner::alignBody(const Input &zhIn, const Input &enIn, const QVector<int> &zhIds,
                                const QVector<int> &enIds, QVector<Alignment::Group> &out)
{
    const int n = int(zhIds.size());
    const int m = int(enIds.size());
    if (n == 0 && m == 0)
        return;
    // The features point into the facts' own lists of values and places.
    auto features = [](const Input &in, const QVector<int> &ids, bool chinese) {
        std::vector<Features> f(ids.size());
        for (int k = 0; k < ids.size(); ++k) {
            const Sentence &s = in.sentences->at(ids[k]);
            const SentenceFacts facts = in.facts->at(ids[k]);
            f[k].length = textLength(s, facts, chinese);
            f[k].paragraph = s.paragraph;
            f[k].values = facts.values.constData();
            f[k].valueCount = facts.values.size();
            f[k].places = facts.places.constData();
            f[k].placeCount = facts.places.size();
        }
        return f;
    };
    const std::vector<Features> zf = features(zhIn, zhIds, true);
    const std::vector<Features> ef = features(enIn, enIds, false);

    // Band around the diagonal keeps the work linear in the article's length; wide enough for the
    // 1:3 groups of this corpus and a lost paragraph. On the corpus the best path strays at most
    // 3.9 sentences from the diagonal; the band is 4 to 10 wide there, and half the difference in
    // sentence counts more (a cut translation, a dropped paragraph).
    const int band = 4 + qMax(n, m) / 10;
    auto inBand = [&](int i, int j) {
        const double expected = n > 0 ? double(i) * m / n : 0;
        return std::fabs(j - expected) <= band + std::abs(n - m) / 2;
    };
    // The columns of row i within the band: an interval around the diagonal, its ends found from the
    // diagonal and then checked against inBand() itself so that rounding cannot move them.
    auto bandOf = [&](int i, int &first, int &last) {
        const double expected = n > 0 ? double(i) * m / n : 0;
        const double width = band + std::abs(n - m) / 2;
        first = int(qBound(0.0, std::ceil(expected - width), double(m + 1)));
        last = int(qBound(-1.0, std::floor(expected + width), double(m)));
        while (first > 0 && inBand(i, first - 1))
            --first;
        while (first <= last && !inBand(i, first))
            ++first;
        while (last < m && inBand(i, last + 1))
            ++last;
        while (last >= first && !inBand(i, last))
            --last;
    };

    // The band as one column interval [lo, hi] per row, and the programme's tables stored for those
    // cells only. A full (n+1) x (m+1) table made a file of 100 000 short sentences a side (1.4 MB,
    // well under the reader's limit) allocate tens of gigabytes and abort with std::bad_alloc, and the
    // band above still grows with the article (band + |n - m|), so the work was quadratic (found by
    // fuzzing the analysis: tests/fuzz/regressions/analysis/oom-aligner-30k-sentences-a-side.md).
    // Up to kExactCells cells - every real article by far - the rows hold exactly the band above, so
    // the alignment is the same as before; beyond it each row holds the diagonal's step across it plus
    // kWideBand columns either side, which keeps (n, m) reachable with 1:0 and 0:1 groups and the work
    // and memory linear.
    constexpr qint64 kExactCells = 4'000'000;
    constexpr int kWideBand = 16;
    std::vector<int> lo(size_t(n) + 1), hi(size_t(n) + 1);
    if (qint64(n + 1) * (m + 1) <= kExactCells) {
        for (int i = 0; i <= n; ++i) {
            bandOf(i, lo[i], hi[i]);
            if (i == 0)
                lo[0] = 0; // the start, (0, 0), is always a cell
        }
    } else {
        for (int i = 0; i <= n; ++i) {
            const qint64 from = n > 0 ? qint64(i) * m / n : 0;
            const qint64 to = n > 0 ? (qint64(i + 1) * m + n - 1) / n : m;
            lo[i] = int(qMax<qint64>(0, from - kWideBand));
            hi[i] = int(qMin<qint64>(m, to + kWideBand));
        }
    }
    std::vector<size_t> rowStart(size_t(n) + 2, 0);
    for (int i = 0; i <= n; ++i)
        rowStart[i + 1] = rowStart[i] + size_t(qMax(0, hi[i] - lo[i] + 1));
    auto cell = [&](int i, int j) -> qint64 { // index into the tables, -1 outside the band
        return j >= lo[i] && j <= hi[i] ? qint64(rowStart[i] + size_t(j - lo[i])) : -1;
    };

    // Anchors of every sentence pair near the diagonal, computed once for all the groups that hold it:
    // row k keeps the columns the groups starting in rows k-2..k can reach (up to 3 more to the right).
    std::vector<int> pairLo(size_t(n), 0), pairHi(size_t(n), -1);
    std::vector<size_t> pairStart(size_t(n) + 1, 0);
    for (int k = 0; k < n; ++k) {
        int a = m, b = -1;
        for (int i = qMax(0, k - 2); i <= k; ++i) {
            if (lo[i] <= hi[i]) {
                a = qMin(a, lo[i]);
                b = qMax(b, qMin(m - 1, hi[i] + 3));
            }
        }
        pairLo[k] = a;
        pairHi[k] = b;
        pairStart[k + 1] = pairStart[k] + size_t(qMax(0, b - a + 1));
    }
    std::vector<PairAnchors> pairs(pairStart[n]);
    for (int k = 0; k < n; ++k) {
        // Pairs (k, l) with l in row k's band or l + 1 in row k + 1's: the cells a group can join.
        const int from = qMax(pairLo[k], qMin(lo[k], lo[k + 1] - 1));
        const int to = qMin(pairHi[k], qMax(hi[k], hi[k + 1] - 1));
        for (int l = qMax(0, from); l <= to; ++l) {
            if ((l >= lo[k] && l <= hi[k]) || (l + 1 >= lo[k + 1] && l + 1 <= hi[k + 1]))
                pairs[pairStart[k] + size_t(l - pairLo[k])] = anchorsOf(zf[k], ef[l]);
        }
    }

    // What a group of a sentences ending before sentence i takes of one side, for every shape: the
    // inner loop looks its lengths up instead of adding them (added in the same order, so to the bit).
    auto spansOf = [](const std::vector<Features> &f, int most) {
        std::vector<std::vector<Span>> spans(size_t(most) + 1, std::vector<Span>(f.size() + 1));
        for (int a = 1; a <= most; ++a) {
            for (int i = a; i <= int(f.size()); ++i) {
                Span &span = spans[size_t(a)][size_t(i)];
                for (int k = i - a; k < i; ++k) {
                    span.length += f[k].length;
                    span.crossings += k > i - a && f[k].paragraph != f[k - 1].paragraph ? 1 : 0;
                    span.values += f[k].valueCount;
                }
            }
        }
        return spans;
    };
    int mostZh = 0, mostEn = 0;
    for (const Bead &bead : beads) {
        mostZh = qMax(mostZh, bead.zh);
        mostEn = qMax(mostEn, bead.en);
    }
    const std::vector<std::vector<Span>> zhSpans = spansOf(zf, mostZh);
    const std::vector<std::vector<Span>> enSpans = spansOf(ef, mostEn);

    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> cost(rowStart[n + 1], inf);
    std::vector<qint8> back(rowStart[n + 1], -1);
    const Programme programme{lo.data(), hi.data(),    rowStart.data(), cost.data(),     &zhSpans,
                              &enSpans,  pairs.data(), pairLo.data(),   pairStart.data()};
    for (int i = 0; i <= n; ++i) {
        const Programme::Row row = programme.row(i);
        for (int j = lo[i]; j <= hi[i]; ++j) {
            const size_t target = size_t(cell(i, j));
            if (i == 0 && j == 0) {
                cost[target] = 0;
                continue;
            }
            double best = inf;
            back[target] = qint8(programme.cheapest(row, j, best));
            cost[target] = best;
        }
    }

    QVector<Alignment::Group> reversed;
    int i = n, j = m;
    while (i > 0 || j > 0) {
        const qint64 here = cell(i, j);
        const int b = here >= 0 ? back[size_t(here)] : -1;
        if (b < 0) {
            // Outside the band (it should not happen): leave the rest unaligned rather than lose it.
            for (int k = i - 1; k >= 0; --k)
                reversed.append({SentenceSpan(zhIds[k], 1), {}, 0});
            for (int k = j - 1; k >= 0; --k)
                reversed.append({{}, SentenceSpan(enIds[k], 1), 0});
            break;
        }
        const Bead &bead = beads[b];
        Alignment::Group g;
        g.chinese = spanOf(zhIds, i - bead.zh, bead.zh);
        g.english = spanOf(enIds, j - bead.en, bead.en);
        g.cost = cost[size_t(here)] - cost[size_t(cell(i - bead.zh, j - bead.en))];
        reversed.append(g);
        i -= bead.zh;
        j -= bead.en;
    }
    for (int k = int(reversed.size()) - 1; k >= 0; --k)
        out.append(reversed.at(k));
}
