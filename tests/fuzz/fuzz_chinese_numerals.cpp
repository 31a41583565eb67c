// libFuzzer harness for ChineseNumerals: the input, read as UTF-8, goes to scan() and parse(), whose
// results must keep their promises (see Fuzz::checkScan); the input's first bytes also pick a number
// that must read back exactly from its Arabic digits, with separators, full-width, and spelled out
// in Chinese by ICU.
#include "numbers/chinesenumerals.h"
#include "numeral_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::checkScan(text, ChineseNumerals::scan(text));

    const std::optional<double> parsed = ChineseNumerals::parse(text);
    if (parsed)
        FUZZ_CHECK(!std::isnan(*parsed) && *parsed >= 0);
    // Plain digits are read positionally, exactly while the value fits a double's mantissa.
    if (Fuzz::isAsciiDigits(text) && text.size() <= 15)
        FUZZ_CHECK(parsed && *parsed == text.toDouble());

    int64_t number = 0;
    if (Fuzz::numberFromInput(data, size, &number)) {
        const double expected = double(number);
        const QString digits = QString::number(number);
        FUZZ_CHECK(ChineseNumerals::parse(digits) == expected);
        FUZZ_CHECK(ChineseNumerals::parse(Fuzz::grouped(number, QLatin1Char(','))) == expected);
        FUZZ_CHECK(ChineseNumerals::parse(Fuzz::grouped(number, QChar(0xFF0C))) == expected);
        QString fullWidth = digits;
        for (QChar &c : fullWidth)
            c = QChar(c.unicode() - u'0' + 0xFF10);
        FUZZ_CHECK(ChineseNumerals::parse(fullWidth) == expected);
        const QString spelled = Fuzz::spellOut(icu::Locale("zh"), number);
        if (ChineseNumerals::parse(spelled) != expected) {
            std::fprintf(stderr, "%lld spelled %s\n", static_cast<long long>(number), qPrintable(spelled));
            FUZZ_CHECK(ChineseNumerals::parse(spelled) == expected);
        }
        // Inside running text the numeral is still found.
        const QString sentence = QStringLiteral("共有") + spelled + QStringLiteral("个。");
        Fuzz::checkScan(sentence, ChineseNumerals::scan(sentence));
    }
    return 0;
}
