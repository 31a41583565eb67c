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

// What a figure counts (credit cooperatives, members, sown area, …), from the taxonomy of
// resources/metrics.json: ordered rules of cue words per language, tried first on the figure's
// counted thing (the cue nearest its head noun wins), then on the clause before it (nearest first),
// then after it; a rule applies only to figures whose unit family its metric may have (no members
// from rooms, no cooperatives from ox-carts; a percent or multiple of anything is its share or growth).
// Each text is scanned once for all cues (indexed by first character).
class MetricLexicon
{
public:
    struct Metric
    {
        QString name;
        QString english;                  // label
        QString chinese;                  // label
        QVector<Figure::Family> families; // of its levels; empty: any
    };

    // The text around one figure, cut by the extractor.
    struct Context
    {
        QStringView counted;  // what it counts (CountedReader)
        QStringView before;   // back to the previous figure, at most two clauses, within the clause group
        QStringView after;    // the measure word and a few words after it, up to the clause's end
        QStringView sentence; // the whole sentence, for a rule's second word
        Figure::Kind kind = Figure::Kind::Count;
        Figure::Family family = Figure::Family::Other;
    };

    MetricLexicon() = default;
    static const MetricLexicon &builtIn();
    bool loadJson(const QByteArray &json, QString *error = nullptr);

    QString classify(Article::Language language, const Context &context) const;
    const QVector<Metric> &metrics() const { return m_metrics; }
    const Metric *metric(const QString &name) const;

private:
    struct Rule
    {
        int metric = 0; // index into m_metrics
        QVector<Figure::Family> families;
        bool strict = false;      // the rule's own families: no share or growth passes them
        std::vector<int> also[2]; // cue ids, per language: one must stand in the sentence
        bool priority = false;
        bool countedOnly = false; // its words name the thing only in the counted phrase (县 is where)
    };
    struct Cue
    {
        QString text; // lower-cased for English
        int id = 0;
    };
    struct Match
    {
        int cue = 0;
        int start = 0;
        int end = 0;
    };
    int cueId(const QString &text, bool english);
    void findCues(QStringView text, bool english, std::vector<Match> &out) const;
    bool applies(const Rule &rule, Figure::Family family, bool english, QStringView sentence) const;
    // The first rule (in order) that has cue and applies; -1 when none.
    int ruleFor(int cue, Figure::Family family, bool english, QStringView sentence, bool priorityOnly,
                bool inCounted) const;

    QVector<Metric> m_metrics;
    QVector<Rule> m_rules;
    // Per language: cue id → the rules that name it, in order.
    std::vector<std::vector<int>> m_rulesOfCue[2];
    // First character (lower-cased for English) → the cues starting with it, per language; a bit per
    // UTF-16 unit that starts some cue, so that most characters of a context cost one bit test.
    // Keyed by the first two characters (a one-character cue by its character and 0xFFFF).
    QHash<quint32, QVector<Cue>> m_cues[2];
    std::bitset<65536> m_cueStarts[2];
    // A cue of one character, and a hash of the first two of the longer ones: a character that starts
    // some cue (most English letters) is passed over unless what follows can continue one.
    std::bitset<65536> m_singleCues[2];
    std::bitset<65536> m_cuePairs[2];
    QHash<QString, int> m_cueIds[2];
    std::vector<int> m_cueLength[2];
};
