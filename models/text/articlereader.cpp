#include "text/articlereader.h"

#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

struct Line
{
    int start = 0;        // offset of the line in the text
    int contentStart = 0; // after indentation
    QStringView content;  // without indentation and trailing white space
    int indent = 0;       // indentation width, a tab or U+3000 counting as 4, a space as 1
    bool isBlank() const { return content.isEmpty(); }
};

bool isIndentChar(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x3000) || c == QChar(0x00A0);
}

QVector<Line> splitLines(const QString &text)
{
    QVector<Line> lines;
    const int n = int(text.size());
    int pos = 0;
    while (pos <= n) {
        int end = int(text.indexOf(QLatin1Char('\n'), pos));
        if (end < 0)
            end = n;
        Line line;
        line.start = pos;
        int a = pos;
        while (a < end && isIndentChar(text.at(a))) {
            line.indent += text.at(a) == QLatin1Char(' ') ? 1 : 4;
            ++a;
        }
        int b = end;
        while (b > a && (isIndentChar(text.at(b - 1)) || text.at(b - 1) == QLatin1Char('\r')))
            --b;
        line.contentStart = a;
        line.content = QStringView(text).mid(a, b - a);
        lines.append(line);
        if (end == n)
            break;
        pos = end + 1;
    }
    return lines;
}

bool endsSentence(QStringView s)
{
    // A Markdown table row ends with its bar.
    static const QString closers = QStringLiteral(".!?。！？”」』）)\"'’：:；;…|");
    return !s.isEmpty() && closers.contains(s.back());
}

// Letters and digits only, lower-cased: compares a repeated headline with the title it repeats.
// Stops (returning false) once the result would be longer than most: the first line of a body is
// usually a whole paragraph, which cannot lie inside the title, and lower-casing all of it was a
// third of the reader's time.
bool normalized(QStringView s, qsizetype most, QString &out)
{
    // Written into the string's own buffer, ASCII without a call: appending a QChar at a time was
    // most of what this cost.
    out.resize(qMin(s.size(), most));
    QChar *d = out.data();
    qsizetype k = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        QChar kept;
        if (u < 128) {
            const char16_t lower = u | 0x20;
            if (lower >= u'a' && lower <= u'z')
                kept = QChar(lower);
            else if (u >= u'0' && u <= u'9')
                kept = c;
            else
                continue;
        } else if (c.isLetterOrNumber()) {
            kept = c.toLower();
        } else {
            continue;
        }
        if (k == most) {
            out.truncate(k);
            return false;
        }
        d[k++] = kept;
    }
    out.truncate(k);
    return true;
}

QString normalized(QStringView s)
{
    QString out;
    normalized(s, s.size(), out);
    return out;
}

bool isParenthesised(QStringView s)
{
    return s.size() >= 2 && (s.front() == QChar(0xFF08) || s.front() == QLatin1Char('(')) &&
           (s.back() == QChar(0xFF09) || s.back() == QLatin1Char(')'));
}

