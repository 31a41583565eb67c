// What a figure counts, read from real sentences of the corpus's kind in each language: its counted
// thing, unit family, metric and role, as the whole analysis gives them (a plain text of one
// language, so no translation lends its words). One row per phenomenon: a level of a kind of
// cooperative, members and not rooms or huts, a rate per mu, a plan, a change, a share, money.

#include "corpus/analyzer.h"
#include "figures/figure.h"

#include <QTemporaryDir>
#include <QtTest>

class TestFigureDescriber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describe_data();
    void describe();
};

void TestFigureDescriber::describe_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("figure");  // its text as found
    QTest::addColumn<QString>("counted"); // contained in the counted thing
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("role");
    const QString coops = QStringLiteral("全区共有手工业生产合作社三百六十九个，社员一万二千三百多人。");
    QTest::newRow("zh handicraft cooperatives") << "zh" << coops << "三百六十九"
                                                << "手工业生产合作社"
                                                << "organisations"
                                                << "handicraft_coops"
                                                << "actual";
    QTest::newRow("zh members") << "zh" << coops << "一万二千三百多"
                                << "社员"
                                << "persons"
                                << "members"
                                << "actual";
    const QString rooms = QStringLiteral("他们还修建了房屋二十四间，草棚十五个。");
    QTest::newRow("zh rooms are no members") << "zh" << rooms << "二十四"
                                             << "房屋"
                                             << "items"
                                             << "infrastructure"
                                             << "actual";
    QTest::newRow("zh huts are no crops") << "zh" << rooms << "十五"
                                          << "草棚"
                                          << "items"
                                          << "other"
                                          << "actual";
    QTest::newRow("zh yield per mu") << "zh"
                                     << QStringLiteral(
                                            "每亩棉田预计平均产皮棉四十三斤左右，超过原计划五、六斤。")
                                     << "四十三"
                                     << ""
                                     << "weight"
                                     << "yield"
                                     << "plan";
    QTest::newRow("zh exceeding a plan")
        << "zh" << QStringLiteral("每亩棉田预计平均产皮棉四十三斤左右，超过原计划五、六斤。") << "五、六"
        << ""
        << "weight"
        << "yield"
        << "change";
    QTest::newRow("zh plan") << "zh" << QStringLiteral("今年计划发展农业生产合作社五百二十多个。")
                             << "五百二十多"
                             << "农业生产合作社"
                             << "organisations"
                             << "agricultural_coops"
                             << "plan";
    QTest::newRow("zh share of households")
        << "zh" << QStringLiteral("全省百分之八十五的农户参加了信用合作社。") << "百分之八十五"
        << "农户"
        << "percent"
        << "member_households"
        << "share";
    QTest::newRow("zh change of grain")
        << "zh" << QStringLiteral("小麦总产量比去年增产百分之二十六。") << "百分之二十六"
        << "小麦总产量"
        << "percent"
        << "grain_output"
        << "change";
    const QString contracts = QStringLiteral(
        "该县供销合作社和手工业者签订了一万五千三百五十多件合同，产品总值达五十四亿八千多万元。");
    QTest::newRow("zh contracts") << "zh" << contracts << "一万五千三百五十多"
                                  << "合同"
                                  << "items"
                                  << "contracts"
                                  << "actual";
    QTest::newRow("zh contract value") << "zh" << contracts << "五十四亿八千多万元"
                                       << "产品总值"
                                       << "money"
                                       << "contract_value"
                                       << "actual";
    QTest::newRow("en handicraft cooperatives")
        << "en"
        << QStringLiteral("There were 369 handicraft production cooperatives in the entire region, with more "
                          "than 12,300 members.")
        << "369"
        << "handicraft production cooperatives"
        << "organisations"
        << "handicraft_coops"
        << "actual";
    QTest::newRow("en yield per mu") << "en"
                                     << QStringLiteral("The wheat yield reached 180 jin per mu this year.")
                                     << "180"
                                     << "yield"
                                     << "weight"
                                     << "yield"
                                     << "actual";
    QTest::newRow("en plan")
        << "en"
        << QStringLiteral(
               "The province plans to establish more than 520 agricultural producers' cooperatives "
               "this year.")
        << "more than 520"
        << "cooperatives"
        << "organisations"
        << "agricultural_coops"
        << "plan";
    QTest::newRow("en share of households")
        << "en" << QStringLiteral("85% of the farm households have joined credit cooperatives.") << "85%"
        << "households"
        << "percent"
        << "member_households"
        << "share";
    QTest::newRow("en contract value")
        << "en"
        << QStringLiteral(
               "Supply and marketing cooperatives signed more than 15,350 contracts with handicraft "
               "workers, with a total product value of 5.48 billion yuan.")
        << "5.48 billion yuan"
        << "product value"
        << "money"
        << "contract_value"
        << "actual";
}

void TestFigureDescriber::describe()
{
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, figure);
    QFETCH(QString, counted);
    QFETCH(QString, family);
    QFETCH(QString, metric);
    QFETCH(QString, role);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sentence.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sentence.toUtf8() + '\n');
    file.close();
    const bool chinese = language == QLatin1String("zh");
    const ArticleAnalysisPtr a =
        Analyzer::analyzePlainFile(path, chinese ? Article::Language::Chinese : Article::Language::English);
    QVERIFY(a);
    const Figures &figures = chinese ? a->chineseFigures : a->englishFigures;
    const Figure *found = nullptr;
    for (const Figure &f : figures) {
        if (f.text == figure)
            found = &f;
    }
    QVERIFY2(found, qPrintable(figure));
    QVERIFY2(found->counted.contains(counted), qPrintable(found->counted));
    QCOMPARE(Figure::familyName(found->family), family);
    QCOMPARE(found->metric, metric);
    QCOMPARE(Figure::roleName(found->role), role);
}

QTEST_GUILESS_MAIN(TestFigureDescriber)
#include "tst_figuredescriber.moc"
