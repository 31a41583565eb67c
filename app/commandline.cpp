#include "commandline.h"

#include "chartcommand.h"
#include "checkcommand.h"
#include "commandparser.h"

#include "charts/chartbuilder.h"
#include "charts/chartexporter.h"
#include "charts/charttitles.h"
#include "common/uilanguage.h"
#include "corpus/analyzer.h"
#include "corpus/corpusloader.h"
#include "corpus/csvwriter.h"
#include "figures/metriclexicon.h"
#include "itemmodels/chartselection.h"
#include "itemmodels/figuretablemodel.h"
#include "itemmodels/metrictimelinemodel.h"
#include "itemmodels/provincemetricmodel.h"
#include "places/gazetteer.h"
#include "text/codepointindex.h"

#include <QChart>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

QString jsonText(const QJsonArray &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

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

ArticleAnalysisPtr CommandLine::analyze(const QString &file, QTextStream &err, int &status,
                                        const QString &plainLanguage)
{
    const ArticleAnalysisPtr a = plainLanguage.isEmpty()
                                     ? Analyzer::analyzeFile(file)
                                     : Analyzer::analyzePlainFile(file, plainLanguage == QLatin1String("zh")
                                                                            ? Article::Language::Chinese
                                                                            : Article::Language::English);
    for (const Diagnostic &d : a->diagnostics)
        err << d.toString() << '\n';
    if (!Analyzer::hasError(*a))
        return a;
    status = 2;
    return nullptr;
}

QStringList CommandLine::commands()
{
    return {QStringLiteral("align"), QStringLiteral("chart"), QStringLiteral("check"),
            QStringLiteral("figures"), QStringLiteral("sentences")};
}

QString CommandLine::summary(const QString &command)
{
    if (command == QLatin1String("figures"))
        return tr("every figure of the articles in both languages, with value, place and metric (CSV, JSON)");
    if (command == QLatin1String("align"))
        return tr("which sentences translate which, one aligned group a line (TSV, JSON)");
    if (command == QLatin1String("check"))
        return tr("the translation's figures checked against the original's (text, CSV, JSON)");
    if (command == QLatin1String("chart"))
        return tr("a chart of one metric by province or over time (PNG, SVG)");
    if (command == QLatin1String("sentences"))
        return tr("the sentences of each language with their offsets (TSV)");
    return {};
}

QString CommandLine::helpText()
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: duizhao [OPTION...] [PATH...]        open the window on articles or folders") << '\n'
      << tr("       duizhao COMMAND [OPTION...] PATH...  work without a display") << "\n\n"
      << tr("Duizhao shows People's Daily articles: the Chinese original beside its English translation,\n"
            "every figure in both, and a check of the translation's figures.")
      << "\n\n"
      << tr("Commands:") << '\n';
    for (const QString &c : commands())
        s << "  " << c.leftJustified(11) << summary(c) << '\n';
    s << "  " << QStringLiteral("help").leftJustified(11)
      << tr("this text; `help COMMAND` shows a command's options") << "\n\n"
      << tr("Window options:") << '\n';
    static const QList<std::pair<QString, QString>> windowOptions = {
        {QStringLiteral("--ui-lang en|zh_CN"), tr("language of the interface")},
        {QStringLiteral("--screenshot FILE"), tr("save a picture of the window once loaded, then quit")},
        {QStringLiteral("--select-figure N"), tr("select the Nth figure of the Chinese text at start")},
        {QStringLiteral("--no-restore"), tr("do not reopen the articles open at the last quit")},
        {QStringLiteral("-h, --help"), tr("this text")},
        {QStringLiteral("-v, --version"), tr("the version")}};
    for (const auto &[option, what] : windowOptions)
        s << "  " << option.leftJustified(22) << what << '\n';
    s << '\n'
      << tr("With no PATH the window reopens the articles open when it last quit, or else a built-in sample\n"
            "article. Exit status of the commands: 0 success, 1 findings reported (check), 2 an error.")
      << '\n';
    return text;
}

