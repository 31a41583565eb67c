#include "readingpane.h"

#include <QEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace {

QColor hoverColor()
{
    return QColor(0xFF, 0xF3, 0xC4);
}
QColor selectionColor()
{
    return QColor(0xFF, 0xD5, 0x4F);
}
QColor paragraphColor()
{
    return QColor(0xE3, 0xF2, 0xFD);
}

} // namespace

ReadingPane::ReadingPane(Article::Language language, QWidget *parent)
    : QTextBrowser(parent), m_language(language)
{
    setObjectName(language == Article::Language::Chinese ? QStringLiteral("chinesePane")
                                                         : QStringLiteral("englishPane"));
    setMouseTracking(true);
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(18);
    QFont f = font();
    if (language == Article::Language::Chinese) {
        f.setFamilies({QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                       QStringLiteral("Source Han Serif SC"), QStringLiteral("serif")});
        f.setPointSizeF(f.pointSizeF() * 1.25);
    } else {
        f.setFamilies(
            {QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("serif")});
        f.setPointSizeF(f.pointSizeF() * 1.15);
    }
    document()->setDefaultFont(f);
    retranslate();
}

void ReadingPane::retranslate()
{
    setAccessibleName(m_language == Article::Language::Chinese ? tr("Chinese original")
                                                               : tr("English translation"));
    rebuild();
}

void ReadingPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTextBrowser::changeEvent(event);
}

void ReadingPane::setAnalysis(ArticleAnalysisPtr analysis)
{
    m_analysis = std::move(analysis);
    m_hovered = -1;
    m_selected.clear();
    m_markedParagraph = -1;
    rebuild();
    verticalScrollBar()->setValue(0);
}

void ReadingPane::appendSourceText(QTextCursor &cursor, const Paragraph *paragraph,
                                   const Article::Field *field)
{
    if (paragraph) {
        const int blockStart = cursor.position();
        for (const Paragraph::Piece &piece : paragraph->pieces())
            m_segments.append({piece.sourceStart, blockStart + piece.textStart, piece.length});
        cursor.insertText(paragraph->text());
    } else if (field) {
        m_segments.append({field->range.start, cursor.position(), int(field->value.size())});
        cursor.insertText(field->value);
    }
}

void ReadingPane::rebuild()
{
    QTextDocument *doc = document();
    doc->clear();
    m_segments.clear();
    m_paragraphBlocks.clear();
    if (!m_analysis) {
        updateHighlights();
        return;
    }
    const Article &a = m_analysis->article;
    const Article::Part &part = a.part(m_language);
    const bool chinese = m_language == Article::Language::Chinese;

    QTextCursor cursor(doc);
    QTextBlockFormat blockFormat;
    blockFormat.setBottomMargin(4);
    QTextCharFormat meta;
    meta.setForeground(QColor(0x75, 0x75, 0x75));
    meta.setFontPointSize(doc->defaultFont().pointSizeF() * 0.8);

    // Metadata header.
    QStringList items;
    if (a.date.isValid())
        items << a.date.toString(Qt::ISODate);
    if (a.page > 0)
        items << (a.pageIsEdition ? tr("Edition %1").arg(a.page) : tr("Page %1").arg(a.page));
    if (!part.authors.isEmpty())
        items << tr("By %1").arg(part.authors.join(chinese ? QStringLiteral("、") : QStringLiteral(", ")));
    if (chinese && !a.column.isEmpty())
        items << tr("Column: %1").arg(a.column.value);
    if (part.truncated)
        items << tr("translation cut off");
    cursor.setBlockFormat(blockFormat);
    cursor.setCharFormat(meta);
    cursor.insertText(items.join(QStringLiteral("  ·  ")));

    // Title: the headline lines as the body repeats them, else the header's title.
    QTextBlockFormat titleBlock;
    titleBlock.setTopMargin(10);
    titleBlock.setBottomMargin(12);
    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setFontPointSize(doc->defaultFont().pointSizeF() * 1.35);
    if (!part.titleLines.isEmpty()) {
        for (const Article::Field &line : part.titleLines) {
            cursor.insertBlock(titleBlock, titleFormat);
            appendSourceText(cursor, nullptr, &line);
            titleBlock.setTopMargin(0);
        }
    } else if (!part.title.isEmpty()) {
        cursor.insertBlock(titleBlock, titleFormat);
        appendSourceText(cursor, nullptr, &part.title);
    }

    QTextBlockFormat body;
    body.setBottomMargin(10);
    body.setLineHeight(chinese ? 150 : 135, QTextBlockFormat::ProportionalHeight);
    if (chinese)
        body.setTextIndent(doc->defaultFont().pointSizeF() * 2.6);
    QTextCharFormat plain;
    for (const Paragraph &p : part.paragraphs) {
        cursor.insertBlock(body, plain);
        const int start = cursor.position();
        appendSourceText(cursor, &p, nullptr);
        m_paragraphBlocks.append({start, cursor.position()});
    }
    if (!part.byline.isEmpty()) {
        QTextBlockFormat byline;
        byline.setAlignment(Qt::AlignRight);
        byline.setTopMargin(6);
        QTextCharFormat italic;
        italic.setFontItalic(!chinese);
        italic.setForeground(QColor(0x55, 0x55, 0x55));
        cursor.insertBlock(byline, italic);
        appendSourceText(cursor, nullptr, &part.byline);
    }
    std::sort(m_segments.begin(), m_segments.end(),
              [](const Segment &x, const Segment &y) { return x.sourceStart < y.sourceStart; });
    updateHighlights();
}

