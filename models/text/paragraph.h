#pragma once

#include "text/textrange.h"

#include <QString>
#include <QStringView>
#include <QVector>

// One paragraph as shown to the reader: its lines joined (indentation dropped, a wrapped line break
// becomes one space or nothing in Chinese) and, for every joined piece, where it sits in the file.
// Analysis runs on text(); toSource() turns any range of it back into a range of the file.
// A paragraph of one line (nearly all of them) keeps no text of its own: it shares the article's
// buffer (implicitly shared, never written to) and views a slice of it, and lists no pieces.
class Paragraph
{
public:
    struct Piece
    {
        int textStart = 0;   // offset in text()
        int sourceStart = 0; // offset in the file
        int length = 0;
    };

    Paragraph() = default;

    // Appends the line source[sourceStart, sourceStart + length), already stripped of indentation.
    // A separator (space for English) is inserted before every piece but the first.
    void appendLine(const QString &source, int sourceStart, int length, QStringView separator);

    QStringView text() const { return QStringView(m_storage).mid(m_offset, m_length); }
    TextRange sourceRange() const { return m_sourceRange; }
    QVector<Piece> pieces() const;
    bool isEmpty() const { return m_length == 0; }

    // Maps an offset in text() to the file; an offset in an inserted separator maps to the end of
    // the piece before it.
    int toSource(int textPos, bool isEnd = false) const;
    TextRange toSource(TextRange textRange) const;
    // The reverse; -1 when the file offset is not inside this paragraph's pieces.
    int toText(int sourcePos) const;

private:
    QString m_storage; // the article's text, or the joined lines
    int m_offset = 0;
    int m_length = 0;
    TextRange m_sourceRange;
    int m_lineCount = 0;
    QVector<Piece> m_pieces; // only for two lines or more: one line is m_offset and m_length
};
