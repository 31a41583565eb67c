#pragma once

#include "check/articleanalysis.h"
#include "check/figurestatus.h"

#include <QAbstractTableModel>
#include <QVector>

class Gazetteer;
class MetricLexicon;

// All figures of the open articles as a table: one row per pair of a Chinese figure and its
// translation, and one per figure left unpaired on either side. Adapts ArticleAnalysis values; the
// place and metric labels come in English or Chinese (setChineseLabels) to follow the UI.
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PlaceColumn,
        ProvinceColumn,
        MetricColumn,
        RoleColumn,    // actual, plan, earlier, change, share
        CountedColumn, // what it counts, in the original (else the translation)
        FamilyColumn,  // the unit family
        ChineseColumn,
        EnglishColumn,
        ValueColumn,
        TranslationValueColumn,
        UnitColumn,
        StatusColumn,
        DateColumn,
        ArticleColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        AnalysisRole,      // ArticleAnalysisPtr
        ChineseFigureRole, // int, -1 when the translation's figure has no original
        EnglishFigureRole, // int, -1 when missing from the translation
        PlaceIdRole,
        ProvinceIdRole,
        MetricRole,           // metric name
        StatusRole,           // FigureStatus::Status
        ValueRole,            // double: the original's value, else the translation's
        TranslationValueRole, // double or invalid
        KindRole,             // Figure::Kind as int
        FindingRole,          // int: index of the worst finding in the article's findings, or -1
        UnitRole,             // the unit as the figure carries it (yuan, percent, 人, jin, …)
        FigureRoleRole,       // Figure::Role as int: actual, plan, earlier, change, share
        FamilyRole,           // Figure::Family as int
        CountedRole,          // what it counts, in the figure's own language
    };

    struct Row
    {
        ArticleAnalysisPtr analysis;
        int chinese = -1;
        int english = -1;
        FigureStatus::Status status = FigureStatus::Agrees;
        int finding = -1;
        const Figure *primary() const;
        const Figure *chineseFigure() const;
        const Figure *englishFigure() const;
    };

    explicit FigureTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setArticles(const QVector<ArticleAnalysisPtr> &articles);
    void addArticles(const QVector<ArticleAnalysisPtr> &articles);
    void setChineseLabels(bool chinese);
    bool chineseLabels() const { return m_chineseLabels; }

    const Row &row(int r) const { return m_rows.at(r); }
    // The row of a figure of an article (by its path), or -1.
    int rowOf(const QString &path, Article::Language language, int figure) const;

    static QVector<Row> rowsOf(const ArticleAnalysisPtr &analysis);
    QString placeLabel(const QString &id) const;
    QString metricLabel(const QString &name) const;
    static QString unitLabel(const QString &unit);
    // The unit of a figure of an article of this date: yuan before 1955-03-01 are old yuan.
    static QString unitLabel(const QString &unit, const QDate &articleDate);
    static QString roleLabel(int role);     // Figure::Role
    static QString familyLabel(int family); // Figure::Family

private:
    QVector<Row> m_rows;
    QHash<QString, int> m_firstRowOfPath;
    bool m_chineseLabels = false;
};
