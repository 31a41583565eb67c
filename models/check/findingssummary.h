#pragma once

#include "check/finding.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QVector>

#include <array>

// Counts of findings by severity and kind, per article and in total, at or above a chosen severity:
// the summary `duizhao check` prints after its findings and the findings dock shows in its header.
class FindingsSummary
{
    Q_DECLARE_TR_FUNCTIONS(FindingsSummary)

public:
    using Counts = std::array<int, 3>; // by Finding::Severity: error, warning, note

    explicit FindingsSummary(Finding::Severity minimum = Finding::Severity::Note) : m_minimum(minimum) {}

    // Whether a finding is at least as grave as the minimum (errors are the gravest).
    bool keeps(const Finding &finding) const { return int(finding.severity) <= int(m_minimum); }
    void add(const QString &article, const Findings &findings);

    const Counts &total() const { return m_total; }
    int count() const { return m_total[0] + m_total[1] + m_total[2]; }
    int articles() const { return m_articles; }

    // "1 error, 46 warnings, 230 notes" (the severities below the minimum left out).
    QString countsText(const Counts &counts) const;
    // The whole summary as plain text: the totals, then per kind and per article with findings.
    QString text() const;

private:
    Finding::Severity m_minimum;
    int m_articles = 0;
    Counts m_total{};
    QMap<QString, Counts> m_byKind;
    QVector<std::pair<QString, Counts>> m_byArticle;
};
