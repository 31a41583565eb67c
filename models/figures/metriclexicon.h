#pragma once

#include "figures/figure.h"
#include "text/article.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <bitset>
#include <vector>

// What a figure counts (cooperatives, members, contract value, …), decided by ordered rules loaded
// from data (resources/metrics.json): cue words before or after the figure, its unit and its kind.
// The Chinese and English cues of one rule describe the same thing, so a figure and its translation
// land on the same metric. Each context is scanned once for all cues (indexed by first character),
// then the rules are tested against the set of cues found.
class MetricLexicon
{
public:
    struct Metric
    {
        QString name;
        QString english; // label
        QString chinese; // label
    };

    // The text around one figure, cut by the extractor.
    struct Context
    {
        QStringView before; // back to the previous figure, at most two clauses, within the clause group
        QStringView after;  // the measure word and a few words after it, up to the clause's end
        Figure::Kind kind = Figure::Kind::Count;
        QString unit;
    };

    static constexpr int MaxCues = 512;
    using CueSet = std::bitset<MaxCues>;

    MetricLexicon() = default;
    static const MetricLexicon &builtIn();
    bool loadJson(const QByteArray &json, QString *error = nullptr);

    QString classify(Article::Language language, const Context &context) const;
    const QVector<Metric> &metrics() const { return m_metrics; }
    const Metric *metric(const QString &name) const;

private:
    // A rule's cues as lists of ids: a side names a few of the hundreds of cues, and testing those
    // few in the sets found costs less than intersecting whole sets, rule after rule, for every figure.
    struct Side
    {
        std::vector<quint16> before;
        std::vector<quint16> after;
        std::vector<quint16> near;
        std::vector<quint16> also;
        QStringList units;
        bool empty = true;
    };
    struct Rule
    {
        QString metric;
        QVector<Figure::Kind> kinds;
        Side chinese;
        Side english;
    };
    struct Cue
    {
        QString text; // lower-cased for English
        int id = 0;
    };
    CueSet cueSet(const QStringList &cues, bool english, QString *error);
    static std::vector<quint16> idsOf(const CueSet &set);
    CueSet findCues(QStringView text, bool english) const;
    static bool matches(const Side &side, const CueSet &before, const CueSet &after, const QString &unit);

    QVector<Metric> m_metrics;
    QVector<Rule> m_rules;
    // First character (lower-cased for English) → the cues starting with it, per language; and a bit
    // per UTF-16 unit that starts some cue, so that most characters of a context cost one bit test.
    QHash<QChar, QVector<Cue>> m_chineseCues;
    QHash<QChar, QVector<Cue>> m_englishCues;
    std::bitset<65536> m_cueStarts[2];
    // A cue of one character, and a hash of the first two of the longer ones: a character that starts
    // some cue (会, 产, most English letters) is passed over unless what follows can continue one.
    std::bitset<65536> m_singleCues[2];
    std::bitset<65536> m_cuePairs[2];
    QHash<QString, int> m_cueIds[2];
    int m_cueCount = 0;
};
