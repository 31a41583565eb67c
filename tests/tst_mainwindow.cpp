// GUI smoke test (offscreen): the window opens on the sample, both panes hold the titles, hovering a
// sentence marks its aligned group on the other side, ←/→ move between articles by date, settings are
// remembered.

#include "common/uilanguage.h"
#include "corpus/corpusloader.h"
#include "itemmodels/articlelistmodel.h"
#include "reading/parallelview.h"
#include "reading/readingpane.h"
#include "testdata.h"
#include "window/corpusdock.h"
#include "window/mainwindow.h"

#include "common/statuspalette.h"
#include "itemmodels/figuretablemodel.h"
#include "window/explorercontroller.h"
#include "window/helpdialogs.h"
#include <QAction>
#include <QLineEdit>
#include <QMenuBar>

#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensSample();
    void openingReplacesSample();
    void closeArticles();
    void missingFileShownNotRemembered();
    void sessionRestored();
    void helpTexts();
    void findAndZoom();
    void hoverMarksOtherPane();
    void arrowsNavigateByDate();
    void filterKeepsNavigationInside();
    void sideSettingRemembered();
    void chineseInterface();

private:
    static bool waitLoaded(MainWindow &w);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DuizhaoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

bool TestMainWindow::waitLoaded(MainWindow &w)
{
    QSignalSpy finished(w.loader(), &CorpusLoader::finished);
    return !finished.isEmpty() || finished.wait(20000); // the worker may finish first
}

void TestMainWindow::opensSample()
{
    MainWindow w;
    w.show();
    w.openSample();
    QVERIFY(waitLoaded(w));
    QTRY_COMPARE(w.currentRow(), 0);
    ReadingPane *zh = w.parallelView()->pane(Article::Language::Chinese);
    ReadingPane *en = w.parallelView()->pane(Article::Language::English);
    QVERIFY(zh->toPlainText().contains(QStringLiteral("西南各地加强对手工业者的教育和领导")));
    QVERIFY(en->toPlainText().contains(
        QStringLiteral("Southwest Regions Strengthen Education and Leadership for Handicraft Workers")));
    QVERIFY(zh->toPlainText().contains(QStringLiteral("1954-06-22")));
    QVERIFY(zh->toPlainText().contains(QStringLiteral("（全国合作总社西南区办事处通讯组）")));
    QVERIFY(w.windowTitle().contains(QStringLiteral("西南各地")));
    // Every sentence of the analysis is shown and can be found again in the document.
    for (const Sentence &s : zh->analysis()->chineseSentences)
        QVERIFY(zh->documentPosition(s.range.start) >= 0);
}

// Files of one's own replace the built-in sample; an article opened twice is one, in the list and in the
// figure table the charts count.
void TestMainWindow::openingReplacesSample()
{
    MainWindow w;
    w.show();
    w.openSample();
    QVERIFY(waitLoaded(w));
    QCOMPARE(w.articleModel()->rowCount(), 1);
    const QString file =
        TestData::corpusDir() + QStringLiteral("/1956.09/1956-09-01_全国中小学生将达六千多万.md");
    w.openPaths({file});
    QVERIFY(waitLoaded(w));
    QCOMPARE(w.articleModel()->rowCount(), 1);
    QCOMPARE(w.articleModel()->rowOfPath(MainWindow::samplePath()), -1);
    QCOMPARE(w.articleModel()->rowOfPath(file), 0);
    const int figures = w.explorer()->figureModel()->rowCount();
    QVERIFY(figures > 0);
    w.openPaths({file});
    QVERIFY(waitLoaded(w));
    QCOMPARE(w.articleModel()->rowCount(), 1);
    QCOMPARE(w.explorer()->figureModel()->rowCount(), figures);
    // The sample opened on purpose beside other articles stays with them.
    w.openSample();
    QVERIFY(waitLoaded(w));
    QCOMPARE(w.articleModel()->rowCount(), 2);
}

