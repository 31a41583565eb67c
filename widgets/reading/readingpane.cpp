#include "reading/readingpane.h"

#include "common/statuspalette.h"
#include "common/uilanguage.h"
#include "figures/metriclexicon.h"
#include "places/gazetteer.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

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
QColor markedColor()
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
    m_marked.clear();
    m_selectedFigure = -1;
    m_status.clear();
    m_findingOf.clear();
    if (m_analysis)
        m_status = FigureStatus::of(*m_analysis, m_language, &m_findingOf);
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
        cursor.insertText(paragraph->text().toString());
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
        appendSourceText(cursor, &p, nullptr);
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
                bringToMiddle();
            }
        }
    }
}

void ReadingPane::setMarkedSentences(const QVector<int> &sentences, bool scrollTo)
{
    m_marked = sentences;
    updateHighlights();
    if (scrollTo && !sentences.isEmpty() && m_analysis) {
        const Sentences &all = m_analysis->sentences(m_language);
        if (sentences.front() >= 0 && sentences.front() < all.size())
            scrollToSource(all.at(sentences.front()).range.start);
    }
}

void ReadingPane::setSelectedFigure(int figure, bool scrollTo)
{
    m_selectedFigure = figure;
    updateHighlights();
    if (scrollTo && m_analysis && figure >= 0 && figure < m_analysis->figures(m_language).size())
        scrollToSource(m_analysis->figures(m_language).at(figure).range.start);
}

void ReadingPane::scrollToSource(int sourcePos)
{
    const int pos = documentPosition(sourcePos);
    if (pos < 0)
        return;
    QTextCursor c(document());
    c.setPosition(pos);
    setTextCursor(c);
    bringToMiddle();
}

void ReadingPane::bringToMiddle()
{
    // A target at the pane's edge is cut off and hard to find: outside the middle three fifths, the
    // cursor's line is brought to a third of the height, with the text before it in view.
    const QRect line = cursorRect();
    const int height = viewport()->height();
    if (line.top() >= height / 5 && line.bottom() <= height * 4 / 5)
        return;
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + line.top() - height / 3);
}

void ReadingPane::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_analysis) {
        const Sentences &sentences = m_analysis->sentences(m_language);
        auto add = [&](TextRange range, const QTextCharFormat &format) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = cursorForSource(range);
            if (sel.cursor.isNull())
                return;
            sel.format = format;
            selections.append(sel);
        };
        auto addSentence = [&](int index, const QColor &color) {
            if (index < 0 || index >= sentences.size())
                return;
            QTextCharFormat f;
            f.setBackground(color);
            add(sentences.at(index).range, f);
        };
        for (int s : std::as_const(m_marked))
            addSentence(s, markedColor());
        addSentence(m_hovered, hoverColor());
        for (int s : std::as_const(m_selected))
            addSentence(s, selectionColor());
        // Figures over the sentences: underlined in their status colour, the selected one boxed.
        const Figures &figures = m_analysis->figures(m_language);
        for (int i = 0; i < figures.size(); ++i) {
            const FigureStatus::Status status = m_status.value(i, FigureStatus::Agrees);
            QTextCharFormat f;
            f.setForeground(StatusPalette::foreground(status));
            f.setFontUnderline(true);
            f.setUnderlineColor(StatusPalette::foreground(status));
            if (status != FigureStatus::Agrees)
                f.setBackground(StatusPalette::background(status));
            if (i == m_selectedFigure) {
                f.setBackground(StatusPalette::foreground(status));
                f.setForeground(Qt::white);
                f.setFontWeight(QFont::Bold);
            }
            add(figures.at(i).range, f);
        }
    }
    // The hits of Find, last: over everything else.
    if (!m_findTerm.isEmpty()) {
        QTextCharFormat hit;
        hit.setBackground(QColor(255, 214, 10));
        hit.setForeground(Qt::black);
        QTextCursor c(document());
        for (int n = 0; n < 5000; ++n) {
            c = document()->find(m_findTerm, c);
            if (c.isNull())
                break;
            QTextEdit::ExtraSelection sel;
            sel.cursor = c;
            sel.format = hit;
            selections.append(sel);
        }
    }
    setExtraSelections(selections);
}

