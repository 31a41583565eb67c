#include "text/article.h"

#include "text/codepointindex.h"

int Article::lineAt(int pos) const
{
    pos = qBound(0, pos, int(text.size()));
    return int(QStringView(text).left(pos).count(QLatin1Char('\n'))) + 1;
}

int Article::codePointOffset(int pos) const
{
    return CodePointIndex(text).offset(pos);
}
