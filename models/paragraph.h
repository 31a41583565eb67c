#pragma once

#include "textrange.h"

#include <QString>
#include <QVector>

// One paragraph as shown to the reader: its lines joined (indentation dropped, a wrapped line break
// becomes one space or nothing in Chinese) and, for every joined piece, where it sits in the file.
// Analysis runs on text(); toSource() turns any range of it back into a range of the file.
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

    // Appends one line's content (already stripped of indentation) found at sourceStart in the file.
    // A separator (space for English) is inserted before every piece but the first.
    void appendLine(QStringView content, int sourceStart, QStringView separator);

    const QString &text() const { return m_text; }
    TextRange sourceRange() const { return m_sourceRange; }
    const QVector<Piece> &pieces() const { return m_pieces; }
    bool isEmpty() const { return m_text.isEmpty(); }

    // Maps an offset in text() to the file; an offset in an inserted separator maps to the end of
    // the piece before it.
    int toSource(int textPos, bool isEnd = false) const;
    TextRange toSource(TextRange textRange) const;
    // The reverse; -1 when the file offset is not inside this paragraph's pieces.
    int toText(int sourcePos) const;

private:
    QString m_text;
    TextRange m_sourceRange;
    QVector<Piece> m_pieces;
};
