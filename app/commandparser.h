#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// A command's options, parsed as every command of `duizhao` should be: --help prints the help, its usage
// line naming the command, on standard output (status 0); an unknown option or a missing value is one
// error line naming it (status 2), not the whole help; fail() says what else is wrong the same way.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit CommandParser(const QString &command) : m_command(command) {}

    QCommandLineParser &parser() { return m_parser; }
    // -1 to go on, else the status to exit with.
    int parse(const QStringList &arguments, QTextStream &err);
    // The help with "Usage: duizhao COMMAND [options] PATH...".
    QString helpText() const;
    // "duizhao COMMAND: error: MESSAGE (`duizhao COMMAND --help` lists the options)"; returns 2.
    int fail(const QString &message, QTextStream &err) const;
    // An empty string when the option's value is one of choices (or unset and allowed empty), else the
    // message saying what it must be.
    QString checkChoice(const QCommandLineOption &option, const QStringList &choices,
                        bool emptyAllowed = false) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};
