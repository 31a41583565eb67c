#include "window/problemsdock.h"

#include <QEvent>
#include <QListWidget>
#include <QStyle>

#include <algorithm>

ProblemsDock::ProblemsDock(QWidget *parent) : QDockWidget(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setWordWrap(true);
    setWidget(m_list);
    setWindowTitle(tr("Problems"));
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT fileActivated(item->data(Qt::UserRole).toString()); });
}

void ProblemsDock::add(const Diagnostics &diagnostics, const QStringList &requested)
{
    for (const Diagnostic &d : diagnostics) {
        auto *item = new QListWidgetItem(d.toString(), m_list);
        item->setData(Qt::UserRole, d.file);
        item->setIcon(style()->standardIcon(
            d.severity == Diagnostic::Severity::Error     ? QStyle::SP_MessageBoxCritical
            : d.severity == Diagnostic::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                          : QStyle::SP_MessageBoxInformation));
    }
    if (!diagnostics.isEmpty())
        show();
    // A file the reader named that could not be read is what they must see first (not a README in a
    // folder of articles).
    if (std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) {
            return d.severity == Diagnostic::Severity::Error && requested.contains(d.file);
        }))
        raise();
}

void ProblemsDock::clear()
{
    m_list->clear();
}

int ProblemsDock::count() const
{
    return m_list->count();
}

void ProblemsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Problems"));
    QDockWidget::changeEvent(event);
}
