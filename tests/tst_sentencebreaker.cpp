// SentenceBreaker against ICU's sentence iterators, which it stands in for: the same sentences for
// every paragraph, title and byline of the corpus, for hand-picked cases of every rule it implements,
// and for random texts made of the pieces those rules look at. It must also take the texts it
// covers (or the comparison would only test ICU against itself) and give the rest back to ICU.

#include "corpus/analyzer.h"
#include "testdata.h"
#include "text/sentencebreaker.h"
#include "text/sentencesegmenter.h"

#include <QRandomGenerator>
#include <QtTest>

Q_DECLARE_METATYPE(Article::Language)

namespace {

QStringList sentencesOf(const QString &text, const QVector<TextRange> &ranges)
{
    QStringList out;
    for (const TextRange &r : ranges)
        out.append(text.mid(r.start, r.length()));
    return out;
}

// Splits text both ways; fails the test, naming the text, when they differ. True when the breaker
// covered the text (rather than handing it to ICU).
bool sameAsIcu(const QString &text, Article::Language language)
{
    QVector<TextRange> fast, icu;
    SentenceSegmenter::splitInto(text, language, std::numeric_limits<int>::max(), fast);
    SentenceSegmenter::splitWithIcu(text, language, std::numeric_limits<int>::max(), icu);
    if (fast != icu) {
        qWarning().noquote() << (language == Article::Language::English ? "English" : "Chinese")
                             << "text:" << text << "\n  breaker:" << sentencesOf(text, fast)
                             << "\n  ICU:    " << sentencesOf(text, icu);
        return false;
    }
    return true;
}

// Whether the breaker takes the text itself: a matter of its characters only, the same for both
// languages.
bool covers(const QString &text)
{
    static const SentenceBreaker breaker;
    QVector<int> breaks;
    return breaker.find(text, breaks);
}

} // namespace

class TestSentenceBreaker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void corpus();
    void randomTexts_data();
    void randomTexts();
    void leftToIcu_data();
    void leftToIcu();
    void limit();
};

void TestSentenceBreaker::rules_data()
{
    QTest::addColumn<Article::Language>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences"); // as ICU gives them
    const auto en = Article::Language::English;
    const auto zh = Article::Language::Chinese;
    QTest::newRow("rule 11") << en << "It rained. We stayed." << QStringList{"It rained.", "We stayed."};
    QTest::newRow("rule 6: decimal") << en << "It grew 3.5 times. Then."
                                     << QStringList{"It grew 3.5 times.", "Then."};
    QTest::newRow("rule 7: U.S without space")
        << en << "The U.S.A. is far." << QStringList{"The U.S.A. is far."};
    QTest::newRow("rule 8: lower case follows")
        << en << "He said no. and left." << QStringList{"He said no. and left."};
    QTest::newRow("rule 8: lower case after quote")
        << en << "It ended. \"and then\" we went." << QStringList{"It ended. \"and then\" we went."};
    QTest::newRow("rule 8a: comma after stop")
        << en << "See p. 5, or not." << QStringList{"See p. 5, or not."};
    QTest::newRow("rule 9: closing quote kept")
        << en << "He said \"Go.\" She went." << QStringList{"He said \"Go.\"", "She went."};
    QTest::newRow("rule 11 after ?! and spaces")
        << en << "Why?   Because! Yes." << QStringList{"Why?", "Because!", "Yes."};
    QTest::newRow("exception Mr.") << en << "Mr. Li came. He sat." << QStringList{"Mr. Li came.", "He sat."};
    QTest::newRow("exception at sentence end") << en << "He met Dr. Wang." << QStringList{"He met Dr. Wang."};
    QTest::newRow("partial Ph.D. whole")
        << en << "She has a Ph.D. She works." << QStringList{"She has a Ph.D.", "She works."};
    QTest::newRow("partial prefix alone")
        << en << "Lt. Smith came. He sat." << QStringList{"Lt.", "Smith came.", "He sat."};
    QTest::newRow("two spaces defeat the exception")
        << en << "Mr.  Li came." << QStringList{"Mr.", "Li came."};
    QTest::newRow("zh full stop") << zh << "增产了。大家高兴。" << QStringList{"增产了。", "大家高兴。"};
    QTest::newRow("zh closing quote")
        << zh << "他说：“好。”大家笑了。" << QStringList{"他说：“好。”", "大家笑了。"};
    QTest::newRow("zh comma continues") << zh << "一、二。三" << QStringList{"一、二。", "三"};
    QTest::newRow("zh ideographic space") << zh << "好！\u3000再见。" << QStringList{"好！", "再见。"};
}

void TestSentenceBreaker::rules()
{
    QFETCH(Article::Language, language);
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    QVERIFY(covers(text));
    QVERIFY(sameAsIcu(text, language));
    QCOMPARE(sentencesOf(text, SentenceSegmenter::split(text, language)), sentences);
}

