#pragma once

#include "check/articleanalysis.h"
#include "text/diagnostic.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

class QThread;

// Loads files and folders in a background thread and hands the results to the GUI thread in
// batches, so the first articles appear at once and the event loop never waits on the disk.
// One load at a time; starting another cancels the running one.
class CorpusLoader : public QObject
{
    Q_OBJECT
public:
    explicit CorpusLoader(QObject *parent = nullptr);
    ~CorpusLoader() override;

    void load(const QStringList &paths);
    void cancel();
    bool isRunning() const;

    // Every article file under the given paths (folders searched recursively for *.md), sorted.
    // Entries that are folders named like articles are returned too, so that they are reported.
    static QStringList expand(const QStringList &paths);

Q_SIGNALS:
    void started(int total);
    void articlesLoaded(const QVector<ArticleAnalysisPtr> &articles);
    void problemsFound(const Diagnostics &diagnostics);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    void run(QStringList paths, std::shared_ptr<std::atomic_bool> cancelFlag);

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
