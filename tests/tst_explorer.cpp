// The figures side of the window (offscreen): a click on a figure in the Chinese text selects its
// table row and highlights the English counterpart; a table row, a finding and a bar show their
// source sentence in both texts; F3/F8 step through figures and findings; the table exports to CSV.

#include "charts/chartpanel.h"
#include "corpus/corpusloader.h"
#include "corpus/csvwriter.h"
#include "itemmodels/figurefilterproxy.h"
#include "itemmodels/figuretablemodel.h"
#include "itemmodels/provincemetricmodel.h"
#include "reading/parallelview.h"
#include "reading/readingpane.h"
#include "tables/figuretabledock.h"
#include "tables/findingsdock.h"
#include "tables/tableexporter.h"
#include "tables/tableviews.h"
#include "testdata.h"
#include "window/explorercontroller.h"
#include "window/mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

class TestExplorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clickFigureSelectsRow();
    void tableRowShowsBothSentences();
    void findingShowsFigures();
    void findingsSummaryAndFilter();
    void barClickFilters();
    void stepThroughFiguresAndFindings();
    void copyPairAndRows();
    void exportTable();

private:
    MainWindow *m_window = nullptr;
    ReadingPane *zh() const { return m_window->parallelView()->pane(Article::Language::Chinese); }
    ReadingPane *en() const { return m_window->parallelView()->pane(Article::Language::English); }
    QTableView *table() const { return m_window->explorer()->figureDock()->view(); }
    int currentTableRow() const
    {
        const QModelIndex i = table()->selectionModel()->currentIndex();
        return i.isValid() ? m_window->explorer()->figureProxy()->mapToSource(i).row() : -1;
    }
};

void TestExplorer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DuizhaoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_explorer"));
    QSettings().clear();
}

void TestExplorer::init()
{
    m_window = new MainWindow;
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy finished(m_window->loader(), &CorpusLoader::finished);
    m_window->openPaths({TestData::samplePath()});
    QVERIFY(!finished.isEmpty() || finished.wait(20000)); // the worker may finish before wait() starts
    QTRY_COMPARE(m_window->currentRow(), 0);
}

