// TextDecoder's own UTF-8 decoding against Qt's, which it stands in for: random texts of every kind of
// sequence (ASCII runs, two- and three-byte characters at the edges of their ranges, four-byte ones,
// noncharacters, byte-order marks) and of every kind of fault (stray continuation bytes, overlong
// forms, surrogates, cut sequences, bytes that never occur). Where Qt reads the bytes without error
// the text must be Qt's; where Qt finds an error the decoder must not pass the bytes as clean UTF-8.

#include "testdata.h"
#include "text/textdecoder.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QtTest>

class TestTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus();
    void longTexts_data();
    void longTexts();
    void randomBytes();
};

namespace {

// Encoded by hand: QString::fromUcs4() would take U+FEFF for a byte-order mark and drop it.
QByteArray utf8Of(char32_t c)
{
    QByteArray out;
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | c >> 6);
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | c >> 12);
        out += char(0x80 | (c >> 6 & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | c >> 18);
        out += char(0x80 | (c >> 12 & 0x3F));
        out += char(0x80 | (c >> 6 & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
    return out;
}

// What Qt makes of the bytes (after the first byte-order mark, as the decoder takes it off), and
// whether it found an error.
QString qtDecoded(const QByteArray &bytes, bool *error)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(view);
    *error = utf8.hasError();
    return text;
}

} // namespace

void TestTextDecoder::corpus()
{
    for (const QString &path : TestData::corpusFiles()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        bool error = true;
        const QString expected = qtDecoded(bytes, &error);
        QVERIFY(!error);
        const TextDecoder::Result r = TextDecoder::decode(bytes, path);
        QVERIFY(r.ok);
        QCOMPARE(r.text, expected);
        QVERIFY(r.diagnostics.isEmpty());
    }
}

// The decoder counts continuation bytes sixteen at a time in blocks of 255: texts around and far
// beyond one block (4 080 bytes), of every mix, must come out as Qt decodes them and exactly as long.
void TestTextDecoder::longTexts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray chinese = QStringLiteral("人民日报一九五四年").toUtf8(); // 27 bytes, 18 continuations
    const QByteArray mixed = QStringLiteral("增产 1,500 斤 — Ü").toUtf8();
    for (const int n : {150, 151, 152, 4080 / 27, 4080 / 27 + 1, 1000, 40000}) {
        QTest::addRow("chinese x %d", n) << chinese.repeated(n);
        QTest::addRow("mixed x %d", n) << mixed.repeated(n);
        QTest::addRow("chinese x %d + 7 ascii", n) << chinese.repeated(n) + "abcdefg";
    }
}

void TestTextDecoder::longTexts()
{
    QFETCH(QByteArray, bytes);
    bool error = true;
    const QString expected = qtDecoded(bytes, &error);
    QVERIFY(!error);
    const TextDecoder::Result r = TextDecoder::decode(bytes, QStringLiteral("long.md"));
    QVERIFY(r.ok);
    QCOMPARE(r.text.size(), expected.size());
    QCOMPARE(r.text, expected);
}

void TestTextDecoder::randomBytes()
{
    const QList<char32_t> characters = {u'a',   u'Z',   u' ',    u'\n',   u'.',    0x7F,   0x80,
                                        0xA0,   0x7FF,  0x800,   0x4E00,  0x9FA5,  0x3002, 0xD7FF,
                                        0xE000, 0xFDCF, 0xFDD0,  0xFDEF,  0xFDF0,  0xFEFF, 0xFFFD,
                                        0xFFFE, 0xFFFF, 0x10000, 0x20000, 0x10FFFF};
    const QList<QByteArray> faults = {"\x80",
                                      "\xBF",
                                      "\xC0\x80",
                                      "\xC1\xBF",
                                      "\xC2",
                                      "\xE0\x80\x80",
                                      "\xE0\x9F\xBF",
                                      "\xE4\xB8",
                                      "\xED\xA0\x80",
                                      "\xED\xBF\xBF",
                                      "\xF0\x80\x80\x80",
                                      "\xF4\x90\x80\x80",
                                      "\xF5",
                                      "\xFE",
                                      "\xFF",
                                      "\xEF\xBB\xBF"};
    QRandomGenerator random(2003);
    int clean = 0, faulty = 0;
    for (int round = 0; round < 30000; ++round) {
        QByteArray bytes;
        if (random.bounded(8) == 0)
            bytes += "\xEF\xBB\xBF";
        const int pieces = 1 + int(random.bounded(40));
        const bool withFaults = random.bounded(3) == 0;
        for (int k = 0; k < pieces; ++k) {
            const int pick = int(random.bounded(10));
            if (withFaults && pick == 0)
                bytes += faults.at(int(random.bounded(int(faults.size()))));
            else if (pick < 4)
                bytes += QByteArray(1 + int(random.bounded(40)), char('a' + random.bounded(26)));
            else
                bytes += utf8Of(characters.at(int(random.bounded(int(characters.size())))));
        }
        if (bytes.contains('\0'))
            continue;
        bool error = true;
        const QString expected = qtDecoded(bytes, &error);
        const TextDecoder::Result r = TextDecoder::decode(bytes, QStringLiteral("random.md"));
        if (!error) {
            ++clean;
            if (!r.ok)
                qWarning() << "bytes" << bytes.toHex(' ') << r.diagnostics.value(0).message;
            QVERIFY(r.ok);
            QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
            if (r.text != expected)
                qWarning() << "bytes" << bytes.toHex(' ');
            QCOMPARE(r.text, expected);
        } else {
            ++faulty;
            // Never passed as clean UTF-8: an error, a warning, or another encoding with a notice.
            if (r.ok && r.diagnostics.isEmpty())
                qWarning() << "bytes" << bytes.toHex(' ');
            QVERIFY(!r.ok || !r.diagnostics.isEmpty());
        }
    }
    QVERIFY(clean > 10000);
    QVERIFY(faulty > 5000);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
