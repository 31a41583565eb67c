#include "places/gazetteer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QtTest>

namespace {

const Gazetteer &gaz()
{
    return Gazetteer::builtIn();
}

// "matched text=place id" for every match, joined by '|', so that one table cell states a whole result.
QString describe(QStringView text, const QVector<Gazetteer::Match> &matches)
{
    QStringList parts;
    for (const Gazetteer::Match &m : matches)
        parts.append(text.mid(m.range.start, m.range.length()).toString() + u'=' +
                     gaz().places().at(m.place).id);
    return parts.join(u'|');
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

const QString kSample =
    QStringLiteral(DUIZHAO_TEST_DATA "/corpus/rmrb/1954.06/1954-06-22_西南各地加强对手工业者的教育和领导.md");

// A minimal document for the loader tests; %1 is spliced into the places array, %2 into the root.
QByteArray document(const QString &places, const QString &root = {})
{
    return QStringLiteral(R"({"places": [%1]%2})")
        .arg(places, root.isEmpty() ? QString() : u", " + root)
        .toUtf8();
}

const QString kA = QStringLiteral(
    R"({"id": "a", "name": "A", "type": "province", "zh": ["甲省", "甲乙"], "en": ["Alpha"]})");
const QString kB = QStringLiteral(R"({"id": "b", "name": "B", "type": "city", "zh": ["甲乙"], "en": ["Beta"],
                                     "parents": [{"id": "a"}]})");

} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoads();
    void provinceOf_data();
    void provinceOf();
    void regionOf_data();
    void regionOf();
    void isValidOn_data();
    void isValidOn();
    void findChinese_data();
    void findChinese();
    void findEnglish_data();
    void findEnglish();
    void everyNameFindsItsPlace();
    void everyPlaceResolves();
    void sampleArticleChinese();
    void sampleArticleEnglish();
    void loadJson_data();
    void loadJson();
    void ambiguousNameResolves();
    void throughput();
};

void TestGazetteer::builtInLoads()
{
    QVERIFY(gaz().places().size() > 200);
    QVERIFY(gaz().place(QStringLiteral("sichuan")));
    QCOMPARE(gaz().place(QStringLiteral("sichuan"))->name, QStringLiteral("Sichuan"));
    QCOMPARE(gaz().place(QStringLiteral("nowhere")), nullptr);
    // The same instance every time: loaded once.
    QCOMPARE(&Gazetteer::builtIn(), &gaz());
}

