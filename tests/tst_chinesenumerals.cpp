#include "numbers/chinesenumerals.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <memory>
#include <unicode/rbnf.h>

using A = Quantity::Approx;
using F = Quantity::Form;

// Chinese numerals: parse() on bare numerals, scan() on phrases (span, value, range, approximation,
// form, unit), the sample article of the project's acceptance test, and a round trip through ICU's
// Chinese spellout.
class TestChineseNumerals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void scan_data();
    void scan();
    void sampleParagraph();
    void icuRoundTrip();
    void spansAreOrderedAndDisjoint();
    void randomText();
};

static const double kNone = qQNaN();

static void parseRow(const char *numeral, double value)
{
    QTest::addRow("%s", numeral) << QString::fromUtf8(numeral) << value;
}

void TestChineseNumerals::parse_data()
{
    QTest::addColumn<QString>("numeral");
    QTest::addColumn<double>("value");
    parseRow("一", 1);
    parseRow("十", 10);
    parseRow("十一", 11);
    parseRow("二十", 20);
    parseRow("二十二", 22);
    parseRow("一百", 100);
    parseRow("一百〇一", 101);
    parseRow("一百零一", 101);
    parseRow("一百一十", 110);
    parseRow("一千〇一十", 1010);
    parseRow("一千零五十", 1050);
    parseRow("两千", 2000);
    parseRow("二千〇二", 2002);
    parseRow("一万", 1e4);
    parseRow("一万〇一", 10001);
    parseRow("十万", 1e5);
    parseRow("十万〇一", 100001);
    parseRow("一百万", 1e6);
    parseRow("一千万", 1e7);
    parseRow("一亿", 1e8);
    parseRow("十亿", 1e9);
    parseRow("一千亿", 1e11);
    parseRow("一兆", 1e12);
    parseRow("一万亿", 1e12);
    parseRow("四万万", 4e8);
    parseRow("五十四亿八千三百五十二万六千", 5483526000);
    parseRow("一千〇二亿三十万〇四百", 100200300400);
    parseRow("十五亿零九百四十八万", 1509480000);
    parseRow("一万五千三百五十", 15350);
    parseRow("三百六十九", 369);
    parseRow("一万五", 15000);
    parseRow("三千二", 3200);
    parseRow("两万三", 23000);
    parseRow("三百五", 350);
    parseRow("十六点四", 16.4);
    parseRow("二十九点九二", 29.92);
    parseRow("三点一四", 3.14);
    parseRow("三点五万", 35000);
    parseRow("一零一点三六", 101.36);
    parseRow("一九五三", 1953);
    parseRow("二〇〇五", 2005);
    parseRow("3.5万", 35000);
    parseRow("876，200万", 8762000000);
    parseRow("2，100", 2100);
    parseRow("15,350", 15350);
    parseRow("1.66", 1.66);
    parseRow("３５０", 350);
    parseRow("１２．５", 12.5);
    parseRow("80万", 8e5);
    parseRow("5.48亿", 548000000);
    parseRow("1亿2000万", 120000000);
    parseRow("壹万贰仟叁佰肆拾伍", 12345);
    parseRow("伍佰", 500);
    parseRow("陆拾柒", 67);
    parseRow("一萬", 1e4);
    parseRow("三億", 3e8);
    parseRow("兩千", 2000);
    parseRow("廿五", 25);
    parseRow("卅二", 32);
    parseRow("〇", 0);
    parseRow("零", 0);
    parseRow("", kNone);
    parseRow("一些", kNone);
    parseRow("三四十", kNone);
    parseRow("几十", kNone);
    parseRow("一万多", kNone);
    parseRow("百分之十", kNone);
    parseRow("三个", kNone);
    parseRow("abc", kNone);
    parseRow("十百", kNone);
}

void TestChineseNumerals::parse()
{
    QFETCH(QString, numeral);
    QFETCH(double, value);
    const std::optional<double> parsed = ChineseNumerals::parse(numeral);
    if (qIsNaN(value)) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, value);
}

