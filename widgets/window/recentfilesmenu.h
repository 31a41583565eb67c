#pragma once

#include <QMenu>
#include <QStringList>

// File ▸ Open Recent: the files and folders opened last (remembered in the settings, the newest first,
// built-in resources left out), each a numbered action, and Clear List. Asks for a path to be opened.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    QStringList files() const;
    void add(const QStringList &paths);

Q_SIGNALS:
    void openRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    QAction *m_clear;
};