void TestGazetteer::provinceOf_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected"); // canonical name, empty for nullptr

    auto row = [](const char *tag, const char *id, QDate date, const char *expected) {
        QTest::newRow(tag) << QString::fromLatin1(id) << date << QString::fromUtf8(expected);
    };
    row("chongqing own unit 1954-06-22", "chongqing", {1954, 6, 22}, "Chongqing");
    row("chongqing last day 1954-06-30", "chongqing", {1954, 6, 30}, "Chongqing");
    row("chongqing in sichuan 1954-07-01", "chongqing", {1954, 7, 1}, "Sichuan");
    row("chongqing in sichuan 1954-07-15", "chongqing", {1954, 7, 15}, "Sichuan");
    row("wanxian sd 1954-06-22", "wanxian_sd", {1954, 6, 22}, "Sichuan");
    row("wanxian sd under chuandong 1951", "wanxian_sd", {1951, 5, 1},
        "East Sichuan"); // 行署区, province-level
    row("wanxian county", "wanxian", {1954, 6, 22}, "Sichuan");
    row("chengdu", "chengdu", {1954, 6, 22}, "Sichuan");
    row("chengdu 1951 via chuanxi", "chengdu", {1951, 3, 1}, "West Sichuan");
    row("chengdu 1949-12 before the 行署区", "chengdu", {1949, 12, 28}, "Sichuan");
    row("chengdu 1953", "chengdu", {1953, 1, 1}, "Sichuan");
    row("guiyang", "guiyang", {1954, 6, 22}, "Guizhou");
    row("kunming", "kunming", {1954, 6, 22}, "Yunnan");
    row("sichuan itself", "sichuan", {1954, 6, 22}, "Sichuan");
    row("xikang 1955-01-01", "xikang", {1955, 1, 1}, "Xikang");
    row("xikang last day", "xikang", {1955, 9, 30}, "Xikang");
    row("xikang successor 1956", "xikang", {1956, 1, 1}, "Sichuan");
    row("yaan in xikang 1954", "yaan", {1954, 6, 22}, "Xikang");
    row("yaan after 1955-10", "yaan", {1955, 10, 1}, "Sichuan");
    row("kangding in xikang 1953", "kangding", {1953, 1, 1}, "Xikang");
    row("kangding after 1955-10", "kangding", {1956, 3, 1}, "Sichuan");
    row("chengde in rehe 1954", "chengde", {1954, 6, 1}, "Rehe");
    row("chengde in hebei 1956", "chengde", {1956, 2, 1}, "Hebei");
    row("rehe 1955-07-30", "rehe", {1955, 7, 30}, "Rehe");
    row("rehe abolished 1956", "rehe", {1956, 1, 1}, "");
    row("songjiang province 1954-01", "songjiang", {1954, 1, 15}, "Songjiang");
    row("songjiang province into heilongjiang", "songjiang", {1955, 1, 1}, "Heilongjiang");
    row("harbin in songjiang 1952", "harbin", {1952, 6, 1}, "Songjiang");
    row("harbin central municipality 1954-01", "harbin", {1954, 1, 15}, "Harbin");
    row("harbin in heilongjiang 1955", "harbin", {1955, 4, 1}, "Heilongjiang");
    row("jiamusi 1953", "jiamusi", {1953, 5, 4}, "Songjiang");
    row("jiamusi 1956", "jiamusi", {1956, 2, 1}, "Heilongjiang");
    row("huachuan county 1954", "huachuan", {1954, 6, 3}, "Songjiang");
    row("songjiang special district is jiangsu", "songjiang_sd", {1954, 3, 3}, "Jiangsu");
    row("songjiang county is jiangsu", "songjiang_county", {1954, 3, 3}, "Jiangsu");
    row("songjiang county in shanghai 1960", "songjiang_county", {1960, 1, 1}, "Shanghai");
    row("tianjin 1956", "tianjin", {1956, 2, 2}, "Tianjin");
    // The whole country stands where a province would; every foreign country is "Foreign".
    row("china 1950", "china", {1950, 3, 1}, "China");
    row("china 1966", "china", {1966, 1, 2}, "China");
    row("romania", "romania", {1949, 10, 1}, "Foreign");
    row("india", "india", {1952, 7, 1}, "Foreign");
    row("soviet union", "soviet_union", {1955, 1, 1}, "Foreign");
    row("tianjin 1959", "tianjin", {1959, 1, 1}, "Hebei");
    row("tianjin 1966", "tianjin", {1966, 6, 1}, "Hebei");
    row("beijing 1955", "beijing", {1955, 4, 2}, "Beijing");
    row("shenyang 1953", "shenyang", {1953, 5, 4}, "Shenyang");
    row("shenyang 1956", "shenyang", {1956, 2, 1}, "Liaoning");
    row("anshan 1953", "anshan", {1953, 5, 4}, "Anshan");
    row("anshan 1955", "anshan", {1955, 4, 1}, "Liaoning");
    row("luda 1956", "luda", {1956, 2, 3}, "Liaoning");
    row("wuhan 1954-02", "wuhan", {1954, 2, 4}, "Wuhan");
    row("wuhan 1956", "wuhan", {1956, 2, 1}, "Hubei");
    row("hankou 1953 via wuhan", "hankou", {1953, 1, 1}, "Wuhan");
    row("guangzhou 1956", "guangzhou", {1956, 2, 1}, "Guangdong");
    row("xian 1956", "xian", {1956, 9, 1}, "Shaanxi");
    row("nanjing 1950", "nanjing", {1950, 6, 1}, "Nanjing");
    row("nanjing 1954", "nanjing", {1954, 6, 1}, "Jiangsu");
    row("xuzhou in shandong 1951", "xuzhou", {1951, 6, 1}, "Shandong");
    row("xuzhou in jiangsu 1956", "xuzhou", {1956, 2, 3}, "Jiangsu");
    row("pingyuan 1951", "pingyuan", {1951, 1, 1}, "Pingyuan");
    row("pingyuan abolished 1953", "pingyuan", {1953, 1, 1}, "");
    row("xinxiang in pingyuan 1951", "xinxiang", {1951, 1, 1}, "Pingyuan");
    row("xinxiang in henan 1953", "xinxiang", {1953, 1, 1}, "Henan");
    row("zhangjiakou in chahar 1951", "zhangjiakou", {1951, 1, 1}, "Chahar");
    row("zhangjiakou in hebei 1956", "zhangjiakou", {1956, 2, 1}, "Hebei");
    row("baotou in suiyuan 1953", "baotou", {1953, 1, 1}, "Suiyuan");
    row("baotou in inner mongolia 1956", "baotou", {1956, 2, 1}, "Inner Mongolia");
    row("ningxia 1953", "ningxia", {1953, 1, 1}, "Ningxia");
    row("ningxia inside gansu 1956", "ningxia", {1956, 1, 1}, "Gansu");
    row("ningxia autonomous region 1959", "ningxia", {1959, 1, 1}, "Ningxia");
    row("yinchuan 1956", "yinchuan", {1956, 1, 1}, "Gansu");
    row("liaoning before it existed", "liaoning", {1953, 1, 1}, "");
    row("liaoning 1955", "liaoning", {1955, 4, 1}, "Liaoning");
    row("andong 1953", "andong", {1953, 1, 1}, "Liaodong");
    row("subei 1951", "subei", {1951, 1, 1}, "Northern Jiangsu");
    row("yangzhou 1953 in jiangsu", "yangzhou", {1953, 1, 1}, "Jiangsu");
    row("hainan", "hainan", {1955, 1, 1}, "Guangdong");
    row("haikou via hainan", "haikou", {1956, 2, 1}, "Guangdong");
    row("southwest region itself", "southwest", {1954, 6, 22}, "Southwest");
    // A big region named after its administration ended is the geographic region (东北 in 1955).
    row("southwest region after abolition", "southwest", {1955, 1, 1}, "Southwest");
    row("central south 1954-02", "central_south", {1954, 2, 4}, "Central-South");
    row("north china 1954-04", "north_china", {1954, 4, 2}, "North China");
    row("xinjiang 1954", "xinjiang", {1954, 4, 2}, "Xinjiang");
    row("guangxi 1956", "guangxi", {1956, 2, 1}, "Guangxi");
    row("unknown id", "atlantis", {1954, 6, 22}, "");
    row("invalid date", "chengdu", QDate(), "");
}

