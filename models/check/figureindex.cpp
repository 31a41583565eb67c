#include "check/figureindex.h"

#include "alignment/figurepairer.h"

#include <cstring>

namespace {

quint64 bitsOf(double v)
{
    quint64 b = 0;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

} // namespace

quint64 FigureIndex::key(const Figure &f)
{
    // Exact values only: exactlyEqual allows a relative 1e-9, which equal readings of one number meet.
    return (bitsOf(f.quantity.low) * 31 + bitsOf(f.quantity.high)) * 8 + quint64(f.kind);
}

FigureIndex::FigureIndex(const Figures &figures, const Sentences &sentences,
                         const QVector<int> &groupOfSentence)
    : m_figures(figures), m_sentences(sentences)
{
    for (const Figure &f : figures) {
        if (f.pair >= 0) {
            m_paired.insert(key(f), f.index);
        } else {
            const int g =
                f.sentence >= 0 && f.sentence < groupOfSentence.size() ? groupOfSentence.at(f.sentence) : -1;
            if (g >= 0)
                m_unpairedDigits[g].insert(FigurePairer::digitSignature(f.quantity.low));
        }
    }
}

bool FigureIndex::isTitle(int s) const
{
    return s >= 0 && s < m_sentences.size() && m_sentences.at(s).role == Sentence::Role::Title;
}

bool FigureIndex::repeated(const Figure &f) const
{
    int tries = 0;
    for (auto it = m_paired.constFind(key(f)); it != m_paired.cend() && it.key() == key(f) && tries < 64;
         ++it, ++tries) {
        const Figure &g = m_figures.at(*it);
        if (g.index == f.index || g.kind != f.kind || !FigurePairer::exactlyEqual(g, f))
            continue;
        if (g.sentence == f.sentence || isTitle(f.sentence) || isTitle(g.sentence))
            return true;
    }
    return false;
}

bool FigureIndex::unpairedWithDigits(int group, const Figure &f) const
{
    const auto it = m_unpairedDigits.constFind(group);
    return f.quantity.low > 0 && it != m_unpairedDigits.cend() &&
           it->contains(FigurePairer::digitSignature(f.quantity.low));
}
