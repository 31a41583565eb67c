#include "window/helpmenu.h"

#include "window/helpdialogs.h"

#include <QEvent>

HelpMenu::HelpMenu(QWidget *window)
    : QMenu(window), m_legend(new QAction(this)), m_shortcuts(new QAction(this)), m_about(new QAction(this))
{
    connect(m_legend, &QAction::triggered, this, [window] { HelpDialogs::showLegend(window); });
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    // The shortcut works from anywhere in the window, not only with the menu open.
    window->addAction(m_shortcuts);
    connect(m_shortcuts, &QAction::triggered, this, [window] { HelpDialogs::showShortcuts(window); });
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [window] { HelpDialogs::showAbout(window); });
    addAction(m_legend);
    addAction(m_shortcuts);
    addSeparator();
    addAction(m_about);
    retranslate();
}

void HelpMenu::retranslate()
{
    setTitle(tr("&Help"));
    m_legend->setText(tr("&Legend of Colours and Severities"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About Duizhao"));
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}