void TestGazetteer::provinceOf()
{
    QFETCH(QString, id);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    const Gazetteer::Place *province = gaz().provinceOf(id, date);
    QCOMPARE(province ? province->name : QString(), expected);
    if (province)
        QVERIFY(province->isProvinceLevel());
}

void TestGazetteer::regionOf_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *tag, const char *id, QDate date, const char *expected) {
        QTest::newRow(tag) << QString::fromLatin1(id) << date << QString::fromUtf8(expected);
    };
    row("sichuan 1954", "sichuan", {1954, 6, 22}, "Southwest");
    row("chongqing 1954-06-22", "chongqing", {1954, 6, 22}, "Southwest");
    row("chongqing via sichuan 1954-07-15", "chongqing", {1954, 7, 15}, "Southwest");
    row("wanxian sd", "wanxian_sd", {1954, 6, 22}, "Southwest");
    row("xikang", "xikang", {1954, 6, 22}, "Southwest");
    row("guangdong", "guangdong", {1954, 6, 1}, "Central-South");
    row("wuhan", "wuhan", {1954, 2, 4}, "Central-South");
    row("hunan", "hunan", {1954, 3, 1}, "Central-South");
    row("shanxi", "shanxi", {1954, 1, 3}, "North China");
    row("tianjin", "tianjin", {1954, 2, 2}, "North China");
    row("jiangsu", "jiangsu", {1954, 3, 3}, "East China");
    row("songjiang sd", "songjiang_sd", {1954, 3, 3}, "East China");
    row("songjiang province", "songjiang", {1954, 6, 3}, "Northeast");
    row("harbin 1953", "harbin", {1953, 5, 4}, "Northeast");
    row("shaanxi", "shaanxi", {1954, 4, 2}, "Northwest");
    row("region of itself", "southwest", {1954, 6, 22}, "Southwest");
    row("after the regions", "sichuan", {1956, 2, 1}, "");
    row("northeast ended before southwest", "jilin", {1954, 9, 1}, "");
    row("southwest still there 1954-09", "yunnan", {1954, 9, 1}, "Southwest");
}