// One expected quantity: the span that must be found in text and what it must hold. A span of ""
// means that the text holds no quantity at all, not even a date.
static void row(const char *text, const char *span, double value, F form = F::Number, A approx = A::Exact,
                const char *unit = "", double high = kNone, bool range = false)
{
    QTest::addRow("%s|%s", QByteArray(text).replace('\n', ' ').constData(), span)
        << QString::fromUtf8(text) << QString::fromUtf8(span) << value << (qIsNaN(high) ? value : high)
        << int(approx) << int(form) << QString::fromUtf8(unit) << range;
}
static void rangeRow(const char *text, const char *span, double low, double high, const char *unit = "",
                     F form = F::Number)
{
    row(text, span, low, form, A::Exact, unit, high, true);
}
static void none(const char *text)
{
    row(text, "", 0);
}

void TestChineseNumerals::scan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("span");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("approx");
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("range");

    // The sentences of the sample article.
    row("出席会议的代表有一万多人", "一万多", 10000, F::Number, A::More, "人");
    row("贵州省百分之七十的县", "百分之七十", 70, F::Percent, A::Exact, "percent");
    row("西康省有九个县", "九", 9, F::Number, A::Exact, "个");
    rangeRow("有的地区还召开过两、三次", "两、三", 2, 3, "次");
    row("签订了一万五千三百五十多件合同", "一万五千三百五十多", 15350, F::Number, A::More, "件");
    row("产品总值达五十四亿八千多万元", "五十四亿八千多万元", 5480000000, F::Number, A::More, "yuan");
    row("云南省八十多个县", "八十多", 80, F::Number, A::More, "个");
    row("和二万三千多个手工业者", "二万三千多", 23000, F::Number, A::More, "个");
    row("比去年提高了百分之十六点四", "百分之十六点四", 16.4, F::Percent, A::Exact, "percent");
    row("每双鞋的成本平均降低一千元", "一千元", 1000, F::Number, A::Exact, "yuan");
    row("提高了百分之三十一", "百分之三十一", 31, F::Percent, A::Exact, "percent");
    row("今年一月份到四月份盈余一亿余元", "一亿余元", 1e8, F::Number, A::More, "yuan");
    row("相当于过去两年盈余的百分之八十", "百分之八十", 80, F::Percent, A::Exact, "percent");
    row("全区已有手工业生产合作社三百六十九个", "三百六十九", 369, F::Number, A::Exact, "个");
    row("社员一万二千三百多人", "一万二千三百多", 12300, F::Number, A::More, "人");
    row("有手工业生产小组三千七百九十三个", "三千七百九十三", 3793, F::Number, A::Exact, "个");
    row("组员八万九千五百多人", "八万九千五百多", 89500, F::Number, A::More, "人");
    row("生产总值，有八百七十多亿元", "八百七十多亿元", 8.7e10, F::Number, A::More, "yuan");
    row("增加了百分之二十九点九二", "百分之二十九点九二", 29.92, F::Percent, A::Exact, "percent");
    row("从一月间西南区召开", "一月间", 1, F::Date);
    row("召开第一次手工业工作会议", "第一", 1, F::Ordinal, A::Exact, "次");
    row("将于今年第三季度大体完成", "第三季度", 3, F::Date);
    row("今年三月份的产量", "三月份", 3, F::Date);
    row("比一九五三年十二月份提高了", "一九五三年十二月份", 1953, F::Date);
    row("今年一月份到四月份盈余", "一月份", 1, F::Date);
    row("今年一月份到四月份盈余", "四月份", 4, F::Date);
    row("到四月底止", "四月底", 4, F::Date);
    row("手工业合作组织今年第一季度的生产总值", "第一季度", 1, F::Date);
    row("相当于过去两年盈余的", "两", 2, F::Number, A::Exact, "year"); // a duration

    // Counts and measures.
    row("共有一百多个劳动力", "一百多", 100, F::Number, A::More, "个");
    row("将增产皮棉一千二百多万斤", "一千二百多万", 1.2e7, F::Number, A::More, "jin");
    row("肥料二十七万七千五百余吨", "二十七万七千五百余", 277500, F::Number, A::More, "ton");
    row("开了荒地一百五十七亩", "一百五十七", 157, F::Number, A::Exact, "mu");
    row("载荷达四百零八公顷", "四百零八", 408, F::Number, A::Exact, "hectare");
    row("多掘进了四十八公尺", "四十八", 48, F::Number, A::Exact, "m");
    row("建筑面积有一百三十多万平方公尺", "一百三十多万", 1.3e6, F::Number, A::More, "m2");
    row("公路十五公里", "十五", 15, F::Number, A::Exact, "km");
    row("小猪每头三十公斤", "三十", 30, F::Number, A::Exact, "kg");
    row("走了五里路", "五", 5, F::Number, A::Exact, "li");
    row("布三尺", "三", 3, F::Number, A::Exact, "chi");
    row("高二丈", "二", 2, F::Number, A::Exact, "zhang");
    row("蚕茧七千多担", "七千多", 7000, F::Number, A::More, "dan");
    row("约产六十万担", "六十万", 6e5, F::Number, A::Exact, "dan");
    row("耕畜九千多头", "九千多", 9000, F::Number, A::More, "头");
    row("每斤以七千三百三十元计算", "七千三百三十元", 7330, F::Number, A::Exact, "yuan");
    row("股金十五亿零九百四十八万元", "十五亿零九百四十八万元", 1509480000, F::Number, A::Exact, "yuan");
    row("共计需款一万二千元", "一万二千元", 12000, F::Number, A::Exact, "yuan");
    row("专款三百八十亿元", "三百八十亿元", 3.8e10, F::Number, A::Exact, "yuan");
    row("共值二亿三千六百余万元", "二亿三千六百余万元", 2.36e8, F::Number, A::More, "yuan");
    row("社员一万一千零四十六人", "一万一千零四十六", 11046, F::Number, A::Exact, "人");
    row("收了七百零七户", "七百零七", 707, F::Number, A::Exact, "户");
    row("中印两国", "两", 2, F::Number, A::Exact, "国");
    row("仅有一个厂被评为甲等", "一", 1, F::Number, A::Exact, "个");
    row("一座六层大楼", "六", 6, F::Number, A::Exact, "层");
    row("厂的一六零种产品", "一六零", 160, F::Number, A::Exact, "种");
    row("四天零十个小时", "十", 10, F::Number, A::Exact, "个");
    row("四万万同胞", "四万万", 4e8, F::Number, A::Exact, "");
    row("卅二开本", "卅二", 32);

    // Arabic and full-width digits, mixed forms.
    row("已经有60多个城市", "60多", 60, F::Number, A::More, "个");
    row("太原等14个城市", "14", 14, F::Number, A::Exact, "个");
    row("将生产80万部双铧犁", "80万", 8e5, F::Number, A::Exact, "部");
    row("减少了876，200万斤", "876，200万", 8762000000, F::Number, A::Exact, "jin");
    row("共有2，100多个手工业者", "2，100多", 2100, F::Number, A::More, "个");
    row("合并转为28，150多个高级社", "28，150多", 28150, F::Number, A::More, "个");
    row("受益农田达720万亩", "720万", 7.2e6, F::Number, A::Exact, "mu");
    row("可以使1亿多亩土地", "1亿多", 1e8, F::Number, A::More, "mu");
    row("同期增加1.66％", "1.66％", 1.66, F::Percent, A::Exact, "percent");
    row("全国70％以上的市", "70％以上", 70, F::Percent, A::More, "percent");
    row("达到指标的247％", "247％", 247, F::Percent, A::Exact, "percent");
    row("产值5.48亿元", "5.48亿元", 5.48e8, F::Number, A::Exact, "yuan");
    row("共有３５０个社", "３５０", 350, F::Number, A::Exact, "个");
    row("增加１２．５％", "１２．５％", 12.5, F::Percent, A::Exact, "percent");
    row("增长3.5万", "3.5万", 35000);

    // Percentages, fractions, multiples.
    row("完成计划百分之一零一点三六", "百分之一零一点三六", 101.36, F::Percent, A::Exact, "percent");
    rangeRow("超过指标百分之十一到十四", "百分之十一到十四", 11, 14, "percent", F::Percent);
    rangeRow("提高百分之十五到三十", "百分之十五到三十", 15, 30, "percent", F::Percent);
    row("降低了百分之一以上", "百分之一以上", 1, F::Percent, A::More, "percent");
    row("总量的百分之七十七左右", "百分之七十七左右", 77, F::Percent, A::About, "percent");
    row("达到百分之百", "百分之百", 100, F::Percent, A::Exact, "percent");
    row("可以增加三成", "三成", 30, F::Percent, A::Exact, "percent");
    row("增加三成左右", "三成左右", 30, F::Percent, A::About, "percent");
    row("增加一成以上", "一成以上", 10, F::Percent, A::More, "percent");
    row("收入占总收入三分之一", "三分之一", 0.3333, F::Fraction);
    row("占四分之三", "四分之三", 0.75, F::Fraction);
    row("降低千分之五", "千分之五", 0.005, F::Fraction);
    row("小农具为第一季度的一半", "一半", 0.5, F::Fraction);
    row("工作效率提高了一倍", "一倍", 2, F::Multiple); // the factor: doubled
    row("比去年增加一倍多", "一倍多", 2, F::Multiple, A::More);
    row("超过去年五倍", "五倍", 6, F::Multiple); // exceeds by five times: "five times more"
    row("同期扩大两倍多", "两倍多", 3, F::Multiple, A::More);
    rangeRow("同期增加一两倍", "一两倍", 2, 3, "", F::Multiple);
    row("工程量还大四倍半", "四倍半", 4.5, F::Multiple);
    row("比去年增加近一倍", "近一倍", 2, F::Multiple, A::Less);
    row("比1952年增加二倍以上", "二倍以上", 3, F::Multiple, A::More);
    row("产量增加到三倍", "三倍", 3, F::Multiple);
    row("产量为去年的三倍", "三倍", 3, F::Multiple);
    row("相当于去年的四倍", "四倍", 4, F::Multiple);
    row("今年增产四倍", "四倍", 5, F::Multiple);
    row("产值增长了七倍", "七倍", 8, F::Multiple);
    row("增加了一点三七倍", "一点三七倍", 2.37, F::Multiple);
    row("增加了将近二倍", "将近二倍", 3, F::Multiple, A::Less);
    row("提高二倍半", "二倍半", 3.5, F::Multiple);
    row("产量翻了一番", "一番", 2, F::Multiple);
    row("十年翻两番", "两番", 4, F::Multiple);
    none("进行了一番研究");

    // Ranges.
    rangeRow("三四十个县", "三四十", 30, 40, "个");
    rangeRow("产值八九亿元", "八九亿元", 8e8, 9e8, "yuan");
    rangeRow("十五六岁的青年", "十五六", 15, 16, "岁");
    rangeRow("每人一两个", "一两", 1, 2, "个");
    rangeRow("休息两三天", "两三", 2, 3, "day");
    rangeRow("平均产量可达六、七十斤", "六、七十", 60, 70, "jin");
    rangeRow("组织三至五个小组", "三至五", 3, 5, "个");
    rangeRow("七八十人", "七八十", 70, 80, "人");
    rangeRow("动员二三十万人", "二三十万", 2e5, 3e5, "人");

    // 1950s type: ○ for zero, · and 、 as the decimal point, 、 as a thousands separator.
    row("完成任务百分之一一六·二三。", "百分之一一六·二三", 116.23, F::Percent, A::Exact, "percent");
    row("完成百分之一○五·九九。", "百分之一○五·九九", 105.99, F::Percent, A::Exact, "percent");
    row("增加百分之三·一四，", "百分之三·一四", 3.14, F::Percent, A::Exact, "percent");
    row("每锭产纱一·二二磅", "一·二二", 1.22, F::Number, A::Exact, "pound");
    row("每元合一、○五五元", "一、○五五元", 1.055, F::Number, A::Exact, "yuan");
    row("皮油四、○○○斤", "四、○○○", 4000, F::Number, A::Exact, "jin");
    row("一九五○年的产量", "一九五○年", 1950, F::Date);
    row("一九五○年十月", "一九五○年十月", 1950, F::Date);
    row("共一○五户", "一○五", 105, F::Number, A::Exact, "户");
    none("一·二九运动");
    none("一、○、二");
    // A decimal with a leading zero.
    row("利用系数为零点六三八", "零点六三八", 0.638, F::Number);
    row("降到零点六七。", "零点六七", 0.67, F::Number);
    row("增长零点五个百分点", "零点五", 0.5, F::Number, A::Exact, "个");
    none("零售商店");
    none("零件");
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
    row("九元七角左右", "九元七角左右", 9.7, F::Number, A::About, "yuan");
    row("三元五角二分", "三元五角二分", 3.52, F::Number, A::Exact, "yuan");
    row("五元三角形", "五元", 5, F::Number, A::Exact, "yuan");
    row("四百斤两万斤", "四百", 400, F::Number, A::Exact, "jin");
    none("万万没想到");
    none("万万不可大意");
    row("四万万人民", "四万万", 4e8, F::Number, A::Exact, "人");
    row("一万零十二元", "一万零十二元", 10012, F::Number, A::Exact, "yuan");
    row("一百零五个", "一百零五", 105, F::Number, A::Exact, "个");
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

    // Dates.
    row("一九五三年十二月", "一九五三年十二月", 1953, F::Date);
    row("在一九五四年增产", "一九五四年", 1954, F::Date);
    row("去年十二月", "十二月", 12, F::Date);
    row("新华社巴黎一日电", "一日", 1, F::Date);
    row("七日的统计", "七日", 7, F::Date);
    row("达到1957年指标", "1957年", 1957, F::Date);
    row("据1月27日的统计", "1月27日", 1, F::Date);
    row("6月1日在北京签订", "6月1日", 6, F::Date);
    row("第一季将生产", "第一季", 1, F::Date);
    row("一季度的产量", "一季度", 1, F::Date);
    row("于一九六六年五月九日至六月一日", "一九六六年五月九日", 1966, F::Date);
    row("于一九六六年五月九日至六月一日", "六月一日", 6, F::Date);
    row("在十一月二十一日到二十九日", "十一月二十一日", 11, F::Date);
    row("在十一月二十一日到二十九日", "二十九日", 29, F::Date);
    row("五十年代", "五十年代", 50, F::Date);
    row("二十世纪", "二十世纪", 20, F::Date);
    row("在四月上旬供应", "四月上旬", 4, F::Date);
    row("新华社三十一日讯", "三十一日", 31, F::Date);
    row("新华社南京29日电", "29日", 29, F::Date);
    row("日期 1954-06-22 第2版", "1954-06-22", 1954, F::Date);
    rangeRow("各厂一、二月份都未完成", "一、二月份", 1, 2, "", F::Date);
    row("一九五四年度的计划", "一九五四年度", 1954, F::Date);
    row("完成五年计划", "五年", 5, F::Date);

    // Ordinals.
    row("国营北京第二棉纺织厂", "第二", 2, F::Ordinal);
    row("1954-06-22 第2版", "第2", 2, F::Ordinal, A::Exact, "版");
    row("战斗在第一线", "第一", 1, F::Ordinal);
    row("汉语二年级", "二", 2, F::Ordinal, A::Exact, "年级");
    row("国营上海第十棉纺织厂", "第十", 10, F::Ordinal);
    row("第一个五年计划", "第一", 1, F::Ordinal, A::Exact, "个");

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

