#include "devsetscorer.h"

#include "places/gazetteer.h"
#include "text/codepointindex.h"

#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

const Gazetteer &gazetteer()
{
    return Gazetteer::builtIn();
}

QString placeName(const QString &id)
{
    return gazetteer().name(id);
}

bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

// The program's unit in the labels' vocabulary (canonical English, singular).
QString normalUnit(QString unit)
{
    unit = unit.toLower();
    static const QMap<QString, QString> synonyms = {{QStringLiteral("catty"), QStringLiteral("jin")},
                                                    {QStringLiteral("catties"), QStringLiteral("jin")},
                                                    {QStringLiteral("picul"), QStringLiteral("dan")},
                                                    {QStringLiteral("tons"), QStringLiteral("ton")},
                                                    {QStringLiteral("kilowatt"), QStringLiteral("kw")},
                                                    {QStringLiteral("kilometre"), QStringLiteral("km")},
                                                    {QStringLiteral("kilometer"), QStringLiteral("km")}};
    return synonyms.value(unit, unit);
}

// Whether the program's counted thing names the labelled one: the labels give the shortest noun
// phrase, the program may read a word more or less (交售新棉 for 新棉, 社员 for 加入高级社的社员), so
// one containing the other counts, as does the same head (a Chinese phrase's last two characters, an
// English phrase's last word without its plural s).
bool sameCounted(const QString &program, const QString &label, bool chinese)
{
    auto normal = [&](QString t) {
        t = t.simplified();
        if (!chinese) {
            t = t.toLower();
            for (const QString &lead : {QStringLiteral("the "), QStringLiteral("a "), QStringLiteral("an ")})
                if (t.startsWith(lead))
                    t = t.mid(lead.size());
        }
        return t;
    };
    const QString p = normal(program), l = normal(label);
    if (p.isEmpty() || l.isEmpty())
        return p.isEmpty() && l.isEmpty();
    if (p.contains(l) || l.contains(p))
        return true;
    auto head = [&](const QString &t) {
        if (chinese)
            return t.right(2);
        QString w = t.section(QLatin1Char(' '), -1);
        if (w.endsWith(QLatin1Char('s')))
            w.chop(1);
        return w;
    };
    return head(p) == head(l);
}

QSet<QString> parts(const QString &field)
{
    QSet<QString> out;
    for (const QString &p : field.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        out.insert(p.trimmed());
    return out;
}

// Whether the program's place (one id, or several ';'-separated for a list: 湖南、宁夏两省) is the
// labelled region as written: each place names one of the labelled parts, and every part is named.
bool sameRegion(const QString &placeIds, const QString &region)
{
    const QSet<QString> labelled = parts(region);
    const QStringList ids = placeIds.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (labelled.isEmpty() || ids.size() != labelled.size())
        return false;
    QSet<QString> named;
    for (const QString &id : ids) {
        const Gazetteer::Place *place = gazetteer().place(id);
        const auto it = place
                            ? std::find_if(labelled.cbegin(), labelled.cend(),
                                           [&](const QString &part) { return place->zhNames.contains(part); })
                            : labelled.cend();
        if (it == labelled.cend())
            return false;
        named.insert(*it);
    }
    return named == labelled;
}

// The labelled disagreement kind a finding of the program claims.
QString claimedKind(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::ValueMismatch:
        return QStringLiteral("value");
    case Finding::Kind::ScaleError:
        return QStringLiteral("scale");
    case Finding::Kind::ApproximationLost:
        return QStringLiteral("approximation_lost");
    case Finding::Kind::ApproximationAdded:
        return QStringLiteral("approximation_added");
    case Finding::Kind::InventedPrecision:
        return QStringLiteral("invented_precision");
    case Finding::Kind::MissingFigure:
    case Finding::Kind::Unaligned:
        return QStringLiteral("missing");
    case Finding::Kind::AddedFigure:
        return QStringLiteral("added");
    case Finding::Kind::DateMismatch:
        return QStringLiteral("date");
    case Finding::Kind::Untranslated:
        return QStringLiteral("untranslated");
    case Finding::Kind::Truncated:
        return QStringLiteral("truncated");
    }
    return {};
}

} // namespace

double DevsetScorer::Detection::precision() const
{
    const int found = truePositives + falsePositives;
    return found ? double(truePositives) / found : 0;
}

double DevsetScorer::Detection::recall() const
{
    const int labelled = truePositives + falseNegatives;
    return labelled ? double(truePositives) / labelled : 0;
}

