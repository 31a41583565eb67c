// The article reader over every file of the sample corpus, and over every kind of bad input.

#include "corpus/corpusloader.h"
#include "testdata.h"
#include "text/articlereader.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString errorOf(const ArticleReader::Result &r)
{
    for (const Diagnostic &d : r.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return d.toString();
    }
    return {};
}

} // namespace

class TestArticleReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusFile_data();
    void corpusFile();
    void sample();
    void variations_data();
    void variations();
    void badInput_data();
    void badInput();
    void otherEncodings_data();
    void otherEncodings();
    void cutInsideCharacter();
    void hugeFile();
    void folderNamedLikeArticle();
    void folderWithOneBadFile();
};

void TestArticleReader::corpusFile_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = TestData::corpusFiles();
    QVERIFY(files.size() == 35);
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestArticleReader::corpusFile()
{
    QFETCH(QString, path);
    const ArticleReader::Result r = ArticleReader::readFile(path);
    QVERIFY2(r.ok(), qPrintable(errorOf(r)));
    const Article &a = r.article;

    // The date in the file name is the article's date.
    const QString stem = QFileInfo(path).fileName().left(10);
    QCOMPARE(a.date, QDate::fromString(stem, Qt::ISODate));
    QVERIFY(a.page > 0);
    QVERIFY(!a.english.title.isEmpty());
    QVERIFY(!a.chinese.title.isEmpty());
    QVERIFY(!a.english.paragraphs.isEmpty());
    QVERIFY(!a.chinese.paragraphs.isEmpty());

    // The header line and the ### line give the titles.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString raw = QString::fromUtf8(file.readAll());
    QCOMPARE(a.text, raw);
    const QString titleLine = raw.section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(QStringLiteral("Title: ") + a.english.title.value, titleLine.trimmed());
    QVERIFY(raw.contains(QStringLiteral("### ") + a.chinese.title.value));

    // Every range slices the file back to the text it claims.
    auto checkField = [&](const Article::Field &f) {
        if (!f.isEmpty())
            QCOMPARE(a.slice(f.range), f.value);
    };
    for (const Article::Part *part : {&a.english, &a.chinese}) {
        checkField(part->title);
        checkField(part->byline);
        for (const Article::Field &f : part->titleLines)
            checkField(f);
        for (const Paragraph &p : part->paragraphs) {
            for (const Paragraph::Piece &piece : p.pieces())
                QCOMPARE(p.text().mid(piece.textStart, piece.length),
                         a.text.mid(piece.sourceStart, piece.length));
            QVERIFY(!p.text().front().isSpace());
            QVERIFY(!p.text().contains(QLatin1Char('\n')));
        }
    }
    checkField(a.column);
    // The English part ends before the separator, the Chinese one starts after it.
    const int separator = int(a.text.indexOf(QStringLiteral("<hr />")));
    QVERIFY(a.english.paragraphs.back().sourceRange().end < separator);
    QVERIFY(a.chinese.paragraphs.front().sourceRange().start > separator);
}

void TestArticleReader::sample()
{
    const ArticleReader::Result r = ArticleReader::readFile(TestData::samplePath());
    QVERIFY(r.ok());
    const Article &a = r.article;
    QCOMPARE(a.english.title.value,
             QStringLiteral("Southwest Regions Strengthen Education and Leadership for Handicraft Workers"));
    QCOMPARE(a.chinese.title.value, QStringLiteral("西南各地加强对手工业者的教育和领导"));
    QCOMPARE(a.date, QDate(1954, 6, 22));
    QCOMPARE(a.page, 2);
    QVERIFY(!a.pageIsEdition);
    QCOMPARE(a.english.titleLines.size(), 1);
    QCOMPARE(a.chinese.titleLines.size(), 1);
    QCOMPARE(a.english.paragraphs.size(), 5);
    QCOMPARE(a.chinese.paragraphs.size(), 5);
    QCOMPARE(a.chinese.byline.value, QStringLiteral("（全国合作总社西南区办事处通讯组）"));
    QCOMPARE(
        a.english.byline.value,
        QStringLiteral(
            "(Communication Group of the All-China Federation of Cooperatives Southwest District Office)"));
    QVERIFY(a.english.authors.isEmpty());
    QVERIFY(a.chinese.authors.isEmpty());
    QVERIFY(!a.english.truncated);
    QVERIFY(!a.chinese.truncated);
    QVERIFY(a.chinese.paragraphs.at(0).text().startsWith(QStringLiteral("西南各地积极加强")));
}

