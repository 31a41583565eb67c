#include "commandline.h"

#include "analyzer.h"
#include "corpusloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {

QString tsvField(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QString roleName(Sentence::Role role)
{
    switch (role) {
    case Sentence::Role::Title:
        return QStringLiteral("title");
    case Sentence::Role::Body:
        return QStringLiteral("body");
    case Sentence::Role::Byline:
        return QStringLiteral("byline");
    }
    return {};
}

} // namespace

QStringList CommandLine::commands()
{
    return {QStringLiteral("sentences")};
}

bool CommandLine::isCommand(const QString &word)
{
    return commands().contains(word);
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(0);
    if (command == QLatin1String("sentences"))
        return sentences(arguments, out, err);
    err << tr("unknown command: %1").arg(command) << '\n';
    return 2;
}

int CommandLine::sentences(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the sentences of articles, one per line: "
                                        "article, lang, index, role, start, end, text (tab-separated; "
                                        "start and end are code point offsets into the file)."));
    parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Only this language: zh or en."), tr("lang"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("path"), tr("Article files or folders."), tr("PATH..."));
    parser.process(arguments);
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    const QString only = parser.value(lang);
    int status = 0;
    for (const QString &file : CorpusLoader::expand(paths)) {
        const ArticleAnalysisPtr a = Analyzer::analyzeFile(file);
        for (const Diagnostic &d : a->diagnostics)
            err << d.toString() << '\n';
        if (Analyzer::hasError(*a)) {
            status = 2;
            continue;
        }
        for (const Article::Language language : {Article::Language::Chinese, Article::Language::English}) {
            const QString code =
                language == Article::Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
            if (!only.isEmpty() && only != code)
                continue;
            for (const Sentence &s : a->sentences(language)) {
                out << a->article.fileName << '\t' << code << '\t' << s.index << '\t' << roleName(s.role)
                    << '\t' << a->article.codePointOffset(s.range.start) << '\t'
                    << a->article.codePointOffset(s.range.end) << '\t' << tsvField(s.text) << '\n';
            }
        }
    }
    return status;
}
