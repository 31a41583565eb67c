#pragma once

#include <QCoreApplication>

class QWidget;

// The Help menu's windows: what the underline colours and the severities mean, every keyboard
// shortcut of the window (read from its actions, so the list cannot go stale), and About with the
// version, the data's sources and their licences.
class HelpDialogs
{
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)

public:
    static void showLegend(QWidget *window);
    static void showShortcuts(QWidget *window);
    static void showAbout(QWidget *window);
    // The HTML of each, for the dialogs and the tests.
    static QString legendHtml();
    static QString shortcutsHtml(const QWidget *window);
    static QString aboutHtml();
};
