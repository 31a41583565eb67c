#include "numbers/chinesenumerals.h"
#include "numbers/englishnumbers.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QtTest>

#include <memory>
#include <unicode/rbnf.h>

// Speed of the numeral readers: ChineseNumerals::parse on one long numeral beside ICU's spellout
// parser, and both scanners over the Chinese and English text of the whole corpus, repeated to at
// least 10 MB. Throughput is reported in MB of UTF-8 text per second.
class BenchNumerals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parseChinese();
    void parseIcu();
    void scanChinese();
    void scanEnglish();
    void cleanupTestCase();

private:
    void scan(const QString &text, int language);

    QString m_chinese;
    QString m_english;
    // Per language (0 Chinese, 1 English), over every run QBENCHMARK makes: QBENCHMARK calls a test
    // function several times while it calibrates, so the throughput is printed once at the end.
    double m_megabytes[2] = {0, 0};
    qint64 m_nanoseconds[2] = {0, 0};
    int m_found[2] = {0, 0};
};

static const QString kNumeral = QStringLiteral("五十四亿八千三百五十二万六千");

void BenchNumerals::initTestCase()
{
    QString chinese, english;
    QDirIterator it(QStringLiteral(DUIZHAO_TEST_DATA "/corpus/rmrb"), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const qsizetype rule = text.indexOf(QLatin1String("<hr />"));
        english += text.left(rule) + QLatin1Char('\n');
        chinese += text.mid(rule < 0 ? text.size() : rule) + QLatin1Char('\n');
    }
    QVERIFY(!chinese.isEmpty() && !english.isEmpty());
    const qsizetype target = 10 * 1000 * 1000;
    while (m_chinese.toUtf8().size() < target)
        m_chinese += chinese;
    while (m_english.toUtf8().size() < target)
        m_english += english;
}

void BenchNumerals::parseChinese()
{
    QCOMPARE(kNumeral.size(), 14);
    double sum = 0;
    QBENCHMARK
    {
        sum += *ChineseNumerals::parse(kNumeral);
    }
    QVERIFY(sum > 0);
}

// ICU's rule-based spellout parser on the same numeral, for comparison.
void BenchNumerals::parseIcu()
{
    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, icu::Locale("zh"), status);
    QVERIFY2(U_SUCCESS(status), u_errorName(status));
    const icu::UnicodeString numeral(reinterpret_cast<const UChar *>(kNumeral.utf16()), int(kNumeral.size()));
    icu::Formattable result;
    QBENCHMARK
    {
        format.parse(numeral, result, status);
    }
    QVERIFY2(U_SUCCESS(status), u_errorName(status));
    QCOMPARE(result.getDouble(), 5483526000.0);
}

void BenchNumerals::scan(const QString &text, int language)
{
    const double megabytes = text.toUtf8().size() / 1e6;
    QElapsedTimer timer;
    QBENCHMARK
    {
        timer.start();
        m_found[language] =
            int((language == 0 ? ChineseNumerals::scan(text) : EnglishNumbers::scan(text)).size());
        m_nanoseconds[language] += timer.nsecsElapsed();
        m_megabytes[language] += megabytes;
    }
    QVERIFY(m_found[language] > 0);
}

void BenchNumerals::scanChinese()
{
    scan(m_chinese, 0);
}

void BenchNumerals::scanEnglish()
{
    scan(m_english, 1);
}

void BenchNumerals::cleanupTestCase()
{
    for (int language = 0; language < 2; ++language) {
        if (m_nanoseconds[language] > 0)
            qInfo("%s scan: %d quantities in %.1f MB of UTF-8 text, %.0f MB/s",
                  language == 0 ? "Chinese" : "English", m_found[language],
                  (language == 0 ? m_chinese : m_english).toUtf8().size() / 1e6,
                  m_megabytes[language] / (m_nanoseconds[language] / 1e9));
    }
}

QTEST_GUILESS_MAIN(BenchNumerals)
#include "bench_numerals.moc"
