#include "places/placewords.h"

#include "text/asciiscan.h"

bool PlaceWords::isWordCharOutsideAscii(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool PlaceWords::next(QStringView text, int from, Word &word)
{
    const int n = int(text.size());
    int i = from;
    while (i < n && !isWordChar(text[i]))
        ++i;
    if (i >= n)
        return false;
    const int start = i;
    // Place names start with a capital (or a digit, as in "No. 3 District"): only those words can
    // begin a match, so only their hash is worth computing.
    const bool mayStart = !text[i].isLower();
    quint32 hash = HashSeed;
    while (i < n) {
        if (!mayStart) { // no hash to compute: pass the letters in bulk
            const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
            i = int(asciiLetterRunEnd(s + i, s + n) - s);
            if (i >= n)
                break;
        }
        if (isWordChar(text[i])) {
            if (mayStart)
                hash = hashStep(hash, text[i]);
            ++i;
            continue;
        }
        if (isApostrophe(text[i]) && i + 1 < n && text[i + 1].isLetter()) {
            const bool possessive =
                (text[i + 1] == u's' || text[i + 1] == u'S') && (i + 2 >= n || !isWordChar(text[i + 2]));
            if (!possessive) {
                if (mayStart)
                    hash = hashStep(hash, text[i]);
                ++i;
                continue;
            }
        }
        break;
    }
    word = {start, i, hash};
    return true;
}

bool PlaceWords::startsWord(QStringView text, int p)
{
    if (p == 0)
        return true;
    if (isWordChar(text[p - 1]))
        return false;
    if (!isApostrophe(text[p - 1]) || p < 2 || !isWordChar(text[p - 2]) || !text[p].isLetter())
        return true;
    const int n = int(text.size());
    return (text[p] == u's' || text[p] == u'S') && (p + 1 >= n || !isWordChar(text[p + 1]));
}

void PlaceWords::tokenize(QStringView text, QVector<Word> &words)
{
    words.clear();
    Word word;
    for (int i = 0; next(text, i, word); i = word.end)
        words.append(word);
}

bool PlaceWords::joinable(QStringView text, int from, int to)
{
    int hyphens = 0;
    for (int i = from; i < to; ++i) {
        const QChar c = text[i];
        if (c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'\u2013') {
            if (++hyphens > 1)
                return false;
        } else if (!c.isSpace()) {
            return false;
        }
    }
    return true;
}

void PlaceWords::appendLower(KeyBuffer &key, QStringView word)
{
    for (QChar c : word)
        key.append(lowered(c));
}
