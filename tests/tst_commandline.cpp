// The command line, run as a user would: the built executable, with no display.

#include "corpus/csvwriter.h"
#include "testdata.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <QProcess>
#include <QtTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sentences();
    void badFileStillPrintsGoodOnes();
    void noDisplayMessage();
    void topLevel_data();
    void topLevel();
    void figuresCsv();
    void figuresJson();
    void figuresPlainText();
    void align();
    void check_data();
    void check();
    void checkMinSeverity_data();
    void checkMinSeverity();
    void checkCsvToFile();
    void chart_data();
    void chart();
    void chartErrors();
    void commandErrors_data();
    void commandErrors();
    void commandHelp();
    void alignSeveralArticles();

private:
    static QProcess *run(const QStringList &arguments, bool withDisplay = false);
};

QProcess *TestCommandLine::run(const QStringList &arguments, bool withDisplay)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!withDisplay) {
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    }
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(DUIZHAO_BINARY), arguments);
    p->waitForFinished(60000);
    return p;
}

void TestCommandLine::sentences()
{
    std::unique_ptr<QProcess> p(run({QStringLiteral("sentences"), TestData::samplePath()}));
    QCOMPARE(p->exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // 1 title + 14 body + 1 byline in Chinese, 1 + 19 + 1 in English.
    QCOMPARE(lines.size(), 16 + 21);
    QFile f(TestData::samplePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const QVector<uint> codePoints = text.toUcs4();
    for (const QString &line : lines) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        QCOMPARE(cols.size(), 7);
        if (cols.at(3) == QLatin1String("title") || cols.at(3) == QLatin1String("byline")) {
            const int start = cols.at(4).toInt();
            const int end = cols.at(5).toInt();
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start),
                                       end - start),
                     cols.at(6));
        }
    }
}

void TestCommandLine::badFileStillPrintsGoodOnes()
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.md")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("nothing here\n");
    bad.close();
    std::unique_ptr<QProcess> p(run({QStringLiteral("sentences"), bad.fileName(), TestData::samplePath()}));
    QCOMPARE(p->exitCode(), 2);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(bad.fileName() + QStringLiteral(":1: error:")), qPrintable(err));
    QVERIFY(p->readAllStandardOutput().count('\n') == 37);
}

void TestCommandLine::noDisplayMessage()
{
    std::unique_ptr<QProcess> p(run({}));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 2);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("no display")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("duizhao sentences")));
}

void TestCommandLine::topLevel_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // stdout contains this
    QTest::addColumn<QString>("err"); // stderr contains this; empty: stderr is empty

    const QString commands = QStringLiteral("align, chart, check, figures, sentences");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("  figures    ")
                            << QString();
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << 0 << QStringLiteral("  sentences  ")
                        << QString();
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << 0 << QStringLiteral("Window options:")
                          << QString();
    QTest::newRow("help after a path") << QStringList{QStringLiteral("a.md"), QStringLiteral("--help")} << 0
                                       << QStringLiteral("  check      ") << QString();
    QTest::newRow("help COMMAND") << QStringList{QStringLiteral("help"), QStringLiteral("figures")} << 0
                                  << QStringLiteral("--text-lang") << QString();
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0
                               << QStringLiteral("duizhao 0.") << QString();
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << 0 << QStringLiteral("duizhao 0.")
                        << QString();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("figure")} << 2 << QString()
                                     << QStringLiteral("unknown command \"figure\"; the commands are: ") +
                                            commands;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob")} << 2 << QString()
                                    << QStringLiteral("Unknown option 'frob'");
    QTest::newRow("unknown option after a path") << QStringList{QStringLiteral("a.md"), QStringLiteral("-x")}
                                                 << 2 << QString() << QStringLiteral("Unknown option 'x'");
    QTest::newRow("option without its value") << QStringList{QStringLiteral("--ui-lang")} << 2 << QString()
                                              << QStringLiteral("Missing value after '--ui-lang'");
    QTest::newRow("help for no command") << QStringList{QStringLiteral("help"), QStringLiteral("frob")} << 2
                                         << QString() << QStringLiteral("no command \"frob\"");
}

void TestCommandLine::topLevel()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    // Without a display: help and mistakes never need one.
    std::unique_ptr<QProcess> p(run(arguments));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), exitCode);
    const QString stdOut = QString::fromUtf8(p->readAllStandardOutput());
    const QString stdErr = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(stdOut.contains(out), qPrintable(stdOut));
    if (err.isEmpty()) {
        QVERIFY2(stdErr.isEmpty(), qPrintable(stdErr));
    } else {
        QVERIFY2(stdErr.contains(err), qPrintable(stdErr));
        QVERIFY2(stdErr.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(stdErr)); // one line
        QVERIFY(stdOut.isEmpty());
    }
}

