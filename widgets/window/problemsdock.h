#pragma once

#include "text/diagnostic.h"

#include <QDockWidget>
#include <QStringList>

class QListWidget;

// The Problems list: every diagnostic of the files opened, with its icon; shown when there is one, and
// brought to the front when a file the reader named could not be read. Activating one asks for its
// file's article.
class ProblemsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ProblemsDock(QWidget *parent = nullptr);

    // requested: the paths the reader gave, whose errors raise the dock.
    void add(const Diagnostics &diagnostics, const QStringList &requested);
    void clear();
    int count() const;

Q_SIGNALS:
    void fileActivated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    QListWidget *m_list;
};
