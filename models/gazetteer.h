#pragma once

#include "textrange.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

// Places of China as they stood 1949–1966, loaded from data (resources/gazetteer.json): every
// province-level unit with its validity dates, the big administrative regions, and the cities and
// special districts the corpus mentions, with Chinese (simplified and traditional) and English
// (pinyin and old postal) names. Answers two questions: which places a text names, and which
// province-level unit a place belonged to on a given date.
class Gazetteer
{
public:
    struct Place
    {
        QString id;   // stable key, e.g. "sichuan", "wanxian_sd", "southwest"
        QString name; // canonical English name, e.g. "Sichuan", "Wanxian Special District"
        QString type; // region, province, municipality, autonomous_region, city, special_district, county
        QStringList zhNames;
        QStringList enNames;
        QDate validFrom; // invalid = open
        QDate validTo;   // invalid = open
        // Which unit the place belonged to over time; the first entry whose dates contain the asked
        // date wins. Empty for top-level units (province-level units, regions).
        struct Membership
        {
            QString parentId;
            QDate from;
            QDate to;
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

    const QVector<Place> &places() const { return m_places; }
    int indexOf(const QString &id) const { return m_byId.value(id, -1); }
    const Place *place(const QString &id) const;

    // Place names in text, longest match first, non-overlapping, in order.
    QVector<Match> findChinese(QStringView text) const;
    QVector<Match> findEnglish(QStringView text) const;

    // The province-level unit (or administrative region for a region) that place belonged to on date;
    // nullptr when unknown. A province-level unit maps to itself.
    const Place *provinceOf(const QString &id, const QDate &date) const;
    // The administrative region (华北, 西南, …) a place lay in on date, if any.
    const Place *regionOf(const QString &id, const QDate &date) const;
    bool isValidOn(const Place &place, const QDate &date) const;

private:
    QVector<Place> m_places;
    QHash<QString, int> m_byId;
    // name → place index, split by script; built by loadJson().
    QHash<QString, int> m_zhNames;
    QHash<QString, int> m_enNames; // keys lower-cased
    int m_longestZh = 0;
    int m_longestEnWords = 0;
};
