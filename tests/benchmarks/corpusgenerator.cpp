#include "corpusgenerator.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

struct Swap
{
    const char16_t *zh;
    const char *en;
};
// Pairs of provinces to exchange, in both halves, so the generated articles name other places.
const Swap swaps[][2] = {
    {{u"四川", "Sichuan"}, {u"湖南", "Hunan"}},    {{u"云南", "Yunnan"}, {u"江西", "Jiangxi"}},
    {{u"贵州", "Guizhou"}, {u"浙江", "Zhejiang"}}, {{u"江苏", "Jiangsu"}, {u"山东", "Shandong"}},
    {{u"河北", "Hebei"}, {u"河南", "Henan"}},
};

} // namespace

QStringList CorpusGenerator::generate(const QString &sourceFolder, const QString &folder, int count,
                                      quint32 seed)
{
    QVector<QPair<QString, QString>> sources; // (file name, text)
    QDirIterator it(sourceFolder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            sources.append({QFileInfo(f).fileName(), QString::fromUtf8(f.readAll())});
    }
    std::sort(sources.begin(), sources.end());
    if (sources.isEmpty())
        return {};
    QRandomGenerator random(seed);
    const QDate first(1950, 1, 1);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const auto &[name, original] = sources.at(i % sources.size());
        const QDate date = first.addDays(i / 4); // four articles a day
        const QString oldDate = name.left(10);
        const QString newDate = date.toString(Qt::ISODate);
        QString text = original;
        text.replace(oldDate, newDate);
        if (i % 2) {
            const auto &pair = swaps[random.bounded(int(std::size(swaps)))];
            const QString zhA = QString::fromUtf16(pair[0].zh), zhB = QString::fromUtf16(pair[1].zh);
            const QString enA = QString::fromLatin1(pair[0].en), enB = QString::fromLatin1(pair[1].en);
            const QString marker = QStringLiteral("\u0001");
            text.replace(zhA, marker).replace(zhB, zhA).replace(marker, zhB);
            text.replace(enA, marker).replace(enB, enA).replace(marker, enB);
        }
        const QString dir = folder + QLatin1Char('/') + date.toString(QStringLiteral("yyyy.MM"));
        if (!QDir().mkpath(dir))
            return {};
        const QString path =
            QStringLiteral("%1/%2_%3_%4").arg(dir, newDate, QString::number(i), name.mid(11));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
            return {};
        files.append(path);
    }
    return files;
}

qint64 CorpusGenerator::sizeOf(const QStringList &files)
{
    qint64 total = 0;
    for (const QString &f : files)
        total += QFileInfo(f).size();
    return total;
}
