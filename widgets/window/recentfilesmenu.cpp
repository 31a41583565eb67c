#include "window/recentfilesmenu.h"

#include <QEvent>
#include <QFileInfo>
#include <QSettings>

namespace {
constexpr int MaxRecent = 10;
const QString kKey = QStringLiteral("files/recent");
} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(parent), m_clear(new QAction(this))
{
    connect(m_clear, &QAction::triggered, this, [this] {
        QSettings().remove(kKey);
        rebuild();
    });
    retranslate();
    rebuild();
}

QStringList RecentFilesMenu::files() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFilesMenu::add(const QStringList &paths)
{
    QStringList recent = files();
    for (const QString &p : paths) {
        if (p.startsWith(QLatin1Char(':')))
            continue;
        const QString absolute = QFileInfo(p).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(kKey, recent);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    // Not clear(): it would delete Clear List too.
    for (QAction *a : actions()) {
        removeAction(a);
        if (a != m_clear)
            a->deleteLater();
    }
    const QStringList recent = files();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *a = addAction(QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        addSeparator();
        addAction(m_clear);
    }
}

void RecentFilesMenu::retranslate()
{
    setTitle(tr("Open &Recent"));
    m_clear->setText(tr("&Clear List"));
}

void RecentFilesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}