void TestArticleReader::variations_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("edition");
    QTest::addColumn<QStringList>("englishAuthors");
    QTest::addColumn<QStringList>("chineseAuthors");
    QTest::addColumn<int>("namedEntities");
    QTest::addColumn<bool>("englishTruncated");
    QTest::addColumn<int>("chineseTitleLines");

    QTest::newRow("Edition, Named Entities, U+3000 indent")
        << "1946.05/1946-05-15_新华书店将出三种期刊.md" << 2 << true << QStringList() << QStringList() << 7
        << false << 1;
    QTest::newRow("Edition, truncated translation")
        << "1966.06/1966-06-02_中法签订航空交通协定.md" << 5 << true << QStringList() << QStringList() << 0
        << true << 1;
    QTest::newRow("two authors")
        << "1954.03/1954-03-03_华东区将新建农业机器站十五处_江苏省松江专区重点试办三个抽水机站.md" << 2
        << false << QStringList{QStringLiteral("Gu Jiankang"), QStringLiteral("Pan Shitao")}
        << QStringList{QStringLiteral("顾建康"), QStringLiteral("潘世弢")} << 0 << false << 2;
    QTest::newRow("blank lines inside the header")
        << "1954.04/1954-04-02_陕西省今年将增产皮棉一千二百多万斤.md" << 2 << false << QStringList()
        << QStringList() << 0 << false << 1;
    QTest::newRow("three headlines")
        << "1953.05/"
           "1953-05-04_鞍山、哈尔滨、大冶等地主要厂矿_提前或超额完成四月份生产计划_"
           "全国国营纺织企业在执行首季生产计划中有不少缺点.md"
        << 2 << false << QStringList() << QStringList() << 0 << false << 3;
}

void TestArticleReader::variations()
{
    QFETCH(QString, file);
    const ArticleReader::Result r = ArticleReader::readFile(TestData::corpusDir() + QLatin1Char('/') + file);
    QVERIFY2(r.ok(), qPrintable(errorOf(r)));
    const Article &a = r.article;
    QTEST(a.page, "page");
    QTEST(a.pageIsEdition, "edition");
    QTEST(a.english.authors, "englishAuthors");
    QTEST(a.chinese.authors, "chineseAuthors");
    QTEST(int(a.namedEntities.size()), "namedEntities");
    QTEST(a.english.truncated, "englishTruncated");
    QTEST(int(a.chinese.titleLines.size()), "chineseTitleLines");
    for (const Paragraph &p : a.english.paragraphs)
        QVERIFY2(!p.text().contains(QStringLiteral("Named Entities")), qPrintable(p.text().toString()));
}

void TestArticleReader::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QByteArray sample = TestData::sampleBytes();
    QTest::newRow("empty") << QByteArray() << 0 << "empty";
    QTest::newRow("white space only") << QByteArray("\n  \n\t\n") << 0 << "white space";
    QTest::newRow("binary") << QByteArray("Title: x\n\0\x01\x02", 13) << 2 << "binary";
    QTest::newRow("no Title") << QByteArray("Hello\nworld\n") << 1 << "Title:";
    QTest::newRow("no Title after blank lines") << QByteArray("\n\nAuthor: x\n") << 3 << "Title:";
    QByteArray noSeparator = sample;
    noSeparator.replace("<hr />", "");
    QTest::newRow("no <hr />") << noSeparator << int(noSeparator.count('\n')) + 1 << "<hr />";
    QByteArray chineseOnly = sample.mid(sample.indexOf("###"));
    QTest::newRow("only the Chinese part") << chineseOnly << 1 << "Title:";
    QByteArray latin1("Title: caf\xe9\nDate: 1954-01-01\n\n<hr />\n");
    QTest::newRow("Latin-1 noise") << latin1 << 1 << "not UTF-8";
}

