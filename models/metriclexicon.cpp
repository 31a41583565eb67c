#include "metriclexicon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

// English cues match whole words, case-insensitively; Chinese ones anywhere.
bool containsCue(QStringView text, const QString &cue, bool english)
{
    if (!english)
        return text.contains(cue);
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(cue, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + cue.size();
        const bool startOk = at == 0 || !text.at(at - 1).isLetter();
        const bool endOk = end >= text.size() || !text.at(end).isLetter();
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

bool anyCue(QStringView text, const QStringList &cues, bool english)
{
    for (const QString &cue : cues) {
        if (containsCue(text, cue, english))
            return true;
    }
    return false;
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
    auto side = [](const QJsonObject &o) {
        Side s;
        s.before = strings(o.value(QLatin1String("before")));
        s.after = strings(o.value(QLatin1String("after")));
        s.near = strings(o.value(QLatin1String("near")));
        s.also = strings(o.value(QLatin1String("also")));
        s.units = strings(o.value(QLatin1String("units")));
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
        rule.chinese = side(o.value(QLatin1String("zh")).toObject());
        rule.english = side(o.value(QLatin1String("en")).toObject());
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

bool MetricLexicon::matches(const Side &side, const Context &c, bool english)
{
    if (side.isEmpty())
        return false;
    if (!side.units.isEmpty() && !side.units.contains(c.unit))
        return false;
    if (!side.before.isEmpty() && !anyCue(c.before, side.before, english))
        return false;
    if (!side.after.isEmpty() && !anyCue(c.after, side.after, english))
        return false;
    if (!side.near.isEmpty() && !anyCue(c.before, side.near, english) && !anyCue(c.after, side.near, english))
        return false;
    if (!side.also.isEmpty() && !anyCue(c.before, side.also, english) && !anyCue(c.after, side.also, english))
        return false;
    return true;
}

QString MetricLexicon::classify(Article::Language language, const Context &context) const
{
    const bool english = language == Article::Language::English;
    for (const Rule &rule : m_rules) {
        if (!rule.kinds.isEmpty() && !rule.kinds.contains(context.kind))
            continue;
        if (matches(english ? rule.english : rule.chinese, context, english))
            return rule.metric;
    }
    return QStringLiteral("other");
}
