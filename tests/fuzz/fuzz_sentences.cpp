// libFuzzer harness for SentenceBreaker: the input, read as UTF-8, and each of its lines are split into
// sentences in both languages by SentenceSegmenter, which uses the breaker where it covers the text,
// and by ICU's iterators alone; the two must give the same sentences.
#include "fuzz_common.h"
#include "text/sentencesegmenter.h"

#include <limits>

namespace {

void compare(QStringView text)
{
    for (const auto language : {Article::Language::Chinese, Article::Language::English}) {
        QVector<TextRange> fast, icu;
        SentenceSegmenter::splitInto(text, language, std::numeric_limits<int>::max(), fast);
        SentenceSegmenter::splitWithIcu(text, language, std::numeric_limits<int>::max(), icu);
        if (fast != icu) {
            std::fprintf(stderr, "%s text \"%s\": %d sentences, ICU %d\n",
                         language == Article::Language::English ? "English" : "Chinese",
                         qPrintable(text.toString()), int(fast.size()), int(icu.size()));
            FUZZ_CHECK(fast == icu);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    compare(text);
    // Lines as the reader hands paragraphs over: without the line feeds (which ICU alone judges).
    for (const QStringView line : QStringView(text).split(u'\n'))
        compare(line);
    return 0;
}