void TestMainWindow::closeArticles()
{
    MainWindow w;
    w.show();
    w.openPaths({TestData::corpusDir() + QStringLiteral("/1956.09")});
    QVERIFY(waitLoaded(w));
    const int open = w.articleModel()->rowCount();
    QVERIFY(open >= 2);
    QTRY_VERIFY(w.currentRow() >= 0);
    const QString closing = w.articleModel()->analysis(w.currentRow())->article.path;
    const int figures = w.explorer()->figureModel()->rowCount();
    const int closingFigures = int(w.articleModel()->analysis(w.currentRow())->chineseFigures.size() +
                                   w.articleModel()->analysis(w.currentRow())->englishFigures.size());
    QTest::keySequence(&w, QKeySequence::Close);
    QCOMPARE(w.articleModel()->rowCount(), open - 1);
    QCOMPARE(w.articleModel()->rowOfPath(closing), -1);
    QVERIFY(w.currentRow() >= 0); // another article is shown
    QVERIFY(w.explorer()->figureModel()->rowCount() < figures || closingFigures == 0);
    // Close All brings back the sample, alone.
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QVERIFY(waitLoaded(w));
    QCOMPARE(w.articleModel()->rowCount(), 1);
    QCOMPARE(w.articleModel()->rowOfPath(MainWindow::samplePath()), 0);
}

// A path that cannot be opened raises the Problems list and stays out of Open Recent; an export says
// where it went and offers its folder.
void TestMainWindow::missingFileShownNotRemembered()
{
    MainWindow w;
    w.show();
    const QString missing = QStringLiteral("/nonexistent/1954-01-01_x.md");
    w.openPaths({missing});
    QVERIFY(waitLoaded(w));
    auto *problems = w.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    QVERIFY(problems && problems->isVisible());
    auto *list = w.findChild<QListWidget *>(QStringLiteral("problemsList"));
    QVERIFY(list && list->count() >= 1);
    QVERIFY(list->item(0)->text().contains(missing));
    QVERIFY(!w.recentFiles().contains(missing));
    Q_EMIT w.explorer()->exported(QStringLiteral("/tmp/members.png"));
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("/tmp/members.png")));
    auto *open = w.findChild<QToolButton *>(QStringLiteral("openExportFolder"));
    QVERIFY(open && open->isVisible());
}

// What was open at the last quit, and the article shown, come back; the sample is no session; the
// setting turns it off.
void TestMainWindow::sessionRestored()
{
    const QString folder = TestData::corpusDir() + QStringLiteral("/1956.09");
    QString shown;
    {
        MainWindow w;
        w.show();
        w.openPaths({folder});
        QVERIFY(waitLoaded(w));
        w.showArticle(w.articleModel()->rowCount() - 1);
        shown = w.articleModel()->analysis(w.currentRow())->article.path;
        w.close();
    }
    {
        MainWindow w;
        w.show();
        QVERIFY(w.restoreSession());
        QVERIFY(waitLoaded(w));
        QTRY_VERIFY(w.currentRow() >= 0);
        QCOMPARE(w.articleModel()->analysis(w.currentRow())->article.path, shown);
        QCOMPARE(w.articleModel()->rowOfPath(MainWindow::samplePath()), -1);
        w.findChild<QAction *>(QStringLiteral("restoreSession"))->setChecked(false);
        w.close();
    }
    MainWindow w;
    QVERIFY(!w.restoreSession());
    QSettings().setValue(QStringLiteral("session/restore"), true);
}

// The legend names every colour, the shortcut list every shortcut of the window's actions, About the
// version and the data's sources and licences.
void TestMainWindow::helpTexts()
{
    MainWindow w;
    const QString legend = HelpDialogs::legendHtml();
    for (auto status : {FigureStatus::Agrees, FigureStatus::Note, FigureStatus::Warning, FigureStatus::Error})
        QVERIFY(legend.contains(StatusPalette::background(status).name()));
    QVERIFY(legend.contains(QStringLiteral("<b>error</b>")));
    const QString keys = HelpDialogs::shortcutsHtml(&w);
    for (const QKeySequence &k :
         {QKeySequence(QKeySequence::Open), QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_F8),
          QKeySequence(Qt::Key_F3), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)})
        QVERIFY2(keys.contains(k.toString(QKeySequence::NativeText).toHtmlEscaped()),
                 qPrintable(k.toString()));
    QVERIFY(keys.contains(QStringLiteral("Close All")));
    const QString about = HelpDialogs::aboutHtml();
    QVERIFY(about.contains(QCoreApplication::applicationVersion()));
    QVERIFY(about.contains(QStringLiteral("yeoksayeou/baokan-files")));
    QVERIFY(about.contains(QStringLiteral("CC0 1.0")));
}

