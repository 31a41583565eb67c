#pragma once

#include <QString>
#include <QVector>

// Offsets in Unicode code points for positions in a text's UTF-16 units, for many positions of
// one text: the command line reports every figure and sentence of an article that way. Built in
// one pass; each look-up is a binary search over the text's surrogate pairs (nearly always none).
// Counting from the start for each position took minutes for a file of 100 000 figures.
class CodePointIndex
{
public:
    explicit CodePointIndex(const QString &text);

    int offset(int pos) const;

private:
    int m_size = 0;
    QVector<int> m_lowSurrogates; // positions of the second unit of every surrogate pair
};