QVector<int> ReadingPane::setFindTerm(const QString &term)
{
    m_findTerm = term;
    updateHighlights();
    QVector<int> hits;
    if (!m_analysis || term.isEmpty())
        return hits;
    for (const Sentence &s : m_analysis->sentences(m_language))
        if (s.text.contains(term, Qt::CaseInsensitive))
            hits.append(s.index);
    return hits;
}

int ReadingPane::figureAt(const QPoint &viewportPos) const
{
    if (!m_analysis)
        return -1;
    const int docPos = cursorForPosition(viewportPos).position();
    const Figures &figures = m_analysis->figures(m_language);
    for (int i = 0; i < figures.size(); ++i) {
        const int a = documentPosition(figures.at(i).range.start);
        const int b = documentPosition(figures.at(i).range.end);
        // cursorForPosition rounds to the nearest gap: accept the figure's end too.
        if (a >= 0 && docPos >= a && docPos <= b) {
            // Only when the point is over the text, not beside a short line.
            const QRect first = cursorRect([&] {
                QTextCursor c(document());
                c.setPosition(a);
                return c;
            }());
            if (viewportPos.y() >= first.top() - 2 || docPos > a)
                return i;
        }
    }
    return -1;
}

QRect ReadingPane::figureRect(int figure) const
{
    if (!m_analysis || figure < 0 || figure >= m_analysis->figures(m_language).size())
        return {};
    const Figure &f = m_analysis->figures(m_language).at(figure);
    const int pos = documentPosition(f.range.start);
    if (pos < 0)
        return {};
    QTextCursor c(document());
    c.setPosition(pos + qMin(1, f.range.length()));
    return cursorRect(c);
}

QString ReadingPane::figureToolTip(int figure) const
{
    if (!m_analysis || figure < 0 || figure >= m_analysis->figures(m_language).size())
        return {};
    const Figure &f = m_analysis->figures(m_language).at(figure);
    const bool chinese = UiLanguage::current() == QLatin1String("zh_CN");
    const Gazetteer &g = Gazetteer::builtIn();
    const QLocale locale;
    const QString value = f.quantity.isRange
                              ? QStringLiteral("%1–%2").arg(locale.toString(f.quantity.low, 'g', 15),
                                                            locale.toString(f.quantity.high, 'g', 15))
                              : locale.toString(f.quantity.value, 'g', 15);
    const MetricLexicon::Metric *metric = MetricLexicon::builtIn().metric(f.metric);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> = %2 %3")
                 .arg(f.text.toString().toHtmlEscaped(), value, f.quantity.unit.toHtmlEscaped());
    if (f.quantity.approx != Quantity::Approx::Exact)
        lines << tr("approximate: %1").arg(Figure::approxName(f.quantity.approx));
    if (!f.placeId.isEmpty()) {
        lines << (f.provinceId.isEmpty() || f.provinceId == f.placeId
                      ? tr("Place: %1").arg(g.label(f.placeId, chinese))
                      : tr("Place: %1, in %2")
                            .arg(g.label(f.placeId, chinese), g.label(f.provinceId, chinese)));
    }
    lines << tr("Counts: %1").arg(metric ? (chinese ? metric->chinese : metric->english) : f.metric);
    const int finding = m_findingOf.value(figure, -1);
    if (finding >= 0)
        lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(StatusPalette::foreground(m_status.value(figure)).name(),
                          m_analysis->findings.at(finding).message.toHtmlEscaped());
    else
        lines << tr("The translation agrees.");
    return lines.join(QStringLiteral("<br>"));
}

bool ReadingPane::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int figure = figureAt(help->pos());
        if (figure >= 0)
            QToolTip::showText(help->globalPos(), figureToolTip(figure), viewport(), figureRect(figure));
        else
            QToolTip::hideText();
        return true;
    }
    return QTextBrowser::viewportEvent(event);
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
        const int figure = figureAt(event->position().toPoint());
        if (figure >= 0) {
            Q_EMIT figureClicked(figure);
            return;
        }
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
