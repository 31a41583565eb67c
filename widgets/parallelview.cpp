#include "parallelview.h"

#include "readingpane.h"

ParallelView::ParallelView(QWidget *parent) : QSplitter(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("parallelView"));
    setChildrenCollapsible(false);
    m_chinese = new ReadingPane(Article::Language::Chinese, this);
    m_english = new ReadingPane(Article::Language::English, this);
    addWidget(m_chinese);
    addWidget(m_english);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
    for (ReadingPane *p : {m_chinese, m_english}) {
        const Article::Language language = p->language();
        connect(p, &ReadingPane::sentenceHovered, this, [this, language](int s) { onHovered(language, s); });
        connect(p, &ReadingPane::sentenceClicked, this,
                [this, language](int s) { selectSentence(language, s); });
    }
}

ReadingPane *ParallelView::pane(Article::Language language) const
{
    return language == Article::Language::Chinese ? m_chinese : m_english;
}

void ParallelView::setChineseOnLeft(bool left)
{
    if (left == m_chineseOnLeft)
        return;
    m_chineseOnLeft = left;
    const QList<int> sizes = this->sizes();
    insertWidget(0, left ? static_cast<QWidget *>(m_chinese) : m_english);
    setSizes({sizes.value(1), sizes.value(0)});
}

void ParallelView::setAnalysis(ArticleAnalysisPtr analysis)
{
    m_analysis = std::move(analysis);
    m_chinese->setAnalysis(m_analysis);
    m_english->setAnalysis(m_analysis);
}

int ParallelView::counterpartParagraph(const ArticleAnalysis &analysis, Article::Language language,
                                       int sentence)
{
    const Sentences &sentences = analysis.sentences(language);
    if (sentence < 0 || sentence >= sentences.size())
        return -1;
    const Sentence &s = sentences.at(sentence);
    const Article::Language otherLanguage =
        language == Article::Language::Chinese ? Article::Language::English : Article::Language::Chinese;
    const Article::Part &part = analysis.article.part(language);
    const Article::Part &other = analysis.article.part(otherLanguage);
    if (s.role != Sentence::Role::Body || part.paragraphs.isEmpty() || other.paragraphs.isEmpty())
        return -1;
    // Relative position of the sentence's middle in this part's body text.
    qint64 total = 0, before = 0;
    for (int p = 0; p < part.paragraphs.size(); ++p) {
        const qint64 len = part.paragraphs.at(p).text().size();
        if (p < s.paragraph)
            before += len;
        total += len;
    }
    const Paragraph &own = part.paragraphs.at(s.paragraph);
    const int inParagraph = own.toText(s.range.start);
    const double fraction =
        (before + qMax(0, inParagraph) + s.text.size() / 2.0) / double(qMax<qint64>(1, total));
    qint64 otherTotal = 0;
    for (const Paragraph &p : other.paragraphs)
        otherTotal += p.text().size();
    const double target = fraction * double(otherTotal);
    qint64 running = 0;
    for (int p = 0; p < other.paragraphs.size(); ++p) {
        running += other.paragraphs.at(p).text().size();
        if (target <= double(running))
            return p;
    }
    return int(other.paragraphs.size()) - 1;
}

void ParallelView::onHovered(Article::Language language, int sentence)
{
    ReadingPane *other = language == Article::Language::Chinese ? m_english : m_chinese;
    if (!m_analysis)
        return;
    if (sentence < 0) {
        // Keep the mark of the selected sentence, if any.
        ReadingPane *own = pane(language);
        const int selected = own->selectedSentences().isEmpty() ? -1 : own->selectedSentences().front();
        other->setMarkedParagraph(counterpartParagraph(*m_analysis, language, selected));
        return;
    }
    other->setMarkedParagraph(counterpartParagraph(*m_analysis, language, sentence));
}

void ParallelView::selectSentence(Article::Language language, int sentence)
{
    if (!m_analysis)
        return;
    ReadingPane *own = pane(language);
    ReadingPane *other = language == Article::Language::Chinese ? m_english : m_chinese;
    own->setSelectedSentences(sentence >= 0 ? QVector<int>{sentence} : QVector<int>{}, true);
    other->setSelectedSentences({}, false);
    const int paragraph = counterpartParagraph(*m_analysis, language, sentence);
    other->setMarkedParagraph(paragraph);
    if (paragraph >= 0) {
        // Scroll the other pane to the marked paragraph's first sentence.
        const Article::Language otherLanguage = other->language();
        for (const Sentence &s : m_analysis->sentences(otherLanguage)) {
            if (s.role == Sentence::Role::Body && s.paragraph == paragraph) {
                other->setSelectedSentences({}, false);
                other->scrollToAnchor(QString());
                QTextCursor c = other->textCursor();
                c.setPosition(qMax(0, other->documentPosition(s.range.start)));
                other->setTextCursor(c);
                other->ensureCursorVisible();
                break;
            }
        }
    }
    Q_EMIT sentenceSelected(language, sentence);
}
