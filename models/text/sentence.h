#pragma once

#include "text/article.h"
#include "text/textrange.h"

#include <QString>
#include <QStringView>
#include <QVector>

// One sentence of one language of an article. Titles count as sentences (they are read and aligned
// like any other), numbered first; body sentences follow in reading order, then the byline.
struct Sentence
{
    enum class Role : quint8
    {
        Title,
        Body,
        Byline
    };

    Article::Language language = Article::Language::Chinese;
    Role role = Role::Body;
    int index = 0;      // position among the sentences of its language, 0-based
    int paragraph = -1; // index into the part's paragraphs for body sentences, else -1
    TextRange range;    // in the article's text (the file)
    // As read, wrapped lines joined: a view into the article's own buffers (its text, a joined
    // paragraph, a title), which live as long as any copy of the Article does.
    QStringView text;
};

// Only Qt values inside: a growing list may move them with memmove.
Q_DECLARE_TYPEINFO(Sentence, Q_RELOCATABLE_TYPE);

using Sentences = QVector<Sentence>;
