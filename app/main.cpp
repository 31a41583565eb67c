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

// The window's options, declared once for the check before a display is needed and for the window.
struct WindowOptions
{
    QCommandLineParser parser;
    const QCommandLineOption uiLang{
        QStringLiteral("ui-lang"),
        QCoreApplication::translate("main", "Language of the interface: en or zh_CN."),
        QStringLiteral("lang")};
    const QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE once loaded, then quit."),
        QStringLiteral("FILE")};
    const QCommandLineOption noRestore{
        QStringLiteral("no-restore"),
        QCoreApplication::translate("main", "Do not reopen the articles open when the program last quit.")};
    const QCommandLineOption select{
        QStringLiteral("select-figure"),
        QCoreApplication::translate("main",
                                    "Select this figure of the Chinese text at start (1 is the first)."),
        QStringLiteral("N")};

    WindowOptions()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Reads People's Daily articles: the Chinese original beside the English translation."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({uiLang, screenshot, select, noRestore});
        parser.addPositionalArgument(QStringLiteral("paths"),
                                     QCoreApplication::translate("main", "Article files or folders to open."),
                                     QStringLiteral("[PATH...]"));
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString first = arguments.value(0);
    if (CommandLine::needsGui(first)) {
        // Drawing needs a QApplication; without a display it renders offscreen.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        return CommandLine::run(arguments);
    }
    if (CommandLine::isCommand(first)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return CommandLine::run(arguments);
    }

    // Help, the version and every mistake in the arguments are answered without a display.
    {
        QCoreApplication app(argc, argv);
        setIdentity();
        WindowOptions options;
        const int status = CommandLine::runTopLevel(arguments, options.parser);
        if (status >= 0)
            return status;
    }

    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "duizhao: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window "
                     "cannot open.\nRun it under a desktop session or `xvfb-run`, or use the command line "
                     "(`duizhao --help` says more):\n");
        for (const QString &c : CommandLine::commands())
            std::fprintf(stderr, "  duizhao %s --help\n", qPrintable(c));
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    WindowOptions options;
    QCommandLineParser &parser = options.parser;
    parser.process(app);

    const QString language = parser.isSet(options.uiLang)
                                 ? parser.value(options.uiLang)
                                 : QSettings().value(QStringLiteral("ui/language")).toString();
    if (!UiLanguage::apply(language) && !language.isEmpty())
        std::fprintf(stderr, "duizhao: no translation for \"%s\"; using English\n", qPrintable(language));

    MainWindow window;
    window.show();
    if (parser.isSet(options.screenshot) || parser.isSet(options.select)) {
        const QString file = parser.value(options.screenshot);
        const int figure = parser.value(options.select).toInt();
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
    // A picture of the window is of what the command line names, never of a remembered session.
    const bool restore = !parser.isSet(options.noRestore) && !parser.isSet(options.screenshot);
    if (!paths.isEmpty())
        window.openPaths(paths);
    else if (!restore || !window.restoreSession())
        window.openSample();
    return app.exec();
}
