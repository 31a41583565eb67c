#include "text/paragraph.h"

#include <algorithm>

void Paragraph::appendLine(const QString &source, int sourceStart, int length, QStringView separator)
{
    const QStringView content = QStringView(source).mid(sourceStart, length);
    if (m_lineCount == 0) {
        m_storage = source; // shared, not copied
        m_offset = sourceStart;
        m_length = length;
    } else {
        // A wrapped line: from now on the paragraph owns its joined text, and lists its pieces.
        if (m_lineCount == 1)
            m_pieces.append({0, m_offset, m_length});
        QString joined;
        joined.reserve(m_length + separator.size() + length);
        joined += text();
        joined += separator;
        Piece piece;
        piece.textStart = int(joined.size());
        piece.sourceStart = sourceStart;
        piece.length = length;
        joined += content;
        m_storage = joined;
        m_offset = 0;
        m_length = int(joined.size());
        m_pieces.append(piece);
    }
    ++m_lineCount;
    if (!m_sourceRange.isValid())
        m_sourceRange.start = sourceStart;
    m_sourceRange.end = sourceStart + length;
}

QVector<Paragraph::Piece> Paragraph::pieces() const
{
    if (m_lineCount == 1)
        return {{0, m_offset, m_length}};
    return m_pieces;
}

int Paragraph::toSource(int textPos, bool isEnd) const
{
    if (m_lineCount == 0)
        return m_sourceRange.start;
    if (m_lineCount == 1) // the text is the file's own: offsets differ by where the line starts
        return m_offset + std::clamp(textPos, 0, m_length);
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
    if (m_lineCount == 1)
        return sourcePos >= m_offset && sourcePos <= m_offset + m_length ? sourcePos - m_offset : -1;
    for (const Piece &p : m_pieces) {
        if (sourcePos >= p.sourceStart && sourcePos <= p.sourceStart + p.length)
            return p.textStart + (sourcePos - p.sourceStart);
    }
    return -1;
}
