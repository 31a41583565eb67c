#include "sentencealigner.h"

#include <cmath>
#include <limits>

namespace {

// Prior cost (-log probability) of each bead shape: Chinese sentences are long and translations
// often split them, so 1:2 and 1:3 are far likelier here than in European text.
struct Bead
{
    int zh;
    int en;
    double prior;
};
const Bead beads[] = {
    {1, 1, -std::log(0.62)},  {1, 2, -std::log(0.16)}, {1, 3, -std::log(0.06)},
    {2, 1, -std::log(0.07)},  {3, 1, -std::log(0.01)}, {2, 2, -std::log(0.02)},
    {1, 0, -std::log(0.005)}, {0, 1, -std::log(0.01)}, {1, 4, -std::log(0.01)},
};

// Length without spaces, a figure counted as a fixed weight: 一万二千三百多 and "more than 12,300"
// differ in length in ways that say nothing about the translation.
double textLength(const Sentence &s, const SentenceFacts &facts, bool chinese)
{
    int n = 0;
    for (QChar c : s.text) {
        if (!c.isSpace())
            ++n;
    }
    const double perFigure = chinese ? 2.0 : 2.0 * SentenceAligner::CharacterRatio;
    return qMax(1.0, n - facts.figureLength + perFigure * facts.values.size());
}

// -log of the two-sided normal tail of the length difference (Gale & Church).
double lengthCost(double zhLength, double enLength)
{
    if (zhLength <= 0 && enLength <= 0)
        return 0;
    const double mean = (zhLength + enLength / SentenceAligner::CharacterRatio) / 2.0;
    const double delta = (enLength - zhLength * SentenceAligner::CharacterRatio) /
                         std::sqrt(SentenceAligner::Variance * qMax(1.0, mean));
    const double p = std::erfc(std::fabs(delta) / std::sqrt(2.0));
    return -std::log(qMax(p, 1e-12));
}

bool sameValue(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * qMax(1.0, qMax(std::fabs(a), std::fabs(b)));
}

// Anchors shared by the two sides of a group lower its cost; figures on one side only raise it.
double anchorCost(const SentenceFactsList &zhFacts, const QVector<int> &zh, const SentenceFactsList &enFacts,
                  const QVector<int> &en)
{
    QVector<double> zv, ev;
    QStringList zp, ep;
    for (int s : zh) {
        zv += zhFacts.at(s).values;
        zp += zhFacts.at(s).places;
    }
    for (int s : en) {
        ev += enFacts.at(s).values;
        ep += enFacts.at(s).places;
    }
    int matched = 0;
    QVector<bool> used(ev.size(), false);
    for (double v : std::as_const(zv)) {
        for (int k = 0; k < ev.size(); ++k) {
            if (!used[k] && sameValue(v, ev[k])) {
                used[k] = true;
                ++matched;
                break;
            }
        }
    }
    const int unmatched = int(zv.size() + ev.size()) - 2 * matched;
    int places = 0;
    for (const QString &p : std::as_const(zp)) {
        if (ep.contains(p))
            ++places;
    }
    return -3.0 * matched + 1.0 * unmatched - 1.0 * qMin(places, 3);
}

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
    auto addGroup = [&](QVector<int> z, QVector<int> e) {
        if (!z.isEmpty() || !e.isEmpty())
            alignment.groups.append({std::move(z), std::move(e), 0});
    };
    addGroup(idsOf(zh, Sentence::Role::Title), idsOf(en, Sentence::Role::Title));
    alignBody(chinese, english, idsOf(zh, Sentence::Role::Body), idsOf(en, Sentence::Role::Body),
              alignment.groups);
    addGroup(idsOf(zh, Sentence::Role::Byline), idsOf(en, Sentence::Role::Byline));
    alignment.index(int(zh.size()), int(en.size()));
    return alignment;
}

