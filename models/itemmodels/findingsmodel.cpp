#include "itemmodels/findingsmodel.h"

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void FindingsModel::setArticles(const QVector<ArticleAnalysisPtr> &articles)
{
    beginResetModel();
    m_rows.clear();
    for (const ArticleAnalysisPtr &a : articles) {
        for (int i = 0; i < a->findings.size(); ++i)
            m_rows.append({a, i});
    }
    endResetModel();
}

void FindingsModel::addArticles(const QVector<ArticleAnalysisPtr> &articles)
{
    QVector<Row> rows;
    for (const ArticleAnalysisPtr &a : articles) {
        for (int i = 0; i < a->findings.size(); ++i)
            rows.append({a, i});
    }
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

const Finding &FindingsModel::finding(int row) const
{
    return m_rows.at(row).analysis->findings.at(m_rows.at(row).finding);
}

ArticleAnalysisPtr FindingsModel::analysis(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).analysis : nullptr;
}

int FindingsModel::rowOf(const QString &path, int finding) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).finding == finding && m_rows.at(r).analysis->article.path == path)
            return r;
    }
    return -1;
}

QString FindingsModel::severityLabel(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return tr("error");
    case Finding::Severity::Warning:
        return tr("warning");
    case Finding::Severity::Note:
        return tr("note");
    }
    return {};
}

QString FindingsModel::kindLabel(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::ValueMismatch:
        return tr("value differs");
    case Finding::Kind::ScaleError:
        return tr("wrong scale");
    case Finding::Kind::ApproximationLost:
        return tr("approximation lost");
    case Finding::Kind::ApproximationAdded:
        return tr("approximation added");
    case Finding::Kind::InventedPrecision:
        return tr("precision invented");
    case Finding::Kind::MissingFigure:
        return tr("figure missing");
    case Finding::Kind::AddedFigure:
        return tr("figure added");
    case Finding::Kind::DateMismatch:
        return tr("date differs");
    case Finding::Kind::Untranslated:
        return tr("untranslated");
    case Finding::Kind::Truncated:
        return tr("translation cut off");
    case Finding::Kind::Unaligned:
        return tr("unaligned sentence");
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Finding &f = r.analysis->findings.at(r.finding);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(f.severity);
        case KindColumn:
            return kindLabel(f.kind);
        case ChineseColumn:
            return f.chineseText;
        case EnglishColumn:
            return f.englishText;
        case MessageColumn:
            return f.message;
        case DateColumn:
            return r.analysis->article.date.toString(Qt::ISODate);
        case ArticleColumn:
            return r.analysis->article.chinese.title.value;
        }
        break;
    case Qt::ToolTipRole:
        return f.message;
    case SortRole:
        if (index.column() == SeverityColumn)
            return int(f.severity);
        if (index.column() == DateColumn)
            return r.analysis->article.date;
        return data(index, Qt::DisplayRole);
    case AnalysisRole:
        return QVariant::fromValue(r.analysis);
    case FindingRole:
        return r.finding;
    case SeverityRole:
        return int(f.severity);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Kind");
    case ChineseColumn:
        return tr("Original");
    case EnglishColumn:
        return tr("Translation");
    case MessageColumn:
        return tr("Message");
    case DateColumn:
        return tr("Date");
    case ArticleColumn:
        return tr("Article");
    }
    return {};
}
