#pragma once

#include "numbers/quantity.h"

#include <QtTest>

// The rows of the scan() tests of both languages and their check: a phrase, the span that must be
// found in it and what that quantity must hold (value, high, approximation, form, unit, range). A
// span of "" means that the phrase holds no quantity at all, not even a date; a unit of "*" is not
// checked. Shared by tst_chinesenumerals, tst_chinesequantities and tst_englishnumbers.
namespace QuantityRows {

using A = Quantity::Approx;
using F = Quantity::Form;

inline const double kNone = qQNaN();
inline const char *const kAny = "*";

inline void addColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("span");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("approx");
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("range");
}

inline void row(const char *text, const char *span, double value, F form = F::Number, A approx = A::Exact,
                const char *unit = "", double high = kNone, bool range = false)
{
    QTest::addRow("%s|%s", QByteArray(text).replace('\n', ' ').constData(), span)
        << QString::fromUtf8(text) << QString::fromUtf8(span) << value << (qIsNaN(high) ? value : high)
        << int(approx) << int(form) << QString::fromUtf8(unit) << range;
}

inline void rangeRow(const char *text, const char *span, double low, double high, const char *unit = "",
                     F form = F::Number)
{
    row(text, span, low, form, A::Exact, unit, high, true);
}

inline void none(const char *text)
{
    row(text, "", 0);
}

// Checks the current row against what scan found in its text; call from the test function.
inline void verify(const Quantities &found)
{
    QFETCH(QString, text);
    QFETCH(QString, span);
    QFETCH(double, value);
    QFETCH(double, high);
    QFETCH(int, approx);
    QFETCH(int, form);
    QFETCH(QString, unit);
    QFETCH(bool, range);

    if (span.isEmpty()) {
        QVERIFY2(found.isEmpty(),
                 qPrintable(text.mid(found.value(0).range.start, found.value(0).range.length())));
        return;
    }
    const Quantity *q = nullptr;
    QStringList spans;
    for (const Quantity &candidate : found) {
        const QString s = text.mid(candidate.range.start, candidate.range.length());
        spans << s;
        if (s == span)
            q = &candidate;
    }
    QVERIFY2(q, qPrintable(QStringLiteral("found: ") + spans.join(QLatin1Char('|'))));
    QVERIFY2(qAbs(q->value - value) <= 1e-4 * qMax(1.0, qAbs(value)),
             qPrintable(QString::number(q->value, 'g', 12)));
    QCOMPARE(q->low, q->value);
    QVERIFY2(qAbs(q->high - high) <= 1e-4 * qMax(1.0, qAbs(high)),
             qPrintable(QString::number(q->high, 'g', 12)));
    QCOMPARE(q->isRange, range);
    QCOMPARE(int(q->approx), approx);
    QCOMPARE(int(q->form), form);
    if (unit != QLatin1String(kAny))
        QCOMPARE(q->unit, unit);
    if (!q->unit.isEmpty())
        QVERIFY(q->unitRange.isValid());
}

} // namespace QuantityRows
