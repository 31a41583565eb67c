#include "commandparser.h"

#include <QTextStream>

int CommandParser::parse(const QStringList &arguments, QTextStream &err)
{
    QStringList withProgram = arguments;
    if (withProgram.isEmpty())
        withProgram << m_command;
    if (!m_parser.parse(withProgram))
        return fail(m_parser.errorText(), err);
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream out(stdout);
        out << helpText();
        return 0;
    }
    return -1;
}

QString CommandParser::helpText() const
{
    // QCommandLineParser names the program by its path; the usage of a command names the command.
    QString text = m_parser.helpText();
    const qsizetype usage = text.indexOf(QLatin1String("Usage: "));
    const qsizetype options = text.indexOf(QLatin1String(" [options]"), usage);
    if (usage == 0 && options > 0)
        text.replace(7, options - 7, QStringLiteral("duizhao ") + m_command);
    return text;
}

int CommandParser::fail(const QString &message, QTextStream &err) const
{
    err << tr("duizhao %1: error: %2 (`duizhao %1 --help` lists the options)").arg(m_command, message)
        << '\n';
    return 2;
}

QString CommandParser::checkChoice(const QCommandLineOption &option, const QStringList &choices,
                                   bool emptyAllowed) const
{
    const QString value = m_parser.value(option);
    if (choices.contains(value) || (emptyAllowed && value.isEmpty()))
        return {};
    QStringList quoted;
    for (const QString &c : choices)
        quoted << c;
    return tr("--%1 must be %2, not \"%3\"")
        .arg(option.names().constLast(), quoted.join(QStringLiteral(" or ")), value);
}
