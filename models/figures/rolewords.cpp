#include "figures/rolewords.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include <algorithm>
#include <bitset>

namespace {

using C = RoleWords;

quint64 hashOf(QStringView word)
{
    return EnglishWords::hash(word.utf16(), word.size());
}

// English: by the hash of a phrase's first word, its categories alone and the phrases it starts.
struct EnglishTable
{
    struct Phrase
    {
        QVector<quint64> rest; // the words after the first
        quint32 categories = 0;
    };
    struct Entry
    {
        quint32 single = 0;
        QVector<Phrase> phrases;
    };
    QHash<quint64, Entry> entries;
    std::bitset<4096> bits; // by the hash's low bits: most words are not looked up

    void add(std::initializer_list<QStringView> words, quint32 category)
    {
        for (const QStringView w : words) {
            const QList<QStringView> parts = w.split(u' ');
            const quint64 h = hashOf(parts.front());
            bits.set(h & 0xFFF);
            Entry &e = entries[h];
            if (parts.size() == 1) {
                e.single |= category;
                continue;
            }
            Phrase p;
            for (qsizetype i = 1; i < parts.size(); ++i)
                p.rest.append(hashOf(parts.at(i)));
            p.categories = category;
            e.phrases.append(p);
        }
    }
};

const EnglishTable &englishTable()
{
    static const EnglishTable t = [] {
        EnglishTable t;
        t.add({u"plan",      u"plans",     u"planned",  u"planning", u"expected", u"expects",
               u"expect",    u"estimated", u"estimate", u"will",     u"target",   u"targets",
               u"quota",     u"quotas",    u"aim",      u"aims",     u"strive",   u"striving",
               u"projected", u"scheduled", u"intends",  u"can",      u"could",    u"would"},
              C::Plan);
        t.add({u"fulfilled", u"completed", u"fulfilling", u"completing", u"overfulfilled", u"exceeded",
               u"reached", u"achieved"},
              C::Fulfilled);
        t.add({u"plan", u"plans", u"target", u"targets", u"quota"}, C::PlanNoun);
        t.add({u"increase",     u"increased", u"increases", u"increasing", u"rose",      u"grew",
               u"decreased",    u"decrease",  u"reduced",   u"reduction",  u"reduce",    u"dropped",
               u"fell",         u"saved",     u"saving",    u"exceeded",   u"exceeding", u"over produced",
               u"overproduced", u"growth",    u"raised",    u"up"},
              C::Change);
        t.add({u"increase", u"decrease", u"higher than", u"lower than", u"more than last", u"more than in",
               u"over the previous"},
              C::ChangeAfter);
        // "last year's" is read as the words last, year, s.
        t.add({u"last year s", u"before liberation", u"in the past", u"originally", u"previously",
               u"previous", u"compared to the", u"compared with the", u"than the"},
              C::Earlier);
        t.add({u"accounting", u"accounted", u"account", u"share", u"proportion"}, C::Share);
        t.add({u"to"}, C::To);
        return t;
    }();
    return t;
}

// Chinese: by first character, the words that start with it and their categories.
struct ChineseTable
{
    struct Entry
    {
        QString word;
        quint32 categories = 0;
    };
    QHash<char16_t, QVector<Entry>> byFirst;
    std::bitset<65536> firsts;

