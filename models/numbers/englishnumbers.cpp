#include "numbers/englishnumbers.h"

#include "numbers/englishnumberscanner.h"

#include <array>

std::optional<double> EnglishNumbers::parse(QStringView number)
{
    Quantities none;
    EnglishNumberScanner scanner(number, none);
    int p = 0, e;
    if (scanner.is(0, "a", &e) || scanner.is(0, "an", &e))
        p = scanner.skipSpace(e);
    EnglishNumberScanner::Num num;
    if (p >= scanner.size() || !scanner.readNumber(p, num) || num.special || num.ordinal || num.decade)
        return std::nullopt;
    if (const int half = scanner.andAHalf(num.end); half > 0)
        num.value += 0.5, num.end = half;
    return num.end == scanner.size() ? std::optional<double>(num.value) : std::nullopt;
}

Quantities EnglishNumbers::scan(QStringView text, int limit)
{
    Quantities out;
    scan(text, limit, out);
    return out;
}

void EnglishNumbers::scan(QStringView text, int limit, Quantities &out)
{
    using S = EnglishNumberScanner;
    // Letters that can begin a number word; every other word is skipped without a lookup.
    static const std::array<bool, 128> anchors = EnglishNumberWords::initials();
    out.clear();
    S scanner(text, out);
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = scanner.size();
    for (int i = 0; i < n && out.size() < limit;) {
        const char16_t c = s[i];
        if (S::isLetter(c)) {
            const int e = scanner.wordEnd(i);
            if (!anchors[c] || !EnglishNumberWords::lookup(s, i, e)) {
                i = e;
                continue;
            }
        } else if (!S::isDigit(c) || (i > 0 && S::isLetter(s[i - 1])) ||  // A3, B52: codes
                   (i > 1 && s[i - 1] == u'/' && S::isDigit(s[i - 2]))) { // the 1952/53 season
            for (++i; i < n && S::isDigit(c) && S::isDigit(s[i]);)
                ++i;
            continue;
        }
        i = scanner.at(i);
    }
}