// Ctrl+F finds in both texts: the next sentence holding the term is selected and its aligned sentences
// shown; the search goes round. Ctrl+plus sizes both panes together, remembered.
void TestMainWindow::findAndZoom()
{
    MainWindow w;
    w.show();
    w.openSample();
    QVERIFY(waitLoaded(w));
    QTRY_COMPARE(w.currentRow(), 0);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keySequence(&w, QKeySequence::Find);
    auto *field = w.findChild<QLineEdit *>(QStringLiteral("findField"));
    QVERIFY(field && field->isVisible() && field->hasFocus());
    field->setText(QStringLiteral("手工业")); // typed, as an input method would
    QTest::keyClick(field, Qt::Key_Return);
    ReadingPane *zh = w.parallelView()->pane(Article::Language::Chinese);
    ReadingPane *en = w.parallelView()->pane(Article::Language::English);
    QCOMPARE(zh->selectedSentences().size(), 1);
    const int first = zh->selectedSentences().front();
    QVERIFY(zh->analysis()->chineseSentences.at(first).text.contains(QStringLiteral("手工业")));
    QVERIFY(!en->markedSentences().isEmpty());
    const QString count = w.findChild<QLabel *>(QStringLiteral("findCount"))->text();
    QVERIFY2(count.endsWith(QStringLiteral("sentences")), qPrintable(count));
    const int hits = count.section(QLatin1Char(' '), 0, 0).toInt();
    for (int k = 0; k < hits; ++k) // once round
        QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(zh->selectedSentences().front(), first);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QVERIFY(zh->selectedSentences().front() != first);
    // An English term is found in the translation.
    field->setText(QStringLiteral("handicraft"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(en->analysis()
                ->englishSentences.at(en->selectedSentences().front())
                .text.contains(QStringLiteral("handicraft"), Qt::CaseInsensitive));

    const qreal before = zh->font().pointSizeF();
    QTest::keySequence(&w, QKeySequence::ZoomIn);
    QVERIFY(zh->font().pointSizeF() > before);
    QCOMPARE(en->font().pointSizeF(), zh->font().pointSizeF());
    QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), 1);
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_0));
    QCOMPARE(zh->font().pointSizeF(), before);
    QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), 0);
}

void TestMainWindow::hoverMarksOtherPane()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openSample();
    QVERIFY(waitLoaded(w));
    QTRY_COMPARE(w.currentRow(), 0);
    ReadingPane *zh = w.parallelView()->pane(Article::Language::Chinese);
    ReadingPane *en = w.parallelView()->pane(Article::Language::English);
    // The Chinese sentence 5 (仅四川省万县专区…) lies in the second body paragraph.
    const Sentence &s = zh->analysis()->chineseSentences.at(5);
    QVERIFY(s.text.startsWith(QStringLiteral("仅四川省万县专区")));
    zh->setSelectedSentences({5}, true);
    const QRect rect = zh->sentenceRect(5);
    QVERIFY(rect.isValid());
    QCOMPARE(zh->sentenceAt(rect.center()), 5);
    QTest::mouseMove(zh->viewport(), rect.center());
    QTRY_COMPARE(zh->hoveredSentence(), 5);
    QCOMPARE(en->markedSentences(), (QVector<int>{7, 8})); // its aligned group
    QSignalSpy selected(w.parallelView(), &ParallelView::sentenceSelected);
    QTest::mouseClick(zh->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(zh->selectedSentences(), QVector<int>{5});
    QCOMPARE(en->markedSentences(), (QVector<int>{7, 8}));
}

