// libFuzzer harness for the whole analysis of one article, as the application runs it on a file:
// decode, read, segment, find the figures, align, pair and check. Besides "no crash", the results
// must hold together the way the views and the command line assume: sentences and figures inside
// the text, every figure inside its sentence, every sentence in exactly one alignment group, pairs
// symmetric, findings pointing at things that exist.
#include "corpus/analyzer.h"
#include "fuzz_common.h"
#include "text/textdecoder.h"

#include <QByteArray>

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace {

QString withoutSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

void checkSentences(const Article &article, const Sentences &sentences, Article::Language language)
{
    const Article::Part &part = article.part(language);
    for (int i = 0; i < sentences.size(); ++i) {
        const Sentence &s = sentences.at(i);
        FUZZ_CHECK(s.index == i && s.language == language);
        FUZZ_CHECK(s.range.isValid() && s.range.end <= article.text.size());
        FUZZ_CHECK(!s.text.isEmpty());
        if (s.role == Sentence::Role::Body) {
            FUZZ_CHECK(s.paragraph >= 0 && s.paragraph < part.paragraphs.size() &&
                       part.paragraphs.at(s.paragraph).sourceRange().contains(s.range));
            // The README's promise: the file's text from start to end is the sentence, wrapped lines
            // joined (so equal once line breaks and indentation are left out).
            FUZZ_CHECK(withoutSpaces(s.text) == withoutSpaces(article.slice(s.range)));
        } else {
            FUZZ_CHECK(s.paragraph == -1);
            FUZZ_CHECK(s.text == article.slice(s.range));
        }
    }
}

void checkFigures(const ArticleAnalysis &a, Article::Language language)
{
    const Sentences &sentences = a.sentences(language);
    const Figures &figures = a.figures(language);
    const Figures &others = a.figures(language == Article::Language::Chinese ? Article::Language::English
                                                                             : Article::Language::Chinese);
    int previousStart = -1;
    int previousSentence = 0;
    for (int i = 0; i < figures.size(); ++i) {
        const Figure &f = figures.at(i);
        FUZZ_CHECK(f.index == i && f.language == language);
        FUZZ_CHECK(f.sentence >= 0 && f.sentence < sentences.size());
        FUZZ_CHECK(f.range.isValid() && f.range.end <= a.article.text.size());
        FUZZ_CHECK(sentences.at(f.sentence).range.contains(f.range));
        FUZZ_CHECK(f.text == a.article.slice(f.range));
        FUZZ_CHECK(f.quantity.range == f.range);
        if (f.quantity.unitRange.isValid())
            FUZZ_CHECK(f.quantity.unitRange.end <= a.article.text.size());
        FUZZ_CHECK(!std::isnan(f.quantity.low) && !std::isnan(f.quantity.high) &&
                   f.quantity.low <= f.quantity.high);
        // Reading order: by sentence, then by position.
        FUZZ_CHECK(f.sentence >= previousSentence);
        if (f.sentence == previousSentence)
            FUZZ_CHECK(f.range.start >= previousStart);
        previousSentence = f.sentence;
        previousStart = f.range.start;
        if (f.pair >= 0) {
            FUZZ_CHECK(f.pair < others.size());
            FUZZ_CHECK(others.at(f.pair).pair == i);
        } else {
            FUZZ_CHECK(f.pair == -1);
        }
        FUZZ_CHECK(!f.metric.isEmpty());
    }
}

void checkAlignment(const ArticleAnalysis &a)
{
    const Alignment &al = a.alignment;
    const int zh = int(a.chineseSentences.size());
    const int en = int(a.englishSentences.size());
    FUZZ_CHECK(al.groupOfChinese.size() == zh && al.groupOfEnglish.size() == en);
    QVector<int> zhSeen(zh, 0);
    QVector<int> enSeen(en, 0);
    for (int g = 0; g < al.groups.size(); ++g) {
        const Alignment::Group &group = al.groups.at(g);
        FUZZ_CHECK(!group.chinese.isEmpty() || !group.english.isEmpty());
        FUZZ_CHECK(!std::isnan(group.cost));
        for (int s : group.chinese) {
            FUZZ_CHECK(s >= 0 && s < zh);
            ++zhSeen[s];
            FUZZ_CHECK(al.groupOfChinese.at(s) == g);
        }
        for (int s : group.english) {
            FUZZ_CHECK(s >= 0 && s < en);
            ++enSeen[s];
            FUZZ_CHECK(al.groupOfEnglish.at(s) == g);
        }
    }
    for (int count : std::as_const(zhSeen))
        FUZZ_CHECK(count == 1);
    for (int count : std::as_const(enSeen))
        FUZZ_CHECK(count == 1);
}

void checkFindings(const ArticleAnalysis &a)
{
    for (const Finding &f : a.findings) {
        FUZZ_CHECK(f.group >= -1 && f.group < a.alignment.groups.size());
        FUZZ_CHECK(f.chineseFigure >= -1 && f.chineseFigure < a.chineseFigures.size());
        FUZZ_CHECK(f.englishFigure >= -1 && f.englishFigure < a.englishFigures.size());
        FUZZ_CHECK(f.chineseSentence >= -1 && f.chineseSentence < a.chineseSentences.size());
        FUZZ_CHECK(f.englishSentence >= -1 && f.englishSentence < a.englishSentences.size());
        FUZZ_CHECK(!f.message.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = QStringLiteral("/fuzz/1954-06-22_fuzz.md");
    // Analyzer::analyzeFile reads the file first; the bytes take the same path here.
    const TextDecoder::Result decoded = TextDecoder::decode(bytes, path);
    if (!decoded.ok)
        return 0;
    const ArticleAnalysisPtr analysis = Analyzer::analyzeText(decoded.text, path);
    FUZZ_CHECK(analysis);
    const ArticleAnalysis &a = *analysis;
    if (Analyzer::hasError(a))
        return 0;
    checkSentences(a.article, a.chineseSentences, Article::Language::Chinese);
    checkSentences(a.article, a.englishSentences, Article::Language::English);
    // The alignment's anchors are dropped once the analysis is done (Analyzer::compact).
    FUZZ_CHECK(a.chineseFacts.isEmpty() && a.englishFacts.isEmpty());
    checkFigures(a, Article::Language::Chinese);
    checkFigures(a, Article::Language::English);
    checkAlignment(a);
    checkFindings(a);
    return 0;
}
