#include "common/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString UiLanguage::s_current;
QTranslator *UiLanguage::s_app = nullptr;
QTranslator *UiLanguage::s_qt = nullptr;

QStringList UiLanguage::available()
{
    return {QStringLiteral("zh_CN")};
}

QString UiLanguage::systemChoice()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool UiLanguage::apply(const QString &code)
{
    const QString wanted = code.isEmpty() ? systemChoice() : code;
    auto drop = [](QTranslator *&t) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
            t = nullptr;
        }
    };
    drop(s_app);
    drop(s_qt);
    s_current = wanted;
    if (wanted == QLatin1String("en")) {
        // Removing the translators already posted a LanguageChange event.
        return true;
    }
    s_app = new QTranslator;
    if (!s_app->load(QStringLiteral(":/i18n/duizhao_%1.qm").arg(wanted))) {
        drop(s_app);
        s_current = QStringLiteral("en");
        return false;
    }
    QCoreApplication::installTranslator(s_app);
    s_qt = new QTranslator;
    if (s_qt->load(QLocale(wanted), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    else
        drop(s_qt);
    return true;
}
