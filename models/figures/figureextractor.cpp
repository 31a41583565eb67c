#include "figures/figureextractor.h"

#include "figures/figuredescriber.h"
#include "figures/metriclexicon.h"
#include "numbers/chinesenumerals.h"
#include "numbers/englishnumbers.h"
#include "places/gazetteer.h"
#include "text/asciiscan.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// Maps offsets in a sentence's text to offsets in the file.
struct SourceMap
{
    const Paragraph *paragraph = nullptr;
    int base = 0; // sentence start in the paragraph's text, or in the file for fields
    int toSource(int pos, bool isEnd = false) const
    {
        return paragraph ? paragraph->toSource(base + pos, isEnd) : base + pos;
    }
};

// One shared copy of each unit: the scanners make a string per figure, and the figures of a loaded
// corpus keep them, though a few dozen units (个, 元, yuan, contracts) are nearly all there is.
// The pool is per thread (no lock) and bounded, against files made of endless distinct words.
QString sharedUnit(const QString &unit)
{
    constexpr int kMaxUnits = 4096;
    thread_local QSet<QString> pool;
    if (unit.isEmpty())
        return unit;
    const auto it = pool.constFind(unit);
    if (it != pool.cend())
        return *it;
    if (pool.size() < kMaxUnits)
        pool.insert(unit);
    return unit;
}

} // namespace

FigureExtractor::FigureExtractor(const Gazetteer &gazetteer, const MetricLexicon &lexicon)
    : m_gazetteer(gazetteer), m_lexicon(lexicon)
{}

Figure::Kind FigureExtractor::kindOf(const Quantity &q)
{
    if (q.isRange)
        return Figure::Kind::Range;
    switch (q.form) {
    case Quantity::Form::Percent:
        return Figure::Kind::Percent;
    case Quantity::Form::Fraction:
        return Figure::Kind::Fraction;
    case Quantity::Form::Multiple:
        return Figure::Kind::Multiple;
    default:
        break;
    }
    // Every currency is money: the Chinese scanner's canonical names and the English nouns.
    static const QSet<QString> currencies = {
        QStringLiteral("yuan"),     QStringLiteral("dollar"),        QStringLiteral("dollars"),
        QStringLiteral("ruble"),    QStringLiteral("rubles"),        QStringLiteral("roubles"),
        QStringLiteral("franc"),    QStringLiteral("francs"),        QStringLiteral("rupee"),
        QStringLiteral("rupees"),   QStringLiteral("yen"),           QStringLiteral("hk_dollar"),
        QStringLiteral("sterling"), QStringLiteral("pound_sterling")};
    if (currencies.contains(q.unit))
        return Figure::Kind::Money;
    // Durations in both languages: the Chinese scanner's canonical units and the English nouns.
    static const QSet<QString> durations = {
        QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("week"),    QStringLiteral("day"),
        QStringLiteral("hour"), QStringLiteral("years"), QStringLiteral("months"),  QStringLiteral("weeks"),
        QStringLiteral("days"), QStringLiteral("hours"), QStringLiteral("minutes"), QStringLiteral("minute")};
    if (durations.contains(q.unit))
        return Figure::Kind::Duration;
    // A set, not a list: asked for every figure counted in a measure word.
    static const QSet<QString> measures = {
        QStringLiteral("jin"),     QStringLiteral("dan"),      QStringLiteral("mu"),
        QStringLiteral("ton"),     QStringLiteral("kg"),       QStringLiteral("km"),
        QStringLiteral("li"),      QStringLiteral("chi"),      QStringLiteral("zhang"),
        QStringLiteral("hectare"), QStringLiteral("qing"),     QStringLiteral("m"),
        QStringLiteral("liang"),   QStringLiteral("catty"),    QStringLiteral("picul"),
        QStringLiteral("shi"),     QStringLiteral("pound"),    QStringLiteral("m2"),
        QStringLiteral("m3"),      QStringLiteral("km2"),      QStringLiteral("kw"),
        QStringLiteral("kwh"),     QStringLiteral("catties"),  QStringLiteral("tons"),
        QStringLiteral("degree"),  QStringLiteral("cartload"), QStringLiteral("shang")};
    if (measures.contains(q.unit))
        return Figure::Kind::Measure;
    // 零点六三八, "0.638" with nothing after them: a coefficient or a rate, not a count of things (a
    // half may be: 超过了一头半 "exceeded one and a half", head understood).
    if (q.unit.isEmpty() && q.form == Quantity::Form::Number && std::floor(q.low) != q.low &&
        q.low - std::floor(q.low) != 0.5)
        return Figure::Kind::Measure;
    return Figure::Kind::Count;
}

