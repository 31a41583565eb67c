// Duizhao: the Chinese original of People's Daily articles beside their English machine translation.
// With a command word (see CommandLine) it runs headless; otherwise it opens the reader's window.

#include "commandline.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

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
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && CommandLine::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QStringList arguments = app.arguments();
        arguments.removeFirst();
        return CommandLine::run(arguments);
    }

    if (!hasDisplay()) {
        std::fprintf(stderr, "duizhao: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window "
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
    const QCommandLineOption uiLang(QStringLiteral("ui-lang"),
                                    QCoreApplication::translate("main", "Language of the interface: en or zh_CN."),
                                    QStringLiteral("lang"));
    parser.addOption(uiLang);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QCoreApplication::translate("main", "Article files or folders to open."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    const QString language = parser.isSet(uiLang) ? parser.value(uiLang)
                                                  : QSettings().value(QStringLiteral("ui/language")).toString();
    if (!UiLanguage::apply(language) && !language.isEmpty())
        std::fprintf(stderr, "duizhao: no translation for \"%s\"; using English\n", qPrintable(language));

    MainWindow window;
    window.show();
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        window.openSample();
    else
        window.openPaths(paths);
    return app.exec();
}
