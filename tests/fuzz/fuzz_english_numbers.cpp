// libFuzzer harness for EnglishNumbers: the input, read as UTF-8, goes to scan() and parse(), whose
// results must keep their promises (see Fuzz::checkScan); the input's first bytes also pick a number
// that must read back from its digits, with thousands separators, spelled out by ICU, and as a
// decimal before a scale word ("5.48 million").
#include "numbers/englishnumbers.h"
#include "numeral_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::checkScan(text, EnglishNumbers::scan(text));

    const std::optional<double> parsed = EnglishNumbers::parse(text);
    if (parsed)
        FUZZ_CHECK(!std::isnan(*parsed));
    if (Fuzz::isAsciiDigits(text) && text.size() <= 15)
        FUZZ_CHECK(parsed && *parsed == text.toDouble());

    int64_t number = 0;
    if (Fuzz::numberFromInput(data, size, &number)) {
        const double expected = double(number);
        FUZZ_CHECK(EnglishNumbers::parse(QString::number(number)) == expected);
        FUZZ_CHECK(EnglishNumbers::parse(Fuzz::grouped(number, QLatin1Char(','))) == expected);
        const QString spelled = Fuzz::spellOut(icu::Locale::getEnglish(), number);
        if (EnglishNumbers::parse(spelled) != expected) {
            std::fprintf(stderr, "%lld spelled \"%s\"\n", static_cast<long long>(number),
                         qPrintable(spelled));
            FUZZ_CHECK(EnglishNumbers::parse(spelled) == expected);
        }
        // Hundredths of a million: "12.34 million" is 12,340,000, exact up to rounding of the decimal.
        const int64_t hundredths = number % 100000;
        const QString decimal = QStringLiteral("%1.%2 million")
                                    .arg(hundredths / 100)
                                    .arg(int(hundredths % 100), 2, 10, QLatin1Char('0'));
        const std::optional<double> millions = EnglishNumbers::parse(decimal);
        FUZZ_CHECK(millions &&
                   std::abs(*millions - double(hundredths) * 1e4) <= 1e-9 * double(hundredths) * 1e4);
        const QString sentence = QStringLiteral("There were ") + spelled + QStringLiteral(" contracts.");
        Fuzz::checkScan(sentence, EnglishNumbers::scan(sentence));
    }
    return 0;
}
