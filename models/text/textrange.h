#pragma once

#include <QtGlobal>

// A half-open range [start, end) of UTF-16 code units in an article's decoded text. Every piece of
// text the application shows carries one, so a click anywhere can be traced back to the source file.
struct TextRange
{
    int start = -1;
    int end = -1;

    constexpr bool isValid() const { return start >= 0 && end >= start; }
    constexpr int length() const { return end - start; }
    constexpr bool contains(int pos) const { return pos >= start && pos < end; }
    constexpr bool contains(TextRange other) const { return other.start >= start && other.end <= end; }
    constexpr bool overlaps(TextRange other) const { return start < other.end && other.start < end; }
    friend constexpr bool operator==(TextRange a, TextRange b)
    {
        return a.start == b.start && a.end == b.end;
    }
    friend constexpr bool operator!=(TextRange a, TextRange b) { return !(a == b); }
};
Q_DECLARE_TYPEINFO(TextRange, Q_PRIMITIVE_TYPE);