void TestGazetteer::regionOf()
{
    QFETCH(QString, id);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    const Gazetteer::Place *region = gaz().regionOf(id, date);
    QCOMPARE(region ? region->name : QString(), expected);
}

void TestGazetteer::isValidOn_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("valid");

    QTest::newRow("pingyuan 1951") << "pingyuan" << QDate(1951, 1, 1) << true;
    QTest::newRow("pingyuan 1953") << "pingyuan" << QDate(1953, 1, 1) << false;
    QTest::newRow("chahar 1952-11-15") << "chahar" << QDate(1952, 11, 15) << true;
    QTest::newRow("chahar 1952-11-16") << "chahar" << QDate(1952, 11, 16) << false;
    QTest::newRow("xikang 1955-10-01") << "xikang" << QDate(1955, 10, 1) << false;
    QTest::newRow("suiyuan 1954-03-07") << "suiyuan" << QDate(1954, 3, 7) << false;
    QTest::newRow("liaodong 1954-07-31") << "liaodong" << QDate(1954, 7, 31) << true;
    QTest::newRow("liaoning 1954-07-31") << "liaoning" << QDate(1954, 7, 31) << false;
    QTest::newRow("ningxia gap") << "ningxia" << QDate(1956, 1, 1) << false;
    QTest::newRow("ningxia region") << "ningxia" << QDate(1958, 10, 25) << true;
    QTest::newRow("southwest 1954-10-31") << "southwest" << QDate(1954, 10, 31) << true;
    QTest::newRow("southwest 1954-11-01") << "southwest" << QDate(1954, 11, 1) << false;
    QTest::newRow("sichuan 1966") << "sichuan" << QDate(1966, 6, 2) << true;
    QTest::newRow("open place, no date") << "sichuan" << QDate() << true;
    QTest::newRow("dated place, no date") << "xikang" << QDate() << false;
}

void TestGazetteer::isValidOn()
{
    QFETCH(QString, id);
    QFETCH(QDate, date);
    QFETCH(bool, valid);
    const Gazetteer::Place *place = gaz().place(id);
    QVERIFY(place);
    QCOMPARE(gaz().isValidOn(*place, date), valid);
    // A copy is recognised by id, gaps included.
    const Gazetteer::Place copy = *place;
    QCOMPARE(gaz().isValidOn(copy, date), valid);
}