QVector<FigureExtractor::PlaceHit> FigureExtractor::findPlaces(QStringView text,
                                                               Article::Language language) const
{
    QVector<Gazetteer::Match> matches;
    QVector<PlaceHit> hits;
    findPlaces(text, language, matches, hits);
    return hits;
}

void FigureExtractor::findPlaces(QStringView text, Article::Language language,
                                 QVector<Gazetteer::Match> &matches, QVector<PlaceHit> &hits) const
{
    if (language == Article::Language::Chinese)
        m_gazetteer.findChinese(text, matches);
    else
        m_gazetteer.findEnglish(text, matches);
    hits.clear();
    for (const Gazetteer::Match &m : std::as_const(matches))
        hits.append({m.range.start, m.range.end, m.place});
}

bool FigureExtractor::isWithin(int inner, int outer, const QDate &date) const
{
    const QVector<Gazetteer::Place> &places = m_gazetteer.places();
    int current = inner;
    for (int depth = 0; depth < 6 && current >= 0; ++depth) {
        const Gazetteer::Place &p = places.at(current);
        int next = -1;
        for (const Gazetteer::Place::Membership &m : p.parents) {
            if ((!m.from.isValid() || m.from <= date) && (!m.to.isValid() || date <= m.to)) {
                next = m.parent;
                break;
            }
        }
        if (next == outer)
            return true;
        current = next;
    }
    return false;
}

int FigureExtractor::placeFor(const QVector<PlaceHit> &places, TextRange clause, TextRange figure,
                              const QDate &date) const
{
    // The gazetteer's hits come in text order without overlapping, so those of the clause before the
    // figure are one run of the list, found by binary search. Looking at every place of the sentence
    // for every figure, and comparing the nearest with every place before it, took minutes for a
    // sentence of tens of thousands of places and figures (found by fuzzing the analysis:
    // tests/fuzz/regressions/analysis/slow-places-20k-places-in-one-sentence.md): the
    // comparison now looks at the kPlacesBefore places nearest the figure, more than any clause of a
    // real article names.
    constexpr int kPlacesBefore = 256;
    const auto inClause = std::partition_point(places.cbegin(), places.cend(),
                                               [&](const PlaceHit &h) { return h.start < clause.start; });
    const int beforeEnd = qMin(clause.end, figure.start);
    const auto pastBefore =
        std::partition_point(inClause, places.cend(), [&](const PlaceHit &h) { return h.end <= beforeEnd; });
    const auto afterIt = std::partition_point(pastBefore, places.cend(),
                                              [&](const PlaceHit &h) { return h.start < figure.end; });
    const PlaceHit *before = pastBefore != inClause ? &*(pastBefore - 1) : nullptr; // the nearest
    const PlaceHit *after = afterIt != places.cend() && afterIt->end <= clause.end ? &*afterIt : nullptr;
    const PlaceHit *chosen = before ? before : after;
    if (!chosen)
        return -1;
    // "In Wanxian Special District of Sichuan Province, … 15,350": the district, not the province.
    int best = chosen->place;
    for (auto it = pastBefore - qMin<qsizetype>(pastBefore - inClause, kPlacesBefore); it != pastBefore;
         ++it) {
        if (isWithin(it->place, best, date))
            best = it->place;
    }
    return best;
}

QVector<int> FigureExtractor::listEndingAt(QStringView text, const QVector<PlaceHit> &places, int place,
                                           TextRange clause, TextRange figure)
{
    // The hit of the chosen place nearest before the figure, then back over the hits joined to it
    // by 、 和 及 与 (河南、山东、河北…): a list of the places the figure is about.
    int last = -1;
    for (int k = int(places.size()) - 1; k >= 0; --k) {
        const PlaceHit &h = places.at(k);
        if (h.end <= figure.start && h.start >= clause.start && h.place == place) {
            last = k;
            break;
        }
    }
    if (last < 0)
        return {};
    int first = last;
    while (first > 0) {
        const PlaceHit &a = places.at(first - 1), &b = places.at(first);
        const QStringView gap = text.mid(a.end, b.start - a.end);
        if (a.start < clause.start || gap.size() != 1 || !QStringView(u"、和及与同").contains(gap.front()))
            break;
        --first;
    }
    if (first == last)
        return {};
    QVector<int> list;
    for (int k = first; k <= last; ++k)
        if (!list.contains(places.at(k).place))
            list.append(places.at(k).place);
    return list;
}

