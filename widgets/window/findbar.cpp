#include "window/findbar.h"

#include "reading/parallelview.h"

#include <QAction>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

FindBar::FindBar(ParallelView *view, QWidget *parent)
    : QToolBar(parent), m_view(view), m_field(new QLineEdit(this)), m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    setMovable(false);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setClearButtonEnabled(true);
    m_field->setMaximumWidth(420);
    m_count->setObjectName(QStringLiteral("findCount"));
    addWidget(m_field);
    addWidget(m_previous);
    addWidget(m_next);
    addWidget(m_count);
    connect(m_field, &QLineEdit::returnPressed, this,
            [this] { run(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier ? -1 : 1); });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_view->find(QString(), 1);
            m_count->clear();
        }
    });
    connect(m_next, &QToolButton::clicked, this, [this] { run(1); });
    connect(m_previous, &QToolButton::clicked, this, [this] { run(-1); });
    auto *close = new QAction(this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QAction::triggered, this, [this] {
        hide();
        m_view->find(QString(), 1);
        m_view->setFocus();
    });
    addAction(close);
    retranslate();
}

void FindBar::open()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
}

void FindBar::run(int direction)
{
    const QString term = m_field->text().trimmed();
    const int hits = m_view->find(term, direction);
    m_count->setText(term.isEmpty() ? QString()
                     : hits == 0    ? tr("not found in this article")
                     : hits == 1    ? tr("1 sentence")
                                    : tr("%1 sentences").arg(hits));
}

void FindBar::retranslate()
{
    setWindowTitle(tr("Find"));
    m_field->setPlaceholderText(tr("Find in both texts (Enter: next, Shift+Enter: previous)"));
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}
