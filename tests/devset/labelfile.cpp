#include "labelfile.h"

#include <QDir>
#include <QFile>

namespace {

QVector<int> indexes(const QString &field, bool &ok)
{
    QVector<int> out;
    ok = true;
    for (const QString &part : field.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool partOk = false;
        out << part.trimmed().toInt(&partOk);
        ok = ok && partOk;
    }
    return out;
}

} // namespace

LabelFile LabelFile::read(const QString &path, const QString &devsetRoot)
{
    LabelFile labels;
    labels.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        labels.errors << QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return labels;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    auto fail = [&](int line, const QString &message) {
        labels.errors << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message);
    };
    static const QString articleTag = QStringLiteral("# article: ");
    if (lines.isEmpty() || !lines.first().startsWith(articleTag)) {
        fail(1, QStringLiteral("the first line must be \"# article: rmrb/<month>/<file>.md\""));
        return labels;
    }
    labels.articlePath = QDir(devsetRoot).filePath(lines.first().mid(articleTag.size()).trimmed());
    for (int i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int number = i + 1;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        const QString &type = f.first();
        if (type == QLatin1String("F")) {
            if (f.size() != 19) {
                fail(number, QStringLiteral("an F line has 19 fields, this one %1").arg(f.size()));
                continue;
            }
            Figure fig;
            fig.line = number;
            fig.id = f.at(1);
            fig.chinese = fig.id.startsWith(QLatin1String("zh"));
            bool okStart = false, okEnd = false;
            fig.start = f.at(2).toInt(&okStart);
            fig.end = f.at(3).toInt(&okEnd);
            fig.text = f.at(4);
            fig.kind = f.at(9);
            fig.isRange = fig.kind == QLatin1String("range");
            bool okValue = true, okLow = true, okHigh = true;
            if (fig.isRange) {
                fig.low = f.at(6).toDouble(&okLow);
                fig.high = f.at(7).toDouble(&okHigh);
                fig.value = fig.low;
            } else {
                fig.value = f.at(5).toDouble(&okValue);
                fig.low = fig.high = fig.value;
            }
            fig.approx = f.at(8);
            fig.unit = f.at(10);
            fig.family = f.at(11);
            fig.counted = f.at(12);
            fig.metric = f.at(13);
            fig.role = f.at(14);
            fig.region = f.at(15);
            fig.province = f.at(16);
            fig.pair = f.at(17);
            fig.note = f.at(18);
            if (!okStart || !okEnd || !okValue || !okLow || !okHigh || fig.end <= fig.start ||
                (!fig.chinese && !fig.id.startsWith(QLatin1String("en")))) {
                fail(number, QStringLiteral("bad id, offsets or value"));
                continue;
            }
            labels.figures << fig;
        } else if (type == QLatin1String("D")) {
            if (f.size() != 6) {
                fail(number, QStringLiteral("a D line has 6 fields, this one %1").arg(f.size()));
                continue;
            }
            Disagreement d;
            d.line = number;
            d.kind = f.at(1);
            d.chinese = f.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
            d.english = f.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
            d.text = f.at(4);
            d.note = f.at(5);
            labels.disagreements << d;
        } else if (type == QLatin1String("A")) {
            bool okZh = false, okEn = false;
            Group g{indexes(f.value(1), okZh), indexes(f.value(2), okEn)};
            if (f.size() != 3 || !okZh || !okEn || (g.chinese.isEmpty() && g.english.isEmpty())) {
                fail(number, QStringLiteral("an A line is A, Chinese sentences, English sentences"));
                continue;
            }
            labels.groups << g;
        } else {
            fail(number, QStringLiteral("unknown record type \"%1\"").arg(type));
        }
    }
    return labels;
}

const LabelFile::Figure *LabelFile::figure(const QString &id) const
{
    for (const Figure &f : figures) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}
