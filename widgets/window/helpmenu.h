#pragma once

#include <QMenu>

// Help: the legend of the underline colours and severities, Keyboard Shortcuts (Ctrl+/), About.
class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    // window: whose actions the shortcut list reads, and the dialogs' parent.
    explicit HelpMenu(QWidget *window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_legend;
    QAction *m_shortcuts;
    QAction *m_about;
};