void TestGazetteer::findChinese_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *tag, const char *text, const char *expected) {
        QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("province and special district", "仅四川省万县专区的供销合作社",
        "四川省=sichuan|万县专区=wanxian_sd");
    row("longest: 万县专区 over 万县", "万县专区", "万县专区=wanxian_sd");
    row("bare 万县", "万县的手工业", "万县=wanxian");
    row("city suffix", "重庆市和四川、云南、西康、贵州等省",
        "重庆市=chongqing|四川=sichuan|云南=yunnan|西康=xikang|贵州=guizhou");
    row("region with 区", "西南区召开第一次手工业工作会议", "西南区=southwest");
    row("region bare", "西南各地积极加强", "西南=southwest");
    row("全区 is not a place", "全区对手工业实行社会主义改造", "");
    row("中南 region", "中南区广大农民", "中南区=central_south");
    row("中南海 excluded", "在中南海勤政殿举行", "");
    row("其中 before 南京", "其中南京市动员", "南京市=nanjing");
    row("compass point", "四川省西南部和东北风", "四川省=sichuan");
    row("context beats exclusion", "东北、西南部分受旱地区", "东北=northeast|西南=southwest");
    row("黄河南岸", "黄河南岸的棉田", "");
    row("浙江西部", "浙江西部山区", "浙江=zhejiang");
    row("songjiang sd of jiangsu", "江苏省松江专区重点试办", "江苏省=jiangsu|松江专区=songjiang_sd");
    row("bare 松江 is the county", "在松江、金山两县境内", "松江=songjiang_county");
    row("松江省 is the province", "松江省桦川拖拉机站", "松江省=songjiang|桦川=huachuan");
    row("traditional forms", "四川省萬縣專區、重慶市", "四川省=sichuan|萬縣專區=wanxian_sd|重慶市=chongqing");
    row("several cities", "鞍山、哈尔滨、大冶等地", "鞍山=anshan|哈尔滨=harbin|大冶=daye");
    row("平原 is a plain", "关中平原的农民", "关中平原=guanzhong");
    row("平原省", "平原省新乡", "平原省=pingyuan|新乡=xinxiang");
    row("机关中", "机关中南下干部", "");
    row("idiom 大同小异", "大同小异", "");
    row("大同 city", "大同煤矿", "大同=datong");
    row("autonomous region full name", "内蒙古自治区的呼和浩特市",
        "内蒙古自治区=inner_mongolia|呼和浩特市=hohhot");
    row("旅大", "旅大、潍坊、青岛7个市", "旅大=luda|潍坊=weifang|青岛=qingdao");
    row("新绛 not 新疆", "绛县、新绛、曲沃等县", "绛县=jiangxian|新绛=xinjiang_county|曲沃=quwo");
    row("empty", "", "");
    row("latin text", "Sichuan Province", "");
}

void TestGazetteer::findChinese()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describe(text, gaz().findChinese(text)), expected);
}

void TestGazetteer::findEnglish_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *tag, const char *text, const char *expected) {
        QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("special district and province", "In Wanxian Special District of Sichuan Province alone",
        "Wanxian Special District=wanxian_sd|Sichuan Province=sichuan");
    row("postal Szechwan", "Szechwan", "Szechwan=sichuan");
    row("postal Chungking", "the Chungking Leather Cooperative", "Chungking=chongqing");
    row("case-insensitive", "in SICHUAN province", "SICHUAN province=sichuan");
    row("prefecture", "Wanxian Prefecture and Wanxian", "Wanxian Prefecture=wanxian_sd|Wanxian=wanxian");
    row("city", "Chongqing City and Chengdu City", "Chongqing City=chongqing|Chengdu City=chengdu");
    row("possessive", "Taiyuan City's grassroots cooperatives", "Taiyuan City=taiyuan");
    row("apostrophe", "Xi’an and Ya'an", "Xi’an=xian|Ya'an=yaan");
    row("word boundary", "Sichuanese Hunanese", "");
    row("hyphen as space", "Central-South China and Central South",
        "Central-South China=central_south|Central South=central_south");
    row("no match across a comma", "Sichuan, Province", "Sichuan=sichuan");
    row("southwest region", "Since the Southwest District held", "Southwest District=southwest");
    row("southwest direction", "southwest of the city", "");
    row("northeast asia excluded", "peace in Northeast Asia", "");
    row("east china sea excluded", "the East China Sea and East China", "East China=east_china");
    row("songjiang", "Songjiang Province, Songjiang Prefecture, Songjiang County and Songjiang",
        "Songjiang Province=songjiang|Songjiang Prefecture=songjiang_sd|Songjiang County=songjiang_county|"
        "Songjiang=songjiang_county");
    row("peiping", "Peiping and Peking", "Peiping=beijing|Peking=beijing");
    row("xinjiang county", "Xinjiang County and Xinjiang",
        "Xinjiang County=xinjiang_county|Xinjiang=xinjiang");
    row("inner mongolia", "Inner Mongolia Autonomous Region",
        "Inner Mongolia Autonomous Region=inner_mongolia");
    row("postal provinces", "Kwangtung, Hopei and Sikang", "Kwangtung=guangdong|Hopei=hebei|Sikang=xikang");
    row("fuzhou resolves to fujian", "Fuzhou", "Fuzhou=fuzhou");
    row("canton proper only", "Canton, not a Swiss canton", "Canton=guangzhou");
    row("empty", "", "");
    row("chinese text", "四川省", "");
}

