#include "numbers/chinesenumerals.h"

#include "quantityrows.h"

#include <QtTest>

using namespace QuantityRows;

// Chinese quantities in their many printed forms, as ChineseNumerals::scan() reads them in a phrase:
// clock times and durations, scales written once, negatives, the indefinite 一, compound units and
// money below the yuan, foreign currencies, halves, approximations, numbered names, ranges carrying
// their measure word, and words that contain numeral characters but are no figures. The plain
// numerals, the sample article and the ICU round trip are tst_chinesenumerals'.
class TestChineseQuantities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scan_data();
    void scan();
};

void TestChineseQuantities::scan_data()
{
    addColumns();

    // Clock times are part of the date: no figure.
    row("十五时十七分至二十一时", "十五时十七分", 15, F::Date);
    row("二十一时零三分", "二十一时零三分", 21, F::Date);
    row("十月一日十五时", "十月一日", 10, F::Date);
    row("二时三十七分，", "二时三十七分", 2, F::Date);
    // 成 with a half or a digit after it, 一至二成.
    row("小麦增产一成半", "一成半", 15, F::Percent, A::Exact, "percent");
    row("增产四成七，", "四成七", 47, F::Percent, A::Exact, "percent");
    row("增产三成，", "三成", 30, F::Percent, A::Exact, "percent");
    rangeRow("一般增产一至二成", "一至二成", 10, 20, "percent", F::Percent);
    none("一成不变");
    // A scale written once belongs to both sides of a range.
    rangeRow("参加的有三至五万人", "三至五万", 3e4, 5e4, "人");
    rangeRow("一千到两千万元", "一千到两千万元", 1e7, 2e7, "yuan");
    rangeRow("2至3万斤", "2至3万", 2e4, 3e4, "jin");
    rangeRow("五至八亿元", "五至八亿元", 5e8, 8e8, "yuan");
    rangeRow("二万五千到二万六千个", "二万五千到二万六千", 25000, 26000, "个");
    rangeRow("三至五个小组", "三至五", 3, 5, "个");
    // Durations: a number of years, months, days, hours, weeks; a year is written digit by digit.
    row("相当于过去两年的", "两", 2, F::Number, A::Exact, "year");
    row("十年来", "十", 10, F::Number, A::Exact, "year");
    row("三千年前的文物", "三千", 3000, F::Number, A::Exact, "year");
    row("两年多来", "两", 2, F::Number, A::More, "year");
    row("3年内", "3", 3, F::Number, A::Exact, "year");
    row("两个月", "两", 2, F::Number, A::Exact, "month");
    row("一个多月来", "一", 1, F::Number, A::More, "month");
    row("二十小时", "二十", 20, F::Number, A::Exact, "hour");
    row("用了五天", "五", 5, F::Number, A::Exact, "day");
    row("两个星期", "两", 2, F::Number, A::Exact, "week");
    row("1958年", "1958年", 1958, F::Date);
    row("第一个五年计划", "第一", 1, F::Ordinal, A::Exact, "个");
    row("五年计划", "五年", 5, F::Date);

    // 强 and 弱 after a percent; 约 before a verb; 近 in 最近, 附近 is no approximation.
    row("占百分之三十六强，", "百分之三十六强", 36, F::Percent, A::More, "percent");
    row("达77％强。", "77％强", 77, F::Percent, A::More, "percent");
    row("达百分之二十弱。", "百分之二十弱", 20, F::Percent, A::Less, "percent");
    row("百分之十强度", "百分之十", 10, F::Percent, A::Exact, "percent");
    row("约占百分之四十", "约占百分之四十", 40, F::Percent, A::About, "percent");
    row("约有三千人", "约有三千", 3000, F::Number, A::About, "人");
    row("最近七天", "七", 7, F::Number, A::Exact, "day");
    row("近一年来", "一", 1, F::Number, A::Exact, "year");
    row("近两个月以来", "两", 2, F::Number, A::Exact, "month");
    row("近两个月完成", "近两", 2, F::Number, A::Less, "month");
    row("每户不超过二百元", "不超过二百元", 200, F::Number, A::Less, "yuan");
    row("附近三个村", "三", 3, F::Number, A::Exact, "个");
    // Below zero.
    row("零下三十度左右", "零下三十", -30, F::Number, A::About, "degree");
    row("负三十二", "负三十二", -32, F::Number, A::Exact, "", kNone, false);
    // The indefinite 一 is no figure; a 一 that is the news is.
    none("京郊建成一座养鸭场");
    none("也是造成产品积压的一个原因");
    none("一种是比较定型的");
    row("军舰一艘，两次侵入", "一", 1, F::Number, A::Exact, "艘");
    row("两个组合并为了一个组", "一", 1, F::Number, A::Exact, "个");
    row("由十个社减少到一个社", "一", 1, F::Number, A::Exact, "个");
    row("仅有一个厂被评为甲等", "一", 1, F::Number, A::Exact, "个");
    row("修了一公里", "一", 1, F::Number, A::Exact, "km");
    // Compound units: one figure.
    row("亩产一千一百七十一斤七两", "一千一百七十一", 1171.4375, F::Number, A::Exact, "jin");
    row("四百六十二斤十四两", "四百六十二", 462.875, F::Number, A::Exact, "jin");
    row("三亩五分", "三", 3.5, F::Number, A::Exact, "mu");
    row("播种冬麦一百二十五亩八分二厘，", "一百二十五", 125.82, F::Number, A::Exact, "mu");
    row("分红二元五角七分三厘。", "二元五角七分三厘", 2.573, F::Number, A::Exact, "yuan");
    row("九元七角左右", "九元七角左右", 9.7, F::Number, A::About, "yuan");
    row("三元五角二分", "三元五角二分", 3.52, F::Number, A::Exact, "yuan");
    row("五元三角形", "五元", 5, F::Number, A::Exact, "yuan");
    row("四百斤两万斤", "四百", 400, F::Number, A::Exact, "jin");
    none("万万没想到");
    none("万万不可大意");
    row("四万万人民", "四万万", 4e8, F::Number, A::Exact, "人");
    row("一万零十二元", "一万零十二元", 10012, F::Number, A::Exact, "yuan");
    row("一百零五个", "一百零五", 105, F::Number, A::Exact, "个");
    // 亿 after a number of 万 multiplies all of it; money below the yuan.
    row("认购公债六万四千多亿元", "六万四千多亿元", 6.4e12, F::Number, A::More, "yuan");
    row("六万四千二百五十三亿三千多万元", "六万四千二百五十三亿三千多万元", 6425330000000, F::Number, A::More,
        "yuan");
    row("一万五千亿元", "一万五千亿元", 1.5e12, F::Number, A::Exact, "yuan");
    row("三万五千亿斤", "三万五千亿", 3.5e12, F::Number, A::Exact, "jin");
    row("每斤五角", "五角", 0.5, F::Number, A::Exact, "yuan");
    row("只要三分钱", "三分钱", 0.03, F::Number, A::Exact, "yuan");
    row("八角二分", "八角二分", 0.82, F::Number, A::Exact, "yuan");
    row("两角钱", "两角钱", 0.2, F::Number, A::Exact, "yuan");
    none("一颗五角星");
    // Foreign currencies.
    row("援助五百万美元", "五百万", 5e6, F::Number, A::Exact, "dollar");
    row("三百万卢布", "三百万", 3e6, F::Number, A::Exact, "ruble");
    row("二十万英镑", "二十万", 2e5, F::Number, A::Exact, "pound_sterling");
    row("四十二万一千九百四十一盾", "四十二万一千九百四十一", 421941, F::Number, A::Exact, "rupee");
    row("五百三十余石", "五百三十余", 530, F::Number, A::More, "shi");
    row("每锭一·二二磅", "一·二二", 1.22, F::Number, A::Exact, "pound");
    row("一百二十万千瓦", "一百二十万", 1.2e6, F::Number, A::Exact, "kw");
    row("发电五万千瓦时", "五万", 5e4, F::Number, A::Exact, "kwh");
    row("五千克", "五", 5, F::Number, A::Exact, "kg");
    row("三千人", "三千", 3000, F::Number, A::Exact, "人");
    // A half after the measure word.
    row("两头半以上", "两", 2.5, F::Number, A::More, "头");
    row("三斤半", "三", 3.5, F::Number, A::Exact, "jin");
    row("两个半月", "两", 2.5, F::Number, A::Exact, "month");
    row("一年半", "一", 1.5, F::Number, A::Exact, "year");
    row("将近二百个半社会主义的合作社", "将近二百", 200, F::Number, A::Less, "个");

    // Approximation.
    row("每十小时可耕地约一百八十亩", "约一百八十", 180, F::Number, A::About, "mu");
    row("却有将近三亩茶子山", "将近三", 3, F::Number, A::Less, "mu");
    row("平均每户就可以多分近二十元", "近二十元", 20, F::Number, A::Less, "yuan");
    row("用钱不到二千元", "不到二千元", 2000, F::Number, A::Less, "yuan");
    row("大约五百人", "大约五百", 500, F::Number, A::About, "人");
    row("超过三千户", "超过三千", 3000, F::Number, A::More, "户");
    row("估计为三十左右", "三十左右", 30, F::Number, A::About);
    row("达到二十以上", "二十以上", 20, F::Number, A::More);
    row("扩大一千六百万亩左右", "一千六百万", 1.6e7, F::Number, A::About, "mu");
    row("耘锄二十五万件以上", "二十五万", 2.5e5, F::Number, A::More, "件");
    row("作社开业后的一个多星期内", "一", 1, F::Number, A::More, "个");
    row("临汾两专区十几个县", "十几", 10, F::Number, A::More, "个", 19);
    row("十几万元", "十几万元", 1e5, F::Number, A::More, "yuan", 1.9e5);
    row("二十几万人", "二十几万", 2e5, F::Number, A::More, "人", 2.9e5);
    row("三十几个县", "三十几", 30, F::Number, A::More, "个", 39);
    // A bare number names a district or a factory; counted, it follows 等, 共, 分 or takes a classifier.
    row("东赵布等五村", "五", 5, F::Number, A::Exact, "村");
    row("全县共分十三区", "十三", 13, F::Number, A::Exact, "区");
    row("该县十三区八个村", "八", 8, F::Number, A::Exact, "个");
    row("鹿鸣、洒把两乡农民", "两", 2, F::Number, A::Exact, "乡");
    row("新建了三个厂", "三", 3, F::Number, A::Exact, "个");
    row("缴获二十支枪", "二十", 20, F::Number, A::Exact, "支");
    row("两度访华", "两", 2, F::Number, A::Exact, "度");
    row("运粪二百多万车", "二百多万", 2e6, F::Number, A::More, "cartload");
    // The 一 that counts: a year ahead, what something came to.
    row("提前一年完成", "一", 1, F::Number, A::Exact, "year");
    row("两个互助组自动合并为一个组", "一", 1, F::Number, A::Exact, "个");
    row("全乡增加了一个社", "一", 1, F::Number, A::Exact, "个");
    row("全县只剩一个", "一", 1, F::Number, A::Exact, "个");
    row("“十万灾民”", "十万", 1e5, F::Number, A::Exact, "");
    // Ranges whose sides each carry the measure word; 以上 … 以下 bound both sides, so they are exact.
    row("平均为一斤到一斤半棉花", "一斤到一斤半", 1, F::Number, A::Exact, "jin", 1.5, true);
    row("三斤至五斤", "三斤至五斤", 3, F::Number, A::Exact, "jin", 5, true);
    row("约三斤到五斤", "约三斤到五斤", 3, F::Number, A::About, "jin", 5, true);
    row("达到两头半以上、三头以下的有", "两头半以上、三头以下", 2.5, F::Number, A::Exact, "头", 3, true);
    row("达到两头以上，两头半以下的有", "两头以上，两头半以下", 2, F::Number, A::Exact, "头", 2.5, true);
    row("一头半以上、两头以下", "一头半以上、两头以下", 1.5, F::Number, A::Exact, "头", 2, true);
    row("两头以上，三斤以下", "两", 2, F::Number, A::More, "头"); // not one measure: no range
    row("五斤到三斤", "五", 5, F::Number, A::Exact, "jin");       // falling: no range
    row("平均每户超过了一头", "超过了一", 1, F::Number, A::More, "头");
    row("接近了百分之五十", "接近了百分之五十", 50, F::Percent, A::Less, "percent");
    row("平均每户一头半", "一", 1.5, F::Number, A::Exact, "头");
    // Half of a whole: 半数, 过半 (一半 is tst_chinesenumerals'); 半年, 半机械化 are no shares.
    row("半数以上农民入社", "半数以上", 0.5, F::Fraction, A::More);
    row("超过半数的社", "超过半数", 0.5, F::Fraction, A::More);
    row("入社农户已过半", "过半", 0.5, F::Fraction, A::More);
    row("约半数的乡", "约半数", 0.5, F::Fraction, A::About);
    none("过半年再说");
    none("半机械化农具");
    // 两 after a place is no digit: 十两 is ten liang, and 九、十两个月 two months; 一万两千 has it.
    row("九、十两个月内", "两", 2, F::Number, A::Exact, "month");
    row("一万两千斤", "一万两千", 12000, F::Number, A::Exact, "jin");
    row("三千两百人", "三千两百", 3200, F::Number, A::Exact, "人");
    // A comparative after 比 counts the difference: 快一倍 is twice as fast.
    row("比全国平均增长速度快一倍以上。", "一倍以上", 2, F::Multiple, A::More);
    row("比去年多一倍", "一倍", 2, F::Multiple, A::Exact);
    row("产量为去年的一倍", "一倍", 1, F::Multiple, A::Exact);
    // 约 ending a word (节约, 条约) is no "about".
    row("今年共可节约九亿三千五百余万元", "九亿三千五百余万元", 9.35e8, F::Number, A::More, "yuan");
    row("签订条约三个", "三", 3, F::Number, A::Exact, "个");

    // Words that contain numeral characters but are no figures.
    for (const char *word : {"意见一致",
                             "一些问题",
                             "统一领导",
                             "万一发生",
                             "十分重要",
                             "三反五反运动",
                             "一般农民",
                             "一切力量",
                             "一起劳动",
                             "一定影响",
                             "一直坚持",
                             "一部分县城",
                             "一方面",
                             "一面生产",
                             "一样好",
                             "一道前进",
                             "一同前往",
                             "一齐动手",
                             "一贯主张",
                             "一律平等",
                             "一再说明",
                             "唯一办法",
                             "千方百计",
                             "五四运动",
                             "实现四化",
                             "三八妇女节",
                             "百货公司",
                             "万岁",
                             "老百姓",
                             "千万不要",
                             "一举两得",
                             "一向如此",
                             "一度紧张",
                             "一手包办",
                             "一时困难",
                             "大小不一",
                             "主要产地之一",
                             "露坳一带",
                             "一番努力",
                             "一行人",
                             "后两者",
                             "干劲十足",
                             "九州",
                             "万县专区",
                             "四川省",
                             "六合县",
                             "进一步组织",
                             "这一调查",
                             "每一个农户",
                             "另一个",
                             "几乎全部",
                             "几个人",
                             "几十个工厂",
                             "几百万斤粮食",
                             "动员了数万人",
                             "数十个合作社",
                             "开垦了数百万亩荒地",
                             "几十间土房",
                             "一头扎进工作",
                             "喊了一声“好”",
                             "比前一年扩大",
                             "较前一个月降低了",
                             "比上一年增加",
                             "超过解放后任何一年，",
                             "取得决定性胜利的一年。",
                             "国家就有了一个办理机构",
                             "算了一个细账",
                             "挤在一块，",
                             "收割器一人一天可割",
                             "全省的“百斤皮棉区”",
                             "其中的“万亩丰产方”，",
                             "汲县四区张庄",
                             "吐鲁番县二区一乡",
                             "绥化三、四区群众",
                             "该县十三区骆驼村",
                             "上钢一厂、二厂、三厂、六厂等老厂",
                             "上海国棉二厂职工",
                             "党的八届八中全会",
                             "七中全会的决议",
                             "超额完成突击二十支纱任务",
                             "四十二支棉纱",
                             "零售商店",
                             "队伍壮大",
                             "陆续开工",
                             "收拾一下",
                             "“三定”",
                             "“六六六”药粉",
                             "“一九五三保全工作法”",
                             "一、发动群众",
                             "（二）",
                             "一成不变",
                             "千家万户",
                             "成千上万",
                             "亿万人民",
                             "百分比",
                             "提高一步",
                             "一点也不"})
        none(word);
}

void TestChineseQuantities::scan()
{
    QFETCH(QString, text);
    verify(ChineseNumerals::scan(text));
}

QTEST_GUILESS_MAIN(TestChineseQuantities)
#include "tst_chinesequantities.moc"