void TestMainWindow::arrowsNavigateByDate()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPaths({TestData::corpusDir()});
    QVERIFY(waitLoaded(w));
    QCOMPARE(w.articleModel()->rowCount(), 35);
    QTRY_COMPARE(w.currentRow(), 0);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.parallelView()->pane(Article::Language::English)->setFocus();
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.currentRow(), 1);
    QCOMPARE(w.parallelView()->analysis()->article.date, QDate(1953, 5, 4));
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.parallelView()->analysis()->article.date, QDate(1954, 1, 1));
    QTest::keyClick(&w, Qt::Key_Left);
    QCOMPARE(w.parallelView()->analysis()->article.date, QDate(1953, 5, 4));
    QCOMPARE(w.corpusDock()->currentRow(), 1);
    w.showArticle(34);
    QTest::keyClick(&w, Qt::Key_Right); // the last article stays
    QCOMPARE(w.currentRow(), 34);
    // In a text field the arrows move the cursor; Alt+arrows turn the page anywhere.
    w.showArticle(1);
    QLineEdit *filter = w.corpusDock()->filterEdit();
    filter->setText(QStringLiteral("19"));
    filter->setFocus();
    filter->setCursorPosition(0);
    QTest::keyClick(filter, Qt::Key_Right);
    QCOMPARE(filter->cursorPosition(), 1);
    QCOMPARE(w.currentRow(), 1);
    QTest::keyClick(filter, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(w.currentRow(), 2);
    filter->clear();
}

void TestMainWindow::filterKeepsNavigationInside()
{
    MainWindow w;
    w.show();
    w.openPaths({TestData::corpusDir()});
    QVERIFY(waitLoaded(w));
    w.corpusDock()->filterEdit()->setText(QStringLiteral("1956-02"));
    w.showArticle(w.articleModel()->rowOfPath(
        TestData::corpusDir() +
        QStringLiteral("/1956.02/1956-02-01_全国已经有_60_多个城市_取得社会主义改造全面胜利.md")));
    const QDate before = w.parallelView()->analysis()->article.date;
    QTest::keyClick(&w, Qt::Key_Left);
    QCOMPARE(w.parallelView()->analysis()->article.date, before); // 1955 is filtered out
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.parallelView()->analysis()->article.date, QDate(1956, 2, 2));
}

void TestMainWindow::sideSettingRemembered()
{
    {
        MainWindow w;
        w.show();
        QAction *side = w.findChild<QAction *>(QStringLiteral("chineseOnLeft"));
        QVERIFY(side);
        QVERIFY(side->isChecked());
        QCOMPARE(w.parallelView()->widget(0), w.parallelView()->pane(Article::Language::Chinese));
        side->setChecked(false);
        QCOMPARE(w.parallelView()->widget(0), w.parallelView()->pane(Article::Language::English));
        w.close();
    }
    MainWindow again;
    QCOMPARE(again.parallelView()->widget(0), again.parallelView()->pane(Article::Language::English));
    again.findChild<QAction *>(QStringLiteral("chineseOnLeft"))->setChecked(true);
    again.close();
}

void TestMainWindow::chineseInterface()
{
    MainWindow w;
    QVERIFY(UiLanguage::apply(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents();
    QCOMPARE(w.menuBar()->actions().at(0)->text(), QStringLiteral("文件(&F)"));
    QCOMPARE(w.corpusDock()->windowTitle(), QStringLiteral("文章"));
    // Qt's own strings (its dialogs and buttons) are Chinese too.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    {
        // A window made under --ui-lang zh_CN checks 简体中文 in the Language menu, whatever is saved.
        MainWindow started;
        const auto actions = started.findChildren<QAction *>();
        const auto chinese = std::find_if(actions.cbegin(), actions.cend(),
                                          [](QAction *a) { return a->text() == QStringLiteral("简体中文"); });
        QVERIFY(chinese != actions.cend());
        QVERIFY((*chinese)->isChecked());
    }
    QVERIFY(UiLanguage::apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(w.menuBar()->actions().at(0)->text(), QStringLiteral("&File"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