int FigureExtractor::datelinePlace(QStringView text, bool chinese, const QVector<PlaceHit> &places)
{
    // 新华社沈阳三十一日电, 本报讯, 据新华社呼和浩特讯 within the sentence's first characters; "Xinhua News
    // Agency, Shenyang, 31st".
    constexpr int kHead = 32;
    const QStringView head = text.left(kHead);
    int from = -1, to = -1;
    if (chinese && !head.contains(u'电') && !head.contains(u'讯'))
        return -1; // most paragraphs: two character searches, no word search
    if (chinese) {
        for (const QStringView agency : {u"新华社", u"本报", u"中央社"}) {
            if (const int a = int(head.indexOf(agency)); a >= 0) {
                from = a + int(agency.size());
                const int dian = int(text.indexOf(u'电', from)), xun = int(text.indexOf(u'讯', from));
                to = std::min(dian < 0 ? kHead : dian, xun < 0 ? kHead : xun);
                break;
            }
        }
    } else if (const int a = int(head.indexOf(QLatin1String("Xinhua"))); a >= 0) {
        from = a;
        to = std::min<int>(int(text.size()), from + 60);
    }
    if (from < 0 || to <= from)
        return -1;
    for (const PlaceHit &h : places) {
        if (h.start >= from && h.end <= to)
            return h.place;
    }
    return -1;
}

QVector<FigureExtractor::Whole> FigureExtractor::wholesIn(QStringView text)
{
    // 全专区, 全省, 全区, 全县, 全市; one search for 全, which most sentences do not hold.
    QVector<Whole> wholes;
    for (qsizetype k = text.indexOf(u'全'); k >= 0 && k + 1 < text.size(); k = text.indexOf(u'全', k + 1)) {
        const QChar c = text.at(k + 1);
        const Whole::Kind kind = c == u'省'   ? Whole::Province
                                 : c == u'县' ? Whole::County
                                 : c == u'市' ? Whole::City
                                 : c == u'区' ? Whole::Region
                                 : c == u'专' && k + 2 < text.size() && text.at(k + 2) == u'区'
                                     ? Whole::District
                                     : Whole::None;
        if (kind != Whole::None)
            wholes.append({int(k), kind});
    }
    return wholes;
}

int FigureExtractor::wholeOf(const QVector<Whole> &wholes, int before, const QVector<int> &recent) const
{
    // 全区已有手工业生产合作社: the whole of the region last named (西南区), not of the place named last
    // (贵阳市). The last 全X before the figure in its sentence decides the kind of unit.
    const Whole *last = nullptr;
    for (const Whole &w : wholes)
        if (w.at < before)
            last = &w;
    if (!last)
        return -1;
    auto fits = [&](const QString &type) {
        switch (last->kind) {
        case Whole::Province:
            return type == QLatin1String("province") || type == QLatin1String("autonomous_region") ||
                   type == QLatin1String("administrative_area");
        case Whole::Region:
            return type == QLatin1String("region") || type == QLatin1String("administrative_area") ||
                   type == QLatin1String("autonomous_region");
        case Whole::County:
            return type == QLatin1String("county");
        case Whole::City:
            return type == QLatin1String("city") || type == QLatin1String("municipality");
        case Whole::District:
            return type == QLatin1String("special_district");
        case Whole::None:
            break;
        }
        return false;
    };
    for (auto it = recent.crbegin(); it != recent.crend(); ++it) {
        if (fits(m_gazetteer.places().at(*it).type))
            return *it;
    }
    return -1;
}

QString FigureExtractor::articlePlace(const Article &article) const
{
    const QVector<QPair<QStringView, Article::Language>> sources = {
        {article.chinese.title.value, Article::Language::Chinese},
        {article.english.title.value, Article::Language::English},
        {article.chinese.paragraphs.isEmpty() ? QStringView() : article.chinese.paragraphs.front().text(),
         Article::Language::Chinese},
    };
    // The first place named, or a place inside it named right after (东北新民县: 新民县).
    for (const auto &source : sources) {
        const QVector<PlaceHit> hits = findPlaces(source.first, source.second);
        if (hits.isEmpty())
            continue;
        int best = hits.front().place;
        for (int k = 1; k < hits.size() && isWithin(hits.at(k).place, best, article.date); ++k)
            best = hits.at(k).place;
        return m_gazetteer.places().at(best).id;
    }
    return {};
}

