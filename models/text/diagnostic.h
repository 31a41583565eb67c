#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

// A message about one input file: where (file and 1-based line, 0 when it concerns the whole file)
// and what. Errors mean the file was not read; notices tell of something the reader repaired.
struct Diagnostic
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostic)

public:
    enum class Severity
    {
        Notice,
        Warning,
        Error
    };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    QString message;

    // "file:line: error: message", the form compilers use, so editors can jump to the place.
    QString toString() const;
};

using Diagnostics = QVector<Diagnostic>;
