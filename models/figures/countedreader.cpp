#include "figures/countedreader.h"

#include "figures/englishwords.h"
#include "figures/unitfamilies.h"
#include "numbers/u16words.h"

#include <QChar>

#include <algorithm>
#include <array>

using namespace U16Words;

namespace {

bool isHan(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

// Characters that end a noun phrase: particles, prepositions, conjunctions, adverbs and the verbs
// of being and having. None starts the nouns the paper counts (社, 户, 亩, 厂 …).
constexpr Word kChineseStops =
    u"是在已都也就被从到比把将共占达为有和与及或等了着向对由于使让给即并而又还再才其该此这那之可";

// Two-character verbs that follow a counted noun (百分之八十五的农户参加了): where they start, the
// noun has ended.
constexpr std::array<Word, 48> kChineseVerbs = {
    u"参加", u"进行", u"组织", u"获得", u"完成", u"增加", u"增产", u"增长", u"提高", u"达到",
    u"超过", u"已经", u"开始", u"实行", u"进入", u"投入", u"得到", u"受到", u"领到", u"分别",
    u"加入", u"参与", u"建立", u"成立", u"购买", u"认购", u"出售", u"交售", u"从事", u"学习",
    u"报名", u"订立", u"签订", u"以上", u"左右", u"以下", u"减少", u"降低", u"下降", u"扩大",
    u"发展", u"经过", u"通过", u"根据", u"正在", u"全部", u"普遍", u"一般"};

// Adjectives that a 的 joins to the noun they describe (新的工厂, 大型的工矿企业): the phrase goes on.
constexpr std::array<Word, 20> kChineseAdjectives = {
    u"新",   u"旧",   u"大",   u"小",   u"大型", u"小型", u"中型", u"重要", u"主要", u"先进",
    u"优良", u"优秀", u"较大", u"最大", u"巨大", u"新式", u"新建", u"国营", u"地方", u"现代化"};

// Words between the counted noun and its number, read back from the number and dropped: predicates
// (达到, 增加了, 为), adverbs (已, 共, 约) and the particles that join them. Longest first where one
// ends another.
constexpr std::array<Word, 62> kChinesePredicates = {
    u"已经达到", u"达到了", u"增加了", u"增长了", u"增产了", u"提高了", u"降低了", u"减少了", u"下降了",
    u"超过了",   u"完成了", u"扩大了", u"发展到", u"发展了", u"上升了", u"节约了", u"达到",   u"到达",
    u"共有",     u"计有",   u"共计",   u"合计",   u"总计",   u"约有",   u"约为",   u"大约",   u"已有",
    u"已达",     u"已经",   u"增加",   u"增长",   u"增产",   u"提高",   u"降低",   u"减少",   u"下降",
    u"超过",     u"超额",   u"超产",   u"完成",   u"扩大",   u"增至",   u"增到",   u"上升",   u"节约",
    u"一共",     u"可以",   u"只有",   u"就有",   u"还有",   u"达",     u"为",     u"是",     u"有",
    u"共",       u"计",     u"约",     u"已",     u"都",     u"也",     u"均",     u"占"};

// After the number and its measure word, before the noun: approximation words and 的.
constexpr std::array<Word, 11> kChineseSkips = {u"以上", u"以下", u"左右", u"上下", u"之多", u"多",
                                                u"余",   u"来",   u"强",   u"弱",   u"的"};

const U16Words::Set<48> &verbs()
{
    static const U16Words::Set<48> set(kChineseVerbs);
    return set;
}

const U16Words::Set<62> &predicates()
{
    static const U16Words::Set<62> set(kChinesePredicates);
    return set;
}

const U16Words::Set<11> &skips()
{
    static const U16Words::Set<11> set(kChineseSkips);
    return set;
}

// English: words that end a noun phrase read forward, or stop one read backward.
bool isEnglishStop(QStringView w)
{
    static const EnglishWords::Set stops = {
        u"in",        u"of",         u"on",     u"at",         u"to",      u"for",      u"from",
        u"by",        u"with",       u"and",    u"or",         u"but",     u"that",     u"which",
        u"who",       u"whose",      u"were",   u"was",        u"is",      u"are",      u"has",
        u"have",      u"had",        u"been",   u"be",         u"being",   u"will",     u"would",
        u"can",       u"could",      u"should", u"may",        u"per",     u"each",     u"every",
        u"compared",  u"than",       u"as",     u"into",       u"over",    u"under",    u"more",
        u"less",      u"about",      u"this",   u"these",      u"those",   u"its",      u"their",
        u"his",       u"her",        u"it",     u"they",       u"there",   u"here",     u"also",
        u"not",       u"throughout", u"across", u"nationwide", u"last",    u"year",     u"respectively",
        u"including", u"such",       u"among",  u"within",     u"during",  u"after",    u"before",
        u"since",     u"until",      u"while",  u"so",         u"then",    u"already",  u"now",
        u"only",      u"the",        u"a",      u"an",         u"reached", u"totalling"};
    return stops.contains(w);
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c == u'-' || c == u'\'';
}

// Words before a figure that are no part of what it counts ("has reached", "a total of", "by").
bool isEnglishPredicate(QStringView w)
{
    static const EnglishWords::Set words = {
        u"reached",   u"reach",     u"reaching",  u"was",      u"were",     u"is",        u"are",
        u"be",        u"been",      u"totalled",  u"totaled",  u"totaling", u"totalling", u"amounted",
        u"amounting", u"to",        u"by",        u"of",       u"at",       u"about",     u"approximately",
        u"some",      u"nearly",    u"almost",    u"over",     u"more",     u"than",      u"a",
        u"total",     u"increased", u"decreased", u"reduced",  u"rose",     u"grew",      u"fell",
        u"exceeded",  u"surpassed", u"has",       u"have",     u"had",      u"an",        u"up",
        u"down",      u"only",      u"just",      u"already",  u"now",      u"accounted", u"accounting",
        u"for",       u"from",      u"with",      u"averaged", u"the",      u"around",    u"roughly",
        u"upwards",   u"least"};
    return words.contains(w);
}

// Leading words of a phrase that say how it is counted, not what ("the total number of farm households").
bool isEnglishLead(QStringView w)
{
    static const EnglishWords::Set words = {u"the",    u"all",   u"its",    u"their", u"total",
                                            u"number", u"these", u"amount", u"whole"};
    return words.contains(w);
}

} // namespace

QStringView CountedReader::chinese(QStringView text, TextRange figure, TextRange unit, int from,
                                   Figure::Kind kind)
{
    int after = figure.end;
    if (unit.isValid() && unit.start >= figure.start && unit.end > after)
        after = unit.end;
    // A percent or multiple quantifies the thing before it (水稻比去年增产百分之六), unless a noun
    // follows through 的 (百分之八十五的农户) or names persons, households, units or places
    // (全村百分之八十以上农民参加了): what a change is of stands before it, a share's whole after it.
    const bool share = Figure::isRatio(kind);
    const QStringView noun = chineseAfter(text, after);
    if (!noun.isEmpty() && (!share || (after < text.size() && text.at(after) == u'的') ||
                            UnitFamilies::of(Figure::Kind::Count, QString(), noun,
                                             Article::Language::Chinese) != Figure::Family::Items))
        return noun;
    return chineseBefore(text, qMax(0, from), figure.start, kind);
}

QStringView CountedReader::chineseAfter(QStringView text, int at)
{
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = int(text.size());
    int p = at;
    for (int guard = 0; guard < 4; ++guard) {
        const int skip = skips().startingAt(s, p, n);
        if (!skip)
            break;
        p += skip;
    }
    const int start = p;
    if (verbs().startingAt(s, p, n))
        return {};
    while (p < n && p - start < 10 && isHan(s[p])) {
        if (s[p] == u'的') {
            const Word before(s + start, size_t(p - start));
            if (std::find(kChineseAdjectives.cbegin(), kChineseAdjectives.cend(), before) ==
                kChineseAdjectives.cend())
                break;
        } else if (isIn(s[p], kChineseStops) || (p > start && verbs().startingAt(s, p, n))) {
            break;
        }
        ++p;
    }
    return text.mid(start, p - start);
}

QStringView CountedReader::chineseBefore(QStringView text, int from, int end, Figure::Kind kind)
{
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    // 总产量超过去年百分之十五: a change's thing stands before its verb and what it is compared with.
    const bool relative = Figure::isRatio(kind);
    if (relative) {
        const QStringView tail = text.mid(qMax(from, end - 8), end - qMax(from, end - 8));
        qsizetype best = -1;
        for (const QStringView verb :
             {QStringView(u"超过"), QStringView(u"增加"), QStringView(u"增长"), QStringView(u"增产"),
              QStringView(u"提高"), QStringView(u"降低"), QStringView(u"减少"), QStringView(u"下降"),
              QStringView(u"扩大"), QStringView(u"节约"), QStringView(u"上升")})
            best = qMax(best, tail.lastIndexOf(verb));
        if (best >= 0 && std::none_of(tail.begin() + best, tail.end(), [](QChar c) { return c.isPunct(); }))
            end = int(end - tail.size() + best);
    }
    for (int guard = 0; guard < 8 && end > from; ++guard) {
        int cut = predicates().endingAt(s, from, end);
        if (!cut && s[end - 1] == u'的')
            cut = 1;
        if (cut) {
            end -= cut;
            continue;
        }
        // 成本较前一个月降低了 / 日产量比8月份提高: the thing compared stands before 比 or 较.
        int k = end - 1;
        while (k >= from && end - k <= 12 && !QChar(s[k]).isPunct() && s[k] != u' ' && s[k] != u'比' &&
               s[k] != u'较')
            --k;
        if (k >= from && end - k <= 12 && (s[k] == u'比' || s[k] == u'较')) {
            end = k;
            continue;
        }
        break;
    }
    int b = end;
    while (b > from && end - b < 10 && isHan(s[b - 1]) && !isIn(s[b - 1], kChineseStops) && s[b - 1] != u'的')
        --b;
    return text.mid(b, end - b);
}

QStringView CountedReader::english(QStringView text, TextRange figure, TextRange unit, int from,
                                   Figure::Kind kind)
{
    int after = figure.end;
    // A count's unit is its noun ("1,000 people"): read from the number on. A measure's unit is no
    // part of what it counts ("850 catties of feed").
    if (kind != Figure::Kind::Count && unit.isValid() && unit.start >= figure.start && unit.end > after)
        after = unit.end;
    const QStringView noun = englishAfter(text, after, kind);
    if (!noun.isEmpty())
        return noun;
    return englishBefore(text, qMax(0, from), figure.start);
}

QStringView CountedReader::englishAfter(QStringView text, int at, Figure::Kind kind)
{
    const int n = int(text.size());
    int p = at;
    auto skipSpaces = [&] {
        while (p < n && (text.at(p) == u' ' || text.at(p) == u'*'))
            ++p;
    };
    auto wordAt = [&](int i) {
        int e = i;
        while (e < n && isWordChar(text.at(e)))
            ++e;
        return text.mid(i, e - i);
    };
    skipSpaces();
    // "850 catties of feed", "80% of the farmers", "the total number of farm households".
    if (kind != Figure::Kind::Count && wordAt(p).compare(u"of", Qt::CaseInsensitive) == 0) {
        p += 2;
        skipSpaces();
    }
    for (int guard = 0; guard < 4; ++guard) {
        const QStringView w = wordAt(p);
        if (w.isEmpty() || !isEnglishLead(w))
            break;
        p += int(w.size());
        skipSpaces();
        if (wordAt(p).compare(u"of", Qt::CaseInsensitive) == 0) {
            p += 2;
            skipSpaces();
        }
    }
    const int start = p;
    int end = p, words = 0;
    while (p < n && words < 5) {
        const QStringView w = wordAt(p);
        if (w.isEmpty() || !w.front().isLetter() || isEnglishStop(w) ||
            (words > 0 && (w.endsWith(u"ed") || w.endsWith(u"ly"))))
            break;
        p += int(w.size());
        end = p;
        ++words;
        if (p < n && text.at(p) == u'*')
            ++p;
        if (p >= n || text.at(p) != u' ')
            break;
        ++p;
    }
    return text.mid(start, end - start);
}

QStringView CountedReader::englishBefore(QStringView text, int from, int end)
{
    auto wordBefore = [&](int e) {
        int b = e;
        while (b > from && isWordChar(text.at(b - 1)))
            --b;
        return text.mid(b, e - b);
    };
    auto skipSpaces = [&](int e) {
        while (e > from && (text.at(e - 1) == u' ' || text.at(e - 1) == u'*'))
            --e;
        return e;
    };
    end = skipSpaces(end);
    for (int guard = 0; guard < 8; ++guard) {
        const QStringView w = wordBefore(end);
        if (w.isEmpty() || !isEnglishPredicate(w))
            break;
        end = skipSpaces(end - int(w.size()));
    }
    int b = end, words = 0;
    while (words < 5) {
        const QStringView w = wordBefore(b);
        if (w.isEmpty() || !w.front().isLetter() || isEnglishStop(w) || w.endsWith(u"ly"))
            break;
        b -= int(w.size());
        ++words;
        const int next = skipSpaces(b);
        if (next == b || next < b - 1)
            break; // not one space: the phrase has ended
        b = next;
    }
    while (b < end && text.at(b) == u' ')
        ++b;
    return text.mid(b, end - b);
}
