#pragma once

#include "text/textrange.h"

#include <QDate>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

// Places of China as they stood 1949–1966, loaded from data (resources/gazetteer.json): every
// province-level unit with its validity dates, the big administrative regions, and the cities and
// special districts the corpus mentions, with Chinese (simplified and traditional) and English
// (pinyin and old postal) names. Answers two questions: which places a text names, and which
// province-level unit a place belonged to on a given date.
//
// The data format is documented in the file's own "_schema" key. In short: places[] with id, name,
// type, from/to (inclusive, absent = open), optional gaps, zh[] and en[] names, and parents[] — the
// dated memberships that carry a city to its province and a province to its administrative region. A
// province-level place whose membership on a date names a parent that is not a region is subordinate
// on that date (Chongqing in Sichuan from 1954-07-01, Tianjin in Hebei 1958–1967), and an abolished
// unit may name its successor (Xikang → Sichuan from 1955-10-01). A name shared by two places is a load
// error unless "ambiguous" says which one it means; "exclusions" lists words that contain a place name
// without being one (中南海, 东北风, 其中), and "contexts" longer keys that override an exclusion
// (西南|部分 matches 西南); "en_proper_only" lists English names that count only when
// capitalized (Southwest, Canton). Chinese names match exactly; English names match whole words,
// case-insensitively, hyphens as spaces, a trailing possessive 's ignored. An invalid date answers
// nullptr from provinceOf()/regionOf().
class QJsonObject;

class Gazetteer
{
public:
    struct Place
    {
        QString id;   // stable key, e.g. "sichuan", "wanxian_sd", "southwest"
        QString name; // canonical English name, e.g. "Sichuan", "Wanxian Special District"
        // region, province, municipality, autonomous_region, administrative_area, city, special_district,
        // county
        QString type;
        QStringList zhNames;
        QStringList enNames;
        QDate validFrom; // invalid = open
        QDate validTo;   // invalid = open
        // Which unit the place belonged to over time; the first entry whose dates contain the asked
        // date wins. A province's administrative region is a membership too; regions have none.
        struct Membership
        {
            QString parentId;
            QDate from;
            QDate to;
            int parent = -1; // index of parentId in places(), set when loaded
        };
        QVector<Membership> parents;
        bool isProvinceLevel() const;
    };

    struct Match
    {
        TextRange range; // in the searched text
        int place = -1;  // index into places()
    };

    Gazetteer() = default;
    // The gazetteer embedded in the models library (:/duizhao/gazetteer.json).
    static const Gazetteer &builtIn();

    bool loadJson(const QByteArray &json, QString *error = nullptr);
    // The same from a document's root object, with the county level's places and exclusions (the
    // built-in data: gazetteer.json and the generated counties.tsv, read by CountyTable).
    bool load(const QJsonObject &root, const QVector<Place> &morePlaces, const QStringList &moreZhExclusions,
              QString *error = nullptr);

    const QVector<Place> &places() const { return m_places; }
    int indexOf(const QString &id) const { return m_byId.value(id, -1); }
    const Place *place(const QString &id) const;
    // The name to show: the first Chinese name in a Chinese UI, else the canonical English one; the id
    // itself for an unknown place.
    // A figure about several places carries their ids ';'-separated (湖南、宁夏两省: hunan;ningxia):
    // labels are joined with 、 or ", ", names with ';' as the ids are.
    QString label(const QString &id, bool chinese) const
    {
        if (id.contains(u';')) {
            QStringList labels;
            for (const QString &one : id.split(u';', Qt::SkipEmptyParts))
                labels << label(one, chinese);
            return labels.join(chinese ? QStringLiteral("、") : QStringLiteral(", "));
        }
        const Place *p = place(id);
        return !p ? id : (chinese && !p->zhNames.isEmpty() ? p->zhNames.front() : p->name);
    }
    // The canonical names of ids (one, or several ';'-separated), ';'-separated; empty for an unknown id.
    QString name(const QString &ids) const
    {
        QStringList names;
        for (const QString &one : ids.split(u';', Qt::SkipEmptyParts)) {
            const Place *p = place(one);
            if (!p)
                return {};
            names << p->name;
        }
        return names.join(u';');
    }

    // Place names in text, longest match first, non-overlapping, in order.
    QVector<Match> findChinese(QStringView text) const;
    QVector<Match> findEnglish(QStringView text) const;
    // The same into matches, cleared first (a list kept from sentence to sentence keeps its capacity).
    void findChinese(QStringView text, QVector<Match> &matches) const;
    void findEnglish(QStringView text, QVector<Match> &matches) const;

    // The province-level unit (or administrative region for a region) that place belonged to on date;
    // nullptr when unknown. A province-level unit maps to itself.
    const Place *provinceOf(const QString &id, const QDate &date) const;
    // The same by index into places(); -1 when unknown. The extractor asks it for every figure.
    int provinceOf(int place, const QDate &date) const;
    // The administrative region (华北, 西南, …) a place lay in on date, if any.
    const Place *regionOf(const QString &id, const QDate &date) const;
    bool isValidOn(const Place &place, const QDate &date) const;

private:
    QVector<Place> m_places;
    QHash<QString, int> m_byId;
    // name → place index, split by script; built by loadJson().
    // A value of kExcluded marks an exclusion: matched like a name so that it shadows the place name
    // inside it, then dropped.
    QHash<QString, int> m_zhNames;
    QHash<QString, int> m_enNames; // keys lower-cased, words joined by one space
    int m_longestZh = 0;
    int m_longestEnWords = 0;

    static constexpr int kExcluded = -1;
    // First UTF-16 unit of every zh key → the longest key starting with it (0: none), so that most
    // positions of a text are passed over after one array read.
    QVector<quint8> m_zhLongestFrom;
    // Bit set over a hash of the first two characters of every zh key: most positions where some name
    // could start are rejected without a QHash look-up.
    QVector<quint64> m_zhPairFilter;
    // The first two characters of every zh key → a bit for each length of key that starts with them.
    QHash<quint32, quint64> m_zhPairLengths;
    // Context keys ("西南|部分" in the data) → the length of the name they end in: 西南部分 matches as 西南,
    // so that the exclusion 西南部 ("the south-west part") does not swallow the region.
    QHash<QString, int> m_zhMatchLength;
    // First word of every en key → the most words of a key starting with it.
    QHash<QString, int> m_enFirstWords;
    // Bit set over a hash of those first words: most words of a text are rejected without a QHash look-up.
    QVector<quint64> m_enFirstFilter;
    QSet<QString> m_enProperOnly;
    QHash<int, QVector<QPair<QDate, QDate>>> m_gaps; // place index → periods it did not exist

    const Place::Membership *membershipOn(const Place &place, const QDate &date) const;
};
