#pragma once

#include <QToolBar>

class ParallelView;
class QLabel;
class QLineEdit;
class QToolButton;

// Find in the texts, at the foot of the window: a term found in both panes, the sentences holding it
// stepped through (Enter, Shift+Enter, the buttons) in the text of its script, with how many there are;
// Esc closes it and clears the highlights.
class FindBar : public QToolBar
{
    Q_OBJECT
public:
    explicit FindBar(ParallelView *view, QWidget *parent = nullptr);

    // Shows the bar with the field focused and its text selected (Ctrl+F).
    void open();

protected:
    void changeEvent(QEvent *event) override;

private:
    void run(int direction);
    void retranslate();

    ParallelView *m_view;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
};