void TestChineseNumerals::scan()
{
    QFETCH(QString, text);
    QFETCH(QString, span);
    QFETCH(double, value);
    QFETCH(double, high);
    QFETCH(int, approx);
    QFETCH(int, form);
    QFETCH(QString, unit);
    QFETCH(bool, range);

    const Quantities found = ChineseNumerals::scan(text);
    if (span.isEmpty()) {
        QVERIFY2(found.isEmpty(),
                 qPrintable(text.mid(found.value(0).range.start, found.value(0).range.length())));
        return;
    }
    const Quantity *q = nullptr;
    QStringList spans;
    for (const Quantity &candidate : found) {
        const QString s = text.mid(candidate.range.start, candidate.range.length());
        spans << s;
        if (s == span)
            q = &candidate;
    }
    QVERIFY2(q, qPrintable(QStringLiteral("found: ") + spans.join(QLatin1Char('|'))));
    const double tolerance = 1e-4 * qMax(1.0, qAbs(value));
    QVERIFY2(qAbs(q->value - value) <= tolerance, qPrintable(QString::number(q->value, 'g', 12)));
    QCOMPARE(q->low, q->value);
    QVERIFY2(qAbs(q->high - high) <= 1e-4 * qMax(1.0, qAbs(high)),
             qPrintable(QString::number(q->high, 'g', 12)));
    QCOMPARE(q->isRange, range);
    QCOMPARE(int(q->approx), approx);
    QCOMPARE(int(q->form), form);
    QCOMPARE(q->unit, unit);
    if (!unit.isEmpty())
        QVERIFY(q->unitRange.isValid());
}