// The header's keys (Title:, Author:, Date:, Page:, Edition:): the key before the colon, or nothing.
// Plain comparisons: a regular expression per line was a fifth of the reader's time.
QStringView headerKey(QStringView line)
{
    for (const QStringView key : {u"Title", u"Author", u"Date", u"Page", u"Edition"}) {
        if (line.size() > key.size() && line.startsWith(key) && line.at(key.size()) == QLatin1Char(':'))
            return key;
    }
    return {};
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// 1954-06-22 alone on its line.
bool isDateLine(QStringView line)
{
    if (line.size() != 10)
        return false;
    for (int i = 0; i < 10; ++i) {
        if (i == 4 || i == 7 ? line.at(i) != QLatin1Char('-') : !isAsciiDigit(line.at(i)))
            return false;
    }
    return true;
}

// 第2版 at the start of its line: the page of the original.
bool isPageLine(QStringView line)
{
    if (line.size() < 3 || line.front() != QChar(u'第'))
        return false;
    int i = 1;
    while (i < line.size() && isAsciiDigit(line.at(i)))
        ++i;
    return i > 1 && i < line.size() && line.at(i) == QChar(u'版');
}

Article::Field field(const Line &line)
{
    return {line.content.toString(), {line.contentStart, line.contentStart + int(line.content.size())}};
}

Article::Field fieldAfter(const Line &line, int prefixLength)
{
    QStringView rest = line.content.mid(prefixLength);
    int skip = 0;
    while (skip < rest.size() && isIndentChar(rest.at(skip)))
        ++skip;
    rest = rest.mid(skip);
    const int start = line.contentStart + prefixLength + skip;
    return {rest.toString(), {start, start + int(rest.size())}};
}

// Builds a part's body from its lines: the repeated headline first, then paragraphs, then the byline.
void buildBody(const QString &text, const QVector<Line> &lines, int first, int last, Article::Part &part,
               Article::Language language)
{
    const bool chinese = language == Article::Language::Chinese;
    const QString title = normalized(part.title.value);
    int i = first;
    while (i < last && lines[i].isBlank())
        ++i;
    // The headline, repeated line by line at the top of the body.
    while (i < last && !lines[i].isBlank() && !title.isEmpty()) {
        QString n;
        if (!normalized(lines[i].content, title.size(), n) || n.size() < 2 || !title.contains(n) ||
            (endsSentence(lines[i].content) && n.size() < title.size()))
            break;
        part.titleLines.append(field(lines[i]));
        ++i;
    }

    const QStringView separator = chinese ? QStringView() : QStringView(u" ");
    Paragraph current;
    int currentIndent = 0;
    bool lastEnded = true;
    auto flush = [&] {
        if (!current.isEmpty())
            part.paragraphs.append(current);
        current = Paragraph();
    };
    for (; i < last; ++i) {
        const Line &line = lines[i];
        if (line.isBlank()) {
            flush();
            lastEnded = true;
            continue;
        }
        const QChar head = line.content.front();
        // A line continues the paragraph when the previous one stopped mid-sentence and this one
        // does not look like the start of a new paragraph (less indented, or starting in lower case
        // or with punctuation) — the stray line breaks OCR leaves in the Chinese text.
        const bool continues = !current.isEmpty() && !lastEnded &&
                               (line.indent < currentIndent || head.isLower() || head.isPunct());
        if (!continues) {
            flush();
            currentIndent = line.indent;
        }
        current.appendLine(text, line.contentStart, int(line.content.size()), separator);
        lastEnded = endsSentence(line.content);
    }
    flush();

    if (!part.paragraphs.isEmpty() && isParenthesised(part.paragraphs.back().text()) &&
        part.paragraphs.back().pieces().size() == 1) {
        const Paragraph byline = part.paragraphs.takeLast();
        part.byline = {byline.text().toString(), byline.sourceRange()};
    }
}

bool endsMidSentence(const Article::Part &part)
{
    return !part.paragraphs.isEmpty() && !endsSentence(part.paragraphs.back().text());
}

QStringList splitAuthors(QStringView value)
{
    static const QRegularExpression separators(
        QStringLiteral("\\s*(?:,|;|、|，|\\band\\b|\\s{2,}|\u3000)\\s*"));
    QStringList out;
    for (const QString &name : value.toString().split(separators, Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            out.append(name.trimmed());
    }
    return out;
}

// The bytes of a regular file of at most `most` bytes, read with one open, one fstat and reads to
// the end: a folder of ten thousand articles spent a tenth of its analysis in the path lookups and
// buffering of QFileInfo and QFile. False for anything else (no such file, a folder, a FIFO, too
// big, a read error), which readFile() then looks at closely to say what is wrong.
bool readRegularFile(const QString &path, qint64 most, QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a FIFO must not wait for a writer (fstat then rejects it).
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    struct stat st;
    bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= most;
    if (ok) {
        // One byte more than the file's size, to see it end (or grow past the limit).
        bytes.resize(qsizetype(qMin<qint64>(st.st_size, most) + 1));
        qsizetype got = 0;
        while (ok && got < bytes.size()) {
            const ssize_t r = ::read(fd, bytes.data() + got, size_t(bytes.size() - got));
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0) {
                ok = r == 0;
                break;
            }
            got += r;
            // A regular file reads short only at its end: no second call to be told so.
            if (got < bytes.size())
                break;
            if (got <= most) // it grew: read on, up to the limit
                bytes.resize(qMin<qsizetype>(most + 1, got * 2));
        }
        ok = ok && got <= most;
        bytes.truncate(got);
    }
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path)
    Q_UNUSED(most)
    Q_UNUSED(bytes)
    return false;
#endif
}

} // namespace

bool ArticleReader::Result::ok() const
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return false;
    }
    return true;
}

ArticleReader::Result ArticleReader::readFile(const QString &path)
{
    return readFile(path, nullptr);
}

