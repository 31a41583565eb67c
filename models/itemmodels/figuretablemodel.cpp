#include "itemmodels/figuretablemodel.h"

#include "figures/currencyreform.h"
#include "figures/metriclexicon.h"
#include "places/gazetteer.h"

#include <QLocale>

const Figure *FigureTableModel::Row::chineseFigure() const
{
    return chinese >= 0 ? &analysis->chineseFigures.at(chinese) : nullptr;
}

const Figure *FigureTableModel::Row::englishFigure() const
{
    return english >= 0 ? &analysis->englishFigures.at(english) : nullptr;
}

const Figure *FigureTableModel::Row::primary() const
{
    return chinese >= 0 ? chineseFigure() : englishFigure();
}

FigureTableModel::FigureTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVector<FigureTableModel::Row> FigureTableModel::rowsOf(const ArticleAnalysisPtr &analysis)
{
    QVector<Row> rows;
    QVector<int> zhFinding, enFinding;
    const QVector<FigureStatus::Status> zhStatus =
        FigureStatus::of(*analysis, Article::Language::Chinese, &zhFinding);
    const QVector<FigureStatus::Status> enStatus =
        FigureStatus::of(*analysis, Article::Language::English, &enFinding);
    // In the original's order; a translation's figure with no original goes after the figure of the
    // sentence before it, so rows stay in reading order.
    QVector<QVector<int>> addedAfter(analysis->chineseFigures.size() + 1);
    for (const Figure &e : analysis->englishFigures) {
        if (e.pair >= 0)
            continue;
        int after = -1;
        for (const Figure &z : analysis->chineseFigures) {
            const int zg = analysis->alignment.groupOfChinese.value(z.sentence, -1);
            const int eg = analysis->alignment.groupOfEnglish.value(e.sentence, -1);
            if (zg >= 0 && eg >= 0 && zg <= eg)
                after = z.index;
        }
        addedAfter[after + 1].append(e.index);
    }
    auto addEnglishOnly = [&](const QVector<int> &list) {
        for (int e : list) {
            Row r;
            r.analysis = analysis;
            r.english = e;
            r.status = enStatus.value(e);
            r.finding = enFinding.value(e);
            rows.append(r);
        }
    };
    addEnglishOnly(addedAfter[0]);
    for (const Figure &z : analysis->chineseFigures) {
        Row r;
        r.analysis = analysis;
        r.chinese = z.index;
        r.english = z.pair;
        r.status = zhStatus.value(z.index);
        r.finding = zhFinding.value(z.index);
        if (z.pair >= 0 && enStatus.value(z.pair) > r.status) {
            r.status = enStatus.value(z.pair);
            r.finding = enFinding.value(z.pair);
        }
        rows.append(r);
        addEnglishOnly(addedAfter[z.index + 1]);
    }
    return rows;
}

void FigureTableModel::setArticles(const QVector<ArticleAnalysisPtr> &articles)
{
    beginResetModel();
    m_rows.clear();
    m_firstRowOfPath.clear();
    for (const ArticleAnalysisPtr &a : articles) {
        m_firstRowOfPath.insert(a->article.path, int(m_rows.size()));
        m_rows += rowsOf(a);
    }
    endResetModel();
}

void FigureTableModel::addArticles(const QVector<ArticleAnalysisPtr> &articles)
{
    QVector<Row> rows;
    QVector<ArticleAnalysisPtr> fresh;
    for (const ArticleAnalysisPtr &a : articles) {
        if (m_firstRowOfPath.contains(a->article.path))
            continue;
        fresh.append(a);
        rows += rowsOf(a);
    }
    if (rows.isEmpty()) {
        for (const ArticleAnalysisPtr &a : fresh)
            m_firstRowOfPath.insert(a->article.path, int(m_rows.size()));
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const Row &r : std::as_const(rows)) {
        if (!m_firstRowOfPath.contains(r.analysis->article.path))
            m_firstRowOfPath.insert(r.analysis->article.path, int(m_rows.size()));
        m_rows.append(r);
    }
    for (const ArticleAnalysisPtr &a : fresh) {
        if (!m_firstRowOfPath.contains(a->article.path))
            m_firstRowOfPath.insert(a->article.path, int(m_rows.size()));
    }
    endInsertRows();
}

int FigureTableModel::rowOf(const QString &path, Article::Language language, int figure) const
{
    const int first = m_firstRowOfPath.value(path, -1);
    if (first < 0)
        return -1;
    for (int r = first; r < m_rows.size() && m_rows.at(r).analysis->article.path == path; ++r) {
        const Row &row = m_rows.at(r);
        if ((language == Article::Language::Chinese ? row.chinese : row.english) == figure)
            return r;
    }
    return -1;
}

