#pragma once

#include "article.h"
#include "sentence.h"

#include <QStringView>
#include <QVector>

// Splits text into sentences with ICU's BreakIterator: English with the abbreviations of this corpus
// suppressed (No., Mr., Gen., Co., …), Chinese at 。！？ keeping closing quotes with their sentence.
// Thread-safe: each thread gets its own iterators, built once.
class SentenceSegmenter
{
public:
    // Sentence ranges inside text, trailing white space excluded.
    static QVector<TextRange> split(QStringView text, Article::Language language);
    // All sentences of one language of an article: title lines, body paragraphs, byline.
    static Sentences segment(const Article &article, Article::Language language);

    // The abbreviations after which a full stop does not end an English sentence.
    static const QStringList &englishAbbreviations();
};