double DevsetScorer::Detection::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

const QStringList &DevsetScorer::attributes()
{
    static const QStringList names = {QStringLiteral("value"),   QStringLiteral("approx"),
                                      QStringLiteral("kind"),    QStringLiteral("unit"),
                                      QStringLiteral("family"),  QStringLiteral("metric"),
                                      QStringLiteral("counted"), QStringLiteral("role"),
                                      QStringLiteral("region"),  QStringLiteral("province")};
    return names;
}

void DevsetScorer::miss(const LabelFile &labels, const QString &what)
{
    m_misses << QFileInfo(labels.articlePath).fileName() + QStringLiteral(": ") + what;
}

void DevsetScorer::add(const LabelFile &labels, const ArticleAnalysis &analysis)
{
    ++m_articles;
    QVector<int> zhProgramOfLabel, zhLabelOfProgram, enProgramOfLabel, enLabelOfProgram;
    scoreFigures(labels, analysis, true, zhProgramOfLabel, zhLabelOfProgram);
    scoreFigures(labels, analysis, false, enProgramOfLabel, enLabelOfProgram);

    // Pairing, over the Chinese figures found on both sides: the program's counterpart must be the
    // labelled one, and a figure the labels leave unpaired must stay unpaired.
    const Figures &zh = analysis.chineseFigures;
    for (int l = 0; l < labels.figures.size(); ++l) {
        const LabelFile::Figure &lf = labels.figures.at(l);
        const int p = zhProgramOfLabel.value(l, -1);
        if (!lf.chinese || p < 0)
            continue;
        int expected = -1;
        if (!lf.pair.isEmpty()) {
            const auto it = std::find_if(labels.figures.cbegin(), labels.figures.cend(),
                                         [&](const LabelFile::Figure &f) { return f.id == lf.pair; });
            expected = it == labels.figures.cend()
                           ? -1
                           : enProgramOfLabel.value(int(it - labels.figures.cbegin()), -1);
            if (expected < 0)
                continue; // its counterpart was not found: counted as an extraction miss already
        }
        const bool ok = zh.at(p).pair == expected;
        m_pairing.count(ok);
        if (!ok)
            miss(labels,
                 QStringLiteral("pair %1 %2: labelled %3, program %4")
                     .arg(lf.id, lf.text, lf.pair.isEmpty() ? QStringLiteral("none") : lf.pair,
                          zh.at(p).pair < 0 ? QStringLiteral("none")
                                            : analysis.englishFigures.at(zh.at(p).pair).text.toString()));
    }
    scoreAlignment(labels, analysis);
    scoreCheck(labels, analysis, zhLabelOfProgram, enLabelOfProgram);
    m_planted.add(analysis, m_misses);
}