void TestGazetteer::findEnglish()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describe(text, gaz().findEnglish(text)), expected);
}

// Each name, searched alone, comes back whole and names a place that lists it; only a name marked
// ambiguous may land on another of its claimants.
void TestGazetteer::everyNameFindsItsPlace()
{
    for (const Gazetteer::Place &place : gaz().places()) {
        for (const QString &name : place.zhNames) {
            const QVector<Gazetteer::Match> matches = gaz().findChinese(name);
            QVERIFY2(matches.size() == 1 && matches.first().range == (TextRange{0, int(name.size())}),
                     qPrintable(place.id + u' ' + name));
            QVERIFY2(gaz().places().at(matches.first().place).zhNames.contains(name), qPrintable(name));
        }
        for (const QString &name : place.enNames) {
            const QVector<Gazetteer::Match> matches = gaz().findEnglish(name);
            QVERIFY2(matches.size() == 1 && matches.first().range == (TextRange{0, int(name.size())}),
                     qPrintable(place.id + u' ' + name));
            QVERIFY2(gaz().places().at(matches.first().place).enNames.contains(name, Qt::CaseInsensitive),
                     qPrintable(name));
        }
    }
}

// Parents exist, and every place belongs to some province-level unit at the start and at the end of its
// existence (or of the period, when open).
void TestGazetteer::everyPlaceResolves()
{
    for (const Gazetteer::Place &place : gaz().places()) {
        for (const Gazetteer::Place::Membership &m : place.parents)
            QVERIFY2(gaz().place(m.parentId), qPrintable(place.id + u' ' + m.parentId));
        const QDate first = place.validFrom.isValid() ? place.validFrom : QDate(1949, 10, 1);
        const QDate last = place.validTo.isValid() ? place.validTo : QDate(1966, 12, 31);
        for (const QDate &date : {first, last}) {
            if (!gaz().isValidOn(place, date))
                continue;
            QVERIFY2(gaz().provinceOf(place.id, date),
                     qPrintable(place.id + u' ' + date.toString(Qt::ISODate)));
        }
        // A unit abolished into another (辽西 into Liaoning on 1954-08-01) still names a province
        // after its end: the successor's membership must win over the region's that overlaps it.
        for (const Gazetteer::Place::Membership &m : place.parents) {
            if (place.validTo.isValid() && m.from.isValid() && m.from > place.validTo)
                QVERIFY2(gaz().provinceOf(place.id, m.from),
                         qPrintable(place.id + QStringLiteral(" after its end, on ") +
                                    m.from.toString(Qt::ISODate)));
        }
    }
}

