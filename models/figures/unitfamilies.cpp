#include "figures/unitfamilies.h"

#include "figures/englishwords.h"

#include <QHash>

#include <array>
#include <cstring>
#include <string_view>
#include <unordered_map>

using F = Figure::Family;

Figure::Family UnitFamilies::of(Figure::Kind kind, const QString &unit, QStringView counted,
                                Article::Language language)
{
    switch (kind) {
    case Figure::Kind::Percent:
        return F::Percent;
    case Figure::Kind::Multiple:
        return F::Multiple;
    case Figure::Kind::Duration:
        return F::Duration;
    case Figure::Kind::Money:
        return F::Money;
    case Figure::Kind::Fraction:
        return F::Other; // a share of what the sentence names: 三分之一的社员 is still a third
    case Figure::Kind::Measure:
    case Figure::Kind::Range:
    case Figure::Kind::Count:
        break;
    }
    const F byUnit = ofUnit(unit);
    if (byUnit != F::Other || kind == Figure::Kind::Measure)
        return byUnit;
    return language == Article::Language::Chinese ? ofChineseCount(unit, counted)
                                                  : ofEnglishCount(unit, counted);
}

Figure::Family UnitFamilies::ofUnit(const QString &unit)
{
    // The canonical units of the number readers (chinesemeasurewords.cpp, englishnumberwords.cpp) and
    // the English plurals the translations print.
    static const QHash<QString, F> units = {{QStringLiteral("percent"), F::Percent},
                                            {QStringLiteral("percentage_point"), F::Percent},
                                            {QStringLiteral("times"), F::Multiple},
                                            {QStringLiteral("yuan"), F::Money},
                                            {QStringLiteral("dollar"), F::Money},
                                            {QStringLiteral("ruble"), F::Money},
                                            {QStringLiteral("pound_sterling"), F::Money},
                                            {QStringLiteral("rupee"), F::Money},
                                            {QStringLiteral("franc"), F::Money},
                                            {QStringLiteral("yen"), F::Money},
                                            {QStringLiteral("hk_dollar"), F::Money},
                                            {QStringLiteral("jin"), F::Weight},
                                            {QStringLiteral("dan"), F::Weight},
                                            {QStringLiteral("liang"), F::Weight},
                                            {QStringLiteral("ton"), F::Weight},
                                            {QStringLiteral("kg"), F::Weight},
                                            {QStringLiteral("pound"), F::Weight},
                                            {QStringLiteral("mu"), F::Area},
                                            {QStringLiteral("qing"), F::Area},
                                            {QStringLiteral("shang"), F::Area},
                                            {QStringLiteral("hectare"), F::Area},
                                            {QStringLiteral("m2"), F::Area},
                                            {QStringLiteral("km2"), F::Area},
                                            {QStringLiteral("km"), F::Length},
                                            {QStringLiteral("li"), F::Length},
                                            {QStringLiteral("m"), F::Length},
                                            {QStringLiteral("chi"), F::Length},
                                            {QStringLiteral("zhang"), F::Length},
                                            {QStringLiteral("m3"), F::Volume},
                                            {QStringLiteral("shi"), F::Volume},
                                            {QStringLiteral("cartload"), F::Volume},
                                            {QStringLiteral("kw"), F::Power},
                                            {QStringLiteral("kwh"), F::Energy},
                                            {QStringLiteral("head"), F::Head},
                                            {QStringLiteral("头"), F::Head},
                                            {QStringLiteral("匹"), F::Head},
                                            {QStringLiteral("只"), F::Head},
                                            {QStringLiteral("人"), F::Persons},
                                            {QStringLiteral("名"), F::Persons},
                                            {QStringLiteral("位"), F::Persons},
                                            {QStringLiteral("户"), F::Households},
                                            {QStringLiteral("县"), F::Places},
                                            {QStringLiteral("省"), F::Places},
                                            {QStringLiteral("乡"), F::Places},
                                            {QStringLiteral("村"), F::Places},
                                            {QStringLiteral("镇"), F::Places},
                                            {QStringLiteral("旗"), F::Places},
                                            {QStringLiteral("day"), F::Duration},
                                            {QStringLiteral("days"), F::Duration},
                                            {QStringLiteral("month"), F::Duration},
                                            {QStringLiteral("months"), F::Duration},
                                            {QStringLiteral("year"), F::Duration},
                                            {QStringLiteral("years"), F::Duration},
                                            {QStringLiteral("hour"), F::Duration},
                                            {QStringLiteral("hours"), F::Duration},
                                            {QStringLiteral("week"), F::Duration}};
    return units.value(unit, F::Other);
}