void TestArticleReader::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, message);
    const ArticleReader::Result r = ArticleReader::readBytes(bytes, QStringLiteral("bad.md"));
    QVERIFY(!r.ok());
    const QString error = errorOf(r);
    QVERIFY2(error.startsWith(line > 0 ? QStringLiteral("bad.md:%1: error: ").arg(line)
                                       : QStringLiteral("bad.md: error: ")),
             qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestArticleReader::otherEncodings_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("GB18030") << QByteArray("GB18030");
    QTest::newRow("Big5") << QByteArray("Big5");
    QTest::newRow("UTF-16LE with a byte-order mark") << QByteArray("UTF-16LE");
}

void TestArticleReader::otherEncodings()
{
    QFETCH(QByteArray, charset);
    QString text = QString::fromUtf8(TestData::sampleBytes());
    if (charset == "Big5") {
        // Big5 has traditional characters only; a traditional rendering of the headline and body.
        text.replace(QStringLiteral("西南各地加强对手工业者的教育和领导"),
                     QStringLiteral("西南各地加強對手工業者的教育和領導"));
    }
    QByteArray bytes = TestData::encode(text, charset.constData());
    if (charset == "UTF-16LE")
        bytes.prepend("\xFF\xFE");
    QVERIFY(!bytes.isEmpty());
    const ArticleReader::Result r = ArticleReader::readBytes(bytes, QStringLiteral("encoded.md"));
    QVERIFY2(r.ok(), qPrintable(errorOf(r)));
    QCOMPARE(r.article.encoding, QString::fromLatin1(charset));
    QCOMPARE(r.article.date, QDate(1954, 6, 22));
    QVERIFY(r.article.chinese.paragraphs.size() >= 5);
    bool notice = false;
    for (const Diagnostic &d : r.diagnostics)
        notice = notice || (d.severity == Diagnostic::Severity::Notice &&
                            d.message.contains(QString::fromLatin1(charset)));
    QVERIFY(notice);
}

void TestArticleReader::cutInsideCharacter()
{
    QByteArray bytes = TestData::sampleBytes();
    bytes.chop(2); // the file ends with "）\n": drop the newline and the last byte of ）
    const ArticleReader::Result r = ArticleReader::readBytes(bytes, QStringLiteral("cut.md"));
    QVERIFY(r.ok());
    QCOMPARE(r.article.chinese.paragraphs.size(), 6); // the byline lost its closing bracket
    bool warned = false;
    for (const Diagnostic &d : r.diagnostics)
        warned = warned || (d.severity == Diagnostic::Severity::Warning &&
                            d.message.contains(QStringLiteral("inside a character")));
    QVERIFY(warned);
}

void TestArticleReader::hugeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("noise.md"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(50 * 1024 * 1024));
    f.close();
    const ArticleReader::Result r = ArticleReader::readFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(errorOf(r).contains(QStringLiteral("50.0 MB")), qPrintable(errorOf(r)));
}

void TestArticleReader::folderNamedLikeArticle()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("1954-01-01_x.md")));
    const ArticleReader::Result r = ArticleReader::readFile(dir.filePath(QStringLiteral("1954-01-01_x.md")));
    QVERIFY(!r.ok());
    QVERIFY(errorOf(r).contains(QStringLiteral("folder")));
}

void TestArticleReader::folderWithOneBadFile()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(TestData::samplePath(), dir.filePath(QStringLiteral("good.md"))));
    QFile bad(dir.filePath(QStringLiteral("bad.md")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("not an article\n");
    bad.close();

    CorpusLoader loader;
    QSignalSpy loaded(&loader, &CorpusLoader::articlesLoaded);
    QSignalSpy problems(&loader, &CorpusLoader::problemsFound);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    loader.load({dir.path()});
    QVERIFY(!finished.isEmpty() || finished.wait(10000)); // the worker may finish before wait() starts
    int articles = 0;
    for (const auto &args : loaded)
        articles += int(args.at(0).value<QVector<ArticleAnalysisPtr>>().size());
    QCOMPARE(articles, 1);
    Diagnostics all;
    for (const auto &args : problems)
        all += args.at(0).value<Diagnostics>();
    QCOMPARE(all.size(), 1);
    QVERIFY(all.front().file.endsWith(QStringLiteral("bad.md")));
    QCOMPARE(all.front().line, 1);
}

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
