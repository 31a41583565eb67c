#include "itemmodels/chartfigures.h"

#include "check/articleanalysis.h"
#include "figures/currencyreform.h"
#include "figures/figure.h"
#include "itemmodels/chartselection.h"
#include "itemmodels/figuretablemodel.h"
#include "places/gazetteer.h"

#include <QAbstractProxyModel>
#include <QHash>

namespace {

// The key with the most votes; of two with as many, the smaller (so that the choice never depends
// on the hash's order).
template <typename Key> Key mostVoted(const QHash<Key, int> &votes)
{
    Key chosen{};
    int best = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() < chosen)) {
            best = it.value();
            chosen = it.key();
        }
    }
    return chosen;
}

} // namespace

ChartFigures::Result ChartFigures::collect(const QAbstractItemModel *source, const QString &chart,
                                           bool withPlans)
{
    Result result;
    if (!source)
        return result;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source);
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    QVector<Item> items;
    QVector<QString> units, rawUnits;
    QHash<QString, int> unitVotes;
    QHash<int, int> kindVotes;
    const int rows = source->rowCount();
    for (int r = 0; r < rows; ++r) {
        const QModelIndex first = source->index(r, 0);
        const bool level = ChartSelection::accepts(chart, first);
        const bool plan = !level && withPlans && ChartSelection::acceptsPlan(chart, first);
        if (!level && !plan)
            continue;
        const QString province = first.data(FigureTableModel::ProvinceIdRole).toString();
        if (province.isEmpty() || province.contains(u';'))
            continue; // a figure about several provinces is counted for none of them alone
        if (const Gazetteer::Place *p = gazetteer.place(province); p && p->type == QLatin1String("abroad"))
            continue; // a figure about another country is no bar of a chart of China's provinces
        const auto analysis = first.data(FigureTableModel::AnalysisRole).value<ArticleAnalysisPtr>();
        Item item;
        item.row = proxy ? proxy->mapToSource(first).row() : r;
        item.province = province;
        item.date = analysis ? analysis->article.date : QDate();
        item.page = analysis ? analysis->article.page : 0;
        item.title = analysis ? analysis->article.chinese.title.value : QString();
        item.plan = plan;
        const int kind = first.data(FigureTableModel::KindRole).toInt();
        item.ratio = Figure::isRatio(Figure::Kind(kind));
        QString unit = first.data(FigureTableModel::UnitRole).toString();
        item.oldYuan = CurrencyReform::isOldYuan(unit, item.date);
        item.hasOriginal = first.data(FigureTableModel::ChineseFigureRole).toInt() >= 0;
        if (item.hasOriginal)
            item.original = CurrencyReform::inNewYuan(first.data(FigureTableModel::ValueRole).toDouble(),
                                                      unit, item.date);
        const QVariant translation = first.data(FigureTableModel::TranslationValueRole);
        item.hasTranslation = translation.isValid();
        if (item.hasTranslation)
            item.translation = CurrencyReform::inNewYuan(translation.toDouble(), unit, item.date);
        const QModelIndex text = source->index(r, item.hasOriginal ? FigureTableModel::ChineseColumn
                                                                   : FigureTableModel::EnglishColumn);
        item.text = text.data().toString();
        items.append(item);
        // Counts compare whatever their measure word (六万三千二百多个社员, 四百五十多人); measures and
        // money only in one unit (jin and tons are never one axis).
        const QString key = scaleOf(unit, kind);
        units.append(key);
        rawUnits.append(unit);
        ++unitVotes[key];
        ++kindVotes[kind];
    }
    const QString chartKey = mostVoted(unitVotes);
    result.kind = mostVoted(kindVotes);
    result.scale = chartKey;
    QHash<QString, int> shownUnits;
    for (int i = 0; i < items.size(); ++i) {
        if (units.at(i) != chartKey) {
            ++result.otherUnits;
            continue;
        }
        result.oldYuan += items.at(i).oldYuan ? 1 : 0;
        result.items.append(items.at(i));
        ++shownUnits[rawUnits.at(i)];
    }
    result.unit = mostVoted(shownUnits);
    return result;
}

QString ChartFigures::scaleOf(const QString &unit, int kind)
{
    return kind == int(Figure::Kind::Count) ? QStringLiteral("#count") : unit;
}

QList<int> ChartFigures::rowsOf(const QVector<Item> &items, const QVector<int> &indexes)
{
    QList<int> rows;
    rows.reserve(indexes.size());
    for (const int i : indexes)
        rows.append(items.at(i).row);
    return rows;
}

QString ChartFigures::toolTip(const QVector<Item> &all, const QVector<int> &indexes, bool average)
{
    if (indexes.isEmpty())
        return {};
    QVector<const Item *> items;
    for (const int i : indexes)
        items.append(&all.at(i));
    constexpr int Shown = 6;
    QStringList lines;
    if (items.size() > 1)
        lines << (average ? tr("%n figures, their average shown:", nullptr, int(items.size()))
                          : tr("%n figures, the largest shown:", nullptr, int(items.size())));
    for (int i = 0; i < qMin<int>(Shown, int(items.size())); ++i) {
        const Item &f = *items.at(i);
        const QString where =
            f.page > 0 ? tr("%1, p. %2, %3").arg(f.date.toString(Qt::ISODate)).arg(f.page).arg(f.title)
                       : tr("%1, %2").arg(f.date.toString(Qt::ISODate), f.title);
        lines << (f.oldYuan ? tr("%1: %2 (old yuan)").arg(where, f.text) : tr("%1: %2").arg(where, f.text));
    }
    if (items.size() > Shown)
        lines << tr("… and %n more", nullptr, int(items.size()) - Shown);
    return lines.join(u'\n');
}

QString ChartFigures::note(const Result &result)
{
    QStringList parts;
    if (result.oldYuan > 0)
        parts << tr("%n figure(s) before 1955-03-01 converted from old yuan (10 000 old = 1 new yuan)",
                    nullptr, result.oldYuan);
    if (result.otherUnits > 0)
        parts << tr("%n figure(s) in other units not shown", nullptr, result.otherUnits);
    return parts.join(QStringLiteral("; "));
}
