#pragma once

#include "numbers/quantity.h"

#include <QString>
#include <array>
#include <string>
#include <string_view>
#include <vector>

// The English vocabulary that EnglishNumberScanner reads: number words and how they combine, month
// names, approximation words, measures, and the words after a number that are no counted noun. Kept
// apart from the scanner so that the word lists can grow without touching the reading rules.
class EnglishNumberWords
{
public:
    // How a number word combines with its neighbours. The order matters: the kinds up to Ordinal
    // build numbers, the later ones are figures only by themselves (half, doubled, hundreds …).
    enum Kind
    {
        Unit,
        Tens,
        Hundred,
        Scale,
        Dozen,
        Ordinal,
        Half,
        Quarter,
        Denominator,
        Multiple,
        Plural,
        None
    };
    struct Word
    {
        std::string text;
        Kind kind;
        double value;
    };
    // An approximation word before a number and the sense it gives: more than, nearly, about.
    struct Prefix
    {
        std::string phrase; // lowercase words, single spaces
        Quantity::Approx approx;
    };

    // The number word that is exactly s[p, end), compared case-insensitively, else null.
    static const Word *lookup(const char16_t *s, int p, int end);
    // By ASCII code, the letters (either case) that can begin a number word, so that a scanner can pass
    // over every other word without a lookup.
    static std::array<bool, 128> initials();
    // The month named by the capitalised word of length characters (also abbreviated when dotted, i.e.
    // followed by a period: Jan., Sept.): 1 to 12, or 0.
    static int month(const char16_t *word, int length, bool dotted);
    // Approximation words, longest first so that "no more than" is found before "more than".
    static const std::vector<Prefix> &prefixes();

    // The lookups below take a lowercase ASCII word.
    // What a word after a number is, looked up once: the canonical name of a physical measure word
    // (catties: "jin", tonnes: "ton"; else null), a word that is never a counted noun (the, of,
    // percent …), an adjective the counted noun may follow (new, large …).
    struct After
    {
        QLatin1String measure;
        bool notUnit = false;
        bool adjective = false;
    };
    static After after(std::string_view word);
    static QLatin1String measure(std::string_view word) { return after(word).measure; }
    // The canonical name of a measure left in Chinese in a translation (7,000担: "dan"), else null.
    static QLatin1String chineseMeasure(char16_t c);
};
