#include "figures/metriclexicon.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Counts the calls of classify() on this thread: the cues of a figure's sentence are found once per call.
thread_local quint64 t_classification = 0;

quint16 pairHash(char16_t first, char16_t second)
{
    return quint16((quint32(first) * 40503u) ^ second);
}

char16_t folded(char16_t c)
{
    return c < 128 ? (c >= u'A' && c <= u'Z' ? char16_t(c | 0x20) : c) : QChar(c).toLower().unicode();
}

// Whether text, lower-cased, is cue (lower-cased when loaded), with ASCII folded inline.
bool equalsFolded(QStringView text, const QString &cue)
{
    if (text.size() != cue.size())
        return false;
    const auto *c = reinterpret_cast<const char16_t *>(cue.utf16());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (folded(text.utf16()[i]) != c[i])
            return false;
    }
    return true;
}

bool isLetter(char16_t c)
{
    return c < 128 ? (c | 0x20) >= u'a' && (c | 0x20) <= u'z' : QChar(c).isLetter();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

bool familiesFrom(const QJsonValue &value, QVector<Figure::Family> &out, QString *error)
{
    for (const QString &name : strings(value)) {
        const int i = int(Figure::familyNames().indexOf(name));
        if (i < 0) {
            if (error)
                *error = QStringLiteral("unknown unit family \"%1\"").arg(name);
            return false;
        }
        out.append(Figure::Family(i));
    }
    return true;
}

} // namespace

const MetricLexicon &MetricLexicon::builtIn()
{
    static const MetricLexicon lexicon = [] {
        MetricLexicon l;
        QFile f(QStringLiteral(":/duizhao/metrics.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !l.loadJson(f.readAll(), &error))
            qWarning("metrics.json could not be loaded: %s", qPrintable(error));
        return l;
    }();
    return lexicon;
}

int MetricLexicon::cueId(const QString &raw, bool english)
{
    const QString cue = english ? raw.toLower() : raw;
    if (cue.isEmpty())
        return -1;
    int id = m_cueIds[english].value(cue, -1);
    if (id < 0) {
        id = int(m_cueLength[english].size());
        m_cueIds[english].insert(cue, id);
        const quint32 key =
            (quint32(cue.front().unicode()) << 16) | (cue.size() > 1 ? cue.at(1).unicode() : 0xFFFFu);
        m_cues[english][key].append({cue, id});
        m_cueStarts[english].set(cue.front().unicode());
        if (cue.size() == 1)
            m_singleCues[english].set(cue.front().unicode());
        else
            m_cuePairs[english].set(pairHash(cue.at(0).unicode(), cue.at(1).unicode()));
        m_cueLength[english].push_back(int(cue.size()));
        m_rulesOfCue[english].emplace_back();
    }
    return id;
}

bool MetricLexicon::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    m_metrics.clear();
    m_rules.clear();
    for (int e = 0; e < 2; ++e) {
        m_cues[e].clear();
        m_cueStarts[e].reset();
        m_singleCues[e].reset();
        m_cuePairs[e].reset();
        m_cueIds[e].clear();
        m_cueLength[e].clear();
        m_rulesOfCue[e].clear();
    }
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QLatin1String("metrics")).toArray()) {
        const QJsonObject o = v.toObject();
        Metric m{o.value(QLatin1String("name")).toString(),
                 o.value(QLatin1String("en")).toString(),
                 o.value(QLatin1String("zh")).toString(),
                 {}};
        if (!familiesFrom(o.value(QLatin1String("families")), m.families, error))
            return false;
        m_metrics.append(m);
    }
    if (!metric(QStringLiteral("other")) || !metric(QStringLiteral("duration"))) {
        if (error)
            *error = QStringLiteral("the metrics \"other\" and \"duration\" are missing");
        return false;
    }
    for (const QJsonValue &v : root.value(QLatin1String("rules")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("metric")).toString();
        const Metric *m = metric(name);
        if (!m) {
            if (error)
                *error = QStringLiteral("rule for unknown metric \"%1\"").arg(name);
            return false;
        }
        Rule rule;
        rule.metric = int(m - m_metrics.constData());
        rule.priority = o.value(QLatin1String("priority")).toBool();
        rule.countedOnly = o.value(QLatin1String("counted_only")).toBool();
        if (!familiesFrom(o.value(QLatin1String("families")), rule.families, error))
            return false;
        rule.strict = !rule.families.isEmpty();
        if (rule.families.isEmpty())
            rule.families = m->families;
        const int index = int(m_rules.size());
        for (int e = 0; e < 2; ++e) {
            const bool english = e == 1;
            for (const QString &cue : strings(o.value(english ? QLatin1String("en") : QLatin1String("zh")))) {
                const int id = cueId(cue, english);
                if (id >= 0 &&
                    (m_rulesOfCue[e][size_t(id)].empty() || m_rulesOfCue[e][size_t(id)].back() != index))
                    m_rulesOfCue[e][size_t(id)].push_back(index);
            }
            for (const QString &cue :
                 strings(o.value(english ? QLatin1String("also_en") : QLatin1String("also_zh")))) {
                if (const int id = cueId(cue, english); id >= 0)
                    rule.also[e].push_back(id);
            }
        }
        m_rules.append(rule);
    }
    return true;
}

