#pragma once

#include <QSortFilterProxyModel>

// The figure table as the reader filters it: by province, metric, check status, article and free
// text (in the figure texts, places and article title). The charts aggregate exactly the rows this
// proxy lets through.
class FigureFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FigureFilterProxy(QObject *parent = nullptr);

    // Empty or -1: no filter.
    void setProvince(const QString &id);
    void setMetric(const QString &name);
    void setMinimumStatus(int status);
    void setArticlePath(const QString &path);
    void setText(const QString &text);
    QString province() const { return m_province; }
    QString metric() const { return m_metric; }
    int minimumStatus() const { return m_minimumStatus; }
    QString articlePath() const { return m_articlePath; }
    QString text() const { return m_text; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_province;
    QString m_metric;
    int m_minimumStatus = -1;
    QString m_articlePath;
    QString m_text;
};