void TestGazetteer::sampleArticleChinese()
{
    const QString article = readFile(kSample);
    QVERIFY2(!article.isEmpty(), qPrintable(kSample));
    const QString original = article.mid(article.indexOf(QLatin1String("Original:")));
    const QDate date(1954, 6, 22);
    QSet<QString> found;
    for (const Gazetteer::Match &m : gaz().findChinese(original)) {
        const QString text = original.mid(m.range.start, m.range.length());
        found.insert(text);
        QVERIFY2(gaz().provinceOf(gaz().places().at(m.place).id, date), qPrintable(text));
    }
    const QSet<QString> expected = {
        QStringLiteral("西南"),     QStringLiteral("西南区"), QStringLiteral("云南"),
        QStringLiteral("贵州省"),   QStringLiteral("西康省"), QStringLiteral("四川省"),
        QStringLiteral("万县专区"), QStringLiteral("云南省"), QStringLiteral("重庆市"),
        QStringLiteral("四川"),     QStringLiteral("西康"),   QStringLiteral("贵州"),
        QStringLiteral("成都市"),   QStringLiteral("贵阳市"), QStringLiteral("全国"), // 占全国…: the country
    };
    QCOMPARE(found, expected);
    QVERIFY(!found.contains(QStringLiteral("全区")));

    const auto provinceOfText = [&](const QString &name) {
        const QVector<Gazetteer::Match> matches = gaz().findChinese(name);
        const Gazetteer::Place *p = gaz().provinceOf(gaz().places().at(matches.value(0).place).id, date);
        return p ? p->name : QString();
    };
    QCOMPARE(provinceOfText(QStringLiteral("重庆市")), QStringLiteral("Chongqing"));
    QCOMPARE(provinceOfText(QStringLiteral("万县专区")), QStringLiteral("Sichuan"));
    QCOMPARE(provinceOfText(QStringLiteral("成都市")), QStringLiteral("Sichuan"));
    QCOMPARE(provinceOfText(QStringLiteral("贵阳市")), QStringLiteral("Guizhou"));
    QCOMPARE(provinceOfText(QStringLiteral("西康省")), QStringLiteral("Xikang"));
    QCOMPARE(provinceOfText(QStringLiteral("西南区")), QStringLiteral("Southwest"));
}

void TestGazetteer::sampleArticleEnglish()
{
    const QString article = readFile(kSample);
    QVERIFY2(!article.isEmpty(), qPrintable(kSample));
    const QString translation = article.left(article.indexOf(QLatin1String("Original:")));
    QSet<QString> found;
    for (const Gazetteer::Match &m : gaz().findEnglish(translation))
        found.insert(translation.mid(m.range.start, m.range.length()));
    const QSet<QString> expected = {
        QStringLiteral("Southwest"),
        QStringLiteral("Southwest District"),
        QStringLiteral("Yunnan"),
        QStringLiteral("Yunnan Province"),
        QStringLiteral("Guizhou Province"),
        QStringLiteral("Guizhou"),
        QStringLiteral("Xikang Province"),
        QStringLiteral("Xikang"),
        QStringLiteral("Sichuan Province"),
        QStringLiteral("Sichuan"),
        QStringLiteral("Wanxian Special District"),
        QStringLiteral("Chongqing City"),
        QStringLiteral("Chongqing"),
        QStringLiteral("Chengdu"),
        QStringLiteral("Guiyang"),
    };
    QCOMPARE(found, expected);
}

