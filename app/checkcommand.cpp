#include "checkcommand.h"

#include "check/findingssummary.h"
#include "commandline.h"
#include "commandparser.h"
#include "corpus/corpusloader.h"
#include "corpus/csvwriter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace {

// The line of the file where a position lies, from the positions of its line ends.
int lineOf(const QVector<int> &newlines, int position)
{
    return int(std::lower_bound(newlines.cbegin(), newlines.cend(), position) - newlines.cbegin());
}

} // namespace

int CheckCommand::run(const QStringList &arguments, QTextStream &err)
{
    CommandParser command(QStringLiteral("check"));
    QCommandLineParser &parser = command.parser();
    parser.setApplicationDescription(
        tr("Checks the translations' figures, dates and completeness against the originals. In text format a "
           "summary per severity, kind and article follows the findings. Exit status: 0 nothing found, 1 "
           "findings reported, 2 an error."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: text (default), csv or json."),
                                    QStringLiteral("text|csv|json"), QStringLiteral("text"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption minimum(
        QStringLiteral("min-severity"),
        tr("Report only findings at least this grave: note (default, everything), warning or error."),
        QStringLiteral("note|warning|error"), QStringLiteral("note"));
    parser.addOptions({format, output, minimum});
    parser.addPositionalArgument(QStringLiteral("path"), tr("Article files or folders."),
                                 QStringLiteral("PATH..."));
    if (const int status = command.parse(arguments, err); status >= 0)
        return status;
    const QString fmt = parser.value(format);
    const QStringList severities = {QStringLiteral("error"), QStringLiteral("warning"),
                                    QStringLiteral("note")};
    const int least = int(severities.indexOf(parser.value(minimum)));
    QString problem;
    if (!QStringList{QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")}.contains(fmt))
        problem = tr("--format must be text, csv or json, not \"%1\"").arg(fmt);
    else if (least < 0)
        problem = tr("--min-severity must be note, warning or error, not \"%1\"").arg(parser.value(minimum));
    else if (parser.positionalArguments().isEmpty())
        problem = tr("no article file or folder given");
    if (!problem.isEmpty())
        return command.fail(problem, err);
    FindingsSummary summary{Finding::Severity(least)};
    static const QStringList header = {
        QStringLiteral("article"),     QStringLiteral("severity"),    QStringLiteral("kind"),
        QStringLiteral("pair"),        QStringLiteral("zh_text"),     QStringLiteral("en_text"),
        QStringLiteral("zh_sentence"), QStringLiteral("en_sentence"), QStringLiteral("message")};
    QString text = fmt == QLatin1String("csv") ? CsvWriter::row(header) : QString();
    QJsonArray json;
    int status = 0;
    for (const QString &file : CorpusLoader::expand(parser.positionalArguments())) {
        const ArticleAnalysisPtr a = CommandLine::analyze(file, err, status);
        if (!a)
            continue;
        summary.add(a->article.fileName, a->findings);
        QVector<int> newlines;
        for (const Finding &f : a->findings) {
            if (!summary.keeps(f))
                continue;
            const QString pair = f.chineseFigure >= 0 && f.englishFigure >= 0
                                     ? a->chineseFigures.at(f.chineseFigure).id() + QLatin1Char('-') +
                                           a->englishFigures.at(f.englishFigure).id()
                                     : QString();
            const QStringList fields = {
                a->article.fileName,
                Finding::severityName(f.severity),
                Finding::kindName(f.kind),
                pair,
                f.chineseText,
                f.englishText,
                f.chineseSentence >= 0 ? QString::number(f.chineseSentence) : QString(),
                f.englishSentence >= 0 ? QString::number(f.englishSentence) : QString(),
                f.message};
            if (fmt == QLatin1String("csv")) {
                text += CsvWriter::row(fields);
            } else if (fmt == QLatin1String("json")) {
                QJsonObject o;
                for (int i = 0; i < header.size(); ++i)
                    o.insert(header.at(i), fields.at(i));
                json.append(o);
            } else {
                // Line starts once per article: counting from the top for every finding was
                // quadratic in a file of many findings (found by fuzzing).
                if (newlines.isEmpty() && !a->article.text.isEmpty()) {
                    newlines.append(-1);
                    for (int i = 0; i < a->article.text.size(); ++i) {
                        if (a->article.text.at(i) == QLatin1Char('\n'))
                            newlines.append(i);
                    }
                }
                const int pos = f.englishSentence >= 0 ? a->englishSentences.at(f.englishSentence).range.start
                                : f.chineseSentence >= 0
                                    ? a->chineseSentences.at(f.chineseSentence).range.start
                                    : 0;
                text += QStringLiteral("%1:%2: %3: %4 [%5]\n")
                            .arg(a->article.path)
                            .arg(lineOf(newlines, pos))
                            .arg(fields.at(1), f.message, fields.at(2));
            }
        }
    }
    if (fmt == QLatin1String("json"))
        text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    else if (fmt == QLatin1String("text") && summary.articles() > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + summary.text();
    if (!CommandLine::writeOutput(parser.value(output), text, err))
        return 2;
    if (status)
        return status;
    return summary.count() > 0 ? 1 : 0;
}
