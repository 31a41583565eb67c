// devset_score: the fidelity report of the development set. Analyses every labelled article of
// tests/data/devset, scores the result against the labels and prints the report (Markdown). With
// --floors FILE it fails (status 1) when a measure falls below the floor recorded there; with
// --misses it lists every disagreement between labels and program.

#include "corpus/analyzer.h"
#include "devsetscorer.h"
#include "labelfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Scores Duizhao against the labelled development set."));
    parser.addHelpOption();
    const QCommandLineOption floors(QStringLiteral("floors"),
                                    QStringLiteral("Fail below the floors in FILE."), QStringLiteral("FILE"));
    const QCommandLineOption misses(QStringLiteral("misses"), QStringLiteral("List every miss."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Only label files whose path contains TEXT."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption measures(
        QStringLiteral("measures"),
        QStringLiteral("Print every measure as name<TAB>value instead of the report."));
    const QCommandLineOption plantedMisses(
        QStringLiteral("planted-misses"),
        QStringLiteral("Write the planted files whose error was not found into DIR."), QStringLiteral("DIR"));
    parser.addOptions({floors, misses, only, measures, plantedMisses});
    parser.addPositionalArgument(QStringLiteral("devset"), QStringLiteral("The development set's folder."));
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << parser.helpText();
        return 2;
    }
    const QString root = parser.positionalArguments().first();

    QStringList files;
    QDirIterator it(root + QStringLiteral("/labels"), {QStringLiteral("*.tsv")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (f.contains(parser.value(only)))
            files << f;
    }
    std::sort(files.begin(), files.end());
    if (files.isEmpty()) {
        err << root << ": error: no label files under labels/\n";
        return 2;
    }

    DevsetScorer scorer;
    scorer.planted().setMissesFolder(parser.value(plantedMisses));
    int status = 0;
    for (const QString &file : files) {
        const LabelFile labels = LabelFile::read(file, root);
        for (const QString &e : labels.errors)
            err << e << '\n';
        if (!labels.errors.isEmpty()) {
            status = 2;
            continue;
        }
        const ArticleAnalysisPtr analysis = Analyzer::analyzeFile(labels.articlePath);
        if (Analyzer::hasError(*analysis)) {
            err << labels.articlePath << ": error: cannot be analysed\n";
            status = 2;
            continue;
        }
        // A label must quote the file exactly, or its offsets mean nothing.
        const QVector<uint> codePoints = analysis->article.text.toUcs4();
        bool quoted = true;
        for (const LabelFile::Figure &f : labels.figures) {
            const QString inFile =
                f.end <= codePoints.size()
                    ? QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + f.start),
                                        f.end - f.start)
                    : QString();
            if (inFile != f.text) {
                err << file << ':' << f.line << ": error: " << f.id << " quotes \"" << f.text
                    << "\" but the file has \"" << inFile << "\" there\n";
                quoted = false;
            }
        }
        if (!quoted) {
            status = 2;
            continue;
        }
        scorer.add(labels, *analysis);
    }
    if (parser.isSet(measures)) {
        const QMap<QString, double> all = scorer.measures();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            out << it.key() << '\t' << QString::number(it.value(), 'f', 4) << '\n';
        return status;
    }
    out << scorer.report();
    if (parser.isSet(misses)) {
        out << "\nMisses:\n";
        for (const QString &m : scorer.misses())
            out << "- " << m << '\n';
    }
    if (parser.isSet(floors)) {
        QFile f(parser.value(floors));
        if (!f.open(QIODevice::ReadOnly)) {
            err << f.fileName() << ": error: cannot read\n";
            return 2;
        }
        const QMap<QString, double> measures = scorer.measures();
        int line = 0;
        for (const QString &l : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            ++line;
            if (l.trimmed().isEmpty() || l.startsWith(QLatin1Char('#')))
                continue;
            const QStringList parts = l.split(QLatin1Char('\t'));
            bool ok = false;
            const double floor = parts.value(1).toDouble(&ok);
            if (parts.size() != 2 || !ok || !measures.contains(parts.first())) {
                err << f.fileName() << ':' << line << ": error: want a measure name, a tab and a floor\n";
                status = 2;
                continue;
            }
            const double value = measures.value(parts.first());
            if (value + 1e-9 < floor) {
                err << f.fileName() << ':' << line << ": " << parts.first() << " is " << value
                    << ", below its floor " << floor << '\n';
                status = std::max(status, 1);
            }
        }
    }
    return status;
}