void SentenceAligner::alignBody(const Input &zhIn, const Input &enIn, const QVector<int> &zhIds,
                                const QVector<int> &enIds, QVector<Alignment::Group> &out)
{
    const Sentences &zh = *zhIn.sentences;
    const Sentences &en = *enIn.sentences;
    const int n = int(zhIds.size());
    const int m = int(enIds.size());
    if (n == 0 && m == 0)
        return;
    QVector<double> zl(n), el(m);
    for (int i = 0; i < n; ++i)
        zl[i] = textLength(zh.at(zhIds[i]), zhIn.facts->at(zhIds[i]), true);
    for (int j = 0; j < m; ++j)
        el[j] = textLength(en.at(enIds[j]), enIn.facts->at(enIds[j]), false);

    // Band around the diagonal keeps long articles linear; wide enough for a lost paragraph.
    const int band = qMax(24, qMax(n, m) / 4);
    auto inBand = [&](int i, int j) {
        const double expected = n > 0 ? double(i) * m / n : 0;
        return std::fabs(j - expected) <= band + std::abs(n - m);
    };

    const double inf = std::numeric_limits<double>::infinity();
    const int width = m + 1;
    QVector<double> cost((n + 1) * width, inf);
    QVector<qint8> back((n + 1) * width, -1);
    cost[0] = 0;
    QVector<int> zGroup, eGroup;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= m; ++j) {
            if ((i || j) && !inBand(i, j))
                continue;
            const double here = cost[i * width + j];
            if (here == inf)
                continue;
            for (int b = 0; b < int(std::size(beads)); ++b) {
                const Bead &bead = beads[b];
                const int ni = i + bead.zh;
                const int nj = j + bead.en;
                if (ni > n || nj > m)
                    continue;
                double zlen = 0, elen = 0;
                zGroup.clear();
                eGroup.clear();
                for (int k = i; k < ni; ++k) {
                    zlen += zl[k];
                    zGroup.append(zhIds[k]);
                }
                for (int k = j; k < nj; ++k) {
                    elen += el[k];
                    eGroup.append(enIds[k]);
                }
                double c = here + bead.prior;
                if (bead.zh && bead.en) {
                    c += lengthCost(zlen, elen);
                    c += anchorCost(*zhIn.facts, zGroup, *enIn.facts, eGroup);
                } else {
                    // A sentence left alone costs more the longer it is.
                    c += 3.0 + (zlen + elen / CharacterRatio) / 20.0;
                }
                // Crossing a paragraph boundary inside a group is allowed but dear.
                for (int k = 1; k < zGroup.size(); ++k)
                    c += zh.at(zGroup[k]).paragraph != zh.at(zGroup[k - 1]).paragraph ? 2.5 : 0;
                for (int k = 1; k < eGroup.size(); ++k)
                    c += en.at(eGroup[k]).paragraph != en.at(eGroup[k - 1]).paragraph ? 2.5 : 0;
                if (c < cost[ni * width + nj]) {
                    cost[ni * width + nj] = c;
                    back[ni * width + nj] = qint8(b);
                }
            }
        }
    }

    QVector<Alignment::Group> reversed;
    int i = n, j = m;
    while (i > 0 || j > 0) {
        const int b = back[i * width + j];
        if (b < 0) {
            // Outside the band (it should not happen): leave the rest unaligned rather than lose it.
            for (int k = i - 1; k >= 0; --k)
                reversed.append({{zhIds[k]}, {}, 0});
            for (int k = j - 1; k >= 0; --k)
                reversed.append({{}, {enIds[k]}, 0});
            break;
        }
        const Bead &bead = beads[b];
        Alignment::Group g;
        for (int k = i - bead.zh; k < i; ++k)
            g.chinese.append(zhIds[k]);
        for (int k = j - bead.en; k < j; ++k)
            g.english.append(enIds[k]);
        g.cost = cost[i * width + j] - cost[(i - bead.zh) * width + (j - bead.en)];
        reversed.append(g);
        i -= bead.zh;
        j -= bead.en;
    }
    for (int k = int(reversed.size()) - 1; k >= 0; --k)
        out.append(reversed.at(k));
}