Figure::Family UnitFamilies::ofChineseCount(const QString &unit, QStringView counted)
{
    // The counted noun's last characters name its kind: 县 乡 村 are places, 社 组 厂 organisations,
    // in this order when two endings fit. Keys are views of the literals below.
    static const std::unordered_map<std::u16string_view, int> endings = [] {
        const std::initializer_list<std::u16string_view> lists[] = {
            {u"县", u"乡", u"村", u"镇", u"省", u"市", u"旗", u"盟", u"专区", u"地区", u"区", u"屯", u"庄",
             u"自治州"},
            {u"社",   u"组",   u"队",   u"厂",   u"矿",   u"企业", u"单位", u"机关",     u"公司",
             u"银行", u"商店", u"学校", u"小学", u"中学", u"大学", u"农场", u"牧场",     u"部",
             u"会",   u"团",   u"所",   u"院",   u"站",   u"店",   u"场",   u"合作组织", u"信用部"},
            {u"人",     u"员",   u"民",   u"工",   u"者",   u"干部", u"生",   u"师",   u"属",   u"兵",
             u"士",     u"农",   u"夫",   u"匠",   u"家",   u"代表", u"青年", u"妇女", u"群众", u"劳力",
             u"劳动力", u"同志", u"党员", u"团员", u"学徒", u"牧民", u"渔民", u"职工"},
            {u"户", u"农户"},
            {u"牛", u"马", u"羊", u"猪", u"驴", u"骡", u"骆驼", u"牲畜", u"家畜", u"鸡", u"鸭", u"鹅",
             u"牲口"}};
        std::unordered_map<std::u16string_view, int> m;
        for (int i = 0; i < int(std::size(lists)); ++i) {
            for (const std::u16string_view w : lists[i])
                m.emplace(w, i);
        }
        return m;
    }();
    static constexpr F kFamilies[] = {F::Places, F::Organisations, F::Persons, F::Households, F::Head};
    int best = -1;
    for (qsizetype k = 1; k <= qMin<qsizetype>(4, counted.size()); ++k) {
        const auto it = endings.find(std::u16string_view(counted.utf16() + counted.size() - k, size_t(k)));
        if (it != endings.end() && (best < 0 || it->second < best))
            best = it->second;
    }
    if (best == 0 ||
        (counted.isEmpty() && (unit == u"县" || unit == u"乡" || unit == u"村" || unit == u"省")))
        return F::Places;
    if (best == 1 ||
        (counted.isEmpty() && (unit == u"社" || unit == u"组" || unit == u"厂" || unit == u"校")))
        return F::Organisations;
    return best > 0 ? kFamilies[best] : F::Items;
}

Figure::Family UnitFamilies::ofEnglishCount(const QString &unit, QStringView counted)
{
    // The head noun is the phrase's last word ("credit cooperatives"), or the one before "of".
    QStringView head = counted;
    if (const qsizetype of = head.indexOf(u" of "); of > 0)
        head = head.left(of);
    if (const qsizetype space = head.lastIndexOf(u' '); space >= 0)
        head = head.mid(space + 1);
    if (head.isEmpty())
        head = unit;
    static const QHash<quint64, F> heads = [] {
        QHash<quint64, F> m;
        for (const char *w :
             {"counties", "county",    "townships",   "township", "villages", "village", "districts",
              "district", "provinces", "province",    "cities",   "city",     "towns",   "town",
              "banners",  "leagues",   "prefectures", "regions",  "areas",    "zones"})
            m.insert(EnglishWords::hash(QString::fromLatin1(w).utf16(), qsizetype(strlen(w))), F::Places);
        for (const char *w :
             {"cooperatives",  "cooperative",   "co-ops",       "coops",        "teams",     "team",
              "groups",        "group",         "factories",    "factory",      "plants",    "plant",
              "mines",         "mine",          "enterprises",  "enterprise",   "units",     "unit",
              "organizations", "organisations", "organization", "companies",    "company",   "banks",
              "bank",          "shops",         "shop",         "stores",       "store",     "schools",
              "school",        "farms",         "farm",         "stations",     "station",   "departments",
              "department",    "communes",      "commune",      "brigades",     "brigade",   "agencies",
              "offices",       "institutions",  "societies",    "associations", "hospitals", "clinics",
              "universities",  "colleges"})
            m.insert(EnglishWords::hash(QString::fromLatin1(w).utf16(), qsizetype(strlen(w))),
                     F::Organisations);
        for (const char *w : {"people",          "persons",        "person",
                              "members",         "member",         "workers",
                              "worker",          "peasants",       "farmers",
                              "cadres",          "cadre",          "students",
                              "pupils",          "teachers",       "delegates",
                              "representatives", "soldiers",       "staff",
                              "employees",       "women",          "men",
                              "youths",          "herdsmen",       "fishermen",
                              "craftsmen",       "handicraftsmen", "households-members",
                              "victims",         "residents",      "volunteers",
                              "laborers",        "labourers",      "technicians",
                              "engineers",       "experts",        "doctors",
                              "trainees",        "graduates",      "backbones",
                              "activists",       "militiamen",     "children",
                              "individuals",     "officials",      "participants",
                              "visitors",        "inhabitants",    "refugees",
                              "apprentices",     "masses",         "population",
                              "workforce",       "laborer"})
            m.insert(EnglishWords::hash(QString::fromLatin1(w).utf16(), qsizetype(strlen(w))), F::Persons);
        for (const char *w : {"households", "household", "families", "family"})
            m.insert(EnglishWords::hash(QString::fromLatin1(w).utf16(), qsizetype(strlen(w))), F::Households);
        for (const char *w :
             {"head", "cattle", "sheep", "pigs", "pig", "hogs", "horses", "oxen", "donkeys", "mules",
              "camels", "goats", "livestock", "animals", "chickens", "ducks", "poultry"})
            m.insert(EnglishWords::hash(QString::fromLatin1(w).utf16(), qsizetype(strlen(w))), F::Head);
        return m;
    }();
    return heads.value(EnglishWords::hash(head.utf16(), head.size()), F::Items);
}
