// Where a figure is: the place and province the analysis gives a Chinese figure in articles made for
// the case, one rule a row. The clause and the sentence come first; a sentence that names no place
// takes the last place named before it (目前，全县…; a paragraph naming none goes on about the place of
// the one before), then the place of the dispatch's dateline (新华社呼和浩特三十日电 holds until the next
// dateline), then the article's; 全国 is the whole country; a foreign country is "abroad" and governs no
// sentence after its own; a list of places (湖南、宁夏两省) is all of them, unless it names a few of many
// (等二十一个省: the whole country).

#include "corpus/analyzer.h"
#include "places/gazetteer.h"

#include <QtTest>

class TestAttribution : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chinese_data();
    void chinese();
};

namespace {

// An article in the corpus' format: an English part (one paragraph, no figures) and the Chinese
// original with its printed headline and the given paragraphs.
// A headline of several printed lines is given with " / " between them.
QString article(const QString &date, const QString &headline, const QStringList &paragraphs)
{
    const QStringList lines = headline.split(QStringLiteral(" / "));
    QString text = QStringLiteral("Title: A report\nAuthor:\nDate: %1\nPage: 2\n\t\n\tA report\n\tNothing to "
                                  "count here.\n\n<hr />\n\nOriginal:\n\n\n### %2\n\n%1\n第2版()\n专栏：\n\n")
                       .arg(date, lines.join(QStringLiteral("  ")));
    for (const QString &line : lines)
        text += QStringLiteral("    ") + line + QLatin1Char('\n');
    for (const QString &p : paragraphs)
        text += QStringLiteral("    ") + p + QLatin1Char('\n');
    return text;
}

} // namespace

