#pragma once

#include "check/articleanalysis.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

// The open articles, one row each (date, page, English and Chinese titles), kept in date order.
// Adapts ArticleAnalysis values; it never reads or parses anything itself.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        PageColumn,
        EnglishTitleColumn,
        ChineseTitleColumn,
        FileColumn,
        ColumnCount
    };
    enum Role
    {
        AnalysisRole = Qt::UserRole + 1,
        SortRole,
        PathRole
    };

    explicit ArticleListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Inserts each article at its place in date order; an article whose path is already open
    // replaces the old one.
    void addArticles(const QVector<ArticleAnalysisPtr> &articles);
    void clear();
    // Closes the article of this row.
    void removeArticle(int row);

    ArticleAnalysisPtr analysis(int row) const;
    int rowOfPath(const QString &path) const;
    const QVector<ArticleAnalysisPtr> &articles() const { return m_articles; }

private:
    static bool lessThan(const ArticleAnalysisPtr &a, const ArticleAnalysisPtr &b);
    QVector<ArticleAnalysisPtr> m_articles;
    QSet<QString> m_paths;
};