void TestCommandLine::figuresCsv()
{
    std::unique_ptr<QProcess> p(run({QStringLiteral("figures"), TestData::samplePath()}));
    QCOMPARE(p->exitCode(), 0);
    const QList<QStringList> rows = CsvWriter::parse(QString::fromUtf8(p->readAllStandardOutput()));
    QCOMPARE(
        rows.value(0).join(QLatin1Char(',')),
        QStringLiteral("article,lang,id,pair,sentence,start,end,text,value,low,high,approx,kind,unit,region,"
                       "province,metric,unit_family,role,counted_zh,counted_en"));
    QCOMPARE(rows.size(), 1 + 20 * 2);
    QFile f(TestData::samplePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<uint> codePoints = QString::fromUtf8(f.readAll()).toUcs4();
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        QCOMPARE(row.size(), 21);
        const int start = row.at(5).toInt();
        const int end = row.at(6).toInt();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start),
                                   end - start),
                 row.at(7));
        // zh1 pairs with en1 and so on, but for 两年 (zh13) and 百分之八十 (zh14), which the translation
        // gives in the other order: "80% … of the past two years".
        const QString other = row.at(1) == QLatin1String("zh") ? QStringLiteral("en") : QStringLiteral("zh");
        const int n = row.at(2).mid(2).toInt();
        QCOMPARE(row.at(3), other + QString::number(n == 13 ? 14 : n == 14 ? 13 : n));
    }
    const QStringList zh6 = rows.at(6);
    QCOMPARE(zh6.at(7), QStringLiteral("五十四亿八千多万元"));
    QCOMPARE(zh6.at(8), QStringLiteral("5480000000"));
    QCOMPARE(zh6.at(11), QStringLiteral("more"));
    QCOMPARE(zh6.at(12), QStringLiteral("money"));
    QCOMPARE(zh6.at(14), QStringLiteral("Wanxian Special District"));
    QCOMPARE(zh6.at(15), QStringLiteral("Sichuan"));
    QCOMPARE(zh6.at(16), QStringLiteral("contract_value"));
    QCOMPARE(zh6.at(17), QStringLiteral("money"));  // unit_family
    QCOMPARE(zh6.at(18), QStringLiteral("actual")); // role
    // 社员一万二千三百多人 / "more than 12,300 members": each language's counted words, on both rows.
    const QStringList zh16 = rows.at(16), en16 = rows.at(20 + 16);
    QCOMPARE(zh16.at(19), QStringLiteral("社员"));
    QCOMPARE(zh16.at(20), QStringLiteral("members"));
    QCOMPARE(en16.at(19), zh16.at(19));
    QCOMPARE(en16.at(20), zh16.at(20));
    QCOMPARE(zh16.at(17), QStringLiteral("persons"));
    const QStringList zh4 = rows.at(4); // 两、三: a range has no single value
    QCOMPARE(zh4.at(8), QString());
    QCOMPARE(zh4.at(9), QStringLiteral("2"));
    QCOMPARE(zh4.at(10), QStringLiteral("3"));
}

void TestCommandLine::figuresJson()
{
    std::unique_ptr<QProcess> p(run({QStringLiteral("figures"), QStringLiteral("--format"),
                                     QStringLiteral("json"), TestData::samplePath()}));
    QCOMPARE(p->exitCode(), 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(p->readAllStandardOutput(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().size(), 40);
    const QJsonObject en18 = doc.array().at(20 + 18).toObject();
    QCOMPARE(en18.value(QLatin1String("text")).toString(), QStringLiteral("more than 87 billion yuan"));
    QCOMPARE(en18.value(QLatin1String("value")).toDouble(), 8.7e10);
    QCOMPARE(en18.value(QLatin1String("region")).toString(), QStringLiteral("Southwest"));
}

void TestCommandLine::figuresPlainText()
{
    QTemporaryDir dir;
    QFile plain(dir.filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("贵阳市皮革生产合作社盈余一亿余元。\n\n重庆市的产量提高了百分之三十一。\n");
    plain.close();
    std::unique_ptr<QProcess> p(run(
        {QStringLiteral("figures"), QStringLiteral("--text-lang"), QStringLiteral("zh"), plain.fileName()}));
    QCOMPARE(p->exitCode(), 0);
    const QList<QStringList> rows = CsvWriter::parse(QString::fromUtf8(p->readAllStandardOutput()));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).at(7), QStringLiteral("一亿余元"));
    QCOMPARE(rows.at(1).at(14), QStringLiteral("Guiyang"));
    QCOMPARE(rows.at(1).at(16), QStringLiteral("surplus"));
    QCOMPARE(rows.at(2).at(7), QStringLiteral("百分之三十一"));
    QCOMPARE(rows.at(2).at(5).toInt(),
             17 + 1 + 1 + 9); // first line, its newline, the blank line, 重庆市的产量提高了
}

void TestCommandLine::align()
{
    std::unique_ptr<QProcess> p(run({QStringLiteral("align"), TestData::samplePath()}));
    QCOMPARE(p->exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 16);
    QVERIFY(lines.at(2).startsWith(QStringLiteral("2\t2,3,4\t从一月间")));
    QVERIFY(lines.at(5).startsWith(QStringLiteral("5\t7,8\t仅四川省万县专区")));
    QVERIFY(lines.at(10).startsWith(QStringLiteral("10\t13,14,15\t如成都市")));
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), 3);
}

