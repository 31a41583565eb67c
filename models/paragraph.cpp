#include "paragraph.h"

#include <algorithm>

void Paragraph::appendLine(QStringView content, int sourceStart, QStringView separator)
{
    if (!m_pieces.isEmpty())
        m_text += separator;
    Piece piece;
    piece.textStart = int(m_text.size());
    piece.sourceStart = sourceStart;
    piece.length = int(content.size());
    m_text += content;
    m_pieces.append(piece);
    if (!m_sourceRange.isValid())
        m_sourceRange.start = sourceStart;
    m_sourceRange.end = sourceStart + piece.length;
}

int Paragraph::toSource(int textPos, bool isEnd) const
{
    if (m_pieces.isEmpty())
        return m_sourceRange.start;
    // An end offset on a piece boundary belongs to the piece before it, so that a range never
    // swallows the line break and indentation between two lines.
    auto it = isEnd ? std::lower_bound(m_pieces.cbegin(), m_pieces.cend(), textPos,
                                       [](const Piece &p, int pos) { return p.textStart < pos; })
                    : std::upper_bound(m_pieces.cbegin(), m_pieces.cend(), textPos,
                                       [](int pos, const Piece &p) { return pos < p.textStart; });
    if (it != m_pieces.cbegin())
        --it;
    const int inPiece = std::clamp(textPos - it->textStart, 0, it->length);
    return it->sourceStart + inPiece;
}

TextRange Paragraph::toSource(TextRange textRange) const
{
    return {toSource(textRange.start), toSource(textRange.end, true)};
}

int Paragraph::toText(int sourcePos) const
{
    for (const Piece &p : m_pieces) {
        if (sourcePos >= p.sourceStart && sourcePos <= p.sourceStart + p.length)
            return p.textStart + (sourcePos - p.sourceStart);
    }
    return -1;
}
