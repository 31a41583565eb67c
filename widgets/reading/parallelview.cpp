#include "reading/parallelview.h"

#include "reading/readingpane.h"

#include <algorithm>

#include <QWheelEvent>

ParallelView::ParallelView(QWidget *parent) : QSplitter(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("parallelView"));
    setChildrenCollapsible(false);
    m_chinese = new ReadingPane(Article::Language::Chinese, this);
    m_english = new ReadingPane(Article::Language::English, this);
    addWidget(m_chinese);
    addWidget(m_english);
    m_chinese->viewport()->installEventFilter(this);
    m_english->viewport()->installEventFilter(this);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
    for (ReadingPane *p : {m_chinese, m_english}) {
        const Article::Language language = p->language();
        connect(p, &ReadingPane::sentenceHovered, this, [this, language](int s) { onHovered(language, s); });
        connect(p, &ReadingPane::sentenceClicked, this,
                [this, language](int s) { selectSentence(language, s); });
        connect(p, &ReadingPane::figureClicked, this, [this, language](int f) { selectFigure(language, f); });
    }
}

Article::Language ParallelView::other(Article::Language language)
{
    return language == Article::Language::Chinese ? Article::Language::English : Article::Language::Chinese;
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

QVector<int> ParallelView::counterpartSentences(const ArticleAnalysis &analysis, Article::Language language,
                                                int sentence)
{
    const Alignment &al = analysis.alignment;
    const QVector<int> &groupOf =
        language == Article::Language::Chinese ? al.groupOfChinese : al.groupOfEnglish;
    const int group = groupOf.value(sentence, -1);
    if (group < 0)
        return {};
    const Alignment::Group &g = al.groups.at(group);
    return (language == Article::Language::Chinese ? g.english : g.chinese).toList();
}

void ParallelView::onHovered(Article::Language language, int sentence)
{
    if (!m_analysis)
        return;
    ReadingPane *otherPane = pane(other(language));
    if (sentence < 0) {
        // Back to the selection's group, if any.
        const QVector<int> &selected = pane(language)->selectedSentences();
        otherPane->setMarkedSentences(selected.isEmpty()
                                          ? QVector<int>()
                                          : counterpartSentences(*m_analysis, language, selected.front()),
                                      false);
        return;
    }
    otherPane->setMarkedSentences(counterpartSentences(*m_analysis, language, sentence), false);
}

void ParallelView::selectSentence(Article::Language language, int sentence)
{
    if (!m_analysis)
        return;
    ReadingPane *own = pane(language);
    ReadingPane *otherPane = pane(other(language));
    own->setSelectedSentences(sentence >= 0 ? QVector<int>{sentence} : QVector<int>{}, true);
    own->setMarkedSentences({}, false);
    otherPane->setSelectedSentences({}, false);
    otherPane->setMarkedSentences(counterpartSentences(*m_analysis, language, sentence), true);
    Q_EMIT sentenceSelected(language, sentence);
}

int ParallelView::selectedFigure(Article::Language language) const
{
    return pane(language)->selectedFigure();
}

void ParallelView::selectFigure(Article::Language language, int figure)
{
    if (!m_analysis)
        return;
    const Figures &figures = m_analysis->figures(language);
    ReadingPane *own = pane(language);
    ReadingPane *otherPane = pane(other(language));
    if (figure < 0 || figure >= figures.size()) {
        own->setSelectedFigure(-1, false);
        otherPane->setSelectedFigure(-1, false);
        return;
    }
    const Figure &f = figures.at(figure);
    own->setSelectedFigure(figure, true);
    own->setSelectedSentences({f.sentence}, false);
    own->setMarkedSentences({}, false);
    const QVector<int> counterpart = counterpartSentences(*m_analysis, language, f.sentence);
    otherPane->setMarkedSentences({}, false);
    if (f.pair >= 0) {
        const Figure &g = m_analysis->figures(other(language)).at(f.pair);
        otherPane->setSelectedSentences({g.sentence}, false);
        otherPane->setSelectedFigure(f.pair, true);
    } else {
        otherPane->setSelectedFigure(-1, false);
        otherPane->setSelectedSentences(counterpart, true);
    }
    Q_EMIT figureSelected(language, figure);
}

void ParallelView::showFinding(int index)
{
    if (!m_analysis || index < 0 || index >= m_analysis->findings.size())
        return;
    const Finding &f = m_analysis->findings.at(index);
    if (f.chineseFigure >= 0) {
        selectFigure(Article::Language::Chinese, f.chineseFigure);
    } else if (f.englishFigure >= 0) {
        selectFigure(Article::Language::English, f.englishFigure);
    } else {
        m_chinese->setSelectedFigure(-1, false);
        m_english->setSelectedFigure(-1, false);
        if (f.chineseSentence >= 0)
            selectSentence(Article::Language::Chinese, f.chineseSentence);
        else if (f.englishSentence >= 0)
            selectSentence(Article::Language::English, f.englishSentence);
    }
}

QString ParallelView::selectedPairText() const
{
    if (!m_analysis)
        return {};
    auto textOf = [&](Article::Language language) {
        const Sentences &all = m_analysis->sentences(language);
        QStringList parts;
        for (int s : pane(language)->selectedSentences())
            if (s >= 0 && s < all.size())
                parts << all.at(s).text.toString().simplified();
        return parts.join(language == Article::Language::Chinese ? QString() : QStringLiteral(" "));
    };
    const QString zh = textOf(Article::Language::Chinese), en = textOf(Article::Language::English);
    if (zh.isEmpty() && en.isEmpty())
        return {};
    const Article &a = m_analysis->article;
    const QString page = a.page > 0 ? tr(", page %1").arg(a.page) : QString();
    const QString title = a.chinese.title.isEmpty() ? a.english.title.value : a.chinese.title.value;
    const QString cite =
        tr("人民日报 %1%2, 《%3》 (%4)").arg(a.date.toString(Qt::ISODate), page, title, a.fileName);
    return zh + QLatin1Char('\t') + en + QLatin1Char('\n') + cite + QLatin1Char('\n');
}

int ParallelView::find(const QString &term, int direction)
{
    pane(Article::Language::Chinese)->setFindTerm(term);
    pane(Article::Language::English)->setFindTerm(term);
    if (term.isEmpty() || !m_analysis)
        return 0;
    const bool han =
        std::any_of(term.cbegin(), term.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
    const Article::Language language = han ? Article::Language::Chinese : Article::Language::English;
    ReadingPane *own = pane(language);
    const QVector<int> hits = own->setFindTerm(term);
    if (hits.isEmpty())
        return 0;
    const int current = own->selectedSentences().isEmpty() ? -1 : own->selectedSentences().front();
    int next = -1;
    if (direction >= 0) {
        const auto it = std::upper_bound(hits.cbegin(), hits.cend(), current);
        next = it == hits.cend() ? hits.front() : *it;
    } else {
        const auto it = std::lower_bound(hits.cbegin(), hits.cend(), current);
        next = it == hits.cbegin() || current < 0 ? hits.back() : *(it - 1);
    }
    selectSentence(language, next);
    return int(hits.size());
}

void ParallelView::setZoom(int steps)
{
    steps = qBound(-6, steps, 12);
    for (ReadingPane *p : {m_chinese, m_english}) {
        if (steps > m_zoom)
            p->zoomIn(steps - m_zoom);
        else if (steps < m_zoom)
            p->zoomOut(m_zoom - steps);
    }
    if (steps == m_zoom)
        return;
    m_zoom = steps;
    Q_EMIT zoomChanged(m_zoom);
}

bool ParallelView::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+wheel sizes both texts together, not the pane under the mouse alone.
    if (event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int delta = wheel->angleDelta().y();
            if (delta != 0)
                setZoom(m_zoom + (delta > 0 ? 1 : -1));
            return true;
        }
    }
    return QSplitter::eventFilter(watched, event);
}
