#include "check/findingssummary.h"

void FindingsSummary::add(const QString &article, const Findings &findings)
{
    ++m_articles;
    Counts counts{};
    for (const Finding &f : findings) {
        if (!keeps(f))
            continue;
        const int s = int(f.severity);
        ++counts[size_t(s)];
        ++m_total[size_t(s)];
        ++m_byKind[Finding::kindName(f.kind)][size_t(s)];
    }
    if (counts[0] + counts[1] + counts[2] > 0)
        m_byArticle.append({article, counts});
}

namespace {

// English plurals by hand: %n forms would need an English translation file loaded.
QString counted(int n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace

QString FindingsSummary::countsText(const Counts &counts) const
{
    QStringList parts;
    parts << counted(counts[0], tr("%1 error"), tr("%1 errors"));
    if (int(m_minimum) >= int(Finding::Severity::Warning))
        parts << counted(counts[1], tr("%1 warning"), tr("%1 warnings"));
    if (m_minimum == Finding::Severity::Note)
        parts << counted(counts[2], tr("%1 note"), tr("%1 notes"));
    return parts.join(QStringLiteral(", "));
}

QString FindingsSummary::text() const
{
    QString out = counted(m_articles, tr("Summary: %1 article checked"), tr("Summary: %1 articles checked")) +
                  QStringLiteral(", ") + tr("%1 with findings").arg(m_byArticle.size()) +
                  QStringLiteral("; ") + countsText(m_total) + QStringLiteral(".\n");
    if (count() == 0)
        return out;
    out += tr("By kind:") + QLatin1Char('\n');
    for (auto it = m_byKind.cbegin(); it != m_byKind.cend(); ++it)
        out += QStringLiteral("  %1 %2\n").arg(it.key() + QLatin1Char(':'), -22).arg(countsText(it.value()));
    out += tr("By article:") + QLatin1Char('\n');
    for (const auto &[article, counts] : m_byArticle)
        out += QStringLiteral("  %1: %2\n").arg(article, countsText(counts));
    return out;
}
