#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `duizhao check`: the translation check over articles as text (one line a finding, then a summary per
// severity, kind and article), CSV or JSON, with --min-severity. Its messages keep the translation
// context of the command line they belong to.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static int run(const QStringList &arguments, QTextStream &err);
};