const MetricLexicon::Metric *MetricLexicon::metric(const QString &name) const
{
    for (const Metric &m : m_metrics) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

void MetricLexicon::findCues(QStringView text, bool english, std::vector<Match> &out) const
{
    out.clear();
    const QHash<quint32, QVector<Cue>> &index = m_cues[english];
    const std::bitset<65536> &starts = m_cueStarts[english];
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = s[i];
        if (english) {
            // English cues are whole words, with a plural's s or es ("cooperative" in "cooperatives").
            if (i > 0 && isLetter(s[i - 1]))
                continue;
            c = folded(c);
        }
        if (!starts.test(c))
            continue;
        const char16_t second = i + 1 < n ? (english ? folded(s[i + 1]) : s[i + 1]) : 0;
        const bool single = m_singleCues[english].test(c);
        const bool pair = m_cuePairs[english].test(pairHash(c, second));
        if (!single && !pair)
            continue;
        for (int k = 0; k < 2; ++k) {
            if (!(k == 0 ? single : pair))
                continue;
            const auto it = index.constFind((quint32(c) << 16) | (k == 0 ? 0xFFFFu : quint32(second)));
            if (it == index.cend())
                continue;
            for (const Cue &cue : *it) {
                qsizetype end = i + cue.text.size();
                if (end > n)
                    continue;
                const QStringView candidate = text.mid(i, cue.text.size());
                if (english) {
                    if (!equalsFolded(candidate, cue.text))
                        continue;
                    if (end < n && isLetter(s[end])) {
                        if (folded(s[end]) == u's' && (end + 1 == n || !isLetter(s[end + 1])))
                            ++end;
                        else if (end + 1 < n && folded(s[end]) == u'e' && folded(s[end + 1]) == u's' &&
                                 (end + 2 == n || !isLetter(s[end + 2])))
                            end += 2;
                        else
                            continue;
                    }
                } else if (candidate != cue.text) {
                    continue;
                }
                out.push_back({cue.id, int(i), int(end)});
            }
        }
    }
}

bool MetricLexicon::applies(const Rule &rule, Figure::Family family, bool english, QStringView sentence) const
{
    using F = Figure::Family;
    // A share or growth of anything (and a fraction, whose family is its whole's) fits every metric.
    // A rule's own families are strict: crop names count sown area only when the unit is one of area.
    const bool any = !rule.strict && (family == F::Percent || family == F::Multiple || family == F::Other);
    if (!any && !rule.families.isEmpty() && !rule.families.contains(family))
        return false;
    if (rule.also[english].empty())
        return true;
    // The sentence's cues, found once per figure (classify() clears the cache) however many rules ask.
    thread_local std::vector<Match> found;
    thread_local quint64 foundFor = 0;
    if (foundFor != t_classification) {
        findCues(sentence, english, found);
        foundFor = t_classification;
    }
    return std::any_of(found.cbegin(), found.cend(), [&](const Match &m) {
        return std::find(rule.also[english].cbegin(), rule.also[english].cend(), m.cue) !=
               rule.also[english].cend();
    });
}

int MetricLexicon::ruleFor(int cue, Figure::Family family, bool english, QStringView sentence,
                           bool priorityOnly, bool inCounted) const
{
    for (const int r : m_rulesOfCue[english][size_t(cue)]) {
        const Rule &rule = m_rules.at(r);
        if ((priorityOnly && !rule.priority) || (rule.countedOnly && !inCounted))
            continue;
        if (applies(rule, family, english, sentence))
            return r;
    }
    return -1;
}

QString MetricLexicon::classify(Article::Language language, const Context &c) const
{
    // A duration counts time, whatever the sentence is about: it never joins a chart's metric.
    if (c.kind == Figure::Kind::Duration)
        return QStringLiteral("duration");
    const bool english = language == Article::Language::English;
    ++t_classification;
    // Each text is scanned once; the passes below pick from its matches.
    thread_local std::vector<Match> counted, before, after, ordered;
    findCues(c.counted, english, counted);
    findCues(c.before, english, before);
    findCues(c.after, english, after);
    auto pick = [&](const std::vector<Match> &found, int from, int to, bool nearestEndFirst,
                    bool priorityOnly, bool singles, bool inCounted) -> int {
        ordered.clear();
        for (const Match &m : found) {
            if (m.start >= from && m.end <= to && (english || singles || m.end - m.start >= 2))
                ordered.push_back(m);
        }
        // The cue nearest the head (the end of a Chinese phrase, the number's side of a context),
        // the longer of two that end together.
        std::stable_sort(ordered.begin(), ordered.end(), [&](const Match &a, const Match &b) {
            if (nearestEndFirst ? a.end != b.end : a.start != b.start)
                return nearestEndFirst ? a.end > b.end : a.start < b.start;
            return a.end - a.start > b.end - b.start;
        });
        for (const Match &m : ordered) {
            if (const int r = ruleFor(m.cue, c.family, english, c.sentence, priorityOnly, inCounted); r >= 0)
                return m_rules.at(r).metric;
        }
        return -1;
    };
    const int nearBefore = english ? 24 : 10, nearAfter = english ? 16 : 6;
    const int nb = int(c.before.size()), na = int(c.after.size()), nc = int(c.counted.size());
    int m = pick(counted, 0, nc, true, true, true, true);
    if (m < 0)
        m = pick(before, qMax(0, nb - nearBefore), nb, true, true, false, false);
    if (m < 0)
        m = pick(after, 0, qMin(na, nearAfter), false, true, false, false);
    // English heads stand first in "members of cooperatives" but last in "credit cooperatives": the
    // reader cuts the phrase at "of", so the last cue is the head in both languages.
    if (m < 0)
        m = pick(counted, 0, nc, true, false, true, true);
    if (m < 0)
        m = pick(before, 0, nb, true, false, false, false);
    if (m < 0)
        m = pick(after, 0, na, false, false, false, false);
    return m >= 0 ? m_metrics.at(m).name : QStringLiteral("other");
}
