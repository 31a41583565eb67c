#pragma once

#include <QDockWidget>
#include <QSet>

class FigureFilterProxy;
class FigureTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

// The figure table as a dock: filters (province, what it counts, check status, this article only,
// free text) above a sortable table. Selecting a row asks for its figure to be shown.
class FigureTableDock : public QDockWidget
{
    Q_OBJECT
public:
    FigureTableDock(FigureTableModel *model, FigureFilterProxy *proxy, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QComboBox *provinceBox() const { return m_province; }
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *currentArticleOnly() const { return m_currentOnly; }

    // Selects the row of a source model row without emitting figureActivated.
    void selectSourceRow(int sourceRow);
    void setCurrentArticle(const QString &path);
    // Sets the province filter from outside (a bar click); the combo box follows.
    void setProvince(const QString &id);

Q_SIGNALS:
    void figureActivated(int sourceRow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refillProvinces();
    void refillMetrics();
    void updateCount();

    FigureTableModel *m_model;
    FigureFilterProxy *m_proxy;
    QComboBox *m_province;
    QComboBox *m_metric;
    QComboBox *m_status;
    QLineEdit *m_search;
    QCheckBox *m_currentOnly;
    QTableView *m_view;
    QLabel *m_count;
    QString m_currentArticle;
    QSet<QString> m_provinceIds;
    bool m_selecting = false;
};