    void add(std::initializer_list<QStringView> words, quint32 category)
    {
        for (const QStringView w : words) {
            QVector<Entry> &list = byFirst[w.front().unicode()];
            firsts.set(w.front().unicode());
            const auto it =
                std::find_if(list.begin(), list.end(), [&](const Entry &e) { return e.word == w; });
            if (it != list.end())
                it->categories |= category;
            else
                list.append({w.toString(), category});
        }
    }
};

const ChineseTable &chineseTable()
{
    static const ChineseTable t = [] {
        ChineseTable t;
        // Plans that say so (预计, 争取) and those that also name what a result is measured against
        // (计划, 任务, 指标): 完成了全年计划的百分之一一六 reports a result.
        t.add({u"预计", u"估计", u"争取", u"力争", u"可望", u"预期", u"打算", u"准备",
               u"拟",   u"可达", u"可以", u"可能", u"要求", u"规划", u"预定", u"保证",
               u"可增", u"可产", u"可收", u"可超", u"应达", u"需要"},
              C::ZhPlan);
        t.add({u"计划", u"任务", u"指标", u"定额"}, C::ZhPlanNoun);
        t.add({u"完成", u"实际", u"超额", u"实现", u"达到", u"达"}, C::ZhFulfilled);
        t.add({u"增加", u"增长", u"增产", u"提高", u"降低", u"减少", u"下降",
               u"超过", u"超额", u"超产", u"扩大", u"节约", u"节省", u"上升",
               u"增收", u"减产", u"多收", u"多产", u"翻",   u"增",   u"减"},
              C::ZhChange);
        t.add({u"去年", u"解放前", u"过去", u"原有", u"原来", u"以前", u"上年", u"前年", u"战前", u"原先",
               u"上半年", u"同期"},
              C::ZhEarlier);
        // 可挣粮六百石, 要做一百三十天, 决心实现亩产二百斤: a plan's own figure.
        t.add({u"要在", u"要比", u"要达到", u"要做到", u"决定", u"决心", u"规定", u"配额", u"分配", u"数额"},
              C::ZhWill);
        t.add({u"将"}, C::ZhJiang);
        t.add({u"将近"}, C::ZhJiangJin);
        t.add({u"可"}, C::ZhKe);
        t.add({u"可是"}, C::ZhKeShi);
        // Not 应 alone: 供应, 适应, 响应 are no plans.
        t.add({u"应为", u"应该", u"应当", u"应有", u"应交", u"应完成", u"应比", u"应在"}, C::ZhYing);
        t.add({u"的计划", u"的任务", u"的指标", u"的跃进指标", u"的国家计划", u"的生产计划", u"的规划",
               u"的生产规划", u"的远景规划", u"的斗争"},
              C::ZhTarget);
        t.add({u"要"}, C::ZhYao);
        t.add({u"主要", u"重要", u"只要", u"纲要", u"要是", u"要求", u"需要", u"不要", u"必要", u"要素"},
              C::ZhYaoNot);
        t.add({u"将", u"可望", u"能够"}, C::ZhWillAfter);
        t.add({u"决定", u"打算", u"准备", u"拟"}, C::ZhDecide);
        // 本年计划开工的房屋建筑面积, 1958年计划每亩施肥十车: 计划 before a verb plans it.
        t.add({u"计划开工", u"计划完成", u"计划生产", u"计划推广", u"计划种植", u"计划播种",
               u"计划发展", u"计划修建", u"计划新建", u"计划建设", u"计划增产", u"计划增加",
               u"计划每亩", u"计划收购", u"计划投资", u"计划造林", u"计划扩大", u"计划组织",
               u"计划建立", u"计划达到", u"共需",     u"需"},
              C::ZhPlan);
        t.add({u"是"}, C::ZhShi);
        t.add({u"完成"}, C::ZhCompleted);
        t.add({u"从", u"由"}, C::ZhFrom);
        t.add({u"到", u"至"}, C::ZhTo);
        return t;
    }();
    return t;
}

} // namespace

void RoleWords::readEnglish(QStringView text, std::vector<Match> &out)
{
    thread_local std::vector<EnglishWords::Token> words;
    EnglishWords::tokenize(text, words);
    readEnglish(words, out);
}

void RoleWords::readEnglish(const std::vector<EnglishWords::Token> &words, std::vector<Match> &out)
{
    out.clear();
    const EnglishTable &t = englishTable();
    for (size_t k = 0; k < words.size(); ++k) {
        const quint64 h = words[k].hash;
        if (!t.bits.test(h & 0xFFF))
            continue;
        const auto it = t.entries.constFind(h);
        if (it == t.entries.cend())
            continue;
        if (it->single)
            out.push_back({words[k].start, words[k].end, it->single});
        for (const EnglishTable::Phrase &p : it->phrases) {
            if (k + size_t(p.rest.size()) >= words.size())
                continue;
            bool same = true;
            for (qsizetype r = 0; r < p.rest.size() && same; ++r)
                same = words[k + 1 + size_t(r)].hash == p.rest.at(r);
            if (same) {
                out.push_back({words[k].start, words[k + size_t(p.rest.size())].end, p.categories});
                break;
            }
        }
    }
}

void RoleWords::readChinese(QStringView text, std::vector<Match> &out)
{
    out.clear();
    const ChineseTable &t = chineseTable();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (!t.firsts.test(c))
            continue;
        const auto words = t.byFirst.constFind(c);
        for (const ChineseTable::Entry &e : *words) {
            if (i + e.word.size() <= n && text.mid(i, e.word.size()) == e.word)
                out.push_back({int(i), int(i + e.word.size()), e.categories});
        }
    }
}

quint32 RoleWords::categories(const std::vector<Match> &matches, int from, int to)
{
    quint32 out = 0;
    auto it = std::lower_bound(matches.cbegin(), matches.cend(), from,
                               [](const Match &m, int at) { return m.start < at; });
    for (; it != matches.cend() && it->start < to; ++it) {
        if (it->end <= to)
            out |= it->categories;
    }
    return out;
}
