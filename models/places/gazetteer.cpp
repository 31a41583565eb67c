#include "places/gazetteer.h"

#include "places/countytable.h"

#include "places/placewords.h"
#include "text/asciiscan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <functional>

namespace {

const QStringList kTypes =
    QStringLiteral("country abroad foreign_country region province municipality "
                   "autonomous_region administrative_area city special_district county")
        .split(u' ');

// Deeper than any real chain (county → special district → province → region); guards against bad data
// that slipped past the cycle check.
constexpr int kMaxDepth = 16;
// Names longer than this are surely data errors, and the first-unit table stores lengths in a byte.
constexpr int kMaxZhLength = 32;
constexpr int kMaxEnWords = 12;
constexpr int kMaxErrors = 20;

constexpr int kFilterBits = 1 << 16;

// The bit of the filter over the first two characters of Chinese names (every key has two or more).
quint32 zhPairBit(QChar first, QChar second)
{
    return ((quint32(first.unicode()) * 40503u) ^ second.unicode()) % kFilterBits;
}

using Word = PlaceWords::Word;
using KeyBuffer = PlaceWords::KeyBuffer;

// The index key of a name: Chinese as written, English lower-cased with its words joined by one space;
// empty when text matching could never find the name (a separator other than blanks and a hyphen, or a
// Chinese name of one character).
QString indexKey(bool english, const QString &name)
{
    if (!english)
        return name.size() >= 2 && name.size() <= kMaxZhLength ? name : QString();
    QVector<Word> words;
    PlaceWords::tokenize(name, words);
    if (words.isEmpty() || words.size() > kMaxEnWords || words.first().start != 0 ||
        words.last().end != name.size())
        return {};
    KeyBuffer key;
    for (int w = 0; w < words.size(); ++w) {
        if (w > 0) {
            if (!PlaceWords::joinable(name, words[w - 1].end, words[w].start))
                return {};
            key.append(u' ');
        }
        PlaceWords::appendLower(key, QStringView(name).mid(words[w].start, words[w].end - words[w].start));
    }
    return QString(key.constData(), key.size());
}

bool isIdentifier(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

bool contains(const QDate &from, const QDate &to, const QDate &date)
{
    return (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
}

class Loader
{
public:
    QStringList errors;

    void error(const QString &message)
    {
        if (errors.size() < kMaxErrors)
            errors.append(message);
    }

    // Absent means open; present but malformed is an error.
    QDate date(const QJsonObject &object, const QString &key, const QString &where)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        if (!d.isValid())
            error(QStringLiteral("%1: %2 is not a YYYY-MM-DD date").arg(where, key));
        return d;
    }

    QStringList strings(const QJsonObject &object, const QString &key, const QString &where)
    {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isArray())
            error(QStringLiteral("%1: %2 is not an array").arg(where, key));
        QStringList out;
        for (const QJsonValue &item : value.toArray()) {
            if (item.toString().trimmed().isEmpty())
                error(QStringLiteral("%1: %2 holds a non-string or empty name").arg(where, key));
            else
                out.append(item.toString());
        }
        return out;
    }
};

} // namespace

bool Gazetteer::Place::isProvinceLevel() const
{
    // The whole country and "abroad" stand where a province would: a figure about China or about a
    // foreign country gets them in the province column.
    // An administrative area (行署区) under a big region stands for a province (苏北, 川西 until the
    // provinces were re-established); one under a province (粤东, 陕北) is subordinate to it.
    return type == QLatin1String("province") || type == QLatin1String("municipality") ||
           type == QLatin1String("autonomous_region") || type == QLatin1String("region") ||
           type == QLatin1String("country") || type == QLatin1String("abroad") ||
           type == QLatin1String("administrative_area");
}

