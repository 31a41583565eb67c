#include "figures/rolereader.h"

using R = Figure::Role;

namespace {

using W = RoleWords;

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

// Where the figure's clause and the words after it stand among the role words: in the sentence's
// coordinates when its words were read, else in their own.
struct Spans
{
    const std::vector<W::Match> *words = nullptr;
    int clauseStart = 0, clauseEnd = 0; // the clause group up to the figure
    int nearStart = 0;                  // its last comma clause
    int afterStart = 0, afterEnd = 0;
    quint32 in(int from, int to) const { return W::categories(*words, from, qMax(from, to)); }
};

Spans spansOf(const RoleReader::Context &c, bool chinese, QStringView near)
{
    thread_local std::vector<W::Match> own;
    Spans s;
    const auto within = [&](QStringView v) {
        return c.words && v.utf16() >= c.sentence.utf16() &&
               v.utf16() + v.size() <= c.sentence.utf16() + c.sentence.size();
    };
    int afterAt = 0;
    if (within(c.clause) && within(c.after)) {
        s.words = c.words;
        s.clauseStart = int(c.clause.utf16() - c.sentence.utf16());
        afterAt = int(c.after.utf16() - c.sentence.utf16());
    } else {
        // Both read as one text: the clause, then the words after the figure at a gap.
        own.clear();
        thread_local std::vector<W::Match> part;
        chinese ? W::readChinese(c.clause, own) : W::readEnglish(c.clause, own);
        chinese ? W::readChinese(c.after, part) : W::readEnglish(c.after, part);
        afterAt = int(c.clause.size()) + 1;
        for (const W::Match &m : part)
            own.push_back({m.start + afterAt, m.end + afterAt, m.categories});
        s.words = &own;
    }
    s.clauseEnd = s.clauseStart + int(c.clause.size());
    s.nearStart = s.clauseEnd - int(near.size());
    s.afterStart = afterAt;
    s.afterEnd = afterAt + int(c.after.size());
    return s;
}

Figure::Role chinese(const RoleReader::Context &c)
{
    using R = Figure::Role;
    const QStringView near = ownClause(c.clause);
    QStringView after = c.after;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (after.at(i) == u'，' || after.at(i) == u',' || after.at(i) == u'。' || after.at(i) == u'；') {
            after.truncate(i);
            break;
        }
    }
    Spans s = spansOf(c, true, near);
    s.afterEnd = s.afterStart + int(after.size());
    const quint32 inNear = s.in(s.nearStart, s.clauseEnd);
    const quint32 inAfter = s.in(s.afterStart, s.afterEnd);
    const bool relative = c.kind == Figure::Kind::Percent || c.kind == Figure::Kind::Fraction;
    const bool fulfilled = inNear & W::ZhFulfilled;
    // The change verb right before the number (增产百分之二十, 比去年多三成), not a level (增加到, 增至).
    int changeAt = -1;
    const int tailStart = qMax(s.nearStart, s.clauseEnd - 6);
    for (auto it = std::lower_bound(s.words->cbegin(), s.words->cend(), tailStart,
                                    [](const W::Match &m, int at) { return m.start < at; });
         it != s.words->cend() && it->end <= s.clauseEnd; ++it) {
        if (!(it->categories & W::ZhChange))
            continue;
        const QStringView rest = near.right(s.clauseEnd - it->end);
        if (!(rest.startsWith(u'到') || rest.startsWith(u'至') || rest.startsWith(u'为') ||
              rest.startsWith(u'成')))
            changeAt = it->start;
    }
    constexpr quint32 planWords = W::ZhPlan | W::ZhPlanNoun | W::ZhWill;
    // 超过原配额九千三百十四分, 超过原定推销计划百分之三十一: a plan after the verb is what the
    // figure exceeds, and the figure a change.
    if (changeAt >= 0 && (s.in(changeAt, s.clauseEnd) & planWords))
        return R::Change;
    // 可挣粮六百石, 要做一百三十天, 决心实现亩产二百斤; 出产三百辆汽车的任务: a plan's own figure.
    const bool mayWill =
        ((inNear & W::ZhJiang) && !(inNear & W::ZhJiangJin)) ||
        ((inNear & W::ZhKe) && !(inNear & W::ZhKeShi)) || (inNear & (W::ZhWill | W::ZhYing)) ||
        ((s.in(qMax(s.nearStart, s.clauseEnd - 3), s.clauseEnd) & W::ZhYao) && !(inNear & W::ZhYaoNot));
    const bool targetAfter = (s.in(s.afterStart, qMin(s.afterEnd, s.afterStart + 4)) & W::ZhPlanNoun) ||
                             (s.in(s.afterStart, qMin(s.afterEnd, s.afterStart + 12)) & W::ZhTarget);
    // 十万灾民可望渡过春荒, 候补党员的百分之八十应为工人: what the figure's noun is to do.
    const bool planAfter =
        s.in(s.afterStart, qMin(s.afterEnd, s.afterStart + 8)) & (W::ZhPlan | W::ZhYing | W::ZhWillAfter);
    if ((inNear & W::ZhPlan) || mayWill || targetAfter || planAfter)
        return R::Plan;
    // 计划生产总值比去年增加百分之七十点九: a planned change is a plan; not 比计划成本降低, where the
    // plan is what it is compared with.
    const qsizetype bi = near.lastIndexOf(u'比');
    const int planTo = bi >= 0 ? s.nearStart + int(bi) : changeAt;
    if (changeAt >= 0 && (s.in(s.nearStart, qMin(planTo, changeAt)) & W::ZhPlanNoun) && !fulfilled)
        return R::Plan;
    if (changeAt >= 0)
        return R::Change;
    if ((near.endsWith(u'多') && near.contains(u'比')) ||
        (c.kind == Figure::Kind::Multiple && !(inNear & W::ZhShi)))
        return R::Change;
    // 计划开工一百八十万平方公尺, 指标一亿三千八百多万头; not 计划工作队十个, 编制计划的干部.
    if ((s.in(qMax(s.nearStart, s.clauseEnd - 5), s.clauseEnd) & W::ZhPlanNoun) && !fulfilled)
        return R::Plan;
    // 比秋收以前的六十五万个增加了; 由七月份的九十件减少到: the figure compared with.
    if (bi >= 0 && !(s.in(s.nearStart + int(bi), s.clauseEnd) & W::ZhChange))
        return R::Earlier;
    if ((s.in(qMax(s.nearStart, s.clauseEnd - 10), s.clauseEnd) & W::ZhFrom) &&
        (inAfter & (W::ZhChange | W::ZhTo)))
        return R::Earlier;
    if ((inNear & W::ZhEarlier) && (inAfter & W::ZhChange))
        return R::Earlier;
    if (relative) // a plan fulfilled (华东完成百分之一一八·六九); else a part
        return inNear & (W::ZhPlanNoun | W::ZhCompleted) ? R::Actual : R::Share;
    // 分配推销数额如下：重庆市三百万分: the list after a plan's colon.
    if (c.clause.size() > near.size() && c.clause.at(c.clause.size() - near.size() - 1) == u'：' &&
        (s.in(s.clauseStart, s.nearStart) & planWords) && !fulfilled)
        return R::Plan;
    // 最近初步决定，在全省…再精简10％: a plan said in the clause before.
    const quint32 inGroup = s.in(s.clauseStart, s.nearStart);
    if (((inGroup & (W::ZhPlan | W::ZhDecide)) || ((inGroup & W::ZhJiang) && !(inGroup & W::ZhJiangJin))) &&
        !fulfilled && !(inGroup & W::ZhFulfilled))
        return R::Plan;
    return R::Actual;
}

