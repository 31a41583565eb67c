#include <QtTest>

class BenchNumerals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() {}
};

QTEST_GUILESS_MAIN(BenchNumerals)
#include "bench_numerals.moc"
