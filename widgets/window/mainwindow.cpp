#include "window/mainwindow.h"

#include "corpus/analyzer.h"

#include "common/uilanguage.h"
#include "corpus/corpusloader.h"
#include "itemmodels/articlelistmodel.h"
#include "reading/parallelview.h"
#include "reading/readingpane.h"
#include "tables/figuretabledock.h"
#include "tables/findingsdock.h"
#include "window/corpusdock.h"
#include "window/explorercontroller.h"
#include "window/findbar.h"
#include "window/helpmenu.h"
#include "window/problemsdock.h"
#include "window/recentfilesmenu.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

#include <utility>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new ArticleListModel(this)), m_loader(new CorpusLoader(this)),
      m_view(new ParallelView(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_view);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);

    m_corpusDock = new CorpusDock(m_model, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_corpusDock);

    m_problemsDock = new ProblemsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();

    m_explorer = new ExplorerController(this, m_view);
    // The texts keep the full width; the table (with findings and problems as tabs) and the chart
    // share the bottom.
    addDockWidget(Qt::BottomDockWidgetArea, m_explorer->figureDock());
    addDockWidget(Qt::BottomDockWidgetArea, m_explorer->chartDock());
    splitDockWidget(m_explorer->figureDock(), m_explorer->chartDock(), Qt::Horizontal);
    tabifyDockWidget(m_explorer->figureDock(), m_explorer->findingsDock());
    tabifyDockWidget(m_explorer->findingsDock(), m_problemsDock);
    m_explorer->figureDock()->raise();
    // First start: the texts get most of the height, the article list room for its titles.
    resizeDocks({m_explorer->figureDock(), m_explorer->chartDock()}, {900, 600}, Qt::Horizontal);
    resizeDocks({m_explorer->figureDock()}, {340}, Qt::Vertical);
    resizeDocks({m_corpusDock}, {380}, Qt::Horizontal);
    connect(m_explorer, &ExplorerController::articleRequested, this, [this](const QString &path) {
        const int row = m_model->rowOfPath(path);
        if (row >= 0)
            showArticle(row);
    });

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelLoading"));
    m_cancel->hide();
    m_openExportFolder = new QToolButton(this);
    m_openExportFolder->setObjectName(QStringLiteral("openExportFolder"));
    m_openExportFolder->setAutoRaise(true);
    m_openExportFolder->hide();
    connect(m_openExportFolder, &QToolButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportFolder)); });
    connect(m_explorer, &ExplorerController::exported, this, &MainWindow::announceExport);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_openExportFolder);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    m_findBar = new FindBar(m_view, this);
    addToolBar(Qt::BottomToolBarArea, m_findBar);
    m_findBar->hide();
    createActions();
    createMenus();

    connect(m_corpusDock, &CorpusDock::articleActivated, this, &MainWindow::showArticle);
    connect(m_corpusDock, &CorpusDock::closeRequested, this, [this](int row) { closeArticle(row); });
    connect(m_cancel, &QToolButton::clicked, m_loader, &CorpusLoader::cancel);
    connect(m_loader, &CorpusLoader::started, this, &MainWindow::onStarted);
    connect(m_loader, &CorpusLoader::progress, this, &MainWindow::onProgress);
    connect(m_loader, &CorpusLoader::finished, this, &MainWindow::onFinished);
    connect(m_loader, &CorpusLoader::articlesLoaded, this, &MainWindow::onArticlesLoaded);
    connect(m_loader, &CorpusLoader::problemsFound, this, &MainWindow::onProblems);
    connect(m_problemsDock, &ProblemsDock::fileActivated, this, [this](const QString &path) {
        if (const int row = m_model->rowOfPath(path); row >= 0)
            showArticle(row);
    });

    retranslate();
    readSettings();
}

MainWindow::~MainWindow() = default;

QString MainWindow::samplePath()
{
    return QStringLiteral(":/duizhao/sample/1954-06-22_西南各地加强对手工业者的教育和领导.md");
}

