#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

// Installs the translators of the chosen UI language (Duizhao's own from :/i18n and Qt's), replacing
// those of the previous choice, so the UI can switch language while running.
class UiLanguage
{
public:
    // "en", "zh_CN", or empty for the system locale.
    static bool apply(const QString &code);
    static QString current() { return s_current; }
    // Languages the UI is translated to, besides English.
    static QStringList available();
    // What the system locale asks for, reduced to one of "en" / "zh_CN".
    static QString systemChoice();

private:
    static QString s_current;
    static QTranslator *s_app;
    static QTranslator *s_qt;
};
