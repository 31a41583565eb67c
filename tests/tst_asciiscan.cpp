// The vectorised scans of asciiscan.h against the plain definitions they stand for: every UTF-16
// unit in every lane position, and random mixed text.

#include "text/asciiscan.h"

#include <QRandomGenerator>
#include <QtTest>

class TestAsciiScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyUnitInEveryLane();
    void randomText();
    void longText();
};

namespace {

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

int letterRun(const std::u16string &s, int from)
{
    int i = from;
    while (i < int(s.size()) && isAsciiLetter(s[size_t(i)]))
        ++i;
    return i;
}

int capitalOrDigit(const std::u16string &s, int from)
{
    int i = from;
    while (i < int(s.size()) && !(s[size_t(i)] >= 0x80 || (s[size_t(i)] >= u'A' && s[size_t(i)] <= u'Z') ||
                                  (s[size_t(i)] >= u'0' && s[size_t(i)] <= u'9')))
        ++i;
    return i;
}

int sentenceMark(const std::u16string &s, int from)
{
    int i = from;
    while (i < int(s.size()) && !(s[size_t(i)] >= 0x80 || s[size_t(i)] < 0x20 || s[size_t(i)] == u'.' ||
                                  s[size_t(i)] == u'!' || s[size_t(i)] == u'?'))
        ++i;
    return i;
}

int clauseMark(const std::u16string &s, int from)
{
    int i = from;
    while (i < int(s.size()) && !(s[size_t(i)] == u';' || s[size_t(i)] == 0x3002 || s[size_t(i)] == 0xFF1B ||
                                  s[size_t(i)] == 0xFF01 || s[size_t(i)] == 0xFF1F))
        ++i;
    return i;
}

int blanks(const std::u16string &s)
{
    int n = 0;
    for (char16_t c : s)
        n += QChar(c).isSpace() ? 1 : 0;
    return n;
}

void check(const std::u16string &s)
{
    const char16_t *begin = s.data();
    const char16_t *end = s.data() + s.size();
    QCOMPARE(blankCount(begin, end), blanks(s));
    for (int from = 0; from < int(s.size()); ++from) {
        QCOMPARE(int(asciiLetterRunEnd(begin + from, end) - begin), letterRun(s, from));
        QCOMPARE(int(nextCapitalOrDigit(begin + from, end) - begin), capitalOrDigit(s, from));
        QCOMPARE(int(nextSentenceMark(begin + from, end) - begin), sentenceMark(s, from));
        QCOMPARE(int(nextOneOf<u';', 0x3002, 0xFF1B, 0xFF01, 0xFF1F>(begin + from, end) - begin),
                 clauseMark(s, from));
    }
}

} // namespace

void TestAsciiScan::everyUnitInEveryLane()
{
    // Each unit at each of the 8 positions of a vector, amid letters, then amid spaces.
    for (int u = 0; u <= 0xFFFF; ++u) {
        for (char16_t fill : {u'a', u' ', u'.'}) {
            std::u16string s(19, fill);
            s[size_t(u % 8 + 3)] = char16_t(u);
            check(s);
            if (QTest::currentTestFailed()) {
                qWarning("unit U+%04X", u);
                return;
            }
        }
    }
}

void TestAsciiScan::randomText()
{
    const std::u16string alphabet =
        u"aZ9 "
        u"\t\n\r\x0b\x0c.,-'!?\u00a0\u0085\u3000\u2003\u4e00\u4e07\uff0c\u3002\uff1b\uff01\uff1f;"
        u"\u00e9\u1680\u2028";
    QRandomGenerator random(42);
    for (int round = 0; round < 2000; ++round) {
        std::u16string s;
        const int length = int(random.bounded(70));
        for (int i = 0; i < length; ++i)
            s += alphabet[size_t(random.bounded(int(alphabet.size())))];
        check(s);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestAsciiScan::longText()
{
    // Longer than the 32 767 blanks a 16-bit lane can count before it is added up.
    std::u16string s;
    for (int i = 0; i < 600000; ++i)
        s += i % 97 == 0 ? u'x' : i % 89 == 0 ? u'\u3000' : u' ';
    QCOMPARE(blankCount(s.data(), s.data() + s.size()), blanks(s));
}

QTEST_GUILESS_MAIN(TestAsciiScan)
#include "tst_asciiscan.moc"
