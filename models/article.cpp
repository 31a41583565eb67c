#include "article.h"

int Article::lineAt(int pos) const
{
    pos = qBound(0, pos, int(text.size()));
    return int(QStringView(text).left(pos).count(QLatin1Char('\n'))) + 1;
}

int Article::codePointOffset(int pos) const
{
    pos = qBound(0, pos, int(text.size()));
    int surrogates = 0;
    const QChar *data = text.constData();
    for (int i = 0; i < pos; ++i) {
        if (data[i].isLowSurrogate())
            ++surrogates;
    }
    return pos - surrogates;
}
