#include "corpus/corpusloader.h"

#include "corpus/analyzer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QThread>

CorpusLoader::CorpusLoader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QVector<ArticleAnalysisPtr>>();
    qRegisterMetaType<Diagnostics>();
}

CorpusLoader::~CorpusLoader()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool CorpusLoader::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CorpusLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

QStringList CorpusLoader::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir() || path.endsWith(QLatin1String(".md"))) {
            files.append(path);
            if (!info.isDir())
                continue;
        }
        QDirIterator it(path, {QStringLiteral("*.md")},
                        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    files.removeDuplicates();
    return files;
}

void CorpusLoader::load(const QStringList &paths)
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_thread = QThread::create([this, paths, flag = m_cancel] { run(paths, flag); });
    m_thread->start(QThread::LowPriority);
}

void CorpusLoader::run(QStringList paths, std::shared_ptr<std::atomic_bool> cancelFlag)
{
    // Signals are emitted from this worker thread; Qt queues them to the receivers' thread.
    const QStringList files = expand(paths);
    const int total = int(files.size());
    Q_EMIT started(total);

    QVector<ArticleAnalysisPtr> batch;
    Diagnostics problems;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    int done = 0;
    auto flush = [&] {
        if (!batch.isEmpty())
            Q_EMIT articlesLoaded(batch);
        if (!problems.isEmpty())
            Q_EMIT problemsFound(problems);
        Q_EMIT progress(done, total);
        batch.clear();
        problems.clear();
        sinceFlush.restart();
    };
    for (const QString &file : files) {
        if (cancelFlag->load())
            break;
        ArticleAnalysisPtr analysis = Analyzer::summarizeFile(file);
        problems += analysis->diagnostics;
        if (!Analyzer::hasError(*analysis))
            batch.append(std::move(analysis));
        ++done;
        // Small batches at first so the first articles show at once, then every 100 ms.
        if (done <= 8 || sinceFlush.elapsed() >= 100)
            flush();
    }
    flush();
    Q_EMIT finished(cancelFlag->load());
}