// The acceptance test of the project: every figure of the sample paragraph, in order, and nothing else.
void TestChineseNumerals::sampleParagraph()
{
    const QString text = QStringLiteral(
        "从一月间西南区召开第一次手工业工作会议以后，云南各地广泛召开了手工业者代表会，出席会议的代表有一万多"
        "人；"
        "贵州省百分之七十的县、市，西康省有九个县都召开了手工业者代表会；四川省大部县、市、区都曾召集手工业者"
        "开会，"
        "有的地区还召开过两、三次。这些会议，都比较系统、深入地对手工业者进行了国家过渡时期总任务的教育。在会"
        "议上，"
        "各地供销合作社进一步和手工业者签订了大批加工订货合同。仅四川省万县专区的供销合作社就和手工业者签订了"
        "一万五千三百五十多件合同，产品总值达五十四亿八千多万元；云南省八十多个县的供销合作社和二万三千多个手"
        "工业者"
        "建立了业务关系。为了有计划、有步骤地对手工业者实行社会主义改造，重庆市和四川、云南、西康、贵州等省都"
        "正进行"
        "对手工业的调查工作，研究各地手工业的行业类别、产销规律、阶级关系等情况。这一调查工作，将于今年第三季"
        "度大体"
        "完成。对于原有的手工业生产合作社，各地正积极进行巩固和整顿。许多手工业生产合作社经过整顿以后，社员思"
        "想觉悟"
        "有显著提高，生产有很大改进。如成都市布鞋生产合作社现在平均月产量比去年提高了百分之十六点四，每双鞋的"
        "成本平均"
        "降低一千元；重庆市皮革生产合作社今年三月份的产量比一九五三年十二月份提高了百分之三十一；贵阳市皮革生"
        "产合作社"
        "经过整顿，今年一月份到四月份盈余一亿余元，相当于过去两年盈余的百分之八十。在这个期间，各地还适当发展"
        "了手工业"
        "合作组织。到四月底止，据不完全的统计，全区已有手工业生产合作社三百六十九个，社员一万二千三百多人，有"
        "手工业"
        "生产小组三千七百九十三个，组员八万九千五百多人。手工业合作组织今年第一季度的生产总值，有八百七十多亿"
        "元。"
        "和去年比较，手工业生产合作社增加了百分之二十九点九二。");
    struct Expected
    {
        const char *span;
        double value;
        A approx;
        const char *unit;
    };
    const Expected expected[] = {
        {"一万多", 10000, A::More, "人"},
        {"百分之七十", 70, A::Exact, "percent"},
        {"九", 9, A::Exact, "个"},
        {"两、三", 2, A::Exact, "次"},
        {"一万五千三百五十多", 15350, A::More, "件"},
        {"五十四亿八千多万元", 5480000000, A::More, "yuan"},
        {"八十多", 80, A::More, "个"},
        {"二万三千多", 23000, A::More, "个"},
        {"百分之十六点四", 16.4, A::Exact, "percent"},
        {"一千元", 1000, A::Exact, "yuan"},
        {"百分之三十一", 31, A::Exact, "percent"},
        {"一亿余元", 1e8, A::More, "yuan"},
        {"两", 2, A::Exact, "year"},
        {"百分之八十", 80, A::Exact, "percent"},
        {"三百六十九", 369, A::Exact, "个"},
        {"一万二千三百多", 12300, A::More, "人"},
        {"三千七百九十三", 3793, A::Exact, "个"},
        {"八万九千五百多", 89500, A::More, "人"},
        {"八百七十多亿元", 8.7e10, A::More, "yuan"},
        {"百分之二十九点九二", 29.92, A::Exact, "percent"},
    };
    const Quantities found = ChineseNumerals::scan(text);
    Quantities figures;
    QStringList others;
    for (const Quantity &q : found) {
        if (q.isFigure())
            figures << q;
        else
            others << text.mid(q.range.start, q.range.length());
    }
    QCOMPARE(figures.size(), int(std::size(expected)));
    for (int k = 0; k < figures.size(); ++k) {
        const Quantity &q = figures[k];
        QCOMPARE(text.mid(q.range.start, q.range.length()), QString::fromUtf8(expected[k].span));
        QCOMPARE(q.value, expected[k].value);
        QCOMPARE(q.approx, expected[k].approx);
        QCOMPARE(q.unit, QString::fromUtf8(expected[k].unit));
    }
    QCOMPARE(figures[3].high, 3.0);
    QVERIFY(figures[3].isRange);
    const QStringList notFigures = {QStringLiteral("一月间"),
                                    QStringLiteral("第一"),
                                    QStringLiteral("第三季度"),
                                    QStringLiteral("三月份"),
                                    QStringLiteral("一九五三年十二月份"),
                                    QStringLiteral("一月份"),
                                    QStringLiteral("四月份"),
                                    QStringLiteral("四月底"),
                                    QStringLiteral("第一季度")};
    QCOMPARE(others, notFigures);
}

