// The translation check's rules on one sentence pair each, as real articles print them: bounded
// approximations (七十多 is 70 to 79), invented precision, equivalent renderings (增加一倍 as "an increase
// of 100%", 半数以上 as "more than half"), clock times, a day of last month, a part counted as "N other",
// and figures read on one side only beside a numeral the reader did not take. Most rows that expect
// nothing have a twin that changes one thing and expects a finding: the pair shows the texts were read.

#include "corpus/analyzer.h"

#include <QtTest>

namespace {

// A one-paragraph article in the corpus' format, dated like a paper of the 3rd.
QString article(const QString &zh, const QString &en, const QString &date)
{
    return QStringLiteral("Title: Report\nAuthor:\nDate: %3\nPage: 2\n\n%2\n\n<hr /> \n\nOriginal: \n\n\n"
                          "### 报道\n\n%3\n第2版()\n\n    报道\n\n    %1\n")
        .arg(zh, en, date);
}

} // namespace

Q_DECLARE_METATYPE(Finding::Kind)

class TestCheckRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
};

void TestCheckRules::rules_data()
{
    QTest::addColumn<QString>("zh");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("date");
    // The kind of the one warning or error expected, or "" for none.
    QTest::addColumn<QString>("expected");
    const QString day = QStringLiteral("1959-01-03");
    auto row = [&](const char *name, const char *zh, const char *en, const char *expected, QString d = {}) {
        QTest::newRow(name) << QString::fromUtf8(zh) << QString::fromUtf8(en) << (d.isEmpty() ? day : d)
                            << QString::fromUtf8(expected);
    };
    // Bounded approximations: 七十多 is 70 to 79, 一亿多 100 to 199 million.
    row("七十多 as more than 80", "全乡有七十多个互助组。", "The township has more than 80 mutual-aid teams.",
        "value_mismatch");
    row("七十多 as more than 70", "全乡有七十多个互助组。", "The township has more than 70 mutual-aid teams.",
        "");
    row("七十多 as 80", "全乡有七十多个互助组。", "The township has 80 mutual-aid teams.", "value_mismatch");
    row("七十多 as 75", "全乡有七十多个互助组。", "The township has 75 mutual-aid teams.",
        "invented_precision");
    row("三万零三百多 as 30,300", "社员三万零三百多人。", "There are 30,300 members.", "approximation_lost");
    row("invented digits", "全省共有一亿六千八百多万亩耕地。",
        "The province has 168.8 million mu of cultivated land.", "invented_precision");
    row("about and more at once", "小麦的收获面积约一亿多亩。", "The wheat area was over 100 million mu.",
        "");
    row("节约 is no about", "今年共可节约九亿三千五百余万元。",
        "This year more than 935 million yuan can be saved.", "");
    // Equivalent renderings.
    row("一倍 as 100%", "冬种面积比去年增加了一倍。",
        "The winter planting area increased by 100% over last year.", "");
    row("半数以上 as more than half", "半数以上农民已经入社。", "More than half of the farmers have joined.",
        "");
    row("十两个月", "九、十两个月内收购了棉花。",
        "Cotton was bought in the two months of September and October.", "");
    // Dates: a clock time is no day; 三十日 in a paper of the 3rd is last month's.
    row("clock times", "十月一日十五时十七分，两艘军舰侵入领海。",
        "At 15:17 on October 1, two warships intruded.", "", QStringLiteral("1967-10-04"));
    row("30日 as January 30", "到30日为止，共生产钢四百吨。",
        "As of January 30th, 400 tons of steel were produced.", "date_mismatch");
    row("30日 as December 30", "到30日为止，共生产钢四百吨。",
        "As of December 30th, 400 tons of steel were produced.", "");
    row("2日 as January 2", "到2日为止，共生产钢四百吨。",
        "As of January 2nd, 400 tons of steel were produced.", "");
    // Rounding within the translation's digits is a note; other digits are a value error.
    row("rounded", "分红二元五角七分三厘。", "The dividend was 2.57 yuan.", "");
    row("not rounded", "分红二元五角七分三厘。", "The dividend was 2.58 yuan.", "value_mismatch");
    // Months named alone, and listed before one 月.
    row("a month alone", "农民出售棉花最多季节十一月份已经到来。",
        "November, the peak season for selling cotton, has come.", "", QStringLiteral("1953-11-01"));
    row("a month alone changed", "农民出售棉花最多季节十一月份已经到来。",
        "April, the peak season for selling cotton, has come.", "date_mismatch",
        QStringLiteral("1953-11-01"));
    row("may is a verb", "农民出售棉花最多季节十一月份已经到来。",
        "May the peak season for selling cotton come.", "", QStringLiteral("1953-11-01"));
    row("九、十两月份", "经过九、十两月份后，收购工作已有准备。",
        "After September and October, the purchases were prepared.", "", QStringLiteral("1953-11-01"));
    row("七、八月间", "在七、八月间的增产运动中贷款八亿三千多万元。",
        "In the campaign in July and August, more than 830 million yuan was lent.", "",
        QStringLiteral("1954-11-01"));
    row("七、八月间 as June", "在七、八月间的增产运动中贷款八亿三千多万元。",
        "In the campaign in June, more than 830 million yuan was lent.", "date_mismatch",
        QStringLiteral("1954-11-01"));
    row("the year carries", "从一九五四年十月初到十一月底止，共捕鱼三万多担。",
        "From October to the end of November 1954, more than 30,000 dan of fish were caught.", "",
        QStringLiteral("1955-01-01"));
    row("9月份 does not excuse a day", "9月24日提前六天完成了计划，其中仅9月份就超产二十二万吨。",
        "The plan was completed on September 6, and in September alone 220,000 tons more were produced.",
        "date_mismatch", QStringLiteral("1957-10-02"));
    // A part counted as the others beside those named.
    row("twenty other units", "完成计划的有太原钢铁厂、大同水泥厂等二十九个单位。",
        "Those completing the plan include Taiyuan Steel Plant, Datong Cement Plant and twenty other units.",
        "");
    // A figure read on one side only, beside a numeral the other side's reader did not take.
    row("三分 of land", "用手镰刀收割每人每天收三分。",
        "With a sickle each person could harvest 0.3 mu per day.", "");
    // One finding per defect: a word left in twice, a table the original does not have.
    row("untranslated twice", "偃师、夏邑两县增产。", "Yan师 and Xia邑 increased output; Yan师 led.",
        "untranslated,untranslated");
    row("a table added", "农民购买了化肥和农具。",
        "Farmers bought fertilizer and tools.\n\n| Item | Yuan |\n|---|---|\n| Fertilizer | 122,100 |\n"
        "| Tools | 61,050 |\n| Insecticide | 48,840 |",
        "added_figure");
    row("a real figure added", "他们收割了晚稻。", "They harvested 4,500 mu of late rice.", "added_figure");
    row("a real figure missing", "他们收割了四千五百亩晚稻。", "They harvested the late rice.",
        "missing_figure");
}

void TestCheckRules::rules()
{
    QFETCH(QString, zh);
    QFETCH(QString, en);
    QFETCH(QString, date);
    QFETCH(QString, expected);
    const ArticleAnalysisPtr a = Analyzer::analyzeText(article(zh, en, date), QStringLiteral("rule.md"));
    QVERIFY(!Analyzer::hasError(*a));
    QStringList kinds;
    for (const Finding &f : a->findings)
        if (f.severity != Finding::Severity::Note)
            kinds << Finding::kindName(f.kind);
    QCOMPARE(kinds.join(QLatin1Char(',')), expected);
}

QTEST_GUILESS_MAIN(TestCheckRules)
#include "tst_checkrules.moc"
