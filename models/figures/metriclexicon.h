#pragma once

#include "figures/englishwords.h"
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
// A sentence is scanned once for all cues (indexed by their first two characters), and every figure
// in it picks its contexts' cues from that scan.
class MetricLexicon
{
public:
    struct Match
    {
        int cue = 0;
        int start = 0;
        int end = 0;
    };
    // The cues of one sentence, in order of their start, found once for all of its figures.
    struct SentenceCues
    {
        QStringView text;
        std::vector<Match> matches;
    };

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

    // words: the sentence's English words, when the caller has them (else they are read here).
    void scan(Article::Language language, QStringView sentence, SentenceCues &out,
              const std::vector<EnglishWords::Token> *words = nullptr) const;
    // The contexts are views into cues->text when cues is given; a context outside it (a counted
    // phrase carried from the figure before) is scanned on its own.
    QString classify(Article::Language language, const Context &context,
                     const SentenceCues *cues = nullptr) const;
    const QVector<Metric> &metrics() const { return m_metrics; }
    const Metric *metric(const QString &name) const;
    // What a figure of this family counts when no word says more (persons: people; mu: area), else
    // "other".
    QString defaultFor(Figure::Family family) const;

private:
    struct Rule
    {
        int metric = 0; // index into m_metrics
        QVector<Figure::Family> families;
        bool strict = false;      // the rule's own families: no share or growth passes them
        std::vector<int> also[2]; // cue ids, per language: one must stand in the sentence
        bool priority = false;
        bool rate = false;        // a rate per unit (每亩, per mu): tried first, over the whole contexts
        bool countedOnly = false; // its words name the thing only in the counted phrase (县 is where)
    };
    struct Cue
    {
        QString text; // lower-cased for English
        int id = 0;
    };
    int cueId(const QString &text, bool english);
    void findCues(QStringView text, bool english, std::vector<Match> &out) const;
    void findWords(QStringView text, const std::vector<EnglishWords::Token> &words,
                   std::vector<Match> &out) const;
    // The matches of cues within view: from the sentence's scan when view lies in it, else its own.
    void cuesIn(QStringView view, bool english, const SentenceCues *cues, std::vector<Match> &out) const;
    bool applies(const Rule &rule, Figure::Family family, bool english,
                 const std::vector<Match> &window) const;
    // The first rule (in order) that has cue and applies; -1 when none.
    enum class Pass
    {
        Rate,
        Priority,
        Any
    };
    int ruleFor(int cue, Figure::Family family, bool english, const std::vector<Match> &window, Pass pass,
                bool inCounted) const;

    QVector<Metric> m_metrics;
    QHash<int, QString> m_defaults; // unit family → metric
    QVector<Rule> m_rules;
    // Per language: cue id → the rules that name it, in order.
    std::vector<std::vector<int>> m_rulesOfCue[2];
    // Chinese cues by their first two characters (a one-character cue by its character and 0xFFFF),
    // with a bit per character that starts some cue and per hash of a cue's first two: most
    // characters of a text cost one bit test.
    QHash<quint32, QVector<Cue>> m_cues;
    std::bitset<65536> m_cueStarts;
    std::bitset<65536> m_singleCues;
    std::bitset<65536> m_cuePairs;
    QHash<QString, int> m_cueIds[2];
    std::vector<QString> m_cueText[2];
    // English cues by a hash of their first word (lower-cased): a text is read word by word, each
    // word looked up once, not compared with every cue that shares its first letters.
    QHash<quint64, std::vector<int>> m_firstWords;
    std::bitset<65536> m_firstWordBits; // by the hash's low bits: most words are not looked up
};