const Gazetteer &Gazetteer::builtIn()
{
    static const Gazetteer instance = [] {
        // The hand-made gazetteer and the county level generated from the 1981 code table
        // (resources/GAZETTEER.md), whose places join the first file's and refer to its provinces.
        auto read = [](const char *name) {
            QFile file(QStringLiteral(":/duizhao/") + QLatin1String(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("Gazetteer: resource :/duizhao/%s is missing; is duizhao_models linked?", name);
            return file.readAll();
        };
        CountyTable::Contents counties;
        QString error;
        if (!CountyTable::read(read("counties.tsv"), counties, &error))
            qFatal("Gazetteer: the built-in county table is malformed: %s", qUtf8Printable(error));
        Gazetteer gazetteer;
        if (!gazetteer.load(QJsonDocument::fromJson(read("gazetteer.json")).object(), counties.places,
                            counties.zhExclusions, &error))
            qFatal("Gazetteer: the built-in gazetteer is malformed:\n%s", qUtf8Printable(error));
        return gazetteer;
    }();
    return instance;
}

bool Gazetteer::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = QStringLiteral("JSON error at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    return load(doc.object(), {}, {}, error);
}

bool Gazetteer::load(const QJsonObject &root, const QVector<Place> &morePlaces,
                     const QStringList &moreZhExclusions, QString *error)
{
    // Built aside and swapped in at the end, so that a failed load leaves the current data untouched.
    Gazetteer g;
    Loader load;
    auto fail = [&] {
        if (error)
            *error = load.errors.join(u'\n');
        return false;
    };

    if (!root.value(QLatin1String("places")).isArray()) {
        load.error(QStringLiteral("no places array"));
        return fail();
    }

    const QJsonArray places = root.value(QLatin1String("places")).toArray();
    for (int i = 0; i < places.size(); ++i) {
        const QJsonObject o = places.at(i).toObject();
        Place p;
        p.id = o.value(QLatin1String("id")).toString();
        const QString where = p.id.isEmpty() ? QStringLiteral("places[%1]").arg(i) : p.id;
        if (!isIdentifier(p.id))
            load.error(QStringLiteral("%1: id must be non-empty lower-case ASCII").arg(where));
        else if (g.m_byId.contains(p.id))
            load.error(QStringLiteral("%1: duplicate id").arg(where));
        p.name = o.value(QLatin1String("name")).toString();
        if (p.name.isEmpty())
            load.error(QStringLiteral("%1: no name").arg(where));
        p.type = o.value(QLatin1String("type")).toString();
        if (!kTypes.contains(p.type))
            load.error(QStringLiteral("%1: unknown type '%2'").arg(where, p.type));
        p.validFrom = load.date(o, QStringLiteral("from"), where);
        p.validTo = load.date(o, QStringLiteral("to"), where);
        if (p.validFrom.isValid() && p.validTo.isValid() && p.validFrom > p.validTo)
            load.error(QStringLiteral("%1: from is after to").arg(where));
        for (const QJsonValue &gap : o.value(QLatin1String("gaps")).toArray()) {
            const QDate from = load.date(gap.toObject(), QStringLiteral("from"), where);
            const QDate to = load.date(gap.toObject(), QStringLiteral("to"), where);
            if (!from.isValid() || !to.isValid() || from > to)
                load.error(QStringLiteral("%1: a gap needs from <= to").arg(where));
            else
                g.m_gaps[i].append({from, to});
        }
        p.zhNames = load.strings(o, QStringLiteral("zh"), where);
        p.enNames = load.strings(o, QStringLiteral("en"), where);
        if (p.zhNames.isEmpty() && p.enNames.isEmpty())
            load.error(QStringLiteral("%1: no zh or en names").arg(where));
        for (const QJsonValue &m : o.value(QLatin1String("parents")).toArray()) {
            const QJsonObject mo = m.toObject();
            Place::Membership membership{mo.value(QLatin1String("id")).toString(),
                                         load.date(mo, QStringLiteral("from"), where),
                                         load.date(mo, QStringLiteral("to"), where)};
            if (membership.from.isValid() && membership.to.isValid() && membership.from > membership.to)
                load.error(QStringLiteral("%1: parent %2 has from after to").arg(where, membership.parentId));
            p.parents.append(membership);
        }
        g.m_byId.insert(p.id, i);
        g.m_places.append(p);
    }
    // The county level, already read into places: the same checks of what it states.
    for (const Place &p : morePlaces) {
        if (!isIdentifier(p.id) || g.m_byId.contains(p.id))
            load.error(QStringLiteral("%1: county id malformed or not unique").arg(p.id));
        if (p.name.isEmpty() || !kTypes.contains(p.type) || (p.zhNames.isEmpty() && p.enNames.isEmpty()))
            load.error(QStringLiteral("%1: a county needs a name, a known type and names").arg(p.id));
        g.m_byId.insert(p.id, int(g.m_places.size()));
        g.m_places.append(p);
    }

    // Parents must exist, and the static parent graph must be acyclic so that every walk ends.
    for (Place &p : g.m_places) {
        for (Place::Membership &m : p.parents) {
            m.parent = g.m_byId.value(m.parentId, -1);
            if (m.parent < 0)
                load.error(QStringLiteral("%1: unknown parent '%2'").arg(p.id, m.parentId));
        }
    }
    if (load.errors.isEmpty()) {
        QVector<int> state(g.m_places.size(), 0); // 0 new, 1 on the current path, 2 done
        std::function<bool(int)> acyclic = [&](int i) {
            if (state[i] != 0)
                return state[i] == 2;
            state[i] = 1;
            for (const Place::Membership &m : g.m_places[i].parents) {
                if (!acyclic(g.m_byId.value(m.parentId)))
                    return false;
            }
            state[i] = 2;
            return true;
        };
        for (int i = 0; i < g.m_places.size(); ++i) {
            if (!acyclic(i)) {
                load.error(QStringLiteral("%1: parents form a cycle").arg(g.m_places[i].id));
                break;
            }
        }
    }

    // A name shared by two places is an error unless "ambiguous" resolves it; a resolution for a name no
    // longer shared is stale data and an error too, so that the list cannot silently rot.
    const QJsonObject ambiguous = root.value(QLatin1String("ambiguous")).toObject();
    const QJsonObject exclusions = root.value(QLatin1String("exclusions")).toObject();
    for (const bool english : {false, true}) {
        const QString script = english ? QStringLiteral("en") : QStringLiteral("zh");
        QHash<QString, int> &index = english ? g.m_enNames : g.m_zhNames;
        QHash<QString, QVector<int>> claims; // errors sorted below, for a stable order
        QHash<QString, QString> spelling;    // key → a name as written, for messages
        for (int i = 0; i < g.m_places.size(); ++i) {
            for (const QString &name : english ? g.m_places[i].enNames : g.m_places[i].zhNames) {
                const QString key = indexKey(english, name);
                if (key.isEmpty()) {
                    load.error(
                        QStringLiteral("%1: %2 name '%3' cannot be matched in text (zh names need 2 to %4 "
                                       "characters)")
                            .arg(g.m_places[i].id, script, name)
                            .arg(kMaxZhLength));
                } else if (!claims[key].contains(i)) {
                    claims[key].append(i);
                    spelling.insert(key, name);
                }
            }
        }
        QHash<QString, int> chosen;
        const QJsonObject resolutions = ambiguous.value(script).toObject();
        for (auto it = resolutions.begin(); it != resolutions.end(); ++it) {
            const QString key = indexKey(english, it.key());
            const QString id = it.value().toObject().value(QLatin1String("place")).toString();
            if (claims.value(key).size() < 2)
                load.error(QStringLiteral("ambiguous %1 name '%2' is not shared by two places")
                               .arg(script, it.key()));
            else if (!claims.value(key).contains(g.indexOf(id)))
                load.error(QStringLiteral("ambiguous %1 name '%2' resolves to '%3', which does not list it")
                               .arg(script, it.key(), id));
            chosen.insert(key, g.indexOf(id));
        }
        QStringList shared;
        index.reserve(claims.size());
        for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
            if (it->size() == 1 || chosen.contains(it.key())) {
                index.insert(it.key(), chosen.value(it.key(), it->first()));
                continue;
            }
            QStringList ids;
            for (int i : *it)
                ids.append(g.m_places[i].id);
            shared << QStringLiteral("%1 name '%2' is shared by %3; list it under \"ambiguous\"")
                          .arg(script, spelling.value(it.key()), ids.join(QLatin1String(", ")));
        }
        shared.sort();
        for (const QString &e : std::as_const(shared))
            load.error(e);
        QStringList words = english ? QStringList() : moreZhExclusions; // the county level's
        for (const QJsonValue &v : exclusions.value(script).toArray())
            words << v.toString();
        for (const QString &word : std::as_const(words)) {
            const QString key = indexKey(english, word);
            if (key.isEmpty())
                load.error(QStringLiteral("%1 exclusion '%2' cannot be matched in text").arg(script, word));
            else if (index.value(key, kExcluded) != kExcluded)
                load.error(QStringLiteral("%1 exclusion '%2' is also a place name").arg(script, word));
            else
                index.insert(key, kExcluded);
        }
    }
    const QJsonObject contexts =
        root.value(QLatin1String("contexts")).toObject().value(QLatin1String("zh")).toObject();
    for (auto it = contexts.begin(); it != contexts.end(); ++it) {
        const QString name = it.key().section(u'|', 0, 0);
        const QString key = name + it.key().section(u'|', 1);
        const int place = g.indexOf(it.value().toString());
        if (it.key().count(u'|') != 1 || name.isEmpty() || key.size() == name.size() ||
            key.size() > kMaxZhLength)
            load.error(QStringLiteral("context '%1' must read name|context").arg(it.key()));
        else if (place < 0 || !g.m_places[place].zhNames.contains(name))
            load.error(QStringLiteral("context '%1' needs a place that has the name %2").arg(it.key(), name));
        else if (g.m_zhNames.contains(key))
            load.error(QStringLiteral("context '%1' is also a name or an exclusion").arg(it.key()));
        else {
            g.m_zhNames.insert(key, place);
            g.m_zhMatchLength.insert(key, int(name.size()));
        }
    }
    for (const QJsonValue &v : root.value(QLatin1String("en_proper_only")).toArray()) {
        const QString key = indexKey(true, v.toString());
        if (g.m_enNames.value(key, kExcluded) == kExcluded)
            load.error(QStringLiteral("en_proper_only '%1' is not a place name").arg(v.toString()));
        g.m_enProperOnly.insert(key);
    }

    if (!load.errors.isEmpty())
        return fail();

    g.m_zhLongestFrom.fill(0, 0x10000);
    g.m_zhPairFilter.fill(0, kFilterBits / 64);
    for (auto it = g.m_zhNames.cbegin(); it != g.m_zhNames.cend(); ++it) {
        const int length = int(it.key().size());
        quint8 &longest = g.m_zhLongestFrom[it.key().at(0).unicode()];
        longest = quint8(std::max<int>(longest, length));
        g.m_longestZh = std::max(g.m_longestZh, length);
        const quint32 pair = zhPairBit(it.key().at(0), it.key().at(1));
        g.m_zhPairFilter[pair / 64] |= quint64(1) << (pair % 64);
        g.m_zhPairLengths[quint32(it.key().at(0).unicode()) << 16 | it.key().at(1).unicode()] |= quint64(1)
                                                                                                 << length;
    }
    g.m_enFirstFilter.fill(0, kFilterBits / 64);
    for (auto it = g.m_enNames.cbegin(); it != g.m_enNames.cend(); ++it) {
        const QStringList words = it.key().split(u' ');
        int &most = g.m_enFirstWords[words.first()];
        most = std::max(most, int(words.size()));
        g.m_longestEnWords = std::max(g.m_longestEnWords, int(words.size()));
        quint32 hash = PlaceWords::HashSeed;
        for (QChar c : words.first())
            hash = PlaceWords::hashStep(hash, c);
        g.m_enFirstFilter[(hash % kFilterBits) / 64] |= quint64(1) << (hash % 64);
    }

    *this = std::move(g);
    if (error)
        error->clear();
    return true;
}

const Gazetteer::Place *Gazetteer::place(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_places.at(i);
}

QVector<Gazetteer::Match> Gazetteer::findChinese(QStringView text) const
{
    QVector<Match> matches;
    findChinese(text, matches);
    return matches;
}

QVector<Gazetteer::Match> Gazetteer::findEnglish(QStringView text) const
{
    QVector<Match> matches;
    findEnglish(text, matches);
    return matches;
}

void Gazetteer::findChinese(QStringView text, QVector<Match> &matches) const
{
    matches.clear();
    if (m_zhLongestFrom.isEmpty())
        return;
    const QChar *data = text.data();
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const int longest = std::min<int>(m_zhLongestFrom[data[i].unicode()], n - i);
        if (longest < 2) {
            ++i;
            continue;
        }
        if (const quint32 pair = zhPairBit(data[i], data[i + 1]);
            !(m_zhPairFilter[pair / 64] & (quint64(1) << (pair % 64)))) {
            ++i;
            continue;
        }
        int found = 0;
        int place = kExcluded;
        // Only the lengths some name of these two characters has (the county level made the names
        // many), longest first, so that 万县专区 wins over 万县 and 中南海 (excluded) over 中南.
        quint64 lengths = m_zhPairLengths.value(quint32(data[i].unicode()) << 16 | data[i + 1].unicode());
        lengths &= (quint64(2) << longest) - 1; // longest <= kMaxZhLength (32)
        for (int length = longest; lengths && length >= 2; --length) {
            if (!(lengths >> length & 1))
                continue;
            lengths &= ~(quint64(1) << length);
            const QString candidate = QString::fromRawData(data + i, length);
            const auto it = m_zhNames.constFind(candidate);
            if (it != m_zhNames.cend()) {
                found = m_zhMatchLength.isEmpty() ? length : m_zhMatchLength.value(candidate, length);
                place = it.value();
                break;
            }
        }
        if (found == 0) {
            ++i;
            continue;
        }
        if (place != kExcluded)
            matches.append(Match{TextRange{i, i + found}, place});
        i += found;
    }
}

