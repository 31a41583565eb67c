#include "itemmodels/articlelistmodel.h"

#include <QLocale>

#include <algorithm>

ArticleListModel::ArticleListModel(QObject *parent) : QAbstractTableModel(parent) {}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleAnalysis &a = *m_articles.at(index.row());
    const Article &article = a.article;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return article.date.isValid() ? article.date.toString(Qt::ISODate) : QString();
        case PageColumn:
            return article.page > 0 ? QVariant(article.page) : QVariant();
        case EnglishTitleColumn:
            return article.english.title.value;
        case ChineseTitleColumn:
            return article.chinese.title.value;
        case FileColumn:
            return article.fileName;
        }
        break;
    case Qt::ToolTipRole:
        return article.path;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return article.date;
        case PageColumn:
            return article.page;
        default:
            return data(index, Qt::DisplayRole);
        }
    case AnalysisRole:
        return QVariant::fromValue(m_articles.at(index.row()));
    case PathRole:
        return article.path;
    case Qt::TextAlignmentRole:
        if (index.column() == PageColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PageColumn:
        return tr("Page");
    case EnglishTitleColumn:
        return tr("English title");
    case ChineseTitleColumn:
        return tr("Chinese title");
    case FileColumn:
        return tr("File");
    }
    return {};
}

bool ArticleListModel::lessThan(const ArticleAnalysisPtr &a, const ArticleAnalysisPtr &b)
{
    if (a->article.date != b->article.date)
        return a->article.date < b->article.date;
    if (a->article.page != b->article.page)
        return a->article.page < b->article.page;
    return a->article.path < b->article.path;
}

void ArticleListModel::addArticles(const QVector<ArticleAnalysisPtr> &articles)
{
    QVector<ArticleAnalysisPtr> fresh;
    fresh.reserve(articles.size());
    for (const ArticleAnalysisPtr &analysis : articles) {
        if (!analysis)
            continue;
        if (m_paths.contains(analysis->article.path)) {
            const int existing = rowOfPath(analysis->article.path);
            m_articles[existing] = analysis;
            Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            continue;
        }
        m_paths.insert(analysis->article.path);
        fresh.append(analysis);
    }
    std::sort(fresh.begin(), fresh.end(), lessThan);
    // Folders come in date order, so a batch usually goes after the last row: one insertion then.
    if (!fresh.isEmpty() && (m_articles.isEmpty() || !lessThan(fresh.front(), m_articles.back()))) {
        const int first = int(m_articles.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_articles += fresh;
        endInsertRows();
        return;
    }
    for (const ArticleAnalysisPtr &analysis : fresh) {
        const auto pos = std::upper_bound(m_articles.begin(), m_articles.end(), analysis, lessThan);
        const int row = int(pos - m_articles.begin());
        beginInsertRows({}, row, row);
        m_articles.insert(row, analysis);
        endInsertRows();
    }
}

void ArticleListModel::clear()
{
    if (m_articles.isEmpty())
        return;
    beginResetModel();
    m_articles.clear();
    m_paths.clear();
    endResetModel();
}

void ArticleListModel::removeArticle(int row)
{
    if (row < 0 || row >= m_articles.size())
        return;
    beginRemoveRows({}, row, row);
    m_paths.remove(m_articles.at(row)->article.path);
    m_articles.remove(row);
    endRemoveRows();
}

ArticleAnalysisPtr ArticleListModel::analysis(int row) const
{
    return row >= 0 && row < m_articles.size() ? m_articles.at(row) : nullptr;
}

int ArticleListModel::rowOfPath(const QString &path) const
{
    for (int i = 0; i < m_articles.size(); ++i) {
        if (m_articles.at(i)->article.path == path)
            return i;
    }
    return -1;
}
