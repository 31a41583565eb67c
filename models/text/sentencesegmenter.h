#pragma once

#include "text/article.h"
#include "text/sentence.h"

#include <QStringView>
#include <QVector>

#include <limits>

// Splits text into sentences where ICU's BreakIterator does: English with the abbreviations of this
// corpus suppressed (No., Mr., Gen., Co., …), Chinese at 。！？ keeping closing quotes with their
// sentence. SentenceBreaker finds the same boundaries in a fraction of the time; ICU itself takes
// the texts it does not cover. Thread-safe: each thread gets its own iterators, built once.
class SentenceSegmenter
{
public:
    // Sentences per language of an article, at most: a real article has a few hundred, and a file of
    // nothing but "1. 1. 1. …" (16 MB) took gigabytes to align. The rest of such a text is left
    // without sentences (Analyzer reports it).
    static constexpr int MaxSentences = 20000;

    // Sentence ranges inside text, trailing white space excluded; at most limit of them.
    static QVector<TextRange> split(QStringView text, Article::Language language,
                                    int limit = std::numeric_limits<int>::max());
    // The same into out (cleared first), which keeps its capacity from paragraph to paragraph.
    static void splitInto(QStringView text, Article::Language language, int limit, QVector<TextRange> &out);
    // The same with ICU's iterators only: what splitInto() must equal (its tests and fuzzer compare).
    static void splitWithIcu(QStringView text, Article::Language language, int limit,
                             QVector<TextRange> &out);
    // All sentences of one language of an article: title lines, body paragraphs, byline; at most
    // MaxSentences of them.
    static Sentences segment(const Article &article, Article::Language language);

    // The abbreviations after which a full stop does not end an English sentence.
    static const QStringList &englishAbbreviations();
};