int ReadingPane::documentPosition(int sourcePos) const
{
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), sourcePos,
                               [](int pos, const Segment &s) { return pos < s.sourceStart; });
    if (it == m_segments.cbegin())
        return -1;
    --it;
    if (sourcePos > it->sourceStart + it->length)
        return -1;
    return it->documentStart + (sourcePos - it->sourceStart);
}

QTextCursor ReadingPane::cursorForSource(TextRange range) const
{
    const int start = documentPosition(range.start);
    const int end = documentPosition(range.end);
    if (start < 0 || end < 0)
        return {};
    QTextCursor c(document());
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    return c;
}

int ReadingPane::sentenceAt(const QPoint &viewportPos) const
{
    if (!m_analysis)
        return -1;
    const int docPos = cursorForPosition(viewportPos).position();
    const Sentences &sentences = m_analysis->sentences(m_language);
    for (const Sentence &s : sentences) {
        const int a = documentPosition(s.range.start);
        const int b = documentPosition(s.range.end);
        if (a >= 0 && docPos >= a && docPos < qMax(b, a + 1))
            return s.index;
    }
    return -1;
}

QRect ReadingPane::sentenceRect(int sentence) const
{
    if (!m_analysis || sentence < 0 || sentence >= m_analysis->sentences(m_language).size())
        return {};
    const Sentence &s = m_analysis->sentences(m_language).at(sentence);
    QTextCursor c(document());
    const int pos = documentPosition(s.range.start);
    if (pos < 0)
        return {};
    c.setPosition(pos + qMin(1, s.range.length()));
    return cursorRect(c);
}

void ReadingPane::setHoveredSentence(int sentence)
{
    if (sentence == m_hovered)
        return;
    m_hovered = sentence;
    updateHighlights();
}

void ReadingPane::setSelectedSentences(const QVector<int> &sentences, bool scrollTo)
{
    m_selected = sentences;
    updateHighlights();
    if (scrollTo && !sentences.isEmpty() && m_analysis) {
        const Sentences &all = m_analysis->sentences(m_language);
        const int first = sentences.front();
        if (first >= 0 && first < all.size()) {
            QTextCursor c = cursorForSource(all.at(first).range);
            if (!c.isNull()) {
                c.setPosition(c.selectionStart());
                setTextCursor(c);
                ensureCursorVisible();
            }
        }
    }
}

void ReadingPane::setMarkedParagraph(int paragraph)
{
    if (paragraph == m_markedParagraph)
        return;
    m_markedParagraph = paragraph;
    updateHighlights();
}

void ReadingPane::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_analysis) {
        if (m_markedParagraph >= 0 && m_markedParagraph < m_paragraphBlocks.size()) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(document());
            sel.cursor.setPosition(m_paragraphBlocks.at(m_markedParagraph).first);
            sel.cursor.setPosition(m_paragraphBlocks.at(m_markedParagraph).second, QTextCursor::KeepAnchor);
            sel.format.setBackground(paragraphColor());
            selections.append(sel);
        }
        const Sentences &sentences = m_analysis->sentences(m_language);
        auto add = [&](int index, const QColor &color) {
            if (index < 0 || index >= sentences.size())
                return;
            QTextEdit::ExtraSelection sel;
            sel.cursor = cursorForSource(sentences.at(index).range);
            if (sel.cursor.isNull())
                return;
            sel.format.setBackground(color);
            selections.append(sel);
        };
        add(m_hovered, hoverColor());
        for (int s : std::as_const(m_selected))
            add(s, selectionColor());
    }
    setExtraSelections(selections);
}

void ReadingPane::mouseMoveEvent(QMouseEvent *event)
{
    QTextBrowser::mouseMoveEvent(event);
    const int s = sentenceAt(event->position().toPoint());
    if (s != m_hovered) {
        setHoveredSentence(s);
        Q_EMIT sentenceHovered(s);
    }
}

void ReadingPane::mousePressEvent(QMouseEvent *event)
{
    QTextBrowser::mousePressEvent(event);
    if (event->button() == Qt::LeftButton) {
        const int s = sentenceAt(event->position().toPoint());
        if (s >= 0)
            Q_EMIT sentenceClicked(s);
    }
}

void ReadingPane::leaveEvent(QEvent *event)
{
    QTextBrowser::leaveEvent(event);
    if (m_hovered >= 0) {
        setHoveredSentence(-1);
        Q_EMIT sentenceHovered(-1);
    }
}
