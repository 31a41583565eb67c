#include "plantederrors.h"

#include "alignment/figurepairer.h"
#include "corpus/analyzer.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace {

const QRegularExpression &plainDigits()
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,3}(,\\d{3})*$"));
    return re;
}

const QRegularExpression &approximated()
{
    static const QRegularExpression re(
        QStringLiteral("^(more than|over|about|nearly|approximately|almost|around) (\\d{1,3}(,\\d{3})*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QStringList &months()
{
    static const QStringList m = {
        QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
        QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
        QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    return m;
}

QString grouped(qint64 v, bool commas)
{
    return commas ? QLocale(QLocale::English).toString(v) : QString::number(v);
}

int englishEnd(const QString &text)
{
    const int hr = int(text.indexOf(QStringLiteral("<hr />")));
    return hr < 0 ? int(text.size()) : hr;
}

// The figures worth planting on: paired, in the body, not small enough to be "a" or "both".
bool usable(const ArticleAnalysis &a, const Figure &e)
{
    if (e.pair < 0 || e.sentence < 0 || e.sentence >= a.englishSentences.size() ||
        a.englishSentences.at(e.sentence).role != Sentence::Role::Body)
        return false;
    const Figure &z = a.chineseFigures.at(e.pair);
    return e.quantity.low >= 10 && !e.quantity.isRange && !z.quantity.isRange &&
           (e.kind == Figure::Kind::Count || e.kind == Figure::Kind::Money ||
            e.kind == Figure::Kind::Measure);
}

// The sentences of alignment groups whose Chinese side names a date part (月 or 日) next to a numeral.
QVector<int> datedEnglishSentences(const ArticleAnalysis &a, QChar part)
{
    static const QString numerals = QStringLiteral("〇○零一二三四五六七八九十廿卅0123456789");
    QVector<int> out;
    for (const Alignment::Group &g : a.alignment.groups) {
        bool dated = false;
        for (int s : g.chinese) {
            const QStringView t = a.chineseSentences.at(s).text;
            for (qsizetype i = 1; i < t.size() && !dated; ++i)
                dated = t.at(i) == part && numerals.contains(t.at(i - 1));
        }
        if (dated)
            for (int s : g.english)
                if (a.englishSentences.at(s).role == Sentence::Role::Body)
                    out.append(s);
    }
    return out;
}

} // namespace

const QStringList &PlantedErrors::kinds()
{
    static const QStringList k = {QStringLiteral("value"),
                                  QStringLiteral("scale"),
                                  QStringLiteral("approximation_lost"),
                                  QStringLiteral("approximation_added"),
                                  QStringLiteral("invented_precision"),
                                  QStringLiteral("month"),
                                  QStringLiteral("day"),
                                  QStringLiteral("deleted_sentence"),
                                  QStringLiteral("added_figure"),
                                  QStringLiteral("untranslated"),
                                  QStringLiteral("truncated")};
    return k;
}

QVector<PlantedErrors::Plant> PlantedErrors::plant(const ArticleAnalysis &a)
{
    using K = Finding::Kind;
    const QString &text = a.article.text;
    const int end = englishEnd(text);
    QVector<Plant> out;
    QSet<QString> done;
    auto add = [&](const QString &kind, K expected, int from, int length, const QString &with, int zh,
                   const QString &what) {
        if (done.contains(kind) || from < 0 || from + length > end)
            return;
        Plant p;
        p.kind = kind;
        p.expected = expected;
        p.text = text;
        p.text.replace(from, length, with);
        p.zhFigure = zh;
        p.what = what;
        out.append(p);
        done.insert(kind);
    };
    for (const Figure &e : a.englishFigures) {
        if (!usable(a, e))
            continue;
        const Figure &z = a.chineseFigures.at(e.pair);
        const QString t = e.text.toString();
        const int at = e.range.start;
        const bool zExact = z.quantity.approx == Quantity::Approx::Exact;
        if (plainDigits().match(t).hasMatch()) {
            // A typo in the last digit that is not a zero: 12,300 → 12,400.
            QString changed = t;
            for (qsizetype k = changed.size() - 1; k >= 0; --k) {
                if (changed.at(k).isDigit() && changed.at(k) != u'0') {
                    const int d = changed.at(k).digitValue();
                    changed[k] = QChar(u'0' + (d == 9 ? 8 : d + 1));
                    break;
                }
            }
            add(QStringLiteral("value"), K::ValueMismatch, at, int(t.size()), changed, e.pair,
                t + " → " + changed);
            if (e.quantity.low < 1000 && zExact)
                add(QStringLiteral("scale"), K::ScaleError, at, int(t.size()), t + QStringLiteral(",000"),
                    e.pair, t + QStringLiteral(" → ") + t + QStringLiteral(",000"));
            if (zExact)
                add(QStringLiteral("approximation_added"), K::ApproximationAdded, at, int(t.size()),
                    QStringLiteral("about ") + t, e.pair, QStringLiteral("about ") + t);
        }
        const QRegularExpressionMatch m = approximated().match(t);
        if (m.hasMatch() && !zExact) {
            add(QStringLiteral("approximation_lost"), K::ApproximationLost, at, int(t.size()), m.captured(2),
                e.pair, t + QStringLiteral(" → ") + m.captured(2));
            const double step = FigurePairer::precision(z.quantity);
            if (z.quantity.approx == Quantity::Approx::More && e.quantity.approx == Quantity::Approx::More &&
                step >= 100 && FigurePairer::precision(e.quantity) >= step) {
                const QString invented =
                    grouped(qint64(e.quantity.low + step / 2), m.captured(2).contains(u','));
                add(QStringLiteral("invented_precision"), K::InventedPrecision, at, int(t.size()), invented,
                    e.pair, t + QStringLiteral(" → ") + invented);
            }
        }
        // The sentence of a figure, deleted: its figure goes missing.
        const Sentence &s = a.englishSentences.at(e.sentence);
        if (z.quantity.low >= 10)
            add(QStringLiteral("deleted_sentence"), K::MissingFigure, s.range.start, s.range.length(),
                QString(), e.pair, s.text.left(60).toString());
    }
    // Dates: a month name, or a day after a month name or as an ordinal, changed.
    static const QRegularExpression monthWord(QStringLiteral("\\b(") + months().join(u'|') +
                                              QStringLiteral(")\\b"));
    static const QRegularExpression dayWord(QStringLiteral("\\b(") + months().join(u'|') +
                                            QStringLiteral(") (\\d{1,2})\\b|\\b(\\d{1,2})(st|nd|rd|th)\\b"));
    // A sentence whose date the check already questions shows nothing new when another is planted.
    auto questioned = [&](int s) {
        return std::any_of(a.findings.cbegin(), a.findings.cend(), [&](const Finding &f) {
            return f.kind == K::DateMismatch && f.englishSentence == s;
        });
    };
    for (int s : datedEnglishSentences(a, QChar(u'月'))) {
        if (questioned(s))
            continue;
        const Sentence &sentence = a.englishSentences.at(s);
        const QRegularExpressionMatch m =
            monthWord.match(text.mid(sentence.range.start, sentence.range.length()));
        if (m.hasMatch()) {
            const QString other = months().at((months().indexOf(m.captured(1)) + 5) % 12);
            add(QStringLiteral("month"), K::DateMismatch, sentence.range.start + int(m.capturedStart(1)),
                int(m.capturedLength(1)), other, -1, m.captured(1) + QStringLiteral(" → ") + other);
        }
    }
    for (int s : datedEnglishSentences(a, QChar(u'日'))) {
        if (questioned(s))
            continue;
        const Sentence &sentence = a.englishSentences.at(s);
        const QRegularExpressionMatch m =
            dayWord.match(text.mid(sentence.range.start, sentence.range.length()));
        if (m.hasMatch()) {
            const int g = m.capturedLength(2) ? 2 : 3;
            const int day = m.captured(g).toInt();
            const QString other = QString::number(day % 28 + 1 == day ? day + 1 : (day + 9) % 28 + 1);
            add(QStringLiteral("day"), K::DateMismatch, sentence.range.start + int(m.capturedStart(g)),
                int(m.capturedLength(g)), other, -1, m.captured(0) + QStringLiteral(" → ") + other);
        }
    }
    // A figure added, Chinese left in: in the first body sentence.
    for (const Sentence &s : a.englishSentences) {
        if (s.role != Sentence::Role::Body || s.text.size() < 40)
            continue;
        add(QStringLiteral("added_figure"), K::AddedFigure, s.range.end, 0,
            QStringLiteral(" The work covered 4,500 workshops."), -1, QStringLiteral("4,500 workshops"));
        static const QRegularExpression longWord(QStringLiteral("\\b[a-z]{7,}\\b"));
        const QRegularExpressionMatch w = longWord.match(text.mid(s.range.start, s.range.length()));
        if (w.hasMatch())
            add(QStringLiteral("untranslated"), K::Untranslated, s.range.start + int(w.capturedStart()),
                int(w.capturedLength()), QStringLiteral("手工业者"), -1,
                w.captured() + QStringLiteral(" → 手工业者"));
        break;
    }
    // The translation cut off in mid-sentence at 40 % of its body.
    int body = -1;
    for (const Sentence &s : a.englishSentences)
        if (s.role == Sentence::Role::Body && body < 0)
            body = s.range.start;
    if (body >= 0 && end - body > 200) {
        int cut = body + int((end - body) * 0.4);
        while (cut < end && text.at(cut).isLetter())
            ++cut;
        add(QStringLiteral("truncated"), K::Truncated, cut, end - cut, QStringLiteral("\n\n"), -1,
            QStringLiteral("cut at %1").arg(cut));
    }
    return out;
}

void PlantedErrors::add(const ArticleAnalysis &original, QStringList &misses)
{
    auto count = [](const ArticleAnalysis &a, Finding::Kind kind) {
        return std::count_if(a.findings.cbegin(), a.findings.cend(), [&](const Finding &f) {
            return f.kind == kind && f.severity != Finding::Severity::Note;
        });
    };
    const QString name = QFileInfo(original.article.path).fileName();
    for (const Plant &p : plant(original)) {
        const ArticleAnalysisPtr a = Analyzer::analyzeText(p.text, original.article.path);
        bool found = false;
        if (p.zhFigure >= 0) {
            found = std::any_of(a->findings.cbegin(), a->findings.cend(), [&](const Finding &f) {
                return f.kind == p.expected && f.severity != Finding::Severity::Note &&
                       f.chineseFigure == p.zhFigure;
            });
        } else {
            found = count(*a, p.expected) > count(original, p.expected);
        }
        Tally &t = m_byKind[p.kind];
        ++t.planted;
        t.found += found ? 1 : 0;
        if (!found && !m_missesFolder.isEmpty()) {
            QFile out(m_missesFolder + QLatin1Char('/') + p.kind + QLatin1Char('_') + name);
            if (out.open(QIODevice::WriteOnly))
                out.write(p.text.toUtf8());
        }
        if (!found)
            misses << QStringLiteral("%1: planted %2 not found (%3)").arg(name, p.kind, p.what);
    }
}

QMap<QString, double> PlantedErrors::measures() const
{
    QMap<QString, double> m;
    int found = 0, planted = 0;
    for (auto it = m_byKind.cbegin(); it != m_byKind.cend(); ++it) {
        m[QStringLiteral("planted.") + it.key()] = it->planted ? double(it->found) / it->planted : 0;
        found += it->found;
        planted += it->planted;
    }
    m[QStringLiteral("planted")] = planted ? double(found) / planted : 0;
    return m;
}

QString PlantedErrors::report() const
{
    QString s = QStringLiteral("| planted error | planted | found | recall |\n|---|---|---|---|\n");
    for (const QString &k : kinds()) {
        const Tally t = m_byKind.value(k);
        if (t.planted)
            s += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                     .arg(k)
                     .arg(t.planted)
                     .arg(t.found)
                     .arg(QString::number(100.0 * t.found / t.planted, 'f', 1));
    }
    return s;
}
