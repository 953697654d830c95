// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The frame every fleet table page shares: free-text search (Ctrl+F), a filter per column, a column
// chooser, a count, multi-select, copy (Ctrl+C, spreadsheet-safe), a context menu others can add
// actions to, and a layout (column order, widths, hidden columns, sort) saved under a key in
// QSettings as soon as the user changes it.

#include <QAbstractItemModel>
#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;

namespace Printwatch::Models {
class TableFilterProxyModel;
}

namespace Printwatch::Views {

class TablePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablePage)

public:
    // `layoutKey` names the QSettings entry ("Layout/<key>"); empty means the layout is not persisted.
    TablePage(QAbstractItemModel *model, const QString &layoutKey, QWidget *parent = nullptr);
    ~TablePage() override;

    QTableView *tableView() const { return m_table; }
    Models::TableFilterProxyModel *proxyModel() const { return m_proxy; }
    QAbstractItemModel *sourceModel() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }

    // Extension points: a widget in the filter bar; an action in the rows' context menu.
    void addFilterWidget(QWidget *widget);
    void addContextAction(QAction *action);

    void setColumnFilter(int column, const QString &text);
    void setColumnHidden(int column, bool hidden);
    bool isColumnHidden(int column) const;
    // Initial widths in average characters (they follow the font); a saved layout overrides them.
    // DateTimeWidth: as wide as a date and time in the user's locale (the models' short format).
    static constexpr int DateTimeWidth = -1;
    void setColumnWidthsInChars(const QList<int> &widths);

    QList<qint64> selectedDeviceIds() const;
    // Selected rows, visible columns in view order, tab-separated; cells starting = + - @ are quoted.
    QString selectedRowsText() const;

    // Writes a pending layout change at once (the window calls it when saving its settings).
    void saveNow();
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);
    // Reads the saved layout of this page's key (called once the columns exist).
    bool restoreSavedLayout();

public Q_SLOTS:
    void focusSearch();
    void copySelection();

Q_SIGNALS:
    void deviceActivated(qint64 deviceId);
    void selectionChanged(const QList<qint64> &deviceIds);

protected:
    void focusInEvent(QFocusEvent *event) override;
    // "1,234 supplies, 12 shown"; pages name their rows.
    virtual QString countText(int total, int shown) const;
    void updateCount();
    QHBoxLayout *filterBar() const { return m_bar; }

private:
    void showContextMenu(const QPoint &pos);
    void showColumnMenu(const QPoint &globalPos);
    void fillColumnMenu(QMenu *menu);
    void rebuildColumnChoices();
    void updateTabOrder();
    void scheduleSave();

    // Guarded: the app may destroy the models before the pages, and the proxy still signals then.
    QPointer<QAbstractItemModel> m_model;
    Models::TableFilterProxyModel *m_proxy = nullptr;
    QString m_layoutKey;
    bool m_layoutRestored = false;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filterColumn = nullptr;
    QLineEdit *m_filterText = nullptr;
    QToolButton *m_columns = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QHBoxLayout *m_bar = nullptr;
    QAction *m_copyAction = nullptr;
    QList<QAction *> m_contextActions;
    QTimer *m_saveTimer = nullptr;
};

} // namespace Printwatch::Views