void Gazetteer::findEnglish(QStringView text, QVector<Match> &matches) const
{
    matches.clear();
    // The words are read as the search goes: a name's first word is rare, and only after one are the
    // next few words needed (a list of every word of every sentence was a tenth of the extraction).
    Word words[kMaxEnWords];
    KeyBuffer key;
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = int(text.size());
    int resume = 0;
    while (resume < n) {
        // No place name starts in lower case: pass over lower-case words, blanks and punctuation
        // in bulk to the next word that starts otherwise.
        const int p = int(nextCapitalOrDigit(s + resume, s + n) - s);
        if (p >= n)
            break;
        if (!PlaceWords::isWordChar(text[p]) || !PlaceWords::startsWord(text, p)) {
            resume = p + 1;
            continue;
        }
        PlaceWords::next(text, p, words[0]);
        const Word &first = words[0];
        resume = first.end;
        if (text[first.start].isLower())
            continue;
        const quint32 bit = first.hash % kFilterBits;
        if (!(m_enFirstFilter.value(bit / 64) & (quint64(1) << (bit % 64))))
            continue;
        key.clear();
        PlaceWords::appendLower(key, text.mid(first.start, first.end - first.start));
        const auto firstWord = m_enFirstWords.constFind(QString::fromRawData(key.constData(), key.size()));
        if (firstWord == m_enFirstWords.cend())
            continue;
        const int most = std::min<int>(firstWord.value(), kMaxEnWords);
        int found = 0;
        int place = kExcluded;
        for (int count = 1; count <= most; ++count) {
            if (count > 1) {
                const Word &previous = words[count - 2];
                if (!PlaceWords::next(text, previous.end, words[count - 1]))
                    break;
                const Word &next = words[count - 1];
                if (!PlaceWords::joinable(text, previous.end, next.start))
                    break;
                key.append(u' ');
                PlaceWords::appendLower(key, text.mid(next.start, next.end - next.start));
            }
            const QString candidate = QString::fromRawData(key.constData(), key.size());
            const auto it = m_enNames.constFind(candidate);
            if (it == m_enNames.cend())
                continue;
            // "southwest of the city" is a direction; "Southwest" the region.
            if (m_enProperOnly.contains(candidate) && !text[first.start].isUpper())
                continue;
            found = count;
            place = it.value();
        }
        if (found == 0)
            continue;
        if (place != kExcluded)
            matches.append(Match{TextRange{first.start, words[found - 1].end}, place});
        resume = words[found - 1].end;
    }
}