void DevsetScorer::scoreFigures(const LabelFile &labels, const ArticleAnalysis &analysis, bool chinese,
                                QVector<int> &programOfLabel, QVector<int> &labelOfProgram)
{
    const Figures &figures = chinese ? analysis.chineseFigures : analysis.englishFigures;
    const CodePointIndex codePoints(analysis.article.text);
    QVector<std::pair<int, int>> spans;
    for (const Figure &f : figures)
        spans.append({codePoints.offset(f.range.start), codePoints.offset(f.range.end)});
    programOfLabel.fill(-1, labels.figures.size());
    labelOfProgram.fill(-1, figures.size());

    // Greedy by overlap: the label and program figure that share most characters are matched first.
    struct Candidate
    {
        int overlap, label, program;
    };
    QVector<Candidate> candidates;
    for (int l = 0; l < labels.figures.size(); ++l) {
        const LabelFile::Figure &lf = labels.figures.at(l);
        if (lf.chinese != chinese)
            continue;
        for (int p = 0; p < spans.size(); ++p) {
            const int overlap = std::min(lf.end, spans.at(p).second) - std::max(lf.start, spans.at(p).first);
            if (overlap > 0)
                candidates.append({overlap, l, p});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.overlap > b.overlap; });
    for (const Candidate &c : candidates) {
        if (programOfLabel.at(c.label) < 0 && labelOfProgram.at(c.program) < 0) {
            programOfLabel[c.label] = c.program;
            labelOfProgram[c.program] = c.label;
        }
    }

    const int lang = chinese ? 0 : 1;
    const QString code = chinese ? QStringLiteral("zh") : QStringLiteral("en");
    Detection &detection = m_figures[lang];
    for (int p = 0; p < figures.size(); ++p) {
        if (labelOfProgram.at(p) >= 0)
            continue;
        ++detection.falsePositives;
        miss(labels, QStringLiteral("%1 not a figure: %2 (%3)")
                         .arg(code, figures.at(p).text.toString())
                         .arg(spans.at(p).first));
    }
    for (int l = 0; l < labels.figures.size(); ++l) {
        const LabelFile::Figure &lf = labels.figures.at(l);
        if (lf.chinese != chinese)
            continue;
        const int p = programOfLabel.at(l);
        if (p < 0) {
            ++detection.falseNegatives;
            miss(labels, QStringLiteral("%1 missed %2: %3 (%4)").arg(code, lf.id, lf.text).arg(lf.start));
            continue;
        }
        ++detection.truePositives;
        const Figure &f = figures.at(p);
        const Quantity &q = f.quantity;
        const bool programRange = q.isRange || f.kind == Figure::Kind::Range;
        const bool valueOk = lf.isRange ? programRange && same(q.low, lf.low) && same(q.high, lf.high)
                                        : !programRange && same(q.value, lf.value);
        const QString province = placeName(f.provinceId);
        const QMap<QString, std::pair<bool, QString>> verdicts = {
            {QStringLiteral("value"),
             {valueOk, programRange ? number(q.low) + QLatin1Char('-') + number(q.high) : number(q.value)}},
            {QStringLiteral("approx"),
             {Figure::approxName(q.approx) == lf.approx, Figure::approxName(q.approx)}},
            {QStringLiteral("kind"), {Figure::kindName(f.kind) == lf.kind, Figure::kindName(f.kind)}},
            {QStringLiteral("unit"), {normalUnit(q.unit) == lf.unit, q.unit}},
            {QStringLiteral("family"),
             {Figure::familyName(f.family) == lf.family, Figure::familyName(f.family)}},
            {QStringLiteral("metric"), {f.metric == lf.metric, f.metric}},
            {QStringLiteral("counted"), {sameCounted(f.counted, lf.counted, chinese), f.counted}},
            {QStringLiteral("role"), {Figure::roleName(f.role) == lf.role, Figure::roleName(f.role)}},
            {QStringLiteral("region"), {sameRegion(f.placeId, lf.region), gazetteer().name(f.placeId)}},
            {QStringLiteral("province"),
             {!province.isEmpty() && parts(province) == parts(lf.province), province}},
        };
        const QMap<QString, QString> labelled = {
            {QStringLiteral("value"),
             lf.isRange ? number(lf.low) + QLatin1Char('-') + number(lf.high) : number(lf.value)},
            {QStringLiteral("approx"), lf.approx},
            {QStringLiteral("kind"), lf.kind},
            {QStringLiteral("unit"), lf.unit},
            {QStringLiteral("family"), lf.family},
            {QStringLiteral("metric"), lf.metric},
            {QStringLiteral("counted"), lf.counted},
            {QStringLiteral("role"), lf.role},
            {QStringLiteral("region"), lf.region},
            {QStringLiteral("province"), lf.province}};
        for (const QString &name : attributes()) {
            // A unit is labelled for money and measures only; a place only where the text gives one.
            if (name == QLatin1String("unit") && lf.unit.isEmpty())
                continue;
            if ((name == QLatin1String("region") || name == QLatin1String("province")) &&
                lf.province.isEmpty())
                continue;
            const auto &[ok, programValue] = verdicts.value(name);
            m_attributes[lang][name].count(ok);
            if (!ok)
                miss(labels, QStringLiteral("%1 %2 %3 %4: labelled %5, program %6")
                                 .arg(code, name, lf.id, lf.text, labelled.value(name), programValue));
        }
    }
}

