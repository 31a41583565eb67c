#pragma once

#include "text/article.h"
#include "text/diagnostic.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QString>

// Reads one article file of the People's Daily corpus (header, English translation, `<hr />`,
// Chinese original) into an Article. It accepts every variation of the format met in the corpus
// and refuses anything that is not an article with an error naming the file and the line.
class ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(ArticleReader)

public:
    struct Result
    {
        Article article;
        Diagnostics diagnostics;
        bool ok() const;
    };

    // Files larger than this are not articles (the longest in the newspaper is well under 1 MB).
    static constexpr qint64 MaximumFileSize = 16 * 1024 * 1024;

    static Result readFile(const QString &path);
    // The same, handing out the file's bytes as read (null when it could not be read).
    static Result readFile(const QString &path, QByteArray *bytesRead);
    static Result readBytes(const QByteArray &bytes, const QString &path);
    static Result readText(const QString &text, const QString &path);
    // A plain text file of one language, one paragraph a line: no header, no other half.
    static Result readPlainFile(const QString &path, Article::Language language);
    static Result readPlainText(const QString &text, const QString &path, Article::Language language);
};
