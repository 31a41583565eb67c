#pragma once

#include "check/articleanalysis.h"
#include "text/diagnostic.h"

#include <QMainWindow>

class ArticleListModel;
class CorpusDock;
class CorpusLoader;
class ExplorerController;
class ParallelView;
class FindBar;
class HelpMenu;
class ProblemsDock;
class RecentFilesMenu;
class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QLineEdit;
class QToolBar;
class QToolButton;

// The reader's main window: the parallel text in the centre, the article list and the problems
// list as docks, loading in the background with progress and cancel. It only wires the pieces;
// analysis happens in the models library, drawing in the views.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Files and folders, loaded in the background; the first article loaded is shown.
    void openPaths(const QStringList &paths);
    // The built-in sample article (from the resources). It shows only while nothing else is open:
    // opening files or a folder replaces it, closing the last article brings it back.
    void openSample();
    void showArticle(int row);
    // Closes the article of this row (the current one when -1), or all.
    void closeArticle(int row = -1);
    void closeAll();
    // Reopens the files and folders open when the program last quit, showing the article that was
    // shown (unless the reader turned that off); false when there is nothing to reopen.
    bool restoreSession();

    ArticleListModel *articleModel() const { return m_model; }
    CorpusLoader *loader() const { return m_loader; }
    ParallelView *parallelView() const { return m_view; }
    CorpusDock *corpusDock() const { return m_corpusDock; }
    ExplorerController *explorer() const { return m_explorer; }
    int currentRow() const { return m_currentRow; }
    QStringList recentFiles() const;

    static QString samplePath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void readSettings();
    void writeSettings() const;
    void updateTitle();
    void onStarted(int total);
    void onProgress(int done, int total);
    void onFinished(bool cancelled);
    void onArticlesLoaded(const QVector<ArticleAnalysisPtr> &articles);
    void onProblems(const Diagnostics &diagnostics);
    void step(int direction);
    void chooseLanguage(const QString &code);
    void rebuildExplorer();
    void announceExport(const QString &path);

    ArticleListModel *m_model;
    CorpusLoader *m_loader;
    ParallelView *m_view;
    CorpusDock *m_corpusDock;
    ExplorerController *m_explorer;
    ProblemsDock *m_problemsDock;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QToolButton *m_openExportFolder; // shown for a while after an export
    QString m_exportFolder;
    QLabel *m_status;
    int m_currentRow = -1;
    bool m_showFirstLoaded = false;
    bool m_sampleOnly = false; // what is open is the built-in sample, which the next open replaces
    QStringList m_openedPaths;
    QString m_restoredCurrent;
    QStringList m_requested; // the paths of the last open, as given // the session's article, to show when
                             // its files are loaded  // the files and folders opened since the sample or
                             // Close All, for the session
    QString m_pendingPath;

    QMenu *m_fileMenu = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    QAction *m_openFile = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_openSample = nullptr;
    QAction *m_closeArticle = nullptr;
    QAction *m_closeAll = nullptr;
    QAction *m_restore = nullptr; // the setting: reopen the last articles at start
    QAction *m_quit = nullptr;
    QAction *m_chineseLeft = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_copyPair = nullptr;
    QAction *m_find = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    FindBar *m_findBar = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_languageSystem = nullptr;
    QAction *m_languageEnglish = nullptr;
    QAction *m_languageChinese = nullptr;
};
