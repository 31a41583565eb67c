// Duizhao: the Chinese original of People's Daily articles beside their English machine translation.
// With a command word (see CommandLine) it runs headless; otherwise it opens the reader's window.

#include "commandline.h"
#include "common/uilanguage.h"
#include "corpus/corpusloader.h"
#include "reading/parallelview.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Duizhao"));
    QCoreApplication::setApplicationName(QStringLiteral("Duizhao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUIZHAO_VERSION));
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && CommandLine::needsGui(QString::fromLocal8Bit(argv[1]))) {
        // Drawing needs a QApplication; without a display it renders offscreen.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        QStringList arguments = app.arguments();
        arguments.removeFirst();
        return CommandLine::run(arguments);
    }
    if (argc > 1 && CommandLine::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QStringList arguments = app.arguments();
        arguments.removeFirst();
        return CommandLine::run(arguments);
    }

    if (!hasDisplay()) {
        std::fprintf(
            stderr, "duizhao: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window "
                    "cannot open.\nRun it under a desktop session or `xvfb-run`, or use the command line:\n");
        for (const QString &c : CommandLine::commands())
            std::fprintf(stderr, "  duizhao %s --help\n", qPrintable(c));
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Reads People's Daily articles: the Chinese original beside the English translation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption uiLang(
        QStringLiteral("ui-lang"),
        QCoreApplication::translate("main", "Language of the interface: en or zh_CN."),
        QStringLiteral("lang"));
    parser.addOption(uiLang);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE once loaded, then quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    const QCommandLineOption select(
        QStringLiteral("select-figure"),
        QCoreApplication::translate("main",
                                    "Select this figure of the Chinese text at start (1 is the first)."),
        QStringLiteral("N"));
    parser.addOption(select);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QCoreApplication::translate("main", "Article files or folders to open."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    const QString language = parser.isSet(uiLang)
                                 ? parser.value(uiLang)
                                 : QSettings().value(QStringLiteral("ui/language")).toString();
    if (!UiLanguage::apply(language) && !language.isEmpty())
        std::fprintf(stderr, "duizhao: no translation for \"%s\"; using English\n", qPrintable(language));

    MainWindow window;
    window.show();
    if (parser.isSet(screenshot) || parser.isSet(select)) {
        const QString file = parser.value(screenshot);
        const int figure = parser.value(select).toInt();
        QObject::connect(window.loader(), &CorpusLoader::finished, &window, [&window, file, figure] {
            if (figure > 0)
                window.parallelView()->selectFigure(Article::Language::Chinese, figure - 1);
            if (file.isEmpty())
                return;
            // Let the view lay out, the chart follow the table and its bars finish growing.
            QTimer::singleShot(2000, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                std::fprintf(stderr, saved ? "duizhao: saved %s\n" : "duizhao: could not write %s\n",
                             qPrintable(file));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        window.openSample();
    else
        window.openPaths(paths);
    return app.exec();
}
