// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Printers page: a search field, the printers table and a count. It owns its proxy; the
// PrinterTableModel belongs to the app, which keeps it fed.

#include <QByteArray>
#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace Printwatch::Models {
class PrinterTableModel;
class PrinterFilterProxyModel;
} // namespace Printwatch::Models

namespace Printwatch::Views {

class PrintersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintersPage)

public:
    explicit PrintersPage(Models::PrinterTableModel *model, QWidget *parent = nullptr);
    ~PrintersPage() override;

    QTableView *tableView() const { return m_table; }
    Models::PrinterFilterProxyModel *proxyModel() const { return m_proxy; }

    // Column order, widths and sort column, as an opaque blob the caller persists.
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);

    QList<qint64> selectedDeviceIds() const;
    // Adds an action to the rows' context menu (after Copy and Open web page), e.g. device actions.
    void addContextAction(QAction *action);
    // The status preset combo: 0 all, 1 needs attention, 2 unreachable, 3 working.
    void setStatusPreset(int preset);
    // The selected rows, visible columns in view order, tab-separated, one line per row.
    QString selectedRowsText() const;

public Q_SLOTS:
    void focusSearch();
    void copySelection();

Q_SIGNALS:
    void openWebPageRequested(const QString &address);
    void selectionChanged(const QList<qint64> &deviceIds);
    void deviceActivated(qint64 deviceId);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    void updateCount();
    void updateActions();
    void openWebPage();
    void showContextMenu(const QPoint &pos);
    void applyStatusFilter();
    void showColumnMenu(const QPoint &globalPos);
    void applyColumnFilter(const QString &text);

    Models::PrinterTableModel *m_model = nullptr;
    Models::PrinterFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_filterColumn = nullptr;
    QLineEdit *m_filterText = nullptr;
    QToolButton *m_columns = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_openWebPageAction = nullptr;
    QAction *m_openDetailsAction = nullptr;
    QList<QAction *> m_extraActions;
};

} // namespace Printwatch::Views