// ICU's Chinese spellout writes 〇 for inner zeros and 兆 for 10^12; every number it writes must read back.
void TestChineseNumerals::icuRoundTrip()
{
    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, icu::Locale("zh"), status);
    QVERIFY2(U_SUCCESS(status), u_errorName(status));
    QRandomGenerator random(20240601);
    int checked = 0;
    for (int k = 0; k < 4000; ++k) {
        // Spread over every magnitude, and round numbers whose zeros test the 〇 placeholders.
        const int digits = 1 + k % 13;
        qint64 n = qint64(random.bounded(std::pow(10.0, digits)));
        if (k % 3 == 0)
            n -= n % qint64(std::pow(10.0, random.bounded(digits)));
        if (n > 1000000000000LL)
            n = 1000000000000LL;
        icu::UnicodeString spelled;
        format.format(int64_t(n), spelled);
        const QString numeral =
            QString::fromUtf16(reinterpret_cast<const char16_t *>(spelled.getBuffer()), spelled.length());
        const std::optional<double> parsed = ChineseNumerals::parse(numeral);
        QVERIFY2(parsed && *parsed == double(n), qPrintable(numeral + QLatin1Char(' ') + QString::number(n)));
        ++checked;
    }
    QCOMPARE(checked, 4000);
}

void TestChineseNumerals::spansAreOrderedAndDisjoint()
{
    QDir dir(QStringLiteral(DUIZHAO_TEST_DATA "/corpus/rmrb"));
    int files = 0;
    for (const QFileInfo &month : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo &info : QDir(month.filePath()).entryInfoList({QStringLiteral("*.md")})) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            int end = 0;
            for (const Quantity &q : ChineseNumerals::scan(text)) {
                QVERIFY(q.range.start >= end && q.range.end > q.range.start && q.range.end <= text.size());
                QVERIFY(q.low <= q.high);
                if (q.unitRange.isValid())
                    QVERIFY(q.unitRange.end <= text.size());
                end = q.range.end;
            }
            ++files;
        }
    }
    QVERIFY(files >= 30);
}