void DevsetScorer::scoreAlignment(const LabelFile &labels, const ArticleAnalysis &analysis)
{
    using Key = std::pair<QVector<int>, QVector<int>>;
    auto sorted = [](QVector<int> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    QSet<QString> labelled;
    auto key = [](const Key &k) -> QString {
        QStringList zh, en;
        for (int i : k.first)
            zh << QString::number(i);
        for (int i : k.second)
            en << QString::number(i);
        return zh.join(QLatin1Char(',')) + QLatin1Char('|') + en.join(QLatin1Char(','));
    };
    for (const LabelFile::Group &g : labels.groups)
        labelled.insert(key({sorted(g.chinese), sorted(g.english)}));
    QSet<QString> matched;
    for (const Alignment::Group &g : analysis.alignment.groups) {
        QVector<int> zh, en;
        for (int s : g.chinese)
            zh << s;
        for (int s : g.english)
            en << s;
        const QString k = key({sorted(zh), sorted(en)});
        if (labelled.contains(k)) {
            ++m_groups.truePositives;
            matched.insert(k);
        } else {
            ++m_groups.falsePositives;
            miss(labels, QStringLiteral("alignment group not labelled: zh %1").arg(k));
        }
    }
    for (const QString &k : labelled) {
        if (!matched.contains(k)) {
            ++m_groups.falseNegatives;
            miss(labels, QStringLiteral("alignment group missed: zh %1").arg(k));
        }
    }
}

void DevsetScorer::scoreCheck(const LabelFile &labels, const ArticleAnalysis &analysis,
                              const QVector<int> &zhLabelOfProgram, const QVector<int> &enLabelOfProgram)
{
    QVector<bool> found(labels.disagreements.size(), false);
    for (const Finding &finding : analysis.findings) {
        if (finding.severity == Finding::Severity::Note)
            continue;
        const QString zhId =
            finding.chineseFigure >= 0 && zhLabelOfProgram.value(finding.chineseFigure, -1) >= 0
                ? labels.figures.at(zhLabelOfProgram.at(finding.chineseFigure)).id
                : QString();
        const QString enId =
            finding.englishFigure >= 0 && enLabelOfProgram.value(finding.englishFigure, -1) >= 0
                ? labels.figures.at(enLabelOfProgram.at(finding.englishFigure)).id
                : QString();
        const QString claimed = claimedKind(finding.kind);
        bool isTrue = false;
        for (int d = 0; d < labels.disagreements.size(); ++d) {
            const LabelFile::Disagreement &dis = labels.disagreements.at(d);
            bool hit = (!zhId.isEmpty() && dis.chinese.contains(zhId)) ||
                       (!enId.isEmpty() && dis.english.contains(enId));
            const bool aboutWords = dis.chinese.isEmpty() && dis.english.isEmpty();
            // A date finding names the dates, not the figures the labels hang it on.
            const bool findingOfWords = finding.chineseFigure < 0 && finding.englishFigure < 0;
            if (!hit && (aboutWords || findingOfWords) && claimed == dis.kind) {
                // Disagreements about words, not figures: the words must be the finding's.
                const QStringList words = dis.text.split(QStringLiteral(" / "), Qt::SkipEmptyParts);
                hit = words.isEmpty() || std::any_of(words.cbegin(), words.cend(), [&](const QString &w) {
                          return finding.chineseText.contains(w) || finding.englishText.contains(w) ||
                                 finding.message.contains(w);
                      });
            }
            if (hit) {
                isTrue = true;
                found[d] = true;
            }
        }
        Detection &byKind = m_findingsByKind[Finding::kindName(finding.kind)];
        if (isTrue) {
            ++byKind.truePositives;
            ++m_check.truePositives;
        } else {
            ++byKind.falsePositives;
            ++m_check.falsePositives;
            miss(labels, QStringLiteral("false %1 %2: %3")
                             .arg(Finding::severityName(finding.severity), Finding::kindName(finding.kind),
                                  finding.message));
        }
    }
    for (int d = 0; d < labels.disagreements.size(); ++d) {
        const LabelFile::Disagreement &dis = labels.disagreements.at(d);
        m_recallByKind[dis.kind].count(found.at(d));
        // Recall counts disagreements, not findings: two findings on one error find it once.
        m_disagreements.count(found.at(d));
        if (!found.at(d)) {
            miss(labels, QStringLiteral("disagreement not found: %1 %2/%3 %4 (%5)")
                             .arg(dis.kind, dis.chinese.join(QLatin1Char(',')),
                                  dis.english.join(QLatin1Char(',')), dis.text, dis.note));
        }
    }
}

QMap<QString, double> DevsetScorer::measures() const
{
    QMap<QString, double> m;
    static const char *codes[] = {"zh", "en"};
    Detection all;
    for (int lang = 0; lang < 2; ++lang) {
        const QString c = QLatin1String(codes[lang]);
        const Detection &d = m_figures[lang];
        m[QStringLiteral("figures.%1.precision").arg(c)] = d.precision();
        m[QStringLiteral("figures.%1.recall").arg(c)] = d.recall();
        m[QStringLiteral("figures.%1.f1").arg(c)] = d.f1();
        all.truePositives += d.truePositives;
        all.falsePositives += d.falsePositives;
        all.falseNegatives += d.falseNegatives;
    }
    m[QStringLiteral("figures.f1")] = all.f1();
    for (const QString &name : attributes()) {
        Tally total;
        for (int lang = 0; lang < 2; ++lang) {
            const Tally t = m_attributes[lang].value(name);
            m[QStringLiteral("%1.%2").arg(name, QLatin1String(codes[lang]))] = t.rate();
            total.right += t.right;
            total.total += t.total;
        }
        m[name] = total.rate();
    }
    m[QStringLiteral("pairing")] = m_pairing.rate();
    m[QStringLiteral("alignment.precision")] = m_groups.precision();
    m[QStringLiteral("alignment.recall")] = m_groups.recall();
    m[QStringLiteral("alignment.f1")] = m_groups.f1();
    m[QStringLiteral("check.precision")] = m_check.precision();
    m[QStringLiteral("check.recall")] = m_disagreements.rate();
    const QMap<QString, double> planted = m_planted.measures();
    for (auto it = planted.cbegin(); it != planted.cend(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

QString DevsetScorer::report() const
{
    QString text;
    QTextStream s(&text);
    auto pct = [](double v) { return QString::number(100 * v, 'f', 1); };
    s << "Development set: " << m_articles << " labelled articles\n\n";
    s << "| measure | zh | en | all |\n|---|---|---|---|\n";
    const QMap<QString, double> m = measures();
    const int zhLabelled = m_figures[0].truePositives + m_figures[0].falseNegatives;
    const int enLabelled = m_figures[1].truePositives + m_figures[1].falseNegatives;
    s << "| figures labelled | " << zhLabelled << " | " << enLabelled << " | " << zhLabelled + enLabelled
      << " |\n";
    for (const char *what : {"precision", "recall", "f1"}) {
        const QString w = QLatin1String(what);
        s << "| figures: " << (w == QLatin1String("f1") ? QStringLiteral("F1") : w) << " | "
          << pct(m.value(QStringLiteral("figures.zh.") + w)) << " | "
          << pct(m.value(QStringLiteral("figures.en.") + w)) << " | "
          << (w == QLatin1String("f1") ? pct(m.value(QStringLiteral("figures.f1"))) : QString()) << " |\n";
    }
    for (const QString &name : attributes()) {
        const int n = m_attributes[0].value(name).total + m_attributes[1].value(name).total;
        s << "| " << name << " right (of " << n << " matched) | "
          << pct(m.value(name + QStringLiteral(".zh"))) << " | " << pct(m.value(name + QStringLiteral(".en")))
          << " | " << pct(m.value(name)) << " |\n";
    }
    s << "| pairing right (of " << m_pairing.total << ") | | | " << pct(m_pairing.rate()) << " |\n";
    s << "| alignment exact groups: P / R / F1 | | | " << pct(m_groups.precision()) << " / "
      << pct(m_groups.recall()) << " / " << pct(m_groups.f1()) << " |\n\n";

    s << "Check: " << m_check.truePositives + m_check.falsePositives << " warnings and errors, "
      << m_check.truePositives << " true (precision " << pct(m_check.precision()) << " %), "
      << QString::number(m_articles ? double(m_check.falsePositives) / m_articles : 0, 'f', 2)
      << " false per article; " << m_disagreements.total << " labelled disagreements, "
      << m_disagreements.right << " found (recall " << pct(m_disagreements.rate()) << " %).\n\n";
    s << "| finding kind | warnings + errors | true | precision |\n|---|---|---|---|\n";
    for (auto it = m_findingsByKind.cbegin(); it != m_findingsByKind.cend(); ++it)
        s << "| " << it.key() << " | " << it->truePositives + it->falsePositives << " | " << it->truePositives
          << " | " << pct(it->precision()) << " |\n";
    s << "\n| labelled disagreement | count | found | recall |\n|---|---|---|---|\n";
    for (auto it = m_recallByKind.cbegin(); it != m_recallByKind.cend(); ++it)
        s << "| " << it.key() << " | " << it->total << " | " << it->right << " | " << pct(it->rate())
          << " |\n";
    s << "\nPlanted errors, one of each kind where the article has a place for it, each found with its kind "
         "on the planted figure:\n\n"
      << m_planted.report();
    return text;
}