void FigureExtractor::takePlacesFromOriginal(const Figures &chinese, Figures &english)
{
    for (Figure &f : english) {
        if (f.pair < 0 || f.pair >= chinese.size())
            continue;
        const Figure &original = chinese.at(f.pair);
        if (original.placeId.isEmpty())
            continue;
        f.placeId = original.placeId;
        f.provinceId = original.provinceId;
    }
}

Figures FigureExtractor::extract(const Article &article, const Sentences &sentences,
                                 Article::Language language, const QString &articlePlaceId,
                                 SentenceFactsList *facts) const
{
    Figures figures;
    // About a figure a sentence in this corpus: room for that much at once rather than growing the
    // list (184 bytes a figure) three or four times.
    figures.reserve(qMin<qsizetype>(sentences.size(), MaxFigures));
    if (facts)
        *facts = {};
    const Article::Part &part = article.part(language);
    const bool chinese = language == Article::Language::Chinese;
    const int articlePlace = m_gazetteer.indexOf(articlePlaceId);
    std::vector<int> clauseEnds;
    // Lists kept from sentence to sentence: one allocation each per article, not per sentence.
    Quantities quantities;
    QVector<Gazetteer::Match> matches;
    QVector<PlaceHit> places;
    // What governs a sentence that names no place: the last place named before it (a paragraph that
    // names none goes on about the place of the one before), and the place of the last dateline
    // (新华社沈阳三十一日电 holds until the next dateline).
    int paragraph = -1, paragraphPlace = -1, dateline = -1;
    // The places named so far, oldest first, for 全省, 全县, 全区: the whole of the unit last named.
    constexpr int kRecent = 32;
    QVector<int> recent;
    const FigureDescriber describer(m_lexicon);
    QVector<TextRange> placeRanges;
    MetricLexicon::SentenceCues cues;
    std::vector<RoleWords::Match> roleWords;
    std::vector<EnglishWords::Token> words;
    for (const Sentence &s : sentences) {
        const QStringView text(s.text);
        SourceMap map;
        if (s.role == Sentence::Role::Body && s.paragraph >= 0 && s.paragraph < part.paragraphs.size()) {
            map.paragraph = &part.paragraphs.at(s.paragraph);
            map.base = map.paragraph->toText(s.range.start);
        } else {
            map.base = s.range.start;
        }
        if (figures.size() >= MaxFigures)
            break;
        // Dates and ordinals count against the limit too: leave room for them.
        const int limit = 2 * (MaxFigures - int(figures.size())) + 64;
        if (chinese)
            ChineseNumerals::scan(text, limit, quantities);
        else
            EnglishNumbers::scan(text, limit, quantities);
        const bool anyFigure = std::any_of(quantities.cbegin(), quantities.cend(),
                                           [](const Quantity &q) { return q.isFigure(); });
        if (anyFigure && figures.capacity() < figures.size() + quantities.size())
            figures.reserve(qMax(2 * figures.size(), figures.size() + quantities.size()));
        // Places are looked up where a figure needs one, where the alignment wants anchors, and in
        // the headline and the body, where a place named once governs what follows it (东北新民县 /
        // 十万灾民可渡春荒: the second headline line is about 新民县 too).
        const bool body = s.role == Sentence::Role::Body;
        // (Chinese only: an English figure takes the place of the Chinese figure it translates.)
        const bool carries = chinese && (body || s.role == Sentence::Role::Title);
        if (anyFigure || facts || carries)
            findPlaces(text, language, matches, places);
        else
            places.clear();
        placeRanges.clear();
        for (const PlaceHit &h : std::as_const(places))
            placeRanges.append({h.start, h.end});
        const QVector<Whole> wholes = chinese && carries ? wholesIn(text) : QVector<Whole>();
        QVector<int> nationalList; // 山西、河南、福建等二十一个省: the list that stood for the country
        // A dateline opens its paragraph: only first sentences are looked at.
        if (body && s.paragraph != paragraph) {
            paragraph = s.paragraph;
            if (const int d = datelinePlace(text, chinese, places); d >= 0)
                dateline = d;
        }
        if (facts) {
            facts->startSentence(s.index);
            // An anchor only where both languages can name the place: 全国 has no English name.
            for (const PlaceHit &h : std::as_const(places))
                if (!m_gazetteer.places().at(h.place).enNames.isEmpty())
                    facts->addPlace(h.place);
            for (const Quantity &q : quantities) {
                if (q.form == Quantity::Form::Date) {
                    const int from =
                        chinese ? DateMention::chineseListStart(text, q.range.start) : q.range.start;
                    const QStringView dateText = text.mid(from, q.range.end - from);
                    DateMention d =
                        chinese ? DateMention::readChinese(dateText) : DateMention::readEnglish(dateText);
                    d.range = {map.toSource(q.range.start), map.toSource(q.range.end, true)};
                    if (!d.isEmpty())
                        facts->addDate(d);
                } else if (q.isFigure()) {
                    facts->addValue(q.low, q.range.length());
                }
            }
            // A month named alone ("With November marking the season") is compared with 十一月 too.
            if (!chinese) {
                for (DateMention d : DateMention::englishMonths(text)) {
                    const bool inDate =
                        std::any_of(quantities.cbegin(), quantities.cend(), [&](const Quantity &q) {
                            return q.form == Quantity::Form::Date && q.range.start <= d.range.end &&
                                   d.range.start <= q.range.end + 1;
                        });
                    if (inDate)
                        continue;
                    d.range = {map.toSource(d.range.start), map.toSource(d.range.end, true)};
                    facts->addDate(d);
                }
            }
        }

        // The clause group (between ；/; or sentence ends) around a figure, from the sorted positions
        // of the clause ends: searching from each figure took a step per character per figure, minutes
        // for one long sentence of tens of thousands of figures (found by fuzzing the analysis:
        // tests/fuzz/regressions/analysis/slow-pairing-32k-figures-in-one-sentence.md).
        const int length = int(text.size());
        clauseEnds.clear();
        if (anyFigure) {
            const auto *begin = reinterpret_cast<const char16_t *>(text.utf16());
            for (const char16_t *p = begin;
                 (p = nextOneOf<u';', 0x3002, 0xFF1B, 0xFF01, 0xFF1F>(p, begin + length)) < begin + length;
                 ++p)
                clauseEnds.push_back(int(p - begin));
        }
        auto clauseAround = [&](TextRange figure) {
            // After the last end before the figure, up to the first end at or after its end.
            const auto before = std::lower_bound(clauseEnds.cbegin(), clauseEnds.cend(), figure.start);
            const auto after = std::lower_bound(before, clauseEnds.cend(), figure.end);
            return TextRange{before == clauseEnds.cbegin() ? 0 : *(before - 1) + 1,
                             after == clauseEnds.cend() ? length : *after};
        };

        if (anyFigure && chinese) {
            m_lexicon.scan(language, text, cues);
            RoleWords::readChinese(text, roleWords);
        } else if (anyFigure) {
            EnglishWords::tokenize(text, words);
            m_lexicon.scan(language, text, cues, &words);
            RoleWords::readEnglish(words, roleWords);
        }

        int previousEnd = 0;
        for (int qi = 0; qi < quantities.size(); ++qi) {
            const Quantity &q = quantities.at(qi);
            if (!q.isFigure())
                continue;
            const TextRange clause = clauseAround(q.range);
            int nextFigure = clause.end;
            for (int k = qi + 1; k < quantities.size(); ++k) {
                if (quantities.at(k).isFigure()) {
                    nextFigure = qMin(nextFigure, quantities.at(k).range.start);
                    break;
                }
            }

            Figure f;
            f.language = language;
            f.index = int(figures.size());
            f.sentence = s.index;
            f.quantity = q;
            f.quantity.unit = sharedUnit(q.unit);
            f.kind = kindOf(q);
            f.range = {map.toSource(q.range.start), map.toSource(q.range.end, true)};
            f.text = article.view(f.range);
            f.quantity.range = f.range;
            if (q.unitRange.isValid())
                f.quantity.unitRange = {map.toSource(q.unitRange.start), map.toSource(q.unitRange.end, true)};
            // The clause, the sentence, the unit a 全省 / 全县 / 全区 means, the last place named before
            // (目前，全县…; across paragraphs and the headline's lines), the dispatch's dateline, the
            // article (resources/GAZETTEER.md).
            // Each looked up only when those before it gave no place with a province: the figure's
            // hot path, and most figures have one in their clause.
            const auto candidate = [&](int k) {
                switch (k) {
                case 0:
                    return placeFor(places, clause, q.range, article.date);
                case 1:
                    return placeFor(places, {0, int(text.size())}, q.range, article.date);
                case 2:
                    return wholes.isEmpty() ? -1 : wholeOf(wholes, q.range.start, recent);
                case 3:
                    return carries ? paragraphPlace : -1;
                case 4:
                    return body ? dateline : -1;
                default:
                    return articlePlace;
                }
            };
            int place = -1, provinceOfPlace = -1;
            for (int k = 0; k < 6; ++k) {
                const int c = candidate(k);
                if (c < 0)
                    continue;
                const int province = m_gazetteer.provinceOf(c, article.date);
                if (place < 0)
                    place = c;
                // A county of 1981's Liaoning in 1950 (Liaodong or Liaoxi, the table does not say):
                // the place stays, its province comes from the next place that has one on the date.
                if (province >= 0) {
                    provinceOfPlace = province;
                    break;
                }
            }
            // 湖南、宁夏两省: a figure about a list of places is about all of them;
            // 山西、河南、福建等二十一个省 names three of twenty-one: the whole country's figure.
            const QVector<int> list =
                chinese && place >= 0 ? listEndingAt(text, places, place, clause, q.range) : QVector<int>();
            const bool fewOfMany = !list.isEmpty() && q.range.start > 0 &&
                                   text.at(q.range.start - 1) == u'等' && q.low > list.size() &&
                                   std::any_of(text.begin() + q.range.end,
                                               text.begin() + qMin(q.range.end + 3, int(text.size())),
                                               [](QChar c) { return QStringView(u"省市区").contains(c); });
            if (fewOfMany)
                nationalList = list; // and the figures after it about the same list (六十三个县)
            if (!list.isEmpty() && (fewOfMany || list == nationalList) &&
                m_gazetteer.indexOf(QStringLiteral("china")) >= 0) {
                f.placeId = f.provinceId = QStringLiteral("china");
            } else if (!list.isEmpty()) {
                QStringList ids, provinces;
                for (const int p : list) {
                    ids << m_gazetteer.places().at(p).id;
                    const int province = m_gazetteer.provinceOf(p, article.date);
                    const QString provinceId =
                        province >= 0 ? m_gazetteer.places().at(province).id : QString();
                    if (!provinceId.isEmpty() && !provinces.contains(provinceId))
                        provinces << provinceId;
                }
                f.placeId = ids.join(u';');
                f.provinceId = provinces.join(u';');
            } else if (place >= 0) {
                f.placeId = m_gazetteer.places().at(place).id;
                if (provinceOfPlace >= 0)
                    f.provinceId = m_gazetteer.places().at(provinceOfPlace).id;
            } else {
                f.placeId = articlePlaceId; // an id the gazetteer does not know: kept as given
            }
            describer.describe(f, q,
                               {text, clause, previousEnd, nextFigure,
                                figures.isEmpty() ? nullptr : &figures.constLast(), &placeRanges, &cues,
                                &roleWords});
            figures.append(std::move(f));
            previousEnd = q.range.end;
            if (figures.size() >= MaxFigures)
                break;
        }
        // 全区 names the region again for the sentences after it, when the sentence names nothing else.
        if (const int whole = carries && places.isEmpty() && !wholes.isEmpty()
                                  ? wholeOf(wholes, int(text.size()), recent)
                                  : -1;
            whole >= 0)
            paragraphPlace = whole;
        for (const PlaceHit &h : std::as_const(places)) {
            if (recent.size() == kRecent)
                recent.removeFirst();
            recent.append(h.place);
        }
        // A foreign country named in passing (苏联专家的帮助) does not govern the sentences after it.
        for (auto it = places.crbegin(); carries && it != places.crend(); ++it) {
            if (m_gazetteer.places().at(it->place).type != QLatin1String("foreign_country")) {
                paragraphPlace = it->place;
                break;
            }
        }
    }
    if (facts) // sentences after the limit of figures have no facts
        facts->pad(int(sentences.size()));
    return figures;
}