void TestCommandLine::check_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("sample: one finding") << TestData::samplePath() << 1;
    QTest::newRow("nothing to report")
        << TestData::corpusDir() + QStringLiteral("/1954.06/1954-06-01_各地普遍扩大油料作物种植面积.md") << 0;
    QTest::newRow("no such file") << QStringLiteral("/nonexistent/x.md") << 2;
}

void TestCommandLine::check()
{
    QFETCH(QString, path);
    QFETCH(int, exitCode);
    std::unique_ptr<QProcess> p(run({QStringLiteral("check"), path}));
    QCOMPARE(p->exitCode(), exitCode);
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    if (exitCode == 1) {
        QVERIFY2(out.contains(QStringLiteral(":8: warning: 五十四亿八千多万元")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("[approximation_lost]")));
        // The summary after the findings: totals, by kind, by article.
        QVERIFY2(
            out.contains(QStringLiteral("\nSummary: 1 article checked, 1 with findings; 0 errors, 1 warning, "
                                        "0 notes.\nBy kind:\n  approximation_lost:")),
            qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("By article:\n  1954-06-22_")));
    } else if (exitCode == 0) {
        QCOMPARE(out, QStringLiteral(
                          "Summary: 1 article checked, 0 with findings; 0 errors, 0 warnings, 0 notes.\n"));
    } else {
        QVERIFY(out.isEmpty());
    }
}

void TestCommandLine::checkMinSeverity_data()
{
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("summary");
    QTest::newRow("note") << "note" << 1 << "0 errors, 1 warning, 0 notes.";
    QTest::newRow("warning") << "warning" << 1 << "0 errors, 1 warning.";
    QTest::newRow("error") << "error" << 0 << "0 errors.";
    QTest::newRow("bad") << "fatal" << 2 << "";
}

// The sample's one finding is a warning: --min-severity error reports nothing and exits 0.
void TestCommandLine::checkMinSeverity()
{
    QFETCH(QString, severity);
    QFETCH(int, exitCode);
    QFETCH(QString, summary);
    std::unique_ptr<QProcess> p(
        run({QStringLiteral("check"), QStringLiteral("--min-severity"), severity, TestData::samplePath()}));
    QCOMPARE(p->exitCode(), exitCode);
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    if (exitCode == 2) {
        QVERIFY(out.isEmpty());
        QVERIFY(QString::fromUtf8(p->readAllStandardError())
                    .contains(QStringLiteral("error: --min-severity must be note, warning or error")));
        return;
    }
    QVERIFY2(out.contains(summary), qPrintable(out));
    QCOMPARE(out.contains(QStringLiteral("[approximation_lost]")), exitCode == 1);
}

void TestCommandLine::checkCsvToFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("findings.csv"));
    std::unique_ptr<QProcess> p(
        run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
             file, TestData::samplePath()}));
    QCOMPARE(p->exitCode(), 1);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = CsvWriter::parse(QString::fromUtf8(f.readAll()));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).join(QLatin1Char(',')),
             QStringLiteral("article,severity,kind,pair,zh_text,en_text,zh_sentence,en_sentence,message"));
    QCOMPARE(rows.at(1).mid(1, 7),
             (QStringList{QStringLiteral("warning"), QStringLiteral("approximation_lost"),
                          QStringLiteral("zh6-en6"), QStringLiteral("五十四亿八千多万元"),
                          QStringLiteral("5.48 billion yuan"), QStringLiteral("5"), QStringLiteral("7")}));
}

void TestCommandLine::chart_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("cooperative growth")
        << QStringList{"--metric", "cooperative_growth"} << "png" << QSize(3200, 2000);
    QTest::newRow("membership") << QStringList{"--metric", "members"} << "png" << QSize(3200, 2000);
    QTest::newRow("contract values") << QStringList{"--metric", "contract_value"} << "png"
                                     << QSize(3200, 2000);
    QTest::newRow("contracts, small, 1x")
        << QStringList{"--metric", "contracts", "--size", "800x500", "--scale", "1"} << "png"
        << QSize(800, 500);
    QTest::newRow("members by date, Chinese")
        << QStringList{"--metric", "members", "--by", "date", "--ui-lang", "zh_CN"} << "png"
        << QSize(3200, 2000);
    QTest::newRow("svg") << QStringList{"--metric", "members"} << "svg" << QSize();
}