void MainWindow::createActions()
{
    m_openFile = new QAction(this);
    m_openFile->setShortcut(QKeySequence::Open);
    connect(m_openFile, &QAction::triggered, this, [this] {
        QSettings settings;
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Open Articles"), settings.value(QStringLiteral("files/lastFolder")).toString(),
            tr("Articles (*.md *.txt);;All files (*)"));
        if (!files.isEmpty())
            openPaths(files);
    });
    m_openFolder = new QAction(this);
    m_openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openFolder, &QAction::triggered, this, [this] {
        QSettings settings;
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Open Folder"), settings.value(QStringLiteral("files/lastFolder")).toString());
        if (!dir.isEmpty())
            openPaths({dir});
    });
    m_openSample = new QAction(this);
    connect(m_openSample, &QAction::triggered, this, &MainWindow::openSample);
    m_closeArticle = new QAction(this);
    m_closeArticle->setShortcut(QKeySequence::Close);
    connect(m_closeArticle, &QAction::triggered, this, [this] { closeArticle(); });
    m_restore = new QAction(this);
    m_restore->setObjectName(QStringLiteral("restoreSession"));
    m_restore->setCheckable(true);
    m_restore->setChecked(QSettings().value(QStringLiteral("session/restore"), true).toBool());
    connect(m_restore, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("session/restore"), on); });
    m_closeAll = new QAction(this);
    m_closeAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_closeAll, &QAction::triggered, this, &MainWindow::closeAll);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_chineseLeft = new QAction(this);
    m_chineseLeft->setObjectName(QStringLiteral("chineseOnLeft"));
    m_chineseLeft->setCheckable(true);
    m_chineseLeft->setChecked(true);
    m_chineseLeft->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_chineseLeft, &QAction::toggled, m_view, &ParallelView::setChineseOnLeft);

    m_previous = new QAction(this);
    m_previous->setObjectName(QStringLiteral("previousArticle"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    m_next = new QAction(this);
    m_next->setObjectName(QStringLiteral("nextArticle"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_next, &QAction::triggered, this, [this] { step(+1); });
    // ← and → alone turn the page only where the reader reads (the texts, the article list): in a table
    // or a text field they move the cursor, so there the actions are off.
    QVector<QAction *> arrows;
    for (const auto &[key, direction] : {std::pair{Qt::Key_Left, -1}, std::pair{Qt::Key_Right, +1}}) {
        auto *arrow = new QAction(this);
        arrow->setObjectName(direction < 0 ? QStringLiteral("previousArticleArrow")
                                           : QStringLiteral("nextArticleArrow"));
        arrow->setShortcut(QKeySequence(key));
        connect(arrow, &QAction::triggered, this, [this, d = direction] { step(d); });
        addAction(arrow);
        arrows.append(arrow);
    }
    connect(qApp, &QApplication::focusChanged, this, [this, arrows](QWidget *, QWidget *now) {
        const bool reading =
            !now || m_view->isAncestorOf(now) || now == m_view || now == m_corpusDock->view();
        for (QAction *a : arrows)
            a->setEnabled(reading);
    });

    m_languageGroup = new QActionGroup(this);
    m_languageSystem = new QAction(m_languageGroup);
    m_languageSystem->setData(QString());
    m_languageEnglish = new QAction(m_languageGroup);
    m_languageEnglish->setData(QStringLiteral("en"));
    m_languageChinese = new QAction(m_languageGroup);
    m_languageChinese->setData(QStringLiteral("zh_CN"));
    for (QAction *a : m_languageGroup->actions()) {
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, a] { chooseLanguage(a->data().toString()); });
    }

    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_findBar, &FindBar::open);
    m_zoomIn = new QAction(this);
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomIn, &QAction::triggered, this, [this] { m_view->setZoom(m_view->zoom() + 1); });
    m_zoomOut = new QAction(this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_view->setZoom(m_view->zoom() - 1); });
    m_zoomReset = new QAction(this);
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomReset, &QAction::triggered, this, [this] { m_view->setZoom(0); });
    connect(m_view, &ParallelView::zoomChanged, this,
            [](int steps) { QSettings().setValue(QStringLiteral("view/zoom"), steps); });
    m_copyPair = new QAction(this);
    m_copyPair->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyPair, &QAction::triggered, this, [this] {
        const QString text = m_view->selectedPairText();
        if (text.isEmpty()) {
            statusBar()->showMessage(tr("Click a sentence first: its pair is copied with its source"), 3000);
            return;
        }
        QGuiApplication::clipboard()->setText(text);
        statusBar()->showMessage(tr("Copied the sentence pair with its source"), 3000);
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openFile);
    m_fileMenu->addAction(m_openFolder);
    m_recentMenu = new RecentFilesMenu(this);
    connect(m_recentMenu, &RecentFilesMenu::openRequested, this,
            [this](const QString &path) { openPaths({path}); });
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addAction(m_openSample);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeArticle);
    m_fileMenu->addAction(m_closeAll);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_restore);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_explorer->exportFiguresAction());
    m_fileMenu->addAction(m_explorer->exportFindingsAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_zoomIn);
    m_viewMenu->addAction(m_zoomOut);
    m_viewMenu->addAction(m_zoomReset);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_chineseLeft);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_corpusDock->toggleViewAction());
    m_viewMenu->addAction(m_explorer->figureDock()->toggleViewAction());
    m_viewMenu->addAction(m_explorer->findingsDock()->toggleViewAction());
    m_viewMenu->addAction(m_explorer->chartDock()->toggleViewAction());
    m_viewMenu->addAction(m_problemsDock->toggleViewAction());

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_previous);
    m_goMenu->addAction(m_next);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_explorer->nextFigureAction());
    m_goMenu->addAction(m_explorer->previousFigureAction());
    m_goMenu->addAction(m_explorer->nextFindingAction());
    m_goMenu->addAction(m_explorer->previousFindingAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_editMenu = new QMenu(this);
    m_editMenu->addAction(m_find);
    m_editMenu->addAction(m_copyPair);
    menuBar()->insertMenu(m_viewMenu->menuAction(), m_editMenu); // File, Edit, View, …
    m_helpMenu = new HelpMenu(this);
    menuBar()->addMenu(m_helpMenu);
    addActions({m_previous, m_next, m_explorer->nextFigureAction(), m_explorer->previousFigureAction(),
                m_explorer->nextFindingAction(), m_explorer->previousFindingAction()});
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openFile->setText(tr("&Open Articles…"));
    m_openFolder->setText(tr("Open &Folder…"));
    m_openSample->setText(tr("Open the &Sample Article"));
    m_closeArticle->setText(tr("&Close Article"));
    m_closeAll->setText(tr("Close &All"));
    m_restore->setText(tr("&Reopen Last Articles at Start"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_chineseLeft->setText(tr("&Chinese on the Left"));
    m_goMenu->setTitle(tr("&Go"));
    m_previous->setText(tr("&Previous Article"));
    m_next->setText(tr("&Next Article"));
    m_languageMenu->setTitle(tr("&Language"));
    m_languageSystem->setText(tr("&System Default"));
    m_languageEnglish->setText(QStringLiteral("English"));
    m_languageChinese->setText(QStringLiteral("简体中文"));
    m_editMenu->setTitle(tr("&Edit"));
    m_copyPair->setText(tr("Copy Sentence &Pair with Source"));
    m_find->setText(tr("&Find in the Texts…"));
    m_zoomIn->setText(tr("&Larger Text"));
    m_zoomOut->setText(tr("&Smaller Text"));
    m_zoomReset->setText(tr("&Default Text Size"));
    m_cancel->setText(tr("Cancel"));
    m_openExportFolder->setText(tr("Open Folder"));
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    updateTitle();
    m_explorer->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    UiLanguage::apply(code);
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1400, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_view->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_chineseLeft->setChecked(settings.value(QStringLiteral("view/chineseOnLeft"), true).toBool());
    m_view->setZoom(settings.value(QStringLiteral("view/zoom"), 0).toInt());
    // The menu shows the language in use: the saved choice, or the one --ui-lang asked for.
    QString language = settings.value(QStringLiteral("ui/language")).toString();
    const QString current = UiLanguage::current();
    if (!current.isEmpty() && current != (language.isEmpty() ? UiLanguage::systemChoice() : language))
        language = current;
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_view->saveState());
    settings.setValue(QStringLiteral("view/chineseOnLeft"), m_chineseLeft->isChecked());
    // The session: what the reader opened (not the sample) and the article shown.
    settings.setValue(QStringLiteral("session/paths"), m_openedPaths);
    const ArticleAnalysisPtr current = m_model->analysis(m_currentRow);
    settings.setValue(QStringLiteral("session/current"),
                      current && !m_sampleOnly ? current->article.path : QString());
}

bool MainWindow::restoreSession()
{
    QSettings settings;
    if (!settings.value(QStringLiteral("session/restore"), true).toBool())
        return false;
    QStringList paths;
    for (const QString &p : settings.value(QStringLiteral("session/paths")).toStringList())
        if (QFileInfo::exists(p))
            paths << p;
    if (paths.isEmpty())
        return false;
    m_restoredCurrent = settings.value(QStringLiteral("session/current")).toString();
    openPaths(paths);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader->cancel();
    writeSettings();
    event->accept();
}

QStringList MainWindow::recentFiles() const
{
    return m_recentMenu->files();
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    // A path that does not exist is reported in the Problems list, not remembered.
    QStringList existing;
    for (const QString &p : paths)
        if (QFileInfo::exists(p))
            existing << p;
    m_recentMenu->add(existing);
    for (const QString &p : paths) {
        if (p.startsWith(QLatin1Char(':')))
            continue;
        const QFileInfo info(p);
        QSettings().setValue(QStringLiteral("files/lastFolder"),
                             info.isDir() ? info.absoluteFilePath() : info.absolutePath());
        break;
    }
    const bool sample = paths.size() == 1 && paths.front() == samplePath();
    // Files of the reader's own replace the built-in sample: it would be listed, and counted in the
    // charts, beside them.
    if (m_sampleOnly && !sample) {
        m_model->clear();
        m_explorer->clear();
    }
    if (m_sampleOnly && !sample)
        m_openedPaths.clear();
    m_sampleOnly = sample && (m_sampleOnly || m_model->rowCount() == 0);
    if (!sample)
        for (const QString &p : existing)
            if (!m_openedPaths.contains(QFileInfo(p).absoluteFilePath()))
                m_openedPaths << QFileInfo(p).absoluteFilePath();
    m_problemsDock->clear();
    m_requested = paths;
    m_showFirstLoaded = true;
    // Show the file the reader asked for, not the first of the folder, when one file was given.
    m_pendingPath = paths.size() == 1 && !QFileInfo(paths.front()).isDir() ? paths.front() : QString();
    if (!m_restoredCurrent.isEmpty()) // the article shown when the program last quit
        m_pendingPath = std::exchange(m_restoredCurrent, QString());
    m_loader->load(paths);
}

void MainWindow::openSample()
{
    openPaths({samplePath()});
}

void MainWindow::onStarted(int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(0);
    m_progress->setVisible(total > 1);
    m_cancel->setVisible(total > 1);
    m_status->setText(tr("Loading %n file(s)…", nullptr, total));
}

void MainWindow::onProgress(int done, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
}

void MainWindow::onFinished(bool cancelled)
{
    m_progress->hide();
    m_cancel->hide();
    const int problems = m_problemsDock->count();
    QString text = cancelled ? tr("Loading cancelled: %n article(s) open", nullptr, m_model->rowCount())
                             : tr("%n article(s) open", nullptr, m_model->rowCount());
    if (problems > 0)
        text += QStringLiteral(" · ") + tr("%n problem(s), see the Problems list", nullptr, problems);
    m_status->setText(text);
}

void MainWindow::onArticlesLoaded(const QVector<ArticleAnalysisPtr> &articles)
{
    const int before = m_model->rowCount();
    const ArticleAnalysisPtr current = m_model->analysis(m_currentRow);
    m_model->addArticles(articles);
    // Articles sorted in before the shown one move it down the list.
    if (current)
        m_currentRow = m_model->rowOfPath(current->article.path);
    // An article opened again replaces itself: the figure table and the charts must not count it twice.
    if (m_model->rowCount() < before + articles.size())
        rebuildExplorer();
    else
        m_explorer->addArticles(articles);
    if (!m_showFirstLoaded || articles.isEmpty())
        return;
    int row = -1;
    if (!m_pendingPath.isEmpty())
        row = m_model->rowOfPath(m_pendingPath);
    if (row < 0 && m_pendingPath.isEmpty())
        row = m_model->rowOfPath(articles.front()->article.path);
    if (row >= 0) {
        m_showFirstLoaded = false;
        showArticle(row);
    }
}

void MainWindow::onProblems(const Diagnostics &diagnostics)
{
    m_problemsDock->add(diagnostics, m_requested);
}

void MainWindow::showArticle(int row)
{
    const ArticleAnalysisPtr analysis = m_model->analysis(row);
    if (!analysis)
        return;
    m_currentRow = row;
    // The list keeps summaries; the texts need the whole analysis, redone from the kept bytes
    // (well under a millisecond for an article).
    m_view->setAnalysis(Analyzer::expand(analysis));
    m_explorer->setCurrentArticle(analysis);
    m_corpusDock->setCurrentRow(row);
    updateTitle();
}

void MainWindow::announceExport(const QString &path)
{
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
    m_exportFolder = QFileInfo(path).absolutePath();
    m_openExportFolder->show();
    QTimer::singleShot(8000, m_openExportFolder, &QWidget::hide);
}

void MainWindow::rebuildExplorer()
{
    m_explorer->clear();
    m_explorer->addArticles(m_model->articles());
    if (const ArticleAnalysisPtr current = m_model->analysis(m_currentRow))
        m_explorer->setCurrentArticle(current);
}

void MainWindow::closeArticle(int row)
{
    if (row < 0)
        row = m_currentRow;
    const ArticleAnalysisPtr closing = m_model->analysis(row);
    if (!closing)
        return;
    const bool current = row == m_currentRow;
    m_model->removeArticle(row);
    if (m_model->rowCount() == 0) {
        closeAll();
        return;
    }
    if (current)
        m_currentRow = -1;
    else if (m_currentRow > row)
        --m_currentRow;
    rebuildExplorer();
    if (current)
        showArticle(qMin(row, m_model->rowCount() - 1));
    statusBar()->showMessage(tr("Closed %1").arg(closing->article.fileName), 3000);
}

void MainWindow::closeAll()
{
    m_loader->cancel();
    m_model->clear();
    m_explorer->clear();
    m_currentRow = -1;
    m_sampleOnly = false;
    m_openedPaths.clear();
    openSample();
}

void MainWindow::step(int direction)
{
    const int row = m_corpusDock->neighbourRow(direction);
    if (row >= 0)
        showArticle(row);
    else
        statusBar()->showMessage(
            direction > 0 ? tr("This is the last article") : tr("This is the first article"), 2000);
}

void MainWindow::updateTitle()
{
    const ArticleAnalysisPtr a = m_model->analysis(m_currentRow);
    if (!a) {
        setWindowTitle(tr("Duizhao"));
        return;
    }
    setWindowTitle(
        tr("%1 – %2 – Duizhao").arg(a->article.date.toString(Qt::ISODate), a->article.chinese.title.value));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        openPaths(paths);
        event->acceptProposedAction();
    }
}
