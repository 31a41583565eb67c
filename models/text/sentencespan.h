#pragma once

#include <QVector>
#include <QtGlobal>

// A run of consecutive sentence indexes, one side of an alignment group. Groups always join
// neighbouring sentences, so two ints replace a list: a list per side of every group was an
// allocation each, a tenth of the memory a loaded corpus held. Iterates like a list of ints.
class SentenceSpan
{
public:
    class Iterator
    {
    public:
        explicit constexpr Iterator(int value) : m_value(value) {}
        constexpr int operator*() const { return m_value; }
        constexpr Iterator &operator++()
        {
            ++m_value;
            return *this;
        }
        friend constexpr bool operator==(Iterator a, Iterator b) { return a.m_value == b.m_value; }
        friend constexpr bool operator!=(Iterator a, Iterator b) { return a.m_value != b.m_value; }

    private:
        int m_value;
    };

    constexpr SentenceSpan() = default;
    constexpr SentenceSpan(int first, int count) : m_first(first), m_count(qMax(0, count)) {}

    constexpr bool isEmpty() const { return m_count == 0; }
    constexpr int size() const { return m_count; }
    constexpr int front() const { return m_first; }
    constexpr int back() const { return m_first + m_count - 1; }
    constexpr int at(int i) const { return m_first + i; }
    constexpr bool contains(int sentence) const
    {
        return sentence >= m_first && sentence < m_first + m_count;
    }
    constexpr Iterator begin() const { return Iterator(m_first); }
    constexpr Iterator end() const { return Iterator(m_first + m_count); }
    QVector<int> toList() const
    {
        QVector<int> list;
        list.reserve(m_count);
        for (int s : *this)
            list.append(s);
        return list;
    }

    friend constexpr bool operator==(SentenceSpan a, SentenceSpan b)
    {
        return a.m_count == b.m_count && (a.m_count == 0 || a.m_first == b.m_first);
    }
    friend constexpr bool operator!=(SentenceSpan a, SentenceSpan b) { return !(a == b); }

private:
    int m_first = 0;
    int m_count = 0;
};
Q_DECLARE_TYPEINFO(SentenceSpan, Q_PRIMITIVE_TYPE);