const Gazetteer::Place::Membership *Gazetteer::membershipOn(const Place &place, const QDate &date) const
{
    for (const Place::Membership &m : place.parents) {
        if (contains(m.from, m.to, date))
            return &m;
    }
    return nullptr;
}

const Gazetteer::Place *Gazetteer::provinceOf(const QString &id, const QDate &date) const
{
    const int i = provinceOf(indexOf(id), date);
    return i < 0 ? nullptr : &m_places.at(i);
}

int Gazetteer::provinceOf(int i, const QDate &date) const
{
    if (i < 0 || i >= m_places.size() || !date.isValid())
        return -1;
    for (int depth = 0; depth < kMaxDepth; ++depth) {
        const Place &p = m_places.at(i);
        const Place::Membership *m = membershipOn(p, date);
        const int parent = m ? m->parent : -1;
        // Belonging to a region leaves a province-level unit at the top; belonging to anything else
        // (Chongqing in Sichuan, Xikang's successor) does not.
        const bool subordinate = parent >= 0 && m_places.at(parent).type != QLatin1String("region");
        // A big region named after its administration ended (东北 in 1955) is the geographic region:
        // the figure is about the Northeast as a whole, the text says so.
        if (p.isProvinceLevel() && !subordinate)
            return isValidOn(p, date) || p.type == QLatin1String("region") ? i : -1;
        if (parent < 0)
            return -1;
        i = parent;
    }
    return -1;
}

