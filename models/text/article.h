#pragma once

#include "text/paragraph.h"
#include "text/textrange.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

// One article file read into plain values: the header, the English translation and the Chinese
// original. Every title, paragraph and metadata field keeps its range in text(), the decoded file.
struct Article
{
    enum class Language : quint8
    {
        Chinese,
        English
    };

    struct Field
    {
        QString value;
        TextRange range;
        bool isEmpty() const { return value.isEmpty(); }
    };

    struct Part
    {
        Field title;               // the header Title: (English) or the ### headline (Chinese)
        QVector<Field> titleLines; // the headline repeated at the top of the body, one per line
        QVector<Paragraph> paragraphs;
        QStringList authors;
        Field byline;           // the trailing parenthesised line, e.g. （新华社）
        bool truncated = false; // the text stops in mid-sentence
    };

    QString path;     // as given by the caller (file path, or a resource path)
    QString fileName; // the file's name, used to name the article in reports
    QString text;     // the whole decoded file; every range points into it
    QString encoding; // "UTF-8" or what was detected and converted
    QDate date;
    int page = 0; // Page: or Edition: (see pageIsEdition)
    bool pageIsEdition = false;
    Field column; // 专栏：
    Part english;
    Part chinese;
    QVector<Field> namedEntities; // the **Named Entities** list some translations carry

    const Part &part(Language language) const { return language == Language::Chinese ? chinese : english; }
    QString slice(TextRange range) const { return text.mid(range.start, range.length()); }
    QStringView view(TextRange range) const { return QStringView(text).mid(range.start, range.length()); }
    // 1-based line number of a position in text(), for messages.
    int lineAt(int pos) const;
    // Unicode code points before pos: what the command line reports as offsets. For many positions
    // of one article, build a CodePointIndex once instead.
    int codePointOffset(int pos) const;
};
