// libFuzzer harness for ArticleReader: any bytes as an article file. Besides "no crash", every range
// the reader hands out must point into the decoded text, and every field and paragraph piece must
// slice back to the text it claims to come from — the whole application relies on that to trace a
// click back to the file.
#include "fuzz_common.h"
#include "text/articlereader.h"
#include "text/textdecoder.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

void checkRange(const Article &article, TextRange range)
{
    FUZZ_CHECK(range.isValid());
    FUZZ_CHECK(range.end <= article.text.size());
}

void checkField(const Article &article, const Article::Field &field)
{
    if (field.isEmpty())
        return;
    checkRange(article, field.range);
    FUZZ_CHECK(article.slice(field.range) == field.value);
    // The helpers messages and the command line use on ranges (linear, hence on fields only).
    FUZZ_CHECK(article.lineAt(field.range.start) >= 1);
    FUZZ_CHECK(article.codePointOffset(field.range.end) <= field.range.end);
}

void checkParagraph(const Article &article, const Paragraph &paragraph)
{
    FUZZ_CHECK(!paragraph.isEmpty());
    const QVector<Paragraph::Piece> &pieces = paragraph.pieces();
    FUZZ_CHECK(!pieces.isEmpty());
    checkRange(article, paragraph.sourceRange());
    int textEnd = 0;
    int sourceEnd = 0;
    for (const Paragraph::Piece &piece : pieces) {
        FUZZ_CHECK(piece.length > 0);
        FUZZ_CHECK(piece.textStart >= textEnd && piece.sourceStart >= sourceEnd);
        FUZZ_CHECK(piece.textStart + piece.length <= paragraph.text().size());
        checkRange(article, {piece.sourceStart, piece.sourceStart + piece.length});
        FUZZ_CHECK(
            paragraph.sourceRange().contains(TextRange{piece.sourceStart, piece.sourceStart + piece.length}));
        FUZZ_CHECK(QStringView(paragraph.text()).mid(piece.textStart, piece.length) ==
                   QStringView(article.text).mid(piece.sourceStart, piece.length));
        // The maps both ways agree at the piece's edges.
        FUZZ_CHECK(paragraph.toText(piece.sourceStart) == piece.textStart);
        FUZZ_CHECK(paragraph.toSource(piece.textStart) == piece.sourceStart);
        FUZZ_CHECK(paragraph.toSource(piece.textStart + piece.length, true) ==
                   piece.sourceStart + piece.length);
        textEnd = piece.textStart + piece.length;
        sourceEnd = piece.sourceStart + piece.length;
    }
    FUZZ_CHECK(textEnd == paragraph.text().size());
    // Any range of the paragraph's text maps to a range of the file inside the paragraph.
    const TextRange whole = paragraph.toSource(TextRange{0, int(paragraph.text().size())});
    FUZZ_CHECK(whole == paragraph.sourceRange());
}

void checkPart(const Article &article, const Article::Part &part)
{
    checkField(article, part.title);
    for (const Article::Field &line : part.titleLines)
        checkField(article, line);
    for (const Paragraph &paragraph : part.paragraphs)
        checkParagraph(article, paragraph);
    checkField(article, part.byline);
    for (const QString &author : part.authors)
        FUZZ_CHECK(!author.isEmpty());
}

// lines: how many lines the file has at most, for the line numbers of messages.
void checkResult(const ArticleReader::Result &result, qsizetype lines)
{
    const Article &article = result.article;
    for (const Diagnostic &d : result.diagnostics)
        FUZZ_CHECK(d.line >= 0 && d.line <= lines && !d.message.isEmpty());
    checkPart(article, article.english);
    checkPart(article, article.chinese);
    checkField(article, article.column);
    for (const Article::Field &entity : article.namedEntities)
        checkField(article, entity);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = QStringLiteral("/fuzz/1954-06-22_fuzz.md");
    const ArticleReader::Result result = ArticleReader::readBytes(bytes, path);
    // Every line ends in a 0x0A byte but the last (in UTF-16 some other characters hold one too).
    const qsizetype lines = bytes.count('\n') + 1;
    checkResult(result, lines);
    // The same text as a plain one-language file (what Open as Plain Text reads).
    const TextDecoder::Result decoded = TextDecoder::decode(bytes, path);
    if (decoded.ok) {
        FUZZ_CHECK(result.article.text == decoded.text);
        checkResult(ArticleReader::readPlainText(decoded.text, path, Article::Language::Chinese), lines);
        checkResult(ArticleReader::readPlainText(decoded.text, path, Article::Language::English), lines);
    }
    return 0;
}
