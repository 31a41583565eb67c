#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `duizhao chart`: one metric by province or over the article dates, as PNG or SVG, drawn as the
// window draws it. Its messages keep the translation context of the command line they belong to.
class ChartCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static int run(const QStringList &arguments, QTextStream &err);
};
