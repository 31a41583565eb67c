#include "figures/rolereader.h"

#include <array>

using R = Figure::Role;

namespace {

// Where word stands in text from `from` on, or -1: a plain scan, faster than QStringView::indexOf on
// the few dozen characters around a figure, where its set-up cost would be most of the work.
qsizetype find(QStringView text, QStringView word, qsizetype from = 0)
{
    const qsizetype n = text.size(), m = word.size();
    if (m == 0 || m > n)
        return -1;
    const QChar first = word.front();
    for (qsizetype i = from; i + m <= n; ++i) {
        if (text.at(i) == first && text.mid(i + 1, m - 1) == word.mid(1))
            return i;
    }
    return -1;
}

// A bit per character of text (by its low six bits): a word whose first character's bit is clear
// cannot stand in it, and most words of a list are passed over at the cost of one test.
quint64 charMask(QStringView text)
{
    quint64 mask = 0;
    for (const QChar c : text)
        mask |= quint64(1) << (c.unicode() & 63);
    return mask;
}

template <size_t N> bool containsAny(QStringView text, const std::array<QStringView, N> &words)
{
    const quint64 mask = charMask(text);
    return std::any_of(words.cbegin(), words.cend(), [&](QStringView w) {
        return (mask >> (w.front().unicode() & 63) & 1) && find(text, w) >= 0;
    });
}

// English words are matched whole ("will" not in "willing", "plan" not in "plant"), in text already
// lower-cased.
template <size_t N> bool containsWord(QStringView text, const std::array<QStringView, N> &words)
{
    const quint64 mask = charMask(text);
    for (const QStringView w : words) {
        if (!(mask >> (w.front().unicode() & 63) & 1))
            continue;
        for (qsizetype at = find(text, w); at >= 0; at = find(text, w, at + 1)) {
            const qsizetype end = at + w.size();
            if ((at == 0 || !text.at(at - 1).isLetter()) && (end == text.size() || !text.at(end).isLetter()))
                return true;
        }
    }
    return false;
}

// The comma clause the figure stands in: after the last comma or colon before it.
QStringView ownClause(QStringView clause)
{
    for (qsizetype i = clause.size() - 1; i >= 0; --i) {
        const QChar c = clause.at(i);
        if (c == u'，' || c == u',' || c == u'：' || c == u':')
            return clause.mid(i + 1);
    }
    return clause;
}

// Plans that say so (预计, 争取, 将) and those that also name what a result is measured against
// (计划, 任务, 指标): 完成了全年计划的百分之一一六 reports a result.
constexpr std::array<QStringView, 22> kZhPlans = {
    u"预计", u"估计", u"争取", u"力争", u"可望", u"预期", u"打算", u"准备", u"拟",   u"可达", u"可以",
    u"可能", u"要求", u"规划", u"预定", u"保证", u"可增", u"可产", u"可收", u"可超", u"应达", u"需要"};
constexpr std::array<QStringView, 4> kZhPlanNouns = {u"计划", u"任务", u"指标", u"定额"};
constexpr std::array<QStringView, 6> kZhFulfilled = {u"完成", u"实际", u"超额", u"实现", u"达到", u"达"};
constexpr std::array<QStringView, 21> kZhChanges = {
    u"增加", u"增长", u"增产", u"提高", u"降低", u"减少", u"下降", u"超过", u"超额", u"超产", u"扩大",
    u"节约", u"节省", u"上升", u"增收", u"减产", u"多收", u"多产", u"翻",   u"增",   u"减"};
constexpr std::array<QStringView, 12> kZhEarlier = {u"去年", u"解放前", u"过去", u"原有", u"原来",   u"以前",
                                                    u"上年", u"前年",   u"战前", u"原先", u"上半年", u"同期"};

constexpr std::array<QStringView, 24> kEnPlans = {
    u"plan",     u"plans",    u"planned",   u"planning",  u"expected", u"expects", u"expect", u"estimated",
    u"estimate", u"will",     u"target",    u"targets",   u"quota",    u"quotas",  u"aim",    u"aims",
    u"strive",   u"striving", u"projected", u"scheduled", u"intends",  u"can",     u"could",  u"would"};
constexpr std::array<QStringView, 8> kEnFulfilled = {u"fulfilled",  u"completed",     u"fulfilling",
                                                     u"completing", u"overfulfilled", u"exceeded",
                                                     u"reached",    u"achieved"};
constexpr std::array<QStringView, 22> kEnChanges = {
    u"increase",     u"increased", u"increases", u"increasing", u"rose",      u"grew",
    u"decreased",    u"decrease",  u"reduced",   u"reduction",  u"reduce",    u"dropped",
    u"fell",         u"saved",     u"saving",    u"exceeded",   u"exceeding", u"over-produced",
    u"overproduced", u"growth",    u"raised",    u"up"};
constexpr std::array<QStringView, 9> kEnEarlier = {u"last year's",     u"before liberation", u"in the past",
                                                   u"originally",      u"previously",        u"previous",
                                                   u"compared to the", u"compared with the", u"than the"};

bool endsWithChange(QStringView near)
{
    // The change verb right before the number (增产百分之二十, 比去年多三成), not a level (增加到, 增至).
    const QStringView tail = near.right(6);
    for (const QStringView w : kZhChanges) {
        const qsizetype at = tail.lastIndexOf(w);
        if (at < 0)
            continue;
        const QStringView rest = tail.mid(at + w.size());
        if (rest.startsWith(u'到') || rest.startsWith(u'至') || rest.startsWith(u'为') ||
            rest.startsWith(u"成"))
            continue;
        return true;
    }
    return near.endsWith(u'多') && near.contains(u'比');
}

} // namespace

