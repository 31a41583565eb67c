#include "figures/metriclexicon.h"

#include "text/asciiscan.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

quint16 pairHash(char16_t first, char16_t second)
{
    return quint16((quint32(first) * 40503u) ^ second);
}

char16_t folded(char16_t c)
{
    return c < 128 ? (c >= u'A' && c <= u'Z' ? char16_t(c | 0x20) : c) : QChar(c).toLower().unicode();
}

// Whether text, lower-cased, is cue (lower-cased when loaded): as QStringView::compare with
// Qt::CaseInsensitive, with ASCII folded inline rather than a call into QtCore per character.
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

MetricLexicon::CueSet MetricLexicon::cueSet(const QStringList &cues, bool english, QString *error)
{
    CueSet set;
    for (const QString &raw : cues) {
        const QString cue = english ? raw.toLower() : raw;
        if (cue.isEmpty())
            continue;
        int id = m_cueIds[english].value(cue, -1);
        if (id < 0) {
            if (m_cueCount >= MaxCues) {
                if (error)
                    *error = QStringLiteral("more than %1 cue words").arg(MaxCues);
                return set;
            }
            id = m_cueCount++;
            m_cueIds[english].insert(cue, id);
            (english ? m_englishCues : m_chineseCues)[cue.front()].append({cue, id});
            m_cueStarts[english].set(cue.front().unicode());
            if (cue.size() == 1)
                m_singleCues[english].set(cue.front().unicode());
            else
                m_cuePairs[english].set(pairHash(cue.at(0).unicode(), cue.at(1).unicode()));
        }
        set.set(size_t(id));
    }
    return set;
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
    m_chineseCues.clear();
    m_englishCues.clear();
    m_cueStarts[0].reset();
    m_cueStarts[1].reset();
    for (int e = 0; e < 2; ++e) {
        m_singleCues[e].reset();
        m_cuePairs[e].reset();
    }
    m_cueIds[0].clear();
    m_cueIds[1].clear();
    m_cueCount = 0;
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QLatin1String("metrics")).toArray()) {
        const QJsonObject o = v.toObject();
        m_metrics.append({o.value(QLatin1String("name")).toString(), o.value(QLatin1String("en")).toString(),
                          o.value(QLatin1String("zh")).toString()});
    }
    static const QStringList kindNames = {QStringLiteral("count"),    QStringLiteral("money"),
                                          QStringLiteral("percent"),  QStringLiteral("range"),
                                          QStringLiteral("multiple"), QStringLiteral("fraction"),
                                          QStringLiteral("measure")};
    QString cueError;
    auto side = [&](const QJsonObject &o, bool english) {
        Side s;
        s.before = idsOf(cueSet(strings(o.value(QLatin1String("before"))), english, &cueError));
        s.after = idsOf(cueSet(strings(o.value(QLatin1String("after"))), english, &cueError));
        s.near = idsOf(cueSet(strings(o.value(QLatin1String("near"))), english, &cueError));
        s.also = idsOf(cueSet(strings(o.value(QLatin1String("also"))), english, &cueError));
        s.units = strings(o.value(QLatin1String("units")));
        s.empty =
            s.before.empty() && s.after.empty() && s.near.empty() && s.also.empty() && s.units.isEmpty();
        return s;
    };
    for (const QJsonValue &v : root.value(QLatin1String("rules")).toArray()) {
        const QJsonObject o = v.toObject();
        Rule rule;
        rule.metric = o.value(QLatin1String("metric")).toString();
        if (!metric(rule.metric)) {
            if (error)
                *error = QStringLiteral("rule for unknown metric \"%1\"").arg(rule.metric);
            return false;
        }
        for (const QString &k : strings(o.value(QLatin1String("kinds")))) {
            const int i = int(kindNames.indexOf(k));
            if (i < 0) {
                if (error)
                    *error = QStringLiteral("unknown kind \"%1\"").arg(k);
                return false;
            }
            rule.kinds.append(Figure::Kind(i));
        }
        rule.chinese = side(o.value(QLatin1String("zh")).toObject(), false);
        rule.english = side(o.value(QLatin1String("en")).toObject(), true);
        m_rules.append(rule);
    }
    if (!cueError.isEmpty()) {
        if (error)
            *error = cueError;
        return false;
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

MetricLexicon::CueSet MetricLexicon::findCues(QStringView text, bool english) const
{
    CueSet found;
    const QHash<QChar, QVector<Cue>> &index = english ? m_englishCues : m_chineseCues;
    const std::bitset<65536> &starts = m_cueStarts[english];
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    auto isLetter = [](char16_t c) {
        return c < 128 ? (c | 0x20) >= u'a' && (c | 0x20) <= u'z' : QChar(c).isLetter();
    };
    for (qsizetype i = 0, next = 0; i < n; i = next) {
        char16_t c = s[i];
        next = i + 1;
        if (english) {
            // English cues are whole words: they start only after a non-letter, so the rest of a
            // word is passed over.
            if (i > 0 && isLetter(s[i - 1]))
                continue;
            next = qMax(next, qsizetype(asciiLetterRunEnd(s + i, s + n) - s));
            c = folded(c);
        }
        if (!starts.test(c))
            continue;
        if (!m_singleCues[english].test(c)) {
            const char16_t next = i + 1 < n ? (english ? folded(s[i + 1]) : s[i + 1]) : 0;
            if (!m_cuePairs[english].test(pairHash(c, next)))
                continue;
        }
        const auto it = index.constFind(QChar(c));
        if (it == index.cend())
            continue;
        for (const Cue &cue : *it) {
            const qsizetype end = i + cue.text.size();
            if (end > n)
                continue;
            const QStringView candidate = text.mid(i, cue.text.size());
            if (english) {
                if ((end < n && isLetter(s[end])) || !equalsFolded(candidate, cue.text))
                    continue;
            } else if (candidate != cue.text) {
                continue;
            }
            found.set(size_t(cue.id));
        }
    }
    return found;
}

std::vector<quint16> MetricLexicon::idsOf(const CueSet &set)
{
    std::vector<quint16> ids;
    for (size_t id = 0; id < set.size(); ++id) {
        if (set.test(id))
            ids.push_back(quint16(id));
    }
    return ids;
}

bool MetricLexicon::matches(const Side &side, const CueSet &before, const CueSet &after, const QString &unit)
{
    // Whether the list names a cue of the set; an empty list asks for nothing.
    auto anyOf = [](const std::vector<quint16> &ids, const CueSet &found) {
        return std::any_of(ids.cbegin(), ids.cend(), [&](quint16 id) { return found.test(id); });
    };
    if (side.empty)
        return false;
    if (!side.units.isEmpty() && !side.units.contains(unit))
        return false;
    if (!side.before.empty() && !anyOf(side.before, before))
        return false;
    if (!side.after.empty() && !anyOf(side.after, after))
        return false;
    if (!side.near.empty() && !anyOf(side.near, before) && !anyOf(side.near, after))
        return false;
    if (!side.also.empty() && !anyOf(side.also, before) && !anyOf(side.also, after))
        return false;
    return true;
}

QString MetricLexicon::classify(Article::Language language, const Context &context) const
{
    const bool english = language == Article::Language::English;
    const CueSet before = findCues(context.before, english);
    const CueSet after = findCues(context.after, english);
    for (const Rule &rule : m_rules) {
        if (!rule.kinds.isEmpty() && !rule.kinds.contains(context.kind))
            continue;
        if (matches(english ? rule.english : rule.chinese, before, after, context.unit))
            return rule.metric;
    }
    return QStringLiteral("other");
}