void FigureTableModel::setChineseLabels(bool chinese)
{
    if (chinese == m_chineseLabels)
        return;
    m_chineseLabels = chinese;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, PlaceColumn), index(int(m_rows.size()) - 1, MetricColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString FigureTableModel::placeLabel(const QString &id) const
{
    return Gazetteer::builtIn().label(id, m_chineseLabels);
}

QString FigureTableModel::unitLabel(const QString &unit)
{
    // Canonical units in the UI's language; measure words (个, 件, 人) are shown as written.
    if (unit == QLatin1String("yuan"))
        return tr("yuan");
    if (unit == QLatin1String("percent"))
        return QStringLiteral("%");
    if (unit == QLatin1String("jin"))
        return tr("jin");
    if (unit == QLatin1String("dan"))
        return tr("dan");
    if (unit == QLatin1String("mu"))
        return tr("mu");
    if (unit == QLatin1String("ton"))
        return tr("tons");
    return unit;
}

QString FigureTableModel::unitLabel(const QString &unit, const QDate &articleDate)
{
    return CurrencyReform::isOldYuan(unit, articleDate) ? tr("old yuan") : unitLabel(unit);
}

QString FigureTableModel::roleLabel(int role)
{
    switch (Figure::Role(role)) {
    case Figure::Role::Actual:
        return tr("actual");
    case Figure::Role::Plan:
        return tr("plan");
    case Figure::Role::Earlier:
        return tr("earlier");
    case Figure::Role::Change:
        return tr("change");
    case Figure::Role::Share:
        return tr("share");
    }
    return {};
}

QString FigureTableModel::familyLabel(int family)
{
    using F = Figure::Family;
    switch (F(family)) {
    case F::Other:
        return tr("other");
    case F::Persons:
        return tr("persons");
    case F::Households:
        return tr("households");
    case F::Organisations:
        return tr("organisations");
    case F::Items:
        return tr("items");
    case F::Money:
        return tr("money");
    case F::Weight:
        return tr("weight");
    case F::Area:
        return tr("area");
    case F::Length:
        return tr("length");
    case F::Volume:
        return tr("volume");
    case F::Power:
        return tr("power");
    case F::Energy:
        return tr("energy");
    case F::Head:
        return tr("head (livestock)");
    case F::Percent:
        return tr("percent");
    case F::Multiple:
        return tr("multiple");
    case F::Places:
        return tr("places");
    case F::Duration:
        return tr("duration");
    }
    return {};
}

QString FigureTableModel::metricLabel(const QString &name) const
{
    const MetricLexicon::Metric *m = MetricLexicon::builtIn().metric(name);
    if (!m)
        return name;
    return m_chineseLabels ? m->chinese : m->english;
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Figure *f = r.primary();
    const Figure *z = r.chineseFigure();
    const Figure *e = r.englishFigure();
    const Article &article = r.analysis->article;
    auto valueText = [](const Figure *x) -> QVariant {
        if (!x)
            return {};
        const QLocale locale;
        if (x->quantity.isRange)
            return QStringLiteral("%1–%2").arg(locale.toString(x->quantity.low, 'g', 15),
                                               locale.toString(x->quantity.high, 'g', 15));
        return locale.toString(x->quantity.value, 'g', 15);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PlaceColumn:
            return placeLabel(f->placeId);
        case ProvinceColumn:
            return placeLabel(f->provinceId);
        case MetricColumn:
            return metricLabel(f->metric);
        case RoleColumn:
            return roleLabel(int(f->role));
        case CountedColumn:
            return f->counted.isEmpty() && e ? e->counted : f->counted;
        case FamilyColumn:
            return familyLabel(int(f->family));
        case ChineseColumn:
            return z ? z->text.toString() : QString();
        case EnglishColumn:
            return e ? e->text.toString() : QString();
        case ValueColumn:
            return valueText(z ? z : e);
        case TranslationValueColumn:
            return valueText(e);
        case UnitColumn:
            return unitLabel(f->quantity.unit, article.date);
        case StatusColumn:
            return FigureStatus::name(r.status);
        case DateColumn:
            return article.date.toString(Qt::ISODate);
        case ArticleColumn:
            return article.chinese.title.value;
        }
        break;
    case Qt::ToolTipRole:
        if (r.finding >= 0)
            return r.analysis->findings.at(r.finding).message;
        if (index.column() == ArticleColumn)
            return article.path;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == TranslationValueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case ValueColumn:
            return (z ? z : e)->quantity.low;
        case TranslationValueColumn:
            return e ? QVariant(e->quantity.low) : QVariant();
        case StatusColumn:
            return int(r.status);
        case DateColumn:
            return article.date;
        default:
            return data(index, Qt::DisplayRole);
        }
    case AnalysisRole:
        return QVariant::fromValue(r.analysis);
    case ChineseFigureRole:
        return r.chinese;
    case EnglishFigureRole:
        return r.english;
    case PlaceIdRole:
        return f->placeId;
    case ProvinceIdRole:
        return f->provinceId;
    case MetricRole:
        return f->metric;
    case StatusRole:
        return int(r.status);
    case ValueRole:
        return f->quantity.low;
    case TranslationValueRole:
        return e ? QVariant(e->quantity.low) : QVariant();
    case KindRole:
        return int(f->kind);
    case FindingRole:
        return r.finding;
    case UnitRole:
        return f->quantity.unit;
    case FigureRoleRole:
        return int(f->role);
    case FamilyRole:
        return int(f->family);
    case CountedRole:
        return f->counted;
    }
    return {};
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlaceColumn:
        return tr("Place");
    case ProvinceColumn:
        return tr("Province");
    case MetricColumn:
        return tr("Counts");
    case RoleColumn:
        return tr("Role");
    case CountedColumn:
        return tr("Counted thing");
    case FamilyColumn:
        return tr("Unit family");
    case ChineseColumn:
        return tr("Original");
    case EnglishColumn:
        return tr("Translation");
    case ValueColumn:
        return tr("Value");
    case TranslationValueColumn:
        return tr("Translation's value");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Check");
    case DateColumn:
        return tr("Date");
    case ArticleColumn:
        return tr("Article");
    }
    return {};
}
