#pragma once

#include "check/articleanalysis.h"

#include <QAbstractTableModel>

// The findings of the translation check over the open articles, one row each, in reading order.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        KindColumn,
        ChineseColumn,
        EnglishColumn,
        MessageColumn,
        DateColumn,
        ArticleColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        AnalysisRole,
        FindingRole,
        SeverityRole
    };

    explicit FindingsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setArticles(const QVector<ArticleAnalysisPtr> &articles);
    void addArticles(const QVector<ArticleAnalysisPtr> &articles);
    const Finding &finding(int row) const;
    ArticleAnalysisPtr analysis(int row) const;
    int rowOf(const QString &path, int finding) const;

    static QString kindLabel(Finding::Kind kind);
    static QString severityLabel(Finding::Severity severity);

private:
    struct Row
    {
        ArticleAnalysisPtr analysis;
        int finding = -1;
    };
    QVector<Row> m_rows;
};