void TestCommandLine::chart()
{
    QFETCH(QStringList, options);
    QFETCH(QString, suffix);
    QFETCH(QSize, pixels);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chart.") + suffix);
    std::unique_ptr<QProcess> p(run(QStringList{QStringLiteral("chart")} + options +
                                    QStringList{QStringLiteral("-o"), file, TestData::samplePath()}));
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    if (suffix == QLatin1String("png")) {
        QImage image(file);
        QCOMPARE(image.size(), pixels);
        // Not blank: some pixels are far from white.
        int ink = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                ink += qGray(image.pixel(x, y)) < 128;
        }
        QVERIFY(ink > 50);
    } else {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QStringLiteral("svg"));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }
}

void TestCommandLine::chartErrors()
{
    QTemporaryDir dir;
    std::unique_ptr<QProcess> p(
        run({QStringLiteral("chart"), QStringLiteral("--metric"), QStringLiteral("nonsense"),
             QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png")), TestData::samplePath()}));
    QCOMPARE(p->exitCode(), 2);
    QVERIFY(p->readAllStandardError().contains("unknown metric"));
    std::unique_ptr<QProcess> q(
        run({QStringLiteral("chart"), QStringLiteral("--metric"), QStringLiteral("members"),
             QStringLiteral("-o"), dir.filePath(QStringLiteral("x.gif")), TestData::samplePath()}));
    QCOMPARE(q->exitCode(), 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.gif"))));
}

void TestCommandLine::commandErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString sample = TestData::samplePath();
    QTest::newRow("unknown option") << QStringList{"check", "--frob", sample}
                                    << "duizhao check: error: Unknown option 'frob'";
    QTest::newRow("bad language") << QStringList{"sentences", "--lang", "fr", sample}
                                  << "duizhao sentences: error: --lang must be zh or en, not \"fr\"";
    QTest::newRow("bad format") << QStringList{"figures", "--format", "xml", sample}
                                << "duizhao figures: error: --format must be csv or json, not \"xml\"";
    QTest::newRow("align format") << QStringList{"align", "--format", "x", sample}
                                  << "duizhao align: error: --format must be tsv or json";
    QTest::newRow("no output") << QStringList{"chart", "--metric", "members", sample}
                               << "duizhao chart: error: no output file";
    QTest::newRow("too small") << QStringList{"chart", "--metric", "members",    "--size",
                                              "10x10", "-o",       "/tmp/x.png", sample}
                               << "duizhao chart: error: --size must be at least 320x240, not 10x10";
    QTest::newRow("no path") << QStringList{"figures"}
                             << "duizhao figures: error: no article file or folder given";
}

// A mistake is one error line naming the command and what is wrong, status 2; nothing on stdout.
void TestCommandLine::commandErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    std::unique_ptr<QProcess> p(run(arguments));
    QCOMPARE(p->exitCode(), 2);
    QVERIFY(p->readAllStandardOutput().isEmpty());
    QString err = QString::fromUtf8(p->readAllStandardError());
    // Qt's own word about the environment of a headless run is not the command's.
    if (err.startsWith(QStringLiteral("QStandardPaths:")))
        err = err.section(QLatin1Char('\n'), 1);
    QVERIFY2(err.startsWith(message), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
}

void TestCommandLine::commandHelp()
{
    for (const QString &command :
         {QStringLiteral("sentences"), QStringLiteral("figures"), QStringLiteral("align"),
          QStringLiteral("check"), QStringLiteral("chart")}) {
        std::unique_ptr<QProcess> p(run({command, QStringLiteral("--help")}));
        QCOMPARE(p->exitCode(), 0);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(out.startsWith(QStringLiteral("Usage: duizhao %1 [options]").arg(command)), qPrintable(out));
        if (command == QLatin1String("chart")) // the metrics one can chart
            QVERIFY(out.contains(QStringLiteral("members_growth")) &&
                    out.contains(QStringLiteral("contract_value")));
    }
}

// Over several articles every line of align begins with its article.
void TestCommandLine::alignSeveralArticles()
{
    std::unique_ptr<QProcess> p(
        run({QStringLiteral("align"), TestData::corpusDir() + QStringLiteral("/1956.09")}));
    QCOMPARE(p->exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    QSet<QString> articles;
    for (const QString &line : lines) {
        QCOMPARE(line.count(QLatin1Char('\t')), 4);
        articles.insert(line.section(QLatin1Char('\t'), 0, 0));
    }
    QVERIFY(articles.size() >= 2);
    for (const QString &a : articles)
        QVERIFY(a.startsWith(QStringLiteral("1956-09-")) && a.endsWith(QStringLiteral(".md")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
