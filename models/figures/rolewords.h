#pragma once

#include "figures/englishwords.h"

#include <QStringView>
#include <QtGlobal>

#include <vector>

// The words and phrases RoleReader weighs (plans, results, changes, earlier levels, shares), found
// in a sentence once for all of its figures: English word by word, each word hashed and looked up
// once; Chinese at each character, among the words that start with it. A figure then asks which
// categories stand in a stretch of its clause. Searching for every listed word in every figure's
// clause cost more than all the rest of the figure's reading.
class RoleWords
{
public:
    enum Category : quint32
    {
        // English
        Plan = 1u << 0,         // planned, expected, will, target, quota …
        Fulfilled = 1u << 1,    // fulfilled, completed, reached …
        PlanNoun = 1u << 2,     // plan, target, quota: what a result is measured against
        Change = 1u << 3,       // increased, rose, reduced, saved …
        ChangeAfter = 1u << 4,  // after a figure: increase, higher than, more than last …
        Earlier = 1u << 5,      // last year's, before liberation, compared with the …
        Share = 1u << 6,        // accounting for, share, proportion
        To = 1u << 7,           // "from N to M"
                                // Chinese
        ZhPlan = 1u << 8,       // 预计 争取 可望 …
        ZhPlanNoun = 1u << 9,   // 计划 任务 指标 定额
        ZhFulfilled = 1u << 10, // 完成 实际 超额 …
        ZhChange = 1u << 11,    // 增加 提高 减少 …
        ZhEarlier = 1u << 12,   // 去年 解放前 原有 …
        ZhWill = 1u << 13,      // 要在 决定 规定 配额 …
        ZhJiang = 1u << 14,     // 将
        ZhJiangJin = 1u << 15,  // 将近 (nearly, no plan)
        ZhKe = 1u << 16,        // 可
        ZhKeShi = 1u << 17,     // 可是 (but, no plan)
        ZhYing = 1u << 18,      // 应为 应该 应当 …
        ZhTarget = 1u << 19,    // 的计划 的任务 的指标 … after a figure
        ZhShi = 1u << 20,       // 是
        ZhCompleted = 1u << 21, // 完成
        ZhFrom = 1u << 22,      // 从 由
        ZhTo = 1u << 23,        // 到 至
        ZhYao = 1u << 24,       // 要
        ZhYaoNot = 1u << 25,    // 主要 重要 只要 纲要 …: no plan
        ZhWillAfter = 1u << 26, // 将 可望 能够 right after a figure's noun
        ZhDecide = 1u << 27,    // 决定 打算 准备: a plan for what follows in the clause group
    };
    struct Match
    {
        int start = 0;
        int end = 0;
        quint32 categories = 0;
    };
    // The matches of text, in order of their start; words: text's, tokenized.
    static void readEnglish(const std::vector<EnglishWords::Token> &words, std::vector<Match> &out);
    static void readEnglish(QStringView text, std::vector<Match> &out);
    static void readChinese(QStringView text, std::vector<Match> &out);
    // The categories of the matches that lie wholly in [from, to).
    static quint32 categories(const std::vector<Match> &matches, int from, int to);
};
