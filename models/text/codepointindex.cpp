#include "text/codepointindex.h"

#include <algorithm>

CodePointIndex::CodePointIndex(const QString &text) : m_size(int(text.size()))
{
    const QChar *data = text.constData();
    for (int i = 0; i < m_size; ++i) {
        if (data[i].isLowSurrogate())
            m_lowSurrogates.append(i);
    }
}

int CodePointIndex::offset(int pos) const
{
    pos = qBound(0, pos, m_size);
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), pos);
    return pos - int(before - m_lowSurrogates.cbegin());
}
