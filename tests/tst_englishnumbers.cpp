#include <QtTest>

class TestEnglishNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() {}
};

QTEST_GUILESS_MAIN(TestEnglishNumbers)
#include "tst_englishnumbers.moc"
