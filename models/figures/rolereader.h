#pragma once

#include "figures/figure.h"
#include "figures/rolewords.h"
#include "text/article.h"

#include <QStringView>

#include <vector>

// The role of a figure from the words around it: a plan, target or estimate (计划, 预计, 将, 争取,
// "expected"), an earlier level given for comparison (去年, 比秋收以前的六十五万个, "compared to the
// 650,000"), a change (增产, 提高了, "increased by", most multiples), a share (占…的百分之…, "85% of
// the farmers"), else an actual level. A percent of a plan fulfilled (完成计划的百分之一一六) is actual.
class RoleReader
{
public:
    struct Context
    {
        QStringView clause; // from the clause group's start (；/; or sentence start) to the figure
        QStringView after;  // the words after the figure, to the clause's end or the next figure
        Figure::Kind kind = Figure::Kind::Count;
        // The sentence that clause and after are views of and its role words (RoleWords), read
        // once for all of its figures; without them the two are read on their own.
        QStringView sentence;
        const std::vector<RoleWords::Match> *words = nullptr;
    };
    static Figure::Role read(Article::Language language, const Context &context);
};
