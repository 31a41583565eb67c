// Sentence segmentation: abbreviations, quotes, wrapped lines, and the corpus' sentence ranges.

#include "corpus/analyzer.h"
#include "testdata.h"
#include "text/sentencesegmenter.h"

#include <QFileInfo>
#include <QtTest>

Q_DECLARE_METATYPE(Article::Language)

class TestSentenceSegmenter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void sampleCounts();
    void wrappedLineJoined();
    void corpusRanges_data();
    void corpusRanges();
};

void TestSentenceSegmenter::split_data()
{
    QTest::addColumn<Article::Language>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");
    const auto en = Article::Language::English;
    const auto zh = Article::Language::Chinese;

    QTest::newRow("two sentences") << en << "It rained. We stayed home."
                                   << QStringList{"It rained.", "We stayed home."};
    QTest::newRow("No.") << en << "Factory No. 3 finished its plan. It was April."
                         << QStringList{"Factory No. 3 finished its plan.", "It was April."};
    QTest::newRow("Mr. and Dr.") << en << "Mr. Li met Dr. Wang. They talked."
                                 << QStringList{"Mr. Li met Dr. Wang.", "They talked."};
    QTest::newRow("Gen.") << en << "Gen. Zhu De spoke at the meeting. Applause followed."
                          << QStringList{"Gen. Zhu De spoke at the meeting.", "Applause followed."};
    QTest::newRow("Co.") << en << "The Minsheng Shipping Co. signed a contract. Work began."
                         << QStringList{"The Minsheng Shipping Co. signed a contract.", "Work began."};
    QTest::newRow("St.") << en << "He lived on Nanjing St. in Shanghai. Then he moved."
                         << QStringList{"He lived on Nanjing St. in Shanghai.", "Then he moved."};
    QTest::newRow("decimal") << en << "Output rose by 16.4% this year. Costs fell."
                             << QStringList{"Output rose by 16.4% this year.", "Costs fell."};
    QTest::newRow("quoted") << en << "He said: \"We will finish.\" Then he left."
                            << QStringList{"He said: \"We will finish.\"", "Then he left."};
    QTest::newRow("question") << en << "Why? Because the plan was met!"
                              << QStringList{"Why?", "Because the plan was met!"};
    QTest::newRow("zh full stop") << zh << "西南各地积极加强教育。全区有新的进展。"
                                  << QStringList{"西南各地积极加强教育。", "全区有新的进展。"};
    QTest::newRow("zh semicolon stays") << zh << "云南各地召开了代表会；贵州省也召开了。"
                                        << QStringList{"云南各地召开了代表会；贵州省也召开了。"};
    QTest::newRow("zh closing quote kept")
        << zh << "他说：“我们一定完成。”大家鼓掌。" << QStringList{"他说：“我们一定完成。”", "大家鼓掌。"};
    QTest::newRow("zh corner quote one sentence")
        << zh << "「今年一定完成。」" << QStringList{"「今年一定完成。」"};
    QTest::newRow("zh exclamation and question")
        << zh << "增产了！为什么？因为努力。" << QStringList{"增产了！", "为什么？", "因为努力。"};
    QTest::newRow("zh decimal digits")
        << zh << "增加了29.92%。完成了。" << QStringList{"增加了29.92%。", "完成了。"};
}

void TestSentenceSegmenter::split()
{
    QFETCH(Article::Language, language);
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    QStringList got;
    for (const TextRange r : SentenceSegmenter::split(text, language))
        got << text.mid(r.start, r.length());
    QCOMPARE(got, sentences);
}

void TestSentenceSegmenter::sampleCounts()
{
    const ArticleAnalysisPtr a = Analyzer::analyzeFile(TestData::samplePath());
    auto count = [](const Sentences &s, Sentence::Role role) {
        return std::count_if(s.begin(), s.end(), [role](const Sentence &x) { return x.role == role; });
    };
    QCOMPARE(count(a->chineseSentences, Sentence::Role::Body), 14);
    QCOMPARE(count(a->englishSentences, Sentence::Role::Body), 19);
    QCOMPARE(count(a->chineseSentences, Sentence::Role::Title), 1);
    QCOMPARE(count(a->englishSentences, Sentence::Role::Title), 1);
    QCOMPARE(count(a->chineseSentences, Sentence::Role::Byline), 1);
    QCOMPARE(a->chineseSentences.at(1).text.left(6), QStringLiteral("西南各地积极"));
    QVERIFY(a->englishSentences.at(7).text.startsWith(QStringLiteral("In Wanxian Special District")));
}

void TestSentenceSegmenter::wrappedLineJoined()
{
    // The OCR left a line break inside a Chinese sentence of this article: it must be one sentence
    // whose range spans both lines.
    const ArticleAnalysisPtr a = Analyzer::analyzeFile(
        TestData::corpusDir() + QStringLiteral("/1956.02/1956-02-02_本年度国家粮食征购工作基本结束.md"));
    const Sentence *joined = nullptr;
    for (const Sentence &s : a->chineseSentences) {
        if (s.text.contains(QStringLiteral("农村粮食“三定”政策")))
            joined = &s;
    }
    QVERIFY(joined);
    QVERIFY(a->article.slice(joined->range).contains(QLatin1Char('\n')));
    QVERIFY(!joined->text.contains(QLatin1Char('\n')));

    // English: a paragraph wrapped over two lines.
    const QString text =
        QStringLiteral("Title: T\nAuthor:\nDate: 1954-01-01\nPage: 1\n\n"
                       "    The cooperative signed a contract with Co. No. 5 and\n"
                       "    the work began at once. It ended in May.\n\n<hr />\n\nOriginal:\n\n"
                       "### 标题\n\n1954-01-01\n第1版()\n专栏：\n\n    合作社签订了合同。\n");
    const ArticleAnalysisPtr b = Analyzer::analyzeText(text, QStringLiteral("wrapped.md"));
    QVERIFY(!Analyzer::hasError(*b));
    QStringList body;
    for (const Sentence &s : b->englishSentences) {
        if (s.role == Sentence::Role::Body)
            body << s.text.toString();
    }
    QCOMPARE(body,
             (QStringList{QStringLiteral(
                              "The cooperative signed a contract with Co. No. 5 and the work began at once."),
                          QStringLiteral("It ended in May.")}));
}

void TestSentenceSegmenter::corpusRanges_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : TestData::corpusFiles())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestSentenceSegmenter::corpusRanges()
{
    QFETCH(QString, path);
    const ArticleAnalysisPtr a = Analyzer::analyzeFile(path);
    QVERIFY(!Analyzer::hasError(*a));
    for (const Article::Language language : {Article::Language::Chinese, Article::Language::English}) {
        const Sentences &sentences = a->sentences(language);
        QVERIFY(!sentences.isEmpty());
        int previousEnd = -1;
        for (int i = 0; i < sentences.size(); ++i) {
            const Sentence &s = sentences.at(i);
            QCOMPARE(s.index, i);
            QVERIFY(s.range.isValid() && s.range.length() > 0);
            QVERIFY2(s.range.start >= previousEnd, qPrintable(s.text.toString()));
            previousEnd = s.range.end;
            // The range slices the file back to the sentence, up to the joined line breaks.
            QString slice = a->article.slice(s.range);
            slice.replace(QRegularExpression(QStringLiteral("\\s*\\n[\\s\\x{3000}]*")),
                          language == Article::Language::English ? QStringLiteral(" ") : QString());
            QCOMPARE(slice, s.text);
        }
    }
}

QTEST_GUILESS_MAIN(TestSentenceSegmenter)
#include "tst_sentencesegmenter.moc"