int CommandLine::runTopLevel(const QStringList &arguments, QCommandLineParser &window)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(0);
    static const QStringList helpWords = {QStringLiteral("help"), QStringLiteral("--help"),
                                          QStringLiteral("-h"), QStringLiteral("-?")};
    if (helpWords.contains(first)) {
        const QString topic = arguments.value(1);
        if (first == QLatin1String("help") && isCommand(topic))
            return run({topic, QStringLiteral("--help")});
        if (first == QLatin1String("help") && !topic.isEmpty()) {
            err << tr("duizhao: error: no command \"%1\"; the commands are: %2")
                       .arg(topic, commands().join(QLatin1String(", ")))
                << '\n';
            return 2;
        }
        out << helpText();
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QCoreApplication::applicationName().toLower() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return 0;
    }
    if (!window.parse(QStringList{QStringLiteral("duizhao")} + arguments)) {
        err << tr("duizhao: error: %1 (`duizhao --help` lists the options and commands)")
                   .arg(window.errorText())
            << '\n';
        return 2;
    }
    if (window.isSet(QStringLiteral("help"))) {
        out << helpText();
        return 0;
    }
    if (window.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName().toLower() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return 0;
    }
    for (const QString &path : window.positionalArguments()) {
        // A bare word that names no file is a mistyped command, not an article to open.
        const bool looksLikePath = path.contains(QLatin1Char('/')) || path.contains(QLatin1Char('.'));
        if (!looksLikePath && !QFileInfo::exists(path)) {
            err << tr("duizhao: error: unknown command \"%1\"; the commands are: %2")
                       .arg(path, commands().join(QLatin1String(", ")))
                << '\n';
            return 2;
        }
    }
    return -1;
}

bool CommandLine::needsGui(const QString &word)
{
    return word == QLatin1String("chart");
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
    if (command == QLatin1String("figures"))
        return figures(arguments, err);
    if (command == QLatin1String("align"))
        return align(arguments, err);
    if (command == QLatin1String("check"))
        return check(arguments, err);
    if (command == QLatin1String("chart"))
        return chart(arguments, err);
    err << tr("unknown command: %1").arg(command) << '\n';
    return 2;
}

int CommandLine::sentences(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(QStringLiteral("sentences"));
    QCommandLineParser &parser = command.parser();
    parser.setApplicationDescription(tr("Prints the sentences of articles, one per line: "
                                        "article, lang, index, role, start, end, text (tab-separated; "
                                        "start and end are code point offsets into the file)."));
    parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Only this language: zh or en."), tr("lang"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("path"), tr("Article files or folders."), tr("PATH..."));
    if (const int status = command.parse(arguments, err); status >= 0)
        return status;
    const QStringList paths = parser.positionalArguments();
    if (const QString problem = command.checkChoice(lang, {QStringLiteral("zh"), QStringLiteral("en")}, true);
        !problem.isEmpty())
        return command.fail(problem, err);
    if (paths.isEmpty())
        return command.fail(tr("no article file or folder given"), err);
    const QString only = parser.value(lang);
    int status = 0;
    for (const QString &file : CorpusLoader::expand(paths)) {
        const ArticleAnalysisPtr a = analyze(file, err, status);
        if (!a)
            continue;
        const CodePointIndex codePoints(a->article.text);
        for (const Article::Language language : {Article::Language::Chinese, Article::Language::English}) {
            const QString code =
                language == Article::Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
            if (!only.isEmpty() && only != code)
                continue;
            for (const Sentence &s : a->sentences(language)) {
                out << a->article.fileName << '\t' << code << '\t' << s.index << '\t' << roleName(s.role)
                    << '\t' << codePoints.offset(s.range.start) << '\t' << codePoints.offset(s.range.end)
                    << '\t' << tsvField(s.text.toString()) << '\n';
            }
        }
    }
    return status;
}

bool CommandLine::writeOutput(const QString &path, const QString &text, QTextStream &err)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QTextStream out(stdout);
        out << text;
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        err << tr("%1: error: cannot write: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    return true;
}

