// The command line, run as a user would: the built executable, with no display.

#include "testdata.h"

#include <QProcess>
#include <QtTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sentences();
    void badFileStillPrintsGoodOnes();
    void noDisplayMessage();

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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
