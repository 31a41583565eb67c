#include "text/sentencesegmenter.h"

#include "text/sentencebreaker.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>

#include <memory>

namespace {

std::unique_ptr<icu::BreakIterator> makeIterator(Article::Language language)
{
    UErrorCode status = U_ZERO_ERROR;
    if (language == Article::Language::Chinese) {
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createSentenceInstance(icu::Locale::getSimplifiedChinese(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }
    std::unique_ptr<icu::BreakIterator> base(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status))
        return nullptr;
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status))
        return base;
    for (const QString &abbreviation : SentenceSegmenter::englishAbbreviations()) {
        builder->suppressBreakAfter(icu::UnicodeString(reinterpret_cast<const UChar *>(abbreviation.utf16()),
                                                       int32_t(abbreviation.size())),
                                    status);
    }
    std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(base.release(), status));
    return U_SUCCESS(status) ? std::move(filtered) : nullptr;
}

icu::BreakIterator *iteratorFor(Article::Language language)
{
    // ICU iterators are not thread-safe and costly to build: one of each per thread.
    thread_local std::unique_ptr<icu::BreakIterator> chinese = makeIterator(Article::Language::Chinese);
    thread_local std::unique_ptr<icu::BreakIterator> english = makeIterator(Article::Language::English);
    return language == Article::Language::Chinese ? chinese.get() : english.get();
}

// The breakers that stand in for the iterators above (the same boundaries, see SentenceBreaker).
const SentenceBreaker &breakerFor(Article::Language language)
{
    static const SentenceBreaker chinese;
    static const SentenceBreaker english = [] {
        std::vector<std::u16string> abbreviations = SentenceBreaker::cldrEnglishExceptions();
        for (const QString &a : SentenceSegmenter::englishAbbreviations())
            abbreviations.emplace_back(reinterpret_cast<const char16_t *>(a.utf16()), size_t(a.size()));
        return SentenceBreaker(abbreviations);
    }();
    return language == Article::Language::Chinese ? chinese : english;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000);
}

} // namespace

const QStringList &SentenceSegmenter::englishAbbreviations()
{
    static const QStringList list = {
        QStringLiteral("No."),   QStringLiteral("Nos."),  QStringLiteral("Mr."),   QStringLiteral("Mrs."),
        QStringLiteral("Ms."),   QStringLiteral("Dr."),   QStringLiteral("St."),   QStringLiteral("Gen."),
        QStringLiteral("Lt."),   QStringLiteral("Col."),  QStringLiteral("Capt."), QStringLiteral("Maj."),
        QStringLiteral("Adm."),  QStringLiteral("Sgt."),  QStringLiteral("Co."),   QStringLiteral("Corp."),
        QStringLiteral("Ltd."),  QStringLiteral("Inc."),  QStringLiteral("Bros."), QStringLiteral("Prof."),
        QStringLiteral("Vol."),  QStringLiteral("Art."),  QStringLiteral("Fig."),  QStringLiteral("approx."),
        QStringLiteral("vs."),   QStringLiteral("e.g."),  QStringLiteral("i.e."),  QStringLiteral("cf."),
        QStringLiteral("Jan."),  QStringLiteral("Feb."),  QStringLiteral("Mar."),  QStringLiteral("Apr."),
        QStringLiteral("Aug."),  QStringLiteral("Sept."), QStringLiteral("Sep."),  QStringLiteral("Oct."),
        QStringLiteral("Nov."),  QStringLiteral("Dec."),  QStringLiteral("Mt."),   QStringLiteral("Ft."),
        QStringLiteral("U.S."),  QStringLiteral("U.K."),  QStringLiteral("U.N."),  QStringLiteral("U.S.S.R."),
        QStringLiteral("Rev."),  QStringLiteral("Hon."),  QStringLiteral("Gov."),  QStringLiteral("Sen."),
        QStringLiteral("Dept."), QStringLiteral("Univ."), QStringLiteral("Assn."), QStringLiteral("Ave."),
    };
    return list;
}

QVector<TextRange> SentenceSegmenter::split(QStringView text, Article::Language language, int limit)
{
    QVector<TextRange> out;
    splitInto(text, language, limit, out);
    return out;
}

namespace {

// Appends text[a, b) without its surrounding white space, unless nothing is left.
void addTrimmed(QStringView text, int a, int b, QVector<TextRange> &out)
{
    while (a < b && isSpace(text.at(a)))
        ++a;
    while (b > a && isSpace(text.at(b - 1)))
        --b;
    if (b > a)
        out.append({a, b});
}

} // namespace

void SentenceSegmenter::splitInto(QStringView text, Article::Language language, int limit,
                                  QVector<TextRange> &out)
{
    out.clear();
    thread_local QVector<int> breaks;
    if (!breakerFor(language).find(text, breaks)) {
        splitWithIcu(text, language, limit, out);
        return;
    }
    int start = 0;
    for (int i = 0; i <= breaks.size() && out.size() < limit; ++i) {
        const int end = i < breaks.size() ? breaks.at(i) : int(text.size());
        if (end == 0)
            break; // an empty text has no sentence, as ICU gives it none
        addTrimmed(text, start, end, out);
        start = end;
    }
}

void SentenceSegmenter::splitWithIcu(QStringView text, Article::Language language, int limit,
                                     QVector<TextRange> &out)
{
    out.clear();
    icu::BreakIterator *it = iteratorFor(language);
    if (!it) {
        addTrimmed(text, 0, int(text.size()), out);
        return;
    }
    // Read-only alias: no copy of the text.
    const icu::UnicodeString ustr(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    it->setText(ustr);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE && out.size() < limit;
         start = end, end = it->next())
        addTrimmed(text, start, end, out);
}

Sentences SentenceSegmenter::segment(const Article &article, Article::Language language)
{
    const Article::Part &part = article.part(language);
    Sentences out;
    auto add = [&](Sentence::Role role, int paragraph, TextRange range, QStringView text) {
        Sentence s;
        s.language = language;
        s.role = role;
        s.index = int(out.size());
        s.paragraph = paragraph;
        s.range = range;
        s.text = text;
        out.append(std::move(s));
    };
    if (!part.titleLines.isEmpty()) {
        for (const Article::Field &line : part.titleLines)
            add(Sentence::Role::Title, -1, line.range, line.value);
    } else if (!part.title.isEmpty()) {
        add(Sentence::Role::Title, -1, part.title.range, part.title.value);
    }
    // One list of ranges for all paragraphs, and room for a few sentences a paragraph: no list per
    // paragraph, and few reallocations of the sentences.
    QVector<TextRange> ranges;
    out.reserve(part.titleLines.size() + 2 + 4 * part.paragraphs.size());
    for (int p = 0; p < part.paragraphs.size() && out.size() < MaxSentences; ++p) {
        const Paragraph &paragraph = part.paragraphs.at(p);
        splitInto(paragraph.text(), language, MaxSentences - int(out.size()), ranges);
        for (const TextRange r : std::as_const(ranges))
            add(Sentence::Role::Body, p, paragraph.toSource(r), paragraph.text().mid(r.start, r.length()));
    }
    if (!part.byline.isEmpty() && out.size() < MaxSentences)
        add(Sentence::Role::Byline, -1, part.byline.range, part.byline.value);
    return out;
}