void TestExplorer::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestExplorer::clickFigureSelectsRow()
{
    // Bring 五十四亿八千多万元 (the sixth figure) into view, then click it like a reader.
    zh()->setSelectedSentences({5}, true);
    const QRect rect = zh()->figureRect(5);
    QVERIFY(zh()->viewport()->rect().contains(rect.center()));
    QCOMPARE(zh()->figureAt(rect.center()), 5);
    QTest::mouseClick(zh()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(zh()->selectedFigure(), 5);
    QCOMPARE(en()->selectedFigure(), 5); // "5.48 billion yuan"
    QCOMPARE(en()->selectedSentences(), QVector<int>{7});
    QCOMPARE(zh()->selectedSentences(), QVector<int>{5});
    QCOMPARE(currentTableRow(), 5);
    QVERIFY(en()->viewport()->rect().intersects(en()->figureRect(5)));
    QVERIFY(zh()->figureToolTip(5).contains(QStringLiteral("5.48 billion yuan")));
}

void TestExplorer::tableRowShowsBothSentences()
{
    // 八百七十多亿元 / "more than 87 billion yuan", far down both texts.
    const QModelIndex index =
        m_window->explorer()->figureProxy()->mapFromSource(m_window->explorer()->figureModel()->index(18, 0));
    table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    QCOMPARE(zh()->selectedFigure(), 18);
    QCOMPARE(en()->selectedFigure(), 18);
    QCOMPARE(zh()->selectedSentences(), QVector<int>{13});
    QCOMPARE(en()->selectedSentences(), QVector<int>{18});
    QVERIFY(zh()->viewport()->rect().intersects(zh()->figureRect(17)));
    QVERIFY(en()->viewport()->rect().intersects(en()->figureRect(17)));
    // Shown whole, not cut off at the pane's edge.
    QVERIFY(zh()->viewport()->rect().contains(zh()->figureRect(18)));
    QVERIFY(en()->viewport()->rect().contains(en()->figureRect(18)));
}

void TestExplorer::findingShowsFigures()
{
    FindingsDock *dock = m_window->explorer()->findingsDock();
    QCOMPARE(dock->proxy()->rowCount(), 1);
    dock->view()->selectionModel()->setCurrentIndex(
        dock->proxy()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(zh()->selectedFigure(), 5);
    QCOMPARE(en()->selectedFigure(), 5);
    QCOMPARE(currentTableRow(), 5);
}

// The header sums up all findings; the severity filter (errors and warnings by default) is remembered.
void TestExplorer::findingsSummaryAndFilter()
{
    FindingsDock *dock = m_window->explorer()->findingsDock();
    auto *summary = dock->findChild<QLabel *>(QStringLiteral("findingsSummary"));
    auto *filter = dock->findChild<QComboBox *>(QStringLiteral("severityFilter"));
    QVERIFY(summary && filter);
    QCOMPARE(filter->currentData().toInt(), int(Finding::Severity::Warning));
    QCOMPARE(summary->text(), QStringLiteral("0 errors, 1 warning, 0 notes"));
    filter->setCurrentIndex(filter->findData(int(Finding::Severity::Error)));
    QCOMPARE(dock->proxy()->rowCount(), 0);
    QCOMPARE(summary->text(), QStringLiteral("0 errors, 1 warning, 0 notes (0 shown)"));
    QCOMPARE(QSettings().value(QStringLiteral("findings/minSeverity")).toInt(),
             int(Finding::Severity::Error));
    filter->setCurrentIndex(filter->findData(int(Finding::Severity::Warning)));
    QCOMPARE(dock->proxy()->rowCount(), 1);
}

void TestExplorer::barClickFilters()
{
    ExplorerController *explorer = m_window->explorer();
    explorer->setChartMetric(QStringLiteral("members"));
    ProvinceMetricModel *byProvince = explorer->provinceModel();
    QTRY_COMPARE(byProvince->rowCount(), 1); // the chart follows the table a few times a second
    QCOMPARE(byProvince->placeId(0), QStringLiteral("southwest"));
    QVERIFY(explorer->chartPanel()->chart());
    Q_EMIT explorer->chartPanel()->barClicked(0);
    QCOMPARE(explorer->figureProxy()->province(), QStringLiteral("southwest"));
    QCOMPARE(explorer->figureProxy()->rowCount(), 6); // 全区: 369, 12,300, 3,793, 89,500, 87 billion, 29.92%
    // The bar's first figure, 一万二千三百多 members, is shown in both texts.
    QCOMPARE(zh()->selectedFigure(), 15);
    QCOMPARE(en()->selectedFigure(), 15);
    QCOMPARE(explorer->figureDock()->provinceBox()->currentData().toString(), QStringLiteral("southwest"));
}

void TestExplorer::stepThroughFiguresAndFindings()
{
    m_window->activateWindow();
    QTest::keyClick(m_window, Qt::Key_F3);
    QCOMPARE(zh()->selectedFigure(), 0);
    QTest::keyClick(m_window, Qt::Key_F3);
    QCOMPARE(zh()->selectedFigure(), 1);
    QCOMPARE(en()->selectedFigure(), 1);
    QTest::keyClick(m_window, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(zh()->selectedFigure(), 0);
    QTest::keyClick(m_window, Qt::Key_F8);
    QCOMPARE(zh()->selectedFigure(), 5);
    // The one finding: F8 again goes round to it and says so; F3 past the last figure comes to the first.
    QTest::keyClick(m_window, Qt::Key_F8);
    QCOMPARE(zh()->selectedFigure(), 5);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Back at the first finding"));
    const int last = int(zh()->analysis()->chineseFigures.size()) - 1;
    m_window->explorer()->figureDock()->view()->selectionModel()->clear();
    m_window->parallelView()->selectFigure(Article::Language::Chinese, last);
    QTest::keyClick(m_window, Qt::Key_F3);
    QCOMPARE(zh()->selectedFigure(), 0);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Back at the first figure of the article"));
}

// Ctrl+Shift+C copies the selected sentence pair with a citation; Ctrl+C in a table copies its selected
// rows as TSV under the header row.
void TestExplorer::copyPairAndRows()
{
    m_window->parallelView()->selectFigure(Article::Language::Chinese, 5);
    const QString pair = m_window->parallelView()->selectedPairText();
    const QStringList lines = pair.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(QStringLiteral("五十四亿八千多万元")));
    QVERIFY(lines.at(0).contains(QStringLiteral("\t")) &&
            lines.at(0).contains(QStringLiteral("5.48 billion yuan")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("人民日报 1954-06-22, page 2, 《")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("1954-06-22_西南各地加强对手工业者的教育和领导.md)")));
    QTableView *table = m_window->explorer()->figureDock()->view();
    const QString tsv = TableViews::selectionAsTsv(table);
    const QStringList rows = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2); // the header and the selected figure's row
    QVERIFY(rows.at(0).contains(QStringLiteral("Original")));
    QVERIFY(rows.at(1).contains(QStringLiteral("五十四亿八千多万元")));
    QCOMPARE(rows.at(1).count(QLatin1Char('\t')), rows.at(0).count(QLatin1Char('\t')));
}

void TestExplorer::exportTable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figures.csv"));
    QString error;
    QVERIFY2(TableExporter::saveCsv(m_window->explorer()->figureProxy(), path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = CsvWriter::parse(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 21);
    QCOMPARE(rows.at(0).size(), int(FigureTableModel::ColumnCount));
    QCOMPARE(rows.at(6).at(FigureTableModel::ChineseColumn), QStringLiteral("五十四亿八千多万元"));
    QCOMPARE(rows.at(3).at(FigureTableModel::EnglishColumn), QStringLiteral("nine"));
    // Values with thousands separators survive the commas.
    QCOMPARE(rows.at(5).at(FigureTableModel::ValueColumn), QLocale().toString(15350.0, 'g', 15));
}

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"