void TestGazetteer::loadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorPart");

    const QString a =
        QStringLiteral(R"({"id": "a", "name": "A", "type": "province", "zh": ["甲省"], "en": ["Alpha"]})");
    QTest::newRow("minimal") << document(a) << true << QString();
    QTest::newRow("empty places") << document({}) << true << QString();
    QTest::newRow("not json") << QByteArray("{places: ") << false << QStringLiteral("JSON error");
    QTest::newRow("no places") << QByteArray("{}") << false << QStringLiteral("no places");
    QTest::newRow("silent collision") << document(kA + u',' + kB) << false << QStringLiteral("甲乙");
    QTest::newRow("duplicate id") << document(a + u',' + a) << false << QStringLiteral("duplicate id");
    QTest::newRow("unknown parent")
        << document(QStringLiteral(
               R"({"id": "c", "name": "C", "type": "city", "zh": ["丙市"], "parents": [{"id": "x"}]})"))
        << false << QStringLiteral("unknown parent");
    QTest::newRow("cycle")
        << document(QStringLiteral(
               R"({"id": "c", "name": "C", "type": "city", "zh": ["丙市"], "parents": [{"id": "d"}]},
                                      {"id": "d", "name": "D", "type": "city", "zh": ["丁市"], "parents": [{"id": "c"}]})"))
        << false << QStringLiteral("cycle");
    QTest::newRow("bad date")
        << document(QStringLiteral(
               R"({"id": "c", "name": "C", "type": "city", "zh": ["丙市"], "to": "1954-13-01"})"))
        << false << QStringLiteral("not a YYYY-MM-DD");
    QTest::newRow("unknown type") << document(QStringLiteral(
                                         R"({"id": "c", "name": "C", "type": "town", "zh": ["丙市"]})"))
                                  << false << QStringLiteral("unknown type");
    QTest::newRow("one-character name")
        << document(QStringLiteral(R"({"id": "c", "name": "C", "type": "city", "zh": ["川"]})")) << false
        << QStringLiteral("2 to");
    QTest::newRow("exclusion shadows a name")
        << document(a, QStringLiteral(R"("exclusions": {"zh": ["甲省"]})")) << false
        << QStringLiteral("also a place name");
    QTest::newRow("stale ambiguity") << document(a, QStringLiteral(
                                                        R"("ambiguous": {"en": {"Alpha": {"place": "a"}}})"))
                                     << false << QStringLiteral("not shared");
    QTest::newRow("context without place name")
        << document(a, QStringLiteral(R"("contexts": {"zh": {"乙丙|部分": "a"}})")) << false
        << QStringLiteral("needs a place");
    QTest::newRow("context") << document(a, QStringLiteral(R"("contexts": {"zh": {"甲省|部分": "a"}})"))
                             << true << QString();
    QTest::newRow("unmatchable english")
        << document(
               QStringLiteral(R"j({"id": "c", "name": "C", "type": "city", "en": ["Fuzhou (Jiangxi)"]})j"))
        << false << QStringLiteral("cannot be matched");
}

void TestGazetteer::loadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, errorPart);
    Gazetteer g;
    QString error;
    QCOMPARE(g.loadJson(json, &error), ok);
    if (ok)
        QVERIFY(error.isEmpty());
    else
        QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestGazetteer::ambiguousNameResolves()
{
    Gazetteer g;
    QString error;
    const QString root = QStringLiteral(R"("ambiguous": {"zh": {"甲乙": {"place": "b", "why": "test"}}})");
    QVERIFY2(g.loadJson(document(kA + u',' + kB, root), &error), qPrintable(error));
    const QVector<Gazetteer::Match> matches = g.findChinese(u"甲乙");
    QCOMPARE(matches.size(), 1);
    QCOMPARE(g.places().at(matches.first().place).id, QStringLiteral("b"));

    // A resolution naming a place that does not list the name is refused.
    const QString wrong = QStringLiteral(R"("ambiguous": {"zh": {"甲乙": {"place": "c"}}})");
    const QString c = QStringLiteral(R"({"id": "c", "name": "C", "type": "city", "zh": ["丙市"]})");
    QVERIFY(!g.loadJson(document(kA + u',' + kB + u',' + c, wrong), &error));
    QVERIFY2(error.contains(QStringLiteral("does not list it")), qPrintable(error));
    // The failed load left the earlier data in place.
    QCOMPARE(g.findChinese(u"甲乙").size(), 1);
}

// Not a benchmark gate (machines and sanitizer builds differ) but a guard against accidental quadratic
// behaviour, with the measured rate in the log.
void TestGazetteer::throughput()
{
    QString corpus;
    QDirIterator it(QStringLiteral(DUIZHAO_TEST_DATA "/corpus/rmrb"), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        corpus += readFile(it.next());
    QVERIFY(corpus.size() > 10000);
    const qint64 bytes = corpus.toUtf8().size();
    int rounds = 0;
    qsizetype found = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 500 || rounds < 3) {
        found += gaz().findChinese(corpus).size() + gaz().findEnglish(corpus).size();
        ++rounds;
    }
    const double mbPerSecond = double(bytes) * rounds / 1e6 / (double(timer.nsecsElapsed()) / 1e9);
    qInfo("gazetteer: %.0f MB/s (findChinese + findEnglish over %lld bytes of corpus)", mbPerSecond, bytes);
    QVERIFY(found > 0);
    QVERIFY(mbPerSecond > 2);
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