ArticleReader::Result ArticleReader::readFile(const QString &path, QByteArray *bytesRead)
{
    QByteArray bytes;
    if (readRegularFile(path, MaximumFileSize, bytes)) {
        if (bytesRead)
            *bytesRead = bytes;
        return readBytes(bytes, path);
    }
    Result result;
    result.article.path = path;
    result.article.fileName = QFileInfo(path).fileName();
    const QFileInfo info(path);
    auto fail = [&](const QString &message) {
        result.diagnostics.append({Diagnostic::Severity::Error, path, 0, message});
        return result;
    };
    if (info.isDir())
        return fail(tr("is a folder, not an article file"));
    if (info.isSymLink() && !info.exists())
        return fail(tr("is a link to a file that does not exist (%1)").arg(info.symLinkTarget()));
    if (!info.exists())
        return fail(tr("no such file"));
    // A FIFO or a device named like an article would block or never end: read regular files only.
    if (!info.isFile())
        return fail(tr("is not a regular file"));
    if (info.size() > MaximumFileSize)
        return fail(tr("the file is %1 MB; an article is at most %2 MB")
                        .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(MaximumFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    // Read no more than the limit even if the file grows while we read it. QIODevice::read(n)
    // allocates n bytes before reading, so ask for the size the file has (and one more byte, to see
    // whether it grew), then for the rest up to the limit only if it did.
    const qint64 expected = qMin<qint64>(info.size(), MaximumFileSize) + 1;
    bytes = file.read(expected);
    if (bytes.size() == expected && expected <= MaximumFileSize)
        bytes += file.read(MaximumFileSize + 1 - bytes.size());
    if (bytes.size() > MaximumFileSize)
        return fail(tr("the file is larger than %1 MB").arg(MaximumFileSize / (1024 * 1024)));
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    if (bytesRead)
        *bytesRead = bytes;
    return readBytes(bytes, path);
}

ArticleReader::Result ArticleReader::readBytes(const QByteArray &bytes, const QString &path)
{
    TextDecoder::Result decoded = TextDecoder::decode(bytes, path);
    if (!decoded.ok) {
        Result result;
        result.article.path = path;
        result.article.fileName = QFileInfo(path).fileName();
        result.diagnostics = decoded.diagnostics;
        return result;
    }
    Result result = readText(decoded.text, path);
    result.article.encoding = decoded.encoding;
    result.diagnostics = decoded.diagnostics + result.diagnostics;
    return result;
}

ArticleReader::Result ArticleReader::readPlainFile(const QString &path, Article::Language language)
{
    Result raw = readFile(path);
    if (raw.article.text.isEmpty())
        return raw; // not even decodable: the decoder's error says why
    Result result = readPlainText(raw.article.text, path, language);
    result.article.encoding = raw.article.encoding;
    // Keep what the decoder said (a conversion notice), not the complaints about the article format.
    for (const Diagnostic &d : std::as_const(raw.diagnostics)) {
        if (d.severity == Diagnostic::Severity::Notice && d.line == 0)
            result.diagnostics.prepend(d);
    }
    return result;
}

ArticleReader::Result ArticleReader::readPlainText(const QString &text, const QString &path,
                                                   Article::Language language)
{
    Result result;
    Article &a = result.article;
    a.path = path;
    a.fileName = QFileInfo(path).fileName();
    a.text = text;
    a.encoding = QStringLiteral("UTF-8");
    Article::Part &part = language == Article::Language::Chinese ? a.chinese : a.english;
    const QVector<Line> lines = splitLines(a.text);
    const QStringView separator = language == Article::Language::Chinese ? QStringView() : QStringView(u" ");
    for (const Line &line : lines) {
        if (line.isBlank())
            continue;
        Paragraph p;
        p.appendLine(a.text, line.contentStart, int(line.content.size()), separator);
        part.paragraphs.append(p);
    }
    if (part.paragraphs.isEmpty())
        result.diagnostics.append({Diagnostic::Severity::Error, path, 0, tr("the file holds no text")});
    return result;
}

ArticleReader::Result ArticleReader::readText(const QString &text, const QString &path)
{
    Result result;
    Article &a = result.article;
    a.path = path;
    a.fileName = QFileInfo(path).fileName();
    a.text = text;
    a.encoding = QStringLiteral("UTF-8");
    auto report = [&](Diagnostic::Severity severity, int line, const QString &message) {
        result.diagnostics.append({severity, path, line, message});
    };

    const QVector<Line> lines = splitLines(a.text);
    const int n = int(lines.size());

    // Header: Title:, Author:, Date:, Page:/Edition:, possibly with blank lines between them.
    int i = 0;
    while (i < n && lines[i].isBlank())
        ++i;
    if (i >= n)
        return report(Diagnostic::Severity::Error, 0, tr("the file holds only white space")), result;
    if (!lines[i].content.startsWith(u"Title:"))
        return report(Diagnostic::Severity::Error, i + 1,
                      tr("not an article: the first line should start with \"Title:\"")),
               result;
    int headerEnd = i;
    for (int k = i; k < n && k < i + 40; ++k) {
        if (lines[k].isBlank())
            continue;
        const QStringView name = headerKey(lines[k].content);
        if (name.isEmpty())
            break;
        const Article::Field value = fieldAfter(lines[k], int(name.size()) + 1);
        if (name == u"Title") {
            a.english.title = value;
        } else if (name == u"Author") {
            a.english.authors = splitAuthors(value.value);
        } else if (name == u"Date") {
            a.date = QDate::fromString(value.value, Qt::ISODate);
            if (!a.date.isValid())
                report(Diagnostic::Severity::Warning, k + 1,
                       tr("the date \"%1\" is not YYYY-MM-DD").arg(value.value));
        } else {
            bool ok = false;
            a.page = value.value.toInt(&ok);
            a.pageIsEdition = name == u"Edition";
            if (!ok)
                report(Diagnostic::Severity::Warning, k + 1,
                       tr("the page \"%1\" is not a number").arg(value.value));
        }
        headerEnd = k + 1;
    }
    if (a.english.title.isEmpty())
        report(Diagnostic::Severity::Warning, i + 1, tr("the English title is empty"));

    int separator = -1;
    for (int k = headerEnd; k < n; ++k) {
        const QStringView c = lines[k].content;
        if (c == u"<hr />" || c == u"<hr/>" || c == u"<hr>") {
            separator = k;
            break;
        }
    }
    if (separator < 0)
        return report(Diagnostic::Severity::Error, n,
                      tr("no \"<hr />\" line separating the translation from the original")),
               result;

    // English body, up to the **Named Entities** list some translations end with.
    int englishEnd = separator;
    for (int k = headerEnd; k < separator; ++k) {
        if (lines[k].content.startsWith(u"**Named Entities**")) {
            englishEnd = k;
            for (int e = k + 1; e < separator; ++e) {
                if (!lines[e].isBlank())
                    a.namedEntities.append(field(lines[e]));
            }
            break;
        }
    }
    buildBody(a.text, lines, headerEnd, englishEnd, a.english, Article::Language::English);

    // Chinese part: "Original:", "### headline", author, date, 第N版(), 专栏：, then the body.
    int k = separator + 1;
    while (k < n && (lines[k].isBlank() || lines[k].content.startsWith(u"Original:")))
        ++k;
    if (k < n && lines[k].content.startsWith(u"###")) {
        a.chinese.title = fieldAfter(lines[k], 3);
        // Two headlines are joined by a double space; show them as one title.
        ++k;
    } else {
        report(Diagnostic::Severity::Warning, qMin(k + 1, n), tr("the original has no \"###\" headline"));
    }
    int bodyStart = k;
    bool sawMeta = false;
    for (int m = k; m < n && m < k + 12; ++m) {
        const Line &line = lines[m];
        if (line.isBlank())
            continue;
        if (line.content.startsWith(u"专栏")) {
            Article::Field column = fieldAfter(line, 2);
            if (column.value.startsWith(QChar(0xFF1A)) || column.value.startsWith(QLatin1Char(':'))) {
                column.value.remove(0, 1);
                column.range.start += 1;
            }
            a.column = column;
            bodyStart = m + 1;
            sawMeta = true;
            break;
        }
        if (isDateLine(line.content)) {
            const QDate d = QDate::fromString(line.content.toString(), Qt::ISODate);
            if (a.date.isValid() && d.isValid() && d != a.date)
                report(Diagnostic::Severity::Warning, m + 1,
                       tr("the original is dated %1 but the header says %2")
                           .arg(d.toString(Qt::ISODate), a.date.toString(Qt::ISODate)));
            if (!a.date.isValid())
                a.date = d;
            bodyStart = m + 1;
            sawMeta = true;
        } else if (isPageLine(line.content)) {
            bodyStart = m + 1;
            sawMeta = true;
        } else if (!sawMeta && line.indent == 0) {
            a.chinese.authors = splitAuthors(line.content);
            bodyStart = m + 1;
        } else {
            break;
        }
    }
    buildBody(a.text, lines, bodyStart, n, a.chinese, Article::Language::Chinese);

    // A part is cut off when it stops mid-sentence while the other does not: a photo credit that
    // ends both halves without a full stop is not a truncation.
    a.english.truncated = endsMidSentence(a.english) && !endsMidSentence(a.chinese);
    a.chinese.truncated = endsMidSentence(a.chinese) && !endsMidSentence(a.english);
    if (a.english.paragraphs.isEmpty())
        report(Diagnostic::Severity::Warning, headerEnd + 1, tr("the translation has no text"));
    if (a.chinese.paragraphs.isEmpty())
        report(Diagnostic::Severity::Warning, separator + 1, tr("the original has no text"));
    if (a.english.truncated)
        report(Diagnostic::Severity::Notice, a.lineAt(a.english.paragraphs.back().sourceRange().end),
               tr("the translation stops in mid-sentence"));
    if (a.chinese.truncated)
        report(Diagnostic::Severity::Notice, a.lineAt(a.chinese.paragraphs.back().sourceRange().end),
               tr("the original stops in mid-sentence"));
    return result;
}
