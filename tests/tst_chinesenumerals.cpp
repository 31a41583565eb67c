#include "numbers/chinesenumerals.h"

#include "quantityrows.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <memory>
#include <unicode/rbnf.h>

using namespace QuantityRows;

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

void TestChineseNumerals::scan_data()
{
    addColumns();

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
    row("每锭产纱○·四三六磅", "○·四三六", 0.436, F::Number, A::Exact, "pound");
    row("布每匹平均用纱一一·一九磅", "一一·一九", 11.19, F::Number, A::Exact, "pound");
    row("电话五四、四三○门", "五四、四三○", 54430, F::Number, A::Exact, "门");
    row("每元合一、○五五元", "一、○五五元", 1.055, F::Number, A::Exact, "yuan");
    row("皮油四、○○○斤", "四、○○○", 4000, F::Number, A::Exact, "jin");
    row("共四、七三九、○○○元。", "四、七三九、○○○元", 4739000, F::Number, A::Exact, "yuan");
    row("修建房屋二、○三一座", "二、○三一", 2031, F::Number, A::Exact, "座");
    row("收购一○、五○○斤；", "一○、五○○", 10500, F::Number, A::Exact, "jin");
    row("参加的有一、六六八名", "一、六六八", 1668, F::Number, A::Exact, "名");
    row("六八六、五一二元", "六八六、五一二元", 686512, F::Number, A::Exact, "yuan");
    row("歼敌四、五八六、七五○，", "四、五八六、七五○", 4586750, F::Number, A::Exact, "");
    row("一九五○年的产量", "一九五○年", 1950, F::Date);
    row("一九五○年十月", "一九五○年十月", 1950, F::Date);
    row("共一○五户", "一○五", 105, F::Number, A::Exact, "户");
    none("一·二九运动");
    none("一、○、二");
    // A decimal with a leading zero.
    row("利用系数为零点六三八", "零点六三八", 0.638, F::Number);
    row("降到零点六七。", "零点六七", 0.67, F::Number);
    row("增长零点五个百分点", "零点五个百分点", 0.5, F::Percent, A::Exact, "percentage_point");
    row("提高了三个百分点", "三个百分点", 3, F::Percent, A::Exact, "percentage_point");
    none("零售商店");
    none("零件");
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
}

void TestChineseNumerals::scan()
{
    QFETCH(QString, text);
    verify(ChineseNumerals::scan(text));
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
