// The article list model under QAbstractItemModelTester, with its date order and filter proxy.

#include "corpus/analyzer.h"
#include "corpus/corpusloader.h"
#include "itemmodels/articlelistmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

class TestArticleListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dateOrder();
    void replaceSamePath();
    void filter_data();
    void filter();
};

namespace {
QVector<ArticleAnalysisPtr> analyzeAll(QStringList files)
{
    QVector<ArticleAnalysisPtr> out;
    for (const QString &f : files)
        out.append(Analyzer::analyzeFile(f));
    return out;
}
} // namespace

void TestArticleListModel::dateOrder()
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList files = TestData::corpusFiles();
    // Add in reverse and in two batches, so both insertion paths run.
    std::reverse(files.begin(), files.end());
    model.addArticles(analyzeAll(files.mid(0, 20)));
    model.addArticles(analyzeAll(files.mid(20)));
    QCOMPARE(model.rowCount(), 35);
    QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
    for (int r = 1; r < model.rowCount(); ++r) {
        QVERIFY(model.index(r - 1, ArticleListModel::DateColumn).data(ArticleListModel::SortRole).toDate() <=
                model.index(r, ArticleListModel::DateColumn).data(ArticleListModel::SortRole).toDate());
    }
    QCOMPARE(model.index(0, ArticleListModel::DateColumn).data().toString(), QStringLiteral("1946-05-15"));
    QCOMPARE(model.index(34, ArticleListModel::DateColumn).data().toString(), QStringLiteral("1966-06-02"));
    QCOMPARE(model.index(34, ArticleListModel::ChineseTitleColumn).data().toString(),
             QStringLiteral("中法签订航空交通协定"));
    QCOMPARE(model.index(34, ArticleListModel::EnglishTitleColumn).data().toString(),
             QStringLiteral("China and France Sign Air Transport Agreement"));
    QCOMPARE(model.index(34, ArticleListModel::PageColumn).data().toInt(), 5);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestArticleListModel::replaceSamePath()
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addArticles(analyzeAll({TestData::samplePath()}));
    model.addArticles(analyzeAll({TestData::samplePath()}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOfPath(TestData::samplePath()), 0);
}

void TestArticleListModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("everything") << QString() << 35;
    QTest::newRow("a month") << "1954-06" << 7;
    QTest::newRow("Chinese title word") << "合作社" << 8;
    QTest::newRow("English, any case") << "COOPERATIVE" << 11;
    QTest::newRow("nothing") << "no such article" << 0;
}

void TestArticleListModel::filter()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    ArticleListModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addArticles(analyzeAll(TestData::corpusFiles()));
    proxy.setFilterFixedString(text);
    QCOMPARE(proxy.rowCount(), rows);
}

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
