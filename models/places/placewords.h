#pragma once

#include <QChar>
#include <QStringView>
#include <QVarLengthArray>
#include <QVector>

// How English place names are cut into words, for the gazetteer's index and its search of running
// text: runs of letters and digits, an apostrophe between letters inside the word (Xi'an, O'Brien)
// but a possessive 's apart (Chengdu's names Chengdu), case folded, with a hash of the folded word for
// the first-word filter. Kept apart from Gazetteer, whose data and dates are another matter.
class PlaceWords
{
public:
    struct Word
    {
        int start;
        int end;
        quint32 hash; // of the lower-cased word, for the first-word filter
    };
    using KeyBuffer = QVarLengthArray<QChar, 128>;

    // FNV-1a over the lower-cased word; only needs to agree with itself.
    static constexpr quint32 HashSeed = 2166136261u;
    static quint32 hashStep(quint32 hash, QChar c) { return (hash ^ lowered(c).unicode()) * 16777619u; }

    // ASCII inline: most of an English text is, and the rest is a table look-up in QtCore.
    static bool isWordChar(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 128)
            return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        return isWordCharOutsideAscii(c);
    }
    static QChar lowered(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 128)
            return (u >= u'A' && u <= u'Z') ? QChar(char16_t(u | 0x20)) : c;
        return u == u'\u2019' ? QChar(u'\'') : c.toLower();
    }
    static bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }

    // The first word at or after from; false when there is none. Only words that may start a name
    // (not in lower case) get their hash.
    static bool next(QStringView text, int from, Word &word);
    // Whether a word as next() reads them begins at p: not after a letter or digit, nor after an
    // apostrophe that joins two letters, unless a possessive 's follows it.
    static bool startsWord(QStringView text, int p);
    static void tokenize(QStringView text, QVector<Word> &words);
    // Only blanks and at most one hyphen may separate the words of one name: "Central-South",
    // "Wanxian Special District", but not "Sichuan, Province".
    static bool joinable(QStringView text, int from, int to);
    static void appendLower(KeyBuffer &key, QStringView word);

private:
    static bool isWordCharOutsideAscii(QChar c);
};
