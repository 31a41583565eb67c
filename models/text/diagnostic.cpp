#include "text/diagnostic.h"

#include <QCoreApplication>

QString Diagnostic::toString() const
{
    QString kind;
    switch (severity) {
    case Severity::Notice:
        kind = tr("notice");
        break;
    case Severity::Warning:
        kind = tr("warning");
        break;
    case Severity::Error:
        kind = tr("error");
        break;
    }
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
    return QStringLiteral("%1: %2: %3").arg(where, kind, message);
}
