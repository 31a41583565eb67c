#pragma once

#include "figures/figure.h"
#include "figures/sentencefactslist.h"
#include "places/gazetteer.h"
#include "text/article.h"
#include "text/sentence.h"

class MetricLexicon;

// Finds every figure of one language of an article: scans each sentence with the numeral reader of
// its language, keeps quantities (not dates or ordinals), and gives each its kind, its place (the
// nearest place named in its clause, the most specific when one lies inside another, else in its
// sentence, else the article's own place, e.g. 全区 = the region of the headline) with that place's
// province on the article's date, and its metric.
class FigureExtractor
{
public:
    FigureExtractor(const Gazetteer &gazetteer, const MetricLexicon &lexicon);

    // Figures read per language of an article, at most: a real article has a few hundred, and a
    // file of nothing but numbers ("1 1 1 …", 16 MB) would otherwise take gigabytes. The rest of
    // such a text is left unread (Analyzer reports it).
    static constexpr int MaxFigures = 20000;

    // The figures, and for every sentence the facts that anchor alignment (values, places, dates).
    Figures extract(const Article &article, const Sentences &sentences, Article::Language language,
                    const QString &articlePlaceId, SentenceFactsList *facts = nullptr) const;
    // The place an article is about as a whole: the first place its Chinese headline names, else its
    // English title's, else its first paragraph's. Empty when none.
    QString articlePlace(const Article &article) const;
    // The original names the places, the translation renames or drops them: an English figure
    // paired with a Chinese one takes its place and province (when the Chinese figure has one).
    static void takePlacesFromOriginal(const Figures &chinese, Figures &english);

    static Figure::Kind kindOf(const Quantity &quantity);

private:
    struct PlaceHit
    {
        int start = 0;
        int end = 0;
        int place = -1;
    };
    QVector<PlaceHit> findPlaces(QStringView text, Article::Language language) const;
    // The same into hits (cleared first), with matches as the gazetteer's scratch list.
    void findPlaces(QStringView text, Article::Language language, QVector<Gazetteer::Match> &matches,
                    QVector<PlaceHit> &hits) const;
    // Index into the gazetteer's places, -1 when the clause names none.
    // The places of the list (河南、山东、河北) whose last item is place's hit nearest before figure in
    // clause; empty when that hit stands alone.
    static QVector<int> listEndingAt(QStringView text, const QVector<PlaceHit> &places, int place,
                                     TextRange clause, TextRange figure);
    // A 全省, 全县, 全区 … in a sentence: where, and the kind of unit it means.
    struct Whole
    {
        int at = 0;
        enum Kind : quint8
        {
            None,
            Province,
            Region,
            County,
            City,
            District
        } kind = None;
    };
    static QVector<Whole> wholesIn(QStringView text);
    // The unit the last of wholes before position means: the last of recent (places named so far) of
    // that kind, or -1.
    int wholeOf(const QVector<Whole> &wholes, int before, const QVector<int> &recent) const;
    // The place a dispatch's dateline names at the head of text (a sentence), or -1.
    static int datelinePlace(QStringView text, bool chinese, const QVector<PlaceHit> &places);
    int placeFor(const QVector<PlaceHit> &places, TextRange clause, TextRange figure,
                 const QDate &date) const;
    bool isWithin(int inner, int outer, const QDate &date) const;

    const Gazetteer &m_gazetteer;
    const MetricLexicon &m_lexicon;
};