Figure::Role RoleReader::read(Article::Language language, const Context &context)
{
    return language == Article::Language::Chinese ? chinese(context) : english(context);
}

Figure::Role RoleReader::chinese(const Context &c)
{
    const QStringView near = ownClause(c.clause);
    QStringView after = c.after;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (after.at(i) == u'，' || after.at(i) == u',' || after.at(i) == u'。' || after.at(i) == u'；') {
            after.truncate(i);
            break;
        }
    }
    const bool relative = c.kind == Figure::Kind::Percent || c.kind == Figure::Kind::Fraction;
    const bool fulfilled = containsAny(near, kZhFulfilled);
    // 可挣粮六百石, 要做一百三十天, 决心实现亩产二百斤; 出产三百辆汽车的任务: a plan's own figure.
    const bool mayWill = (near.contains(u'将') && !(find(near, u"将近") >= 0)) ||
                         (near.contains(u'可') && !(find(near, u"可是") >= 0)) ||
                         (find(near, u"要在") >= 0) || (find(near, u"要比") >= 0) ||
                         (find(near, u"要达到") >= 0) || (find(near, u"要做到") >= 0) ||
                         (find(near, u"决定") >= 0) || (find(near, u"决心") >= 0) ||
                         (find(near, u"规定") >= 0) || (find(near, u"配额") >= 0) ||
                         (find(near, u"分配") >= 0) || (find(near, u"数额") >= 0) || near.contains(u'应');
    const QStringView head = after.left(12);
    const bool targetAfter = containsAny(after.left(3), kZhPlanNouns) || (find(head, u"的计划") >= 0) ||
                             (find(head, u"的任务") >= 0) || (find(head, u"的指标") >= 0) ||
                             (find(head, u"的跃进指标") >= 0) || (find(head, u"的国家计划") >= 0) ||
                             (find(head, u"的生产计划") >= 0);
    const bool strongPlan = containsAny(near, kZhPlans) || mayWill || targetAfter;
    const bool change =
        endsWithChange(near) || (c.kind == Figure::Kind::Multiple && !(find(near, u"是") >= 0));
    if (strongPlan)
        return R::Plan;
    if (change)
        return R::Change;
    // 计划开工一百八十万平方公尺, 指标一亿三千八百多万头; not 计划工作队十个, 编制计划的干部.
    if (containsAny(near.right(5), kZhPlanNouns) && !fulfilled)
        return R::Plan;
    // 比秋收以前的六十五万个增加了; 由七月份的九十件减少到: the figure compared with.
    if (const qsizetype bi = near.lastIndexOf(u'比'); bi >= 0 && !containsAny(near.mid(bi), kZhChanges))
        return R::Earlier;
    const QStringView tail = near.right(10);
    if ((tail.contains(u'从') || tail.contains(u'由')) &&
        (containsAny(after, kZhChanges) || after.contains(u'到') || after.contains(u'至')))
        return R::Earlier;
    if (containsAny(near, kZhEarlier) && containsAny(after, kZhChanges))
        return R::Earlier;
    if (relative) // a plan fulfilled (华东完成百分之一一八·六九); else a part
        return containsAny(near, kZhPlanNouns) || (find(near, u"完成") >= 0) ? R::Actual : R::Share;
    const QStringView group = c.clause.left(c.clause.size() - near.size());
    if (containsAny(group, kZhPlans) && !fulfilled)
        return R::Plan;
    return R::Actual;
}

Figure::Role RoleReader::english(const Context &context)
{
    // Lower-cased once, so that every word below is a case-sensitive scan.
    const QString clause = context.clause.toString().toLower(), after = context.after.toString().toLower();
    const Context c{clause, after, context.kind};
    const QStringView near = ownClause(c.clause);
    const bool percent = c.kind == Figure::Kind::Percent || c.kind == Figure::Kind::Fraction;
    const bool fulfilled = containsWord(near, kEnFulfilled);
    const bool planNoun =
        containsWord(near, std::array<QStringView, 5>{u"plan", u"plans", u"target", u"quota", u"targets"});
    if (containsWord(near, kEnPlans) && !(fulfilled && planNoun))
        return R::Plan;
    const QStringView tail = near.right(40);
    const QStringView afterHead = c.after.left(60);
    if (containsWord(tail, kEnChanges) || c.kind == Figure::Kind::Multiple ||
        containsWord(afterHead, std::array<QStringView, 7>{u"increase", u"higher than", u"more than last",
                                                           u"more than in", u"decrease", u"lower than",
                                                           u"over the previous"}))
        return R::Change;
    if (near.endsWith(u"from ") && (find(c.after, u" to ") >= 0))
        return R::Earlier;
    if (containsAny(near, kEnEarlier))
        return R::Earlier;
    if (percent) {
        if (planNoun || c.after.startsWith(u" of the plan") || c.after.startsWith(u" of its"))
            return R::Actual;
        if (containsWord(near, std::array<QStringView, 5>{u"accounting", u"accounted", u"account", u"share",
                                                          u"proportion"}) ||
            c.after.startsWith(u" of "))
            return R::Share;
    }
    return R::Actual;
}
