#include "figures/metriclexicon.h"

#include "figures/englishwords.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using EnglishWords::folded;
using EnglishWords::isLetter;

quint16 pairHash(char16_t first, char16_t second)
{
    return quint16((quint32(first) * 40503u) ^ second);
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
        id = int(m_cueText[english].size());
        m_cueIds[english].insert(cue, id);
        m_cueText[english].push_back(cue);
        if (english) {
            qsizetype w = 0;
            while (w < cue.size() && isLetter(cue.at(w).unicode()))
                ++w;
            const quint64 h = EnglishWords::hash(cue.utf16(), w);
            m_firstWords[h].push_back(id);
            m_firstWordBits.set(h & 0xFFFF);
        } else {
            const quint32 key =
                (quint32(cue.front().unicode()) << 16) | (cue.size() > 1 ? cue.at(1).unicode() : 0xFFFFu);
            m_cues[key].append({cue, id});
            m_cueStarts.set(cue.front().unicode());
            if (cue.size() == 1)
                m_singleCues.set(cue.front().unicode());
            else
                m_cuePairs.set(pairHash(cue.at(0).unicode(), cue.at(1).unicode()));
        }
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
    m_defaults.clear();
    m_firstWords.clear();
    m_firstWordBits.reset();
    m_cues.clear();
    m_cueStarts.reset();
    m_singleCues.reset();
    m_cuePairs.reset();
    for (int e = 0; e < 2; ++e) {
        m_cueIds[e].clear();
        m_cueText[e].clear();
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
        QVector<Figure::Family> defaults;
        if (!familiesFrom(o.value(QLatin1String("default_for")), defaults, error))
            return false;
        for (const Figure::Family f : std::as_const(defaults))
            m_defaults.insert(int(f), m.name);
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
        rule.rate = o.value(QLatin1String("rate")).toBool();
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

QString MetricLexicon::defaultFor(Figure::Family family) const
{
    return m_defaults.value(int(family), QStringLiteral("other"));
}

const MetricLexicon::Metric *MetricLexicon::metric(const QString &name) const
{
    for (const Metric &m : m_metrics) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

void MetricLexicon::findWords(QStringView text, const std::vector<EnglishWords::Token> &words,
                              std::vector<Match> &out) const
{
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    for (const EnglishWords::Token &t : words) {
        const int word = t.end - t.start;
        // The word itself, and without a plural's s or es (a cue "cooperative" in "cooperatives").
        const bool plural = word > 1 && folded(s[t.end - 1]) == u's';
        const bool pluralEs = plural && word > 2 && folded(s[t.end - 2]) == u'e';
        for (int strip = 0; strip < 3; ++strip) {
            if ((strip == 1 && !plural) || (strip == 2 && !pluralEs))
                break;
            const quint64 h = strip == 0 ? t.hash : EnglishWords::hash(s + t.start, word - strip);
            if (!m_firstWordBits.test(h & 0xFFFF))
                continue;
            const auto it = m_firstWords.constFind(h);
            if (it == m_firstWords.cend())
                continue;
            for (const int id : *it) {
                const QString &cue = m_cueText[1][size_t(id)];
                qsizetype end = t.start + cue.size();
                if (end > n || !equalsFolded(text.mid(t.start, cue.size()), cue))
                    continue;
                // A one-word cue ends with the word (its plural stripped); a longer one is
                // followed by a word's end or its plural's.
                if (cue.size() <= word - strip) {
                    if (cue.size() != word - strip)
                        continue;
                    end = t.end;
                } else if (strip > 0) {
                    continue;
                } else if (end < n && isLetter(s[end])) {
                    if (folded(s[end]) == u's' && (end + 1 == n || !isLetter(s[end + 1])))
                        ++end;
                    else if (end + 1 < n && folded(s[end]) == u'e' && folded(s[end + 1]) == u's' &&
                             (end + 2 == n || !isLetter(s[end + 2])))
                        end += 2;
                    else
                        continue;
                }
                out.push_back({id, t.start, int(end)});
            }
        }
    }
}

void MetricLexicon::findCues(QStringView text, bool english, std::vector<Match> &out) const
{
    out.clear();
    if (english) {
        thread_local std::vector<EnglishWords::Token> words;
        EnglishWords::tokenize(text, words);
        findWords(text, words, out);
        return;
    }
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (!m_cueStarts.test(c))
            continue;
        const char16_t second = i + 1 < n ? s[i + 1] : 0;
        const bool single = m_singleCues.test(c);
        const bool pair = m_cuePairs.test(pairHash(c, second));
        for (int k = 0; k < 2; ++k) {
            if (!(k == 0 ? single : pair))
                continue;
            const auto it = m_cues.constFind((quint32(c) << 16) | (k == 0 ? 0xFFFFu : quint32(second)));
            if (it == m_cues.cend())
                continue;
            for (const Cue &cue : *it) {
                if (i + cue.text.size() <= n && text.mid(i, cue.text.size()) == cue.text)
                    out.push_back({cue.id, int(i), int(i + cue.text.size())});
            }
        }
    }
}

void MetricLexicon::scan(Article::Language language, QStringView sentence, SentenceCues &out,
                         const std::vector<EnglishWords::Token> *words) const
{
    out.text = sentence;
    if (language == Article::Language::English && words) {
        out.matches.clear();
        findWords(sentence, *words, out.matches);
    } else {
        findCues(sentence, language == Article::Language::English, out.matches);
    }
}

void MetricLexicon::cuesIn(QStringView view, bool english, const SentenceCues *cues,
                           std::vector<Match> &out) const
{
    const char16_t *base = cues ? cues->text.utf16() : nullptr;
    const char16_t *v = view.utf16();
    if (!cues || v < base || v + view.size() > base + cues->text.size()) {
        findCues(view, english, out);
        return;
    }
    out.clear();
    const int from = int(v - base), to = from + int(view.size());
    auto it = std::lower_bound(cues->matches.cbegin(), cues->matches.cend(), from,
                               [](const Match &m, int at) { return m.start < at; });
    for (; it != cues->matches.cend() && it->start < to; ++it) {
        if (it->end <= to)
            out.push_back({it->cue, it->start - from, it->end - from});
    }
}

bool MetricLexicon::applies(const Rule &rule, Figure::Family family, bool english,
                            const std::vector<Match> &window) const
{
    using F = Figure::Family;
    // A share or growth of anything (and a fraction, whose family is its whole's) fits every metric.
    // A rule's own families are strict: crop names count sown area only when the unit is one of area.
    const bool any = !rule.strict && (family == F::Percent || family == F::Multiple || family == F::Other);
    if (!any && !rule.families.isEmpty() && !rule.families.contains(family))
        return false;
    if (rule.also[english].empty())
        return true;
    return std::any_of(window.cbegin(), window.cend(), [&](const Match &m) {
        return std::find(rule.also[english].cbegin(), rule.also[english].cend(), m.cue) !=
               rule.also[english].cend();
    });
}

int MetricLexicon::ruleFor(int cue, Figure::Family family, bool english, const std::vector<Match> &window,
                           Pass pass, bool inCounted) const
{
    for (const int r : m_rulesOfCue[english][size_t(cue)]) {
        const Rule &rule = m_rules.at(r);
        // A rate is read from afar only for a figure in its own units (亩产 of jin, not of a percent).
        if ((pass == Pass::Priority && !rule.priority) ||
            (pass == Pass::Rate && (!rule.rate || !rule.families.contains(family))) ||
            (rule.countedOnly && !inCounted))
            continue;
        if (applies(rule, family, english, window))
            return r;
    }
    return -1;
}

QString MetricLexicon::classify(Article::Language language, const Context &c, const SentenceCues *cues) const
{
    // A duration counts time, whatever the sentence is about: it never joins a chart's metric.
    if (c.kind == Figure::Kind::Duration)
        return QStringLiteral("duration");
    const bool english = language == Article::Language::English;
    // The passes below pick from the contexts' matches (a rule's second word from the window's).
    thread_local std::vector<Match> counted, before, after, window, ordered;
    cuesIn(c.counted, english, cues, counted);
    cuesIn(c.before, english, cues, before);
    cuesIn(c.after, english, cues, after);
    cuesIn(c.sentence, english, cues, window);
    auto pick = [&](const std::vector<Match> &found, int from, int to, bool nearestEndFirst, Pass pass,
                    bool singles, bool inCounted) -> int {
        ordered.clear();
        for (const Match &m : found) {
            // A one-character cue names the thing only as its head (草 of 野草, not of 草棚).
            const bool single = m.end - m.start < 2;
            if (m.start >= from && m.end <= to && (english || !single || (singles && m.end == to)))
                ordered.push_back(m);
        }
        // The cue nearest the head (the end of a Chinese phrase, the number's side of a context),
        // the longer of two that end together; an insertion sort, stable, as the lists are short.
        const auto precedes = [&](const Match &a, const Match &b) {
            if (nearestEndFirst ? a.end != b.end : a.start != b.start)
                return nearestEndFirst ? a.end > b.end : a.start < b.start;
            return a.end - a.start > b.end - b.start;
        };
        for (size_t i = 1; i < ordered.size(); ++i) {
            const Match m = ordered[i];
            size_t j = i;
            for (; j > 0 && precedes(m, ordered[j - 1]); --j)
                ordered[j] = ordered[j - 1];
            ordered[j] = m;
        }
        for (const Match &m : ordered) {
            if (const int r = ruleFor(m.cue, c.family, english, window, pass, inCounted); r >= 0)
                return m_rules.at(r).metric;
        }
        return -1;
    };
    const int nearBefore = english ? 24 : 10, nearAfter = english ? 16 : 6;
    const int nb = int(c.before.size()), na = int(c.after.size()), nc = int(c.counted.size());
    // A rate (每亩棉田预计平均产皮棉四十三斤, "180 jin per mu") is one whatever it is of.
    int m = pick(before, 0, nb, true, Pass::Rate, false, false);
    if (m < 0)
        m = pick(after, 0, na, false, Pass::Rate, false, false);
    if (m < 0)
        m = pick(counted, 0, nc, true, Pass::Priority, true, true);
    // English heads stand first in "members of cooperatives" but last in "credit cooperatives": the
    // reader cuts the phrase at "of", so the last cue is the head in both languages.
    if (m < 0)
        m = pick(counted, 0, nc, true, Pass::Any, true, true);
    if (m < 0)
        m = pick(before, qMax(0, nb - nearBefore), nb, true, Pass::Priority, false, false);
    if (m < 0)
        m = pick(after, 0, qMin(na, nearAfter), false, Pass::Priority, false, false);
    if (m < 0)
        m = pick(before, 0, nb, true, Pass::Any, false, false);
    if (m < 0)
        m = pick(after, 0, na, false, Pass::Any, false, false);
    return m >= 0 ? m_metrics.at(m).name : QStringLiteral("other");
}
