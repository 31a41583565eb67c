#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

#include <unicode/ucnv.h>

// Where the tests find the sample corpus copied from the shared data (tests/data/corpus).
namespace TestData {

inline QString corpusDir()
{
    return QStringLiteral(DUIZHAO_TEST_DATA "/corpus/rmrb");
}

inline QString samplePath()
{
    return corpusDir() + QStringLiteral("/1954.06/1954-06-22_西南各地加强对手工业者的教育和领导.md");
}

inline QStringList corpusFiles()
{
    QStringList files;
    QDirIterator it(corpusDir(), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

inline QByteArray sampleBytes()
{
    QFile f(samplePath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// text in another encoding (GB18030, Big5, UTF-16LE), through ICU; empty when it cannot be encoded.
inline QByteArray encode(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &status);
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t n =
        ucnv_fromUChars(cnv, out.data(), int32_t(out.size()), reinterpret_cast<const UChar *>(text.utf16()),
                        int32_t(text.size()), &status);
    ucnv_close(cnv);
    out.truncate(U_SUCCESS(status) ? n : 0);
    return out;
}

} // namespace TestData