Figure::Role english(const RoleReader::Context &c)
{
    using R = Figure::Role;
    // The comma clause the figure stands in, and its last forty characters.
    const QStringView near = ownClause(c.clause);
    const Spans s = spansOf(c, false, near);
    const quint32 inNear = s.in(s.nearStart, s.clauseEnd);
    const quint32 inTail = s.in(qMax(s.nearStart, s.clauseEnd - 40), s.clauseEnd);
    const quint32 afterHead = s.in(s.afterStart, qMin(s.afterEnd, s.afterStart + 60));
    const bool percent = c.kind == Figure::Kind::Percent || c.kind == Figure::Kind::Fraction;
    const bool fulfilled = inNear & W::Fulfilled;
    const bool planNoun = inNear & W::PlanNoun;
    if ((inNear & W::Plan) && !(fulfilled && planNoun))
        return R::Plan;
    if ((inTail & W::Change) || c.kind == Figure::Kind::Multiple || (afterHead & W::ChangeAfter))
        return R::Change;
    if (near.endsWith(u"from ", Qt::CaseInsensitive) && (s.in(s.afterStart, s.afterEnd) & W::To))
        return R::Earlier;
    if (inNear & W::Earlier)
        return R::Earlier;
    if (percent) {
        if (planNoun || c.after.startsWith(u" of the plan", Qt::CaseInsensitive) ||
            c.after.startsWith(u" of its", Qt::CaseInsensitive))
            return R::Actual;
        if ((inNear & W::Share) || c.after.startsWith(u" of ", Qt::CaseInsensitive))
            return R::Share;
    }
    return R::Actual;
}

} // namespace

Figure::Role RoleReader::read(Article::Language language, const Context &context)
{
    return language == Article::Language::Chinese ? chinese(context) : english(context);
}