void TestChineseNumerals::randomText()
{
    // Numeral characters, markers and units in random order: every span must stay inside the text.
    const QStringList pieces =
        QStringLiteral(
            "一 二 两 三 十 百 千 万 亿 兆 零 〇 几 数 多 余 点 分 之 成 倍 % ％ 元 年 "
            "月 日 号 季 度 第 约 近 不到 左右 以上 、 到 至 个 斤 亩 伍 拾 0 5 9 ， , . ． - 一些 统一")
            .split(QLatin1Char(' '));
    QRandomGenerator random(7);
    for (int k = 0; k < 20000; ++k) {
        QString text;
        for (int len = random.bounded(12); len > 0; --len)
            text += pieces.at(random.bounded(int(pieces.size()))) +
                    (random.bounded(3) ? QString() : QStringLiteral(" "));
        int end = 0;
        for (const Quantity &q : ChineseNumerals::scan(text)) {
            QVERIFY2(q.range.start >= end && q.range.end > q.range.start && q.range.end <= text.size(),
                     qPrintable(text));
            QVERIFY2(!q.unitRange.isValid() || q.unitRange.end <= text.size(), qPrintable(text));
            end = q.range.end;
        }
        ChineseNumerals::parse(text);
    }
}

QTEST_GUILESS_MAIN(TestChineseNumerals)
#include "tst_chinesenumerals.moc"
