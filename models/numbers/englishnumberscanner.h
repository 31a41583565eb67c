#pragma once

#include "numbers/englishnumberreader.h"
#include "numbers/quantity.h"

#include <string_view>

// The reading rules behind EnglishNumbers: at a position of one text, reads a number in digits or
// words and around it what makes it a Quantity (date, ordinal, fraction, range, percent, approximation
// markers, unit). Holds the text and the figures found so far, because a figure's reading depends on
// where the previous one ended.
class EnglishNumberScanner : public EnglishNumberReader
{
public:
    // Appends what at() reads to out; text and out must outlive the scanner.
    EnglishNumberScanner(QStringView text, Quantities &out) : EnglishNumberReader(text), m_out(out) {}

    // Reads the figure, date or ordinal that starts at the anchor i; returns where scanning resumes (> i).
    int at(int i)
    {
        const int next = read(i);
        m_floor = m_out.isEmpty() ? 0 : m_out.constLast().range.end;
        return next;
    }
    bool changeFrom(int p) const;

private:
    using A = Quantity::Approx;
    using F = Quantity::Form;

    // Start of phrase (lowercase words, single spaces) when it ends just before p, else -1.
    int before(int p, std::string_view phrase) const
    {
        const int len = int(phrase.size());
        while (p > m_floor && isSpace(m_s[p - 1])) // the blanks between the phrase and p
            --p;
        // The phrase's last letter rejects nearly every position at once.
        if (len == 0 || p <= m_floor || (m_s[p - 1] | 0x20) != phrase[len - 1])
            return -1;
        for (int k = len; k > 0; --k) {
            if (phrase[k - 1] != ' ') {
                if (p <= m_floor || (m_s[--p] | 0x20) != phrase[k - 1])
                    return -1;
            } else {
                if (p <= m_floor || !isSpace(m_s[p - 1]))
                    return -1;
                while (p > m_floor && isSpace(m_s[p - 1]))
                    --p;
            }
        }
        return p > 0 && isLetter(m_s[p - 1]) ? -1 : p;
    }
    // The month named by the capitalised word [b, e), also abbreviated (Jan., Sept.): 1 to 12, or 0.
    int month(int b, int e) const { return W::month(m_s + b, e - b, e < m_n && m_s[e] == u'.'); }
    int push(Quantity &q, int start, int end, A approx = A::Exact)
    {
        q.range = {start, end};
        q.approx = q.approx == A::Exact ? approx : q.approx;
        q.value = q.low;
        m_out.append(q);
        return end;
    }

    int read(int i);
    int date(int i, const Num &num);
    int clockTime(int i, const Num &num);
    int special(int i, const Num &num);
    int ordinal(int i, const Num &num);
    int figure(int i, const Num &num);
    int percentAfter(int p) const;
    int prefix(int start, A &approx) const;
    int unit(int p, Quantity &q, bool skipOf, bool title) const;

    Quantities &m_out;
    int m_floor = 0; // text before this belongs to the previous figure
};
