// A folder of a few thousand articles opened in the window: the first articles appear at once, the
// progress bar moves, cancel stops the load, and the event loop keeps running. A 5 ms timer measures
// the longest the event loop was blocked; the worst gap is printed (README has the numbers) and must
// stay far below what a reader would notice as a freeze.

#include "corpus/corpusloader.h"
#include "corpusgenerator.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/figuretablemodel.h"
#include "testdata.h"
#include "window/explorercontroller.h"
#include "window/mainwindow.h"

#include <QElapsedTimer>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

class TestResponsiveness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadStaysResponsive();
    void cancelStops();

private:
    QTemporaryDir m_dir;
    static constexpr int Count = 2000;
};

void TestResponsiveness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DuizhaoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_responsiveness"));
    QSettings().clear();
    QCOMPARE(CorpusGenerator::generate(TestData::corpusDir(), m_dir.path(), Count).size(), Count);
}

void TestResponsiveness::loadStaysResponsive()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = qMax(worst, now - last);
        last = now;
    });
    QSignalSpy progress(window.loader(), &CorpusLoader::progress);
    QSignalSpy finished(window.loader(), &CorpusLoader::finished);
    qint64 firstArticle = -1;
    QObject::connect(window.articleModel(), &QAbstractItemModel::rowsInserted, &window, [&] {
        if (firstArticle < 0)
            firstArticle = clock.elapsed();
    });
    clock.start();
    ticker.start();
    window.openPaths({m_dir.path()});
    QVERIFY(!finished.isEmpty() || finished.wait(120000)); // the worker may finish before wait() starts
    const qint64 total = clock.elapsed();
    // Let the deferred chart update run too: it is part of what the reader waits for.
    QTest::qWait(400);
    ticker.stop();
    qInfo("%d articles loaded in %lld ms; first article after %lld ms; %d progress updates; worst event loop "
          "gap "
          "%lld ms",
          Count, total, firstArticle, int(progress.count()), worst);
    QCOMPARE(window.articleModel()->rowCount(), Count);
    QVERIFY(window.explorer()->figureModel()->rowCount() > Count);
    QVERIFY(progress.count() > 2);
    QVERIFY(firstArticle >= 0 && firstArticle < total / 2);
    QVERIFY2(worst < 250, qPrintable(QStringLiteral("the event loop was blocked for %1 ms").arg(worst)));
}

void TestResponsiveness::cancelStops()
{
    MainWindow window;
    window.show();
    QSignalSpy finished(window.loader(), &CorpusLoader::finished);
    QSignalSpy loaded(window.loader(), &CorpusLoader::articlesLoaded);
    window.openPaths({m_dir.path()});
    QVERIFY(!loaded.isEmpty() || loaded.wait(20000)); // the worker may finish before wait() starts
    window.findChild<QToolButton *>(QStringLiteral("cancelLoading"))->click();
    QVERIFY(!finished.isEmpty() || finished.wait(20000)); // the worker may finish before wait() starts
    QCOMPARE(finished.front().at(0).toBool(), true);
    QVERIFY(window.articleModel()->rowCount() > 0);
    QVERIFY(window.articleModel()->rowCount() < Count);
}

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