void TestAttribution::chinese_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QString>("figure");   // the figure's text, first occurrence
    QTest::addColumn<QString>("place");    // gazetteer id
    QTest::addColumn<QString>("province"); // gazetteer id

    const QString credit = QStringLiteral("江苏省积极发展信用合作组织");
    QTest::newRow("the clause's place")
        << "1954-11-01" << credit << QStringList{QStringLiteral("浙江省已成立三十八个信用合作社。")}
        << "三十八"
        << "zhejiang"
        << "zhejiang";
    QTest::newRow("the sentence before, same paragraph")
        << "1954-11-01" << credit
        << QStringList{QStringLiteral(
               "浙江省新仓区从六月份起全面开展了工作。目前，全区已成立三十八个信用合作社。")}
        << "三十八"
        << "zhejiang"
        << "zhejiang";
    // The county level (resources/counties.json), named by its Chinese name here.
    QTest::newRow("a county of the 1981 table")
        << "1954-11-01" << credit
        << QStringList{QStringLiteral(
               "浙江省平湖县从六月份起全面开展了工作。目前，全县已成立三十八个信用合作社。")}
        << "三十八"
        << "平湖县"
        << "zhejiang";
    QTest::newRow("a county of 1981's Liaoning in Liaoxi, 1950")
        << "1950-03-03" << QStringLiteral("东北各地生产自救")
        << QStringList{QStringLiteral("新民县十万灾民可渡春荒。")} << "十万"
        << "新民县"
        << "liaoxi";
    QTest::newRow("a county of Pingyuan before 1952-11-16")
        << "1952-06-01" << QStringLiteral("各地发展生产")
        << QStringList{QStringLiteral("汲县今年增产三万斤粮食。")} << "三万"
        << "汲县"
        << "pingyuan";
    QTest::newRow("the same county in Henan after")
        << "1953-07-01" << QStringLiteral("各地发展生产")
        << QStringList{QStringLiteral("汲县今年增产三万斤粮食。")} << "三万"
        << "汲县"
        << "henan";
    QTest::newRow("召开县委会议 names no county")
        << "1953-07-01" << QStringLiteral("河北省各地发展生产")
        << QStringList{QStringLiteral("召开县委会议，决定增产三万斤粮食。")} << "三万"
        << "hebei"
        << "hebei";
    QTest::newRow("the last place of the sentence before")
        << "1954-11-01" << credit
        << QStringList{QStringLiteral("江苏省的经验传到了浙江省。目前已成立三十八个信用合作社。")} << "三十八"
        << "zhejiang"
        << "zhejiang";
    QTest::newRow("a paragraph that names no place goes on about the one before")
        << "1954-11-01" << credit
        << QStringList{QStringLiteral("浙江省平湖县开展了工作。"),
                       QStringLiteral("目前已成立三十八个信用合作社。")}
        << "三十八"
        << "平湖县"
        << "zhejiang";
    QTest::newRow("the headline's second line, about the first's place")
        << "1950-03-03" << QStringLiteral("东北新民县经过生产自救 / 十万灾民可渡春荒")
        << QStringList{QStringLiteral("生产自救运动开展得很好。")} << "十万"
        << "新民县"
        << "liaoxi";
    QTest::newRow("the article's place: the most specific of its headline")
        << "1950-03-03" << QStringLiteral("东北新民县经过生产自救")
        << QStringList{QStringLiteral("生产自救运动开展得很好。"), QStringLiteral("共有一千多人参加。")}
        << "一千多"
        << "新民县"
        << "liaoxi";
    QTest::newRow("全区: the region last named, not the city named last")
        << "1954-06-22" << QStringLiteral("西南各地加强领导")
        << QStringList{QStringLiteral("西南区召开了会议。贵阳市皮革生产合作社盈余很多。"),
                       QStringLiteral("全区已有手工业生产合作社三百六十九个。")}
        << "三百六十九"
        << "southwest"
        << "southwest";
    QTest::newRow("全区 names the region for the sentence after it")
        << "1954-06-22" << QStringLiteral("西南各地加强领导")
        << QStringList{QStringLiteral("西南区召开了会议。贵阳市皮革生产合作社盈余很多。"),
                       QStringLiteral("全区已有手工业生产合作社。生产总值有八百七十多亿元。")}
        << "八百七十多亿元"
        << "southwest"
        << "southwest";
    QTest::newRow("全省: the province last named")
        << "1956-01-01" << QStringLiteral("各地发展合作社")
        << QStringList{QStringLiteral("河北省保定市发展很快。全省已有五百个高级社。")} << "五百"
        << "hebei"
        << "hebei";
    QTest::newRow("a big region named after 1954: the geographic region")
        << "1955-01-03" << QStringLiteral("东北各机械农场提早选种")
        << QStringList{QStringLiteral("各农场选出种籽四千五百多吨。")} << "四千五百多"
        << "northeast"
        << "northeast";
    QTest::newRow("no place named yet: the article's")
        << "1954-11-01" << credit << QStringList{QStringLiteral("目前已成立三十八个信用合作社。")} << "三十八"
        << "jiangsu"
        << "jiangsu";
    QTest::newRow("the dateline over the paragraphs after it")
        << "1954-11-01" << QStringLiteral("各地发展信用合作")
        << QStringList{QStringLiteral("【新华社呼和浩特三十日电】今年信用合作发展很快。"),
                       QStringLiteral("目前已成立三十八个信用合作社。")}
        << "三十八"
        << "hohhot"
        << "inner_mongolia";
    QTest::newRow("the next dateline takes over")
        << "1954-11-01" << QStringLiteral("各地发展信用合作")
        << QStringList{QStringLiteral("【新华社呼和浩特三十日电】今年信用合作发展很快。"),
                       QStringLiteral("新华社沈阳三十一日电 信用合作也有发展。"),
                       QStringLiteral("目前已成立三十八个信用合作社。")}
        << "三十八"
        << "shenyang"
        << "liaoning";
    QTest::newRow("a place in the sentence beats the dateline")
        << "1954-11-01" << QStringLiteral("各地发展信用合作")
        << QStringList{QStringLiteral("【新华社呼和浩特三十日电】今年信用合作发展很快。"),
                       QStringLiteral("河北省已成立三十八个信用合作社。")}
        << "三十八"
        << "hebei"
        << "hebei";
    QTest::newRow("the whole country")
        << "1959-10-01" << QStringLiteral("人民公社巩固发展")
        << QStringList{QStringLiteral("全国已有二万多个人民公社。")} << "二万多"
        << "china"
        << "china";
    QTest::newRow("the country, after a province's sentence")
        << "1959-10-01" << QStringLiteral("人民公社巩固发展")
        << QStringList{QStringLiteral("河北省办得很好。我国已有二万多个人民公社。")} << "二万多"
        << "china"
        << "china";
    QTest::newRow("the central organs speak for the country")
        << "1954-05-04" << QStringLiteral("首季基本建设计划完成得比较好")
        << QStringList{QStringLiteral("据国家统计局统计，各部共有八百零六个建设单位。")} << "八百零六"
        << "china"
        << "china";
    QTest::newRow("a foreign country")
        << "1955-01-01" << QStringLiteral("河北省工业发展")
        << QStringList{QStringLiteral("罗马尼亚今年生产了三百万吨钢。")} << "三百万"
        << "romania"
        << "abroad";
    QTest::newRow("a foreign country governs no sentence after it")
        << "1955-01-01" << QStringLiteral("河北省工业发展")
        << QStringList{QStringLiteral("在苏联专家的帮助下改进了技术。今年建成了三个新厂。")} << "三"
        << "hebei"
        << "hebei";
    QTest::newRow("a list of provinces: all of them")
        << "1953-07-01" << QStringLiteral("各地发展生产")
        << QStringList{QStringLiteral("湖南、宁夏两省已有三百个合作社。")} << "两"
        << "hunan;ningxia"
        << "hunan;ningxia";
    QTest::newRow("every one listed, 等 and as many as named")
        << "1953-07-01" << QStringLiteral("各地发展生产")
        << QStringList{QStringLiteral("河南、山东、河北、山西、四川、绥远、宁夏、新疆等八个省都完成了任务。")}
        << "八"
        << "henan;shandong;hebei;shanxi;sichuan;suiyuan;ningxia;xinjiang"
        << "henan;shandong;hebei;shanxi;sichuan;suiyuan;ningxia;xinjiang";
    QTest::newRow("three named of twenty-one provinces: the whole country")
        << "1954-08-01" << QStringLiteral("各地发展生产")
        << QStringList{QStringLiteral("据山西、河南、福建等二十一个省、市的统计，已有很大发展。")} << "二十一"
        << "china"
        << "china";
    QTest::newRow("the figures after it about the same list: the country's too")
        << "1954-08-01" << QStringLiteral("各地发展生产")
        << QStringList{QStringLiteral("据山西、河南、福建等二十一个省、市的六十三个县的统计，已有很大发展。")}
        << "六十三"
        << "china"
        << "china";
    QTest::newRow("a province abolished the day before: its successor")
        << "1954-08-01" << QStringLiteral("各地发展生产")
        << QStringList{QStringLiteral("辽西省上半年已有五百个互助组。")} << "五百"
        << "liaoxi"
        << "liaoning";
    QTest::newRow("a place alone is no list")
        << "1953-07-01" << QStringLiteral("各地发展生产")
        << QStringList{QStringLiteral("湖南省已有三百个合作社，宁夏省有五十个。")} << "五十"
        << "ningxia"
        << "ningxia";
    QTest::newRow("historic unit on its date: Rehe 1954")
        << "1954-06-01" << QStringLiteral("各地发展生产")
        << QStringList{QStringLiteral("承德市增产了三万斤粮食。")} << "三万"
        << "chengde"
        << "rehe";
    QTest::newRow("historic unit after its date: Hebei 1956")
        << "1956-02-01" << QStringLiteral("各地发展生产")
        << QStringList{QStringLiteral("承德市增产了三万斤粮食。")} << "三万"
        << "chengde"
        << "hebei";
}

void TestAttribution::chinese()
{
    QFETCH(QString, date);
    QFETCH(QString, headline);
    QFETCH(QStringList, paragraphs);
    QFETCH(QString, figure);
    QFETCH(QString, place);
    QFETCH(QString, province);
    const ArticleAnalysisPtr a =
        Analyzer::analyzeText(article(date, headline, paragraphs), QStringLiteral("case.md"));
    QStringList seen;
    for (const Figure &f : a->chineseFigures) {
        seen << f.text.toString() + QLatin1Char('@') + f.placeId;
        if (f.text == figure) {
            // A place given in Chinese is the county level's: its generated id is not the test's business.
            if (place.at(0).unicode() >= 0x3000)
                QCOMPARE(Gazetteer::builtIn().label(f.placeId, true), place);
            else
                QCOMPARE(f.placeId, place);
            QCOMPARE(f.provinceId, province);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no figure ") + figure + QStringLiteral(" among ") + seen.join(u' ')));
}

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
