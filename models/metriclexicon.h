#pragma once

#include "article.h"
#include "figure.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

// What a figure counts (cooperatives, members, contract value, …), decided by ordered rules loaded
// from data (resources/metrics.json): cue words before or after the figure, its unit and its kind.
// The Chinese and English cues of one rule describe the same thing, so a figure and its translation
// land on the same metric.
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

    MetricLexicon() = default;
    static const MetricLexicon &builtIn();
    bool loadJson(const QByteArray &json, QString *error = nullptr);

    QString classify(Article::Language language, const Context &context) const;
    const QVector<Metric> &metrics() const { return m_metrics; }
    const Metric *metric(const QString &name) const;

private:
    struct Side
    {
        QStringList before;
        QStringList after;
        QStringList near;
        QStringList also;
        QStringList units;
        bool isEmpty() const
        {
            return before.isEmpty() && after.isEmpty() && near.isEmpty() && also.isEmpty() && units.isEmpty();
        }
    };
    struct Rule
    {
        QString metric;
        QVector<Figure::Kind> kinds;
        Side chinese;
        Side english;
    };
    static bool matches(const Side &side, const Context &context, bool english);

    QVector<Metric> m_metrics;
    QVector<Rule> m_rules;
};
