#pragma once

#include <QDockWidget>

class FindingsModel;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The findings of the translation check as a dock, filterable by severity. Selecting a row asks
// for the finding to be shown in both texts.
class FindingsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit FindingsDock(FindingsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The visible row after (step 1) or before (step -1) the current one, as a source row, going round
    // at the ends (wrapped says so); -1 when no finding is shown.
    int neighbourRow(int step, bool *wrapped = nullptr) const;
    void selectSourceRow(int sourceRow);

Q_SIGNALS:
    void findingActivated(int sourceRow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();

    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_severity;
    QTableView *m_view;
    QLabel *m_count;
    bool m_selecting = false;
};