int CommandLine::figures(const QStringList &arguments, QTextStream &err)
{
    CommandParser command(QStringLiteral("figures"));
    QCommandLineParser &parser = command.parser();
    parser.setApplicationDescription(
        tr("Writes every figure of the articles, one row each, in both languages. Offsets are in Unicode "
           "code points into the file as read."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: csv (default) or json."),
                                    QStringLiteral("csv|json"), QStringLiteral("csv"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption textLang(
        QStringLiteral("text-lang"),
        tr("Read plain text files of this language (zh or en), one paragraph a line, "
           "instead of articles."),
        QStringLiteral("zh|en"));
    parser.addOptions({format, output, textLang});
    parser.addPositionalArgument(QStringLiteral("path"), tr("Article files or folders."),
                                 QStringLiteral("PATH..."));
    if (const int status = command.parse(arguments, err); status >= 0)
        return status;
    const QStringList paths = parser.positionalArguments();
    const QString fmt = parser.value(format);
    const QString lang = parser.value(textLang);
    QString problem = command.checkChoice(format, {QStringLiteral("csv"), QStringLiteral("json")});
    if (problem.isEmpty())
        problem = command.checkChoice(textLang, {QStringLiteral("zh"), QStringLiteral("en")}, true);
    if (problem.isEmpty() && paths.isEmpty())
        problem = tr("no article file or folder given");
    if (!problem.isEmpty())
        return command.fail(problem, err);

    static const QStringList header = {
        QStringLiteral("article"),  QStringLiteral("lang"),       QStringLiteral("id"),
        QStringLiteral("pair"),     QStringLiteral("sentence"),   QStringLiteral("start"),
        QStringLiteral("end"),      QStringLiteral("text"),       QStringLiteral("value"),
        QStringLiteral("low"),      QStringLiteral("high"),       QStringLiteral("approx"),
        QStringLiteral("kind"),     QStringLiteral("unit"),       QStringLiteral("region"),
        QStringLiteral("province"), QStringLiteral("metric"),     QStringLiteral("unit_family"),
        QStringLiteral("role"),     QStringLiteral("counted_zh"), QStringLiteral("counted_en")};
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    auto placeName = [&](const QString &id) { return gazetteer.name(id); };
    auto number = [](double v) { return QString::number(v, 'g', 15); };

    QString csv = CsvWriter::row(header);
    QJsonArray json;
    int status = 0;
    const QStringList files = lang.isEmpty() ? CorpusLoader::expand(paths) : paths;
    for (const QString &file : files) {
        const ArticleAnalysisPtr a = analyze(file, err, status, lang);
        if (!a)
            continue;
        const CodePointIndex codePoints(a->article.text);
        for (const Article::Language language : {Article::Language::Chinese, Article::Language::English}) {
            const Figures &figures = a->figures(language);
            const Figures &others =
                a->figures(language == Article::Language::Chinese ? Article::Language::English
                                                                  : Article::Language::Chinese);
            for (const Figure &f : figures) {
                const Figure *pair = f.pair >= 0 && f.pair < others.size() ? &others.at(f.pair) : nullptr;
                const bool zh = language == Article::Language::Chinese;
                const QString pairCounted = pair ? pair->counted : QString();
                const QStringList fields = {a->article.fileName,
                                            zh ? QStringLiteral("zh") : QStringLiteral("en"),
                                            f.id(),
                                            pair ? pair->id() : QString(),
                                            QString::number(f.sentence),
                                            QString::number(codePoints.offset(f.range.start)),
                                            QString::number(codePoints.offset(f.range.end)),
                                            f.text.toString(),
                                            f.quantity.isRange ? QString() : number(f.quantity.value),
                                            number(f.quantity.low),
                                            number(f.quantity.high),
                                            Figure::approxName(f.quantity.approx),
                                            Figure::kindName(f.kind),
                                            f.quantity.unit,
                                            placeName(f.placeId),
                                            placeName(f.provinceId),
                                            f.metric,
                                            Figure::familyName(f.family),
                                            Figure::roleName(f.role),
                                            zh ? f.counted : pairCounted,
                                            zh ? pairCounted : f.counted};
                if (fmt == QLatin1String("csv")) {
                    csv += CsvWriter::row(fields);
                } else {
                    QJsonObject o;
                    for (int i = 0; i < header.size(); ++i)
                        o.insert(header.at(i), fields.at(i));
                    for (const char *numeric : {"sentence", "start", "end"})
                        o.insert(QLatin1String(numeric),
                                 fields.at(int(header.indexOf(QLatin1String(numeric)))).toInt());
                    for (const char *numeric : {"value", "low", "high"}) {
                        const QString v = fields.at(int(header.indexOf(QLatin1String(numeric))));
                        o.insert(QLatin1String(numeric),
                                 v.isEmpty() ? QJsonValue() : QJsonValue(v.toDouble()));
                    }
                    json.append(o);
                }
            }
        }
    }
    const QString text = fmt == QLatin1String("csv") ? csv : jsonText(json);
    if (!writeOutput(parser.value(output), text, err))
        return 2;
    return status;
}

int CommandLine::align(const QStringList &arguments, QTextStream &err)
{
    CommandParser command(QStringLiteral("align"));
    QCommandLineParser &parser = command.parser();
    parser.setApplicationDescription(
        tr("Prints the aligned sentence groups of an article, one per line: Chinese sentence ids, English "
           "sentence ids, Chinese text, English text (tab-separated). Ids are 0-based per language, numbered "
           "as `duizhao sentences` numbers them: title lines first, then the body, then the byline."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: tsv (default) or json."),
                                    QStringLiteral("tsv|json"), QStringLiteral("tsv"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions({format, output});
    parser.addPositionalArgument(QStringLiteral("path"), tr("Article files or folders."),
                                 QStringLiteral("PATH..."));
    if (const int status = command.parse(arguments, err); status >= 0)
        return status;
    const QString fmt = parser.value(format);
    QString problem = command.checkChoice(format, {QStringLiteral("tsv"), QStringLiteral("json")});
    if (problem.isEmpty() && parser.positionalArguments().isEmpty())
        problem = tr("no article file or folder given");
    if (!problem.isEmpty())
        return command.fail(problem, err);
    auto ids = [](SentenceSpan v) {
        QStringList s;
        for (int i : v)
            s << QString::number(i);
        return s.join(QLatin1Char(','));
    };
    auto texts = [](const Sentences &all, SentenceSpan v) {
        QStringList s;
        for (int i : v)
            s << all.at(i).text.toString();
        return s.join(QLatin1Char(' '));
    };
    QString tsv;
    QJsonArray json;
    int status = 0;
    const QStringList files = CorpusLoader::expand(parser.positionalArguments());
    // Over several articles each line says whose group it is.
    const bool named = files.size() > 1;
    for (const QString &file : files) {
        const ArticleAnalysisPtr a = analyze(file, err, status);
        if (!a)
            continue;
        QJsonArray groups;
        for (const Alignment::Group &g : a->alignment.groups) {
            const QString zhText = texts(a->chineseSentences, g.chinese);
            const QString enText = texts(a->englishSentences, g.english);
            if (fmt == QLatin1String("tsv")) {
                if (named)
                    tsv += tsvField(a->article.fileName) + QLatin1Char('\t');
                tsv += ids(g.chinese) + QLatin1Char('\t') + ids(g.english) + QLatin1Char('\t') +
                       tsvField(zhText) + QLatin1Char('\t') + tsvField(enText) + QLatin1Char('\n');
            } else {
                QJsonArray z, e;
                for (int i : g.chinese)
                    z.append(i);
                for (int i : g.english)
                    e.append(i);
                groups.append(QJsonObject{{QStringLiteral("zh"), z},
                                          {QStringLiteral("en"), e},
                                          {QStringLiteral("zh_text"), zhText},
                                          {QStringLiteral("en_text"), enText}});
            }
        }
        if (fmt == QLatin1String("json"))
            json.append(QJsonObject{{QStringLiteral("article"), a->article.fileName},
                                    {QStringLiteral("groups"), groups}});
    }
    const QString text = fmt == QLatin1String("tsv") ? tsv : jsonText(json);
    if (!writeOutput(parser.value(output), text, err))
        return 2;
    return status;
}

int CommandLine::check(const QStringList &arguments, QTextStream &err)
{
    return CheckCommand::run(arguments, err);
}

int CommandLine::chart(const QStringList &arguments, QTextStream &err)
{
    return ChartCommand::run(arguments, err);
}