void TestSentenceBreaker::corpus()
{
    int texts = 0, covered = 0;
    for (const QString &path : TestData::corpusFiles()) {
        const ArticleAnalysisPtr a = Analyzer::analyzeFile(path);
        for (const auto language : {Article::Language::Chinese, Article::Language::English}) {
            const Article::Part &part = a->article.part(language);
            QStringList pieces = {part.title.value, part.byline.value};
            for (const Paragraph &p : part.paragraphs)
                pieces.append(p.text().toString());
            // And every line of the file as it is: headers, Markdown, wrapped lines.
            pieces += a->article.text.split(QLatin1Char('\n'));
            for (const QString &text : std::as_const(pieces)) {
                ++texts;
                covered += covers(text) ? 1 : 0;
                QVERIFY2(sameAsIcu(text, language), qPrintable(path));
            }
        }
    }
    qInfo("%d texts, %d covered by the breaker", texts, covered);
    QVERIFY(texts > 2000);
    // Every one of them: a line ending in a carriage return (which ICU would judge) is not in the corpus.
    QVERIFY2(covered == texts, qPrintable(QStringLiteral("%1 of %2 texts covered").arg(covered).arg(texts)));
}

void TestSentenceBreaker::randomTexts_data()
{
    QTest::addColumn<Article::Language>("language");
    QTest::newRow("English") << Article::Language::English;
    QTest::newRow("Chinese") << Article::Language::Chinese;
}

void TestSentenceBreaker::randomTexts()
{
    QFETCH(Article::Language, language);
    // The pieces each rule looks at: terminators, closing marks, spaces, continuations, letters of
    // each case, digits, CJK, and abbreviations whole, partial (Ph.D., Lt.Cdr.) and in pieces.
    const QStringList pieces = {
        QStringLiteral("."),      QStringLiteral("!"),      QStringLiteral("?"),
        QStringLiteral("。"),     QStringLiteral("！"),     QStringLiteral("？"),
        QStringLiteral("…"),      QStringLiteral(" "),      QStringLiteral("  "),
        QStringLiteral("\u00a0"), QStringLiteral("\u3000"), QStringLiteral("\""),
        QStringLiteral("'"),      QStringLiteral("”"),      QStringLiteral("“"),
        QStringLiteral("("),      QStringLiteral(")"),      QStringLiteral("）"),
        QStringLiteral("」"),     QStringLiteral(","),      QStringLiteral("，"),
        QStringLiteral(";"),      QStringLiteral(":"),      QStringLiteral("-"),
        QStringLiteral("—"),      QStringLiteral("、"),     QStringLiteral("3"),
        QStringLiteral("1954"),   QStringLiteral("the"),    QStringLiteral("The"),
        QStringLiteral("x"),      QStringLiteral("S"),      QStringLiteral("Beijing"),
        QStringLiteral("people"), QStringLiteral("合作社"), QStringLiteral("人民"),
        QStringLiteral("Mr."),    QStringLiteral("Mr"),     QStringLiteral("Dr."),
        QStringLiteral("No."),    QStringLiteral("U.S."),   QStringLiteral("U.S.A."),
        QStringLiteral("U."),     QStringLiteral("Ph.D."),  QStringLiteral("Ph."),
        QStringLiteral("D."),     QStringLiteral("Lt."),    QStringLiteral("Lt.Cdr."),
        QStringLiteral("Cdr."),   QStringLiteral("e.g."),   QStringLiteral("i.e."),
        QStringLiteral("a.m."),   QStringLiteral("vs."),    QStringLiteral("pp."),
        QStringLiteral("Jan."),   QStringLiteral("S.p.A."), QStringLiteral("Hon.B.A."),
        QStringLiteral("etc."),   QStringLiteral("A."),     QStringLiteral("In."),
    };
    QRandomGenerator random(language == Article::Language::English ? 1954 : 1955);
    for (int round = 0; round < 40000; ++round) {
        QString text;
        const int count = 1 + int(random.bounded(24));
        for (int k = 0; k < count; ++k)
            text += pieces.at(int(random.bounded(int(pieces.size()))));
        QVERIFY(covers(text));
        QVERIFY(sameAsIcu(text, language));
    }
}

void TestSentenceBreaker::leftToIcu_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("line feed") << QStringLiteral("One.\nTwo.");
    QTest::newRow("carriage return") << QStringLiteral("One.\r\nTwo.");
    QTest::newRow("combining mark") << QStringLiteral("Cafe\u0301. Two.");
    QTest::newRow("format character") << QStringLiteral("One.\u200b Two.");
    QTest::newRow("paragraph separator") << QStringLiteral("One.\u2029Two.");
    QTest::newRow("supplementary character") << QStringLiteral("𠀀。好。");
}

void TestSentenceBreaker::leftToIcu()
{
    QFETCH(QString, text);
    QVERIFY(!covers(text));
    QVERIFY(sameAsIcu(text, Article::Language::English));
    QVERIFY(sameAsIcu(text, Article::Language::Chinese));
}

void TestSentenceBreaker::limit()
{
    const QString text = QStringLiteral("One. Two. Three. Four.");
    QVector<TextRange> fast, icu;
    SentenceSegmenter::splitInto(text, Article::Language::English, 2, fast);
    SentenceSegmenter::splitWithIcu(text, Article::Language::English, 2, icu);
    QCOMPARE(fast.size(), 2);
    QCOMPARE(fast, icu);
}

QTEST_GUILESS_MAIN(TestSentenceBreaker)
#include "tst_sentencebreaker.moc"
