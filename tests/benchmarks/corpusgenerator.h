#pragma once

#include <QString>
#include <QStringList>

// Makes a corpus of N articles from the sample corpus for scale tests: each a real article with a
// new date (header, Chinese date line and file name) and, every other time, its provinces swapped
// for others in both languages, laid out as the newspaper's archive is (YYYY.MM/YYYY-MM-DD_….md).
class CorpusGenerator
{
public:
    // Writes count files under folder; returns their paths, or an empty list on failure.
    static QStringList generate(const QString &sourceFolder, const QString &folder, int count,
                                quint32 seed = 1);
    // Total size in bytes of the files.
    static qint64 sizeOf(const QStringList &files);
};
