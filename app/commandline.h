#pragma once

#include "check/articleanalysis.h"
#include <QCoreApplication>

#include <QStringList>

class QCommandLineParser;
class QTextStream;

// The headless side of Duizhao: `duizhao COMMAND [options] PATH...` for batch work. Runs without a
// display (QCoreApplication only). Exit codes: 0 success, 1 findings reported, 2 an error (a file that
// could not be read, bad arguments); good files are still processed when others fail.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static bool isCommand(const QString &word);
    // Commands that draw and so need a QApplication (on the offscreen platform when headless).
    static bool needsGui(const QString &word);
    static QStringList commands();
    // What a command does, in one line, for the top-level help.
    static QString summary(const QString &command);
    // Answers `--help`, `help [COMMAND]`, `--version` and every mistake in the window's arguments
    // (an unknown option or command: one error line, status 2), all without a display. Returns -1
    // when the arguments ask for the window; `window` holds the window's options.
    static int runTopLevel(const QStringList &arguments, QCommandLineParser &window);
    static QString helpText();
    // arguments without the program name; the first is the command.
    static int run(const QStringList &arguments);

    // Analyses one file, printing its diagnostics; null (and status 2) when it could not be read.
    static ArticleAnalysisPtr analyze(const QString &file, QTextStream &err, int &status,
                                      const QString &plainLanguage = {});

    // Writes text to path atomically, or to stdout when path is empty or "-".
    static bool writeOutput(const QString &path, const QString &text, QTextStream &err);

private:
    static int sentences(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int figures(const QStringList &arguments, QTextStream &err);
    static int align(const QStringList &arguments, QTextStream &err);
    static int check(const QStringList &arguments, QTextStream &err);
    static int chart(const QStringList &arguments, QTextStream &err);
};
