#pragma once

#include "text/diagnostic.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Turns a file's bytes into text. UTF-8 is expected; anything else is identified with ICU's
// charset detector and converted when it is a Chinese encoding (GB18030, Big5, …), with a notice.
// Binary data, empty files and undecodable bytes are refused with an error naming the line.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    struct Result
    {
        bool ok = false;
        QString text;
        QString encoding;
        Diagnostics diagnostics;
    };

    static Result decode(const QByteArray &bytes, const QString &fileName);

private:
    static bool looksBinary(const QByteArray &bytes, qsizetype *offset);
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);
    static QString convertWithIcu(const QByteArray &bytes, const char *charset, bool *ok);
};