const Gazetteer::Place *Gazetteer::regionOf(const QString &id, const QDate &date) const
{
    int i = indexOf(id);
    if (i < 0 || !date.isValid())
        return nullptr;
    for (int depth = 0; depth < kMaxDepth; ++depth) {
        const Place &p = m_places.at(i);
        if (p.type == QLatin1String("region"))
            return isValidOn(p, date) ? &p : nullptr;
        const Place::Membership *m = membershipOn(p, date);
        if (!m)
            return nullptr;
        i = m->parent;
        if (i < 0)
            return nullptr;
    }
    return nullptr;
}

bool Gazetteer::isValidOn(const Place &place, const QDate &date) const
{
    // Places handed out by this gazetteer are found by address; copies by id.
    const std::less<const Place *> before;
    const bool own =
        !before(&place, m_places.constData()) && before(&place, m_places.constData() + m_places.size());
    const int index = own ? int(&place - m_places.constData()) : indexOf(place.id);
    static const QVector<QPair<QDate, QDate>> none;
    const auto found = m_gaps.constFind(index); // no copy: asked for every figure
    const QVector<QPair<QDate, QDate>> &gaps = found == m_gaps.cend() ? none : found.value();
    if (!date.isValid())
        return !place.validFrom.isValid() && !place.validTo.isValid() && gaps.isEmpty();
    if (!contains(place.validFrom, place.validTo, date))
        return false;
    return std::none_of(gaps.cbegin(), gaps.cend(), [&](const QPair<QDate, QDate> &gap) {
        return contains(gap.first, gap.second, date);
    });
}
