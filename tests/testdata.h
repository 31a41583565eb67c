#pragma once

#include <QDir>
#include <QDirIterator>
#include <QString>
#include <QStringList>

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

} // namespace TestData
