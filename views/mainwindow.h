// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window frame: menus, pages, the status bar and the error banner. Pages are added with
// addPage(), so Counters, Supplies, Alerts... arrive without touching this class. It knows
// neither SNMP nor storage: it emits requests and the app acts on them.

#include "core/snmpcredential.h"

#include <QMainWindow>

class QSettings;
class QTabWidget;

namespace Printwatch::Models {
class PrinterTableModel;
}

namespace Printwatch::Views {

class Banner;
class DashboardStrip;
class PollerStatusWidget;
class PrintersPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Models::PrinterTableModel *printers, QWidget *parent = nullptr);
    ~MainWindow() override;

    PrintersPage *printersPage() const { return m_printersPage; }
    Banner *banner() const { return m_banner; }
    DashboardStrip *dashboard() const { return m_dashboard; }

    // Adds a page (a tab); returns its index. The window takes ownership. The first nine pages get
    // Ctrl+1 … Ctrl+9 and an entry in the View menu.
    int addPage(QWidget *page, const QString &title, const QIcon &icon = {});
    void showPage(QWidget *page);
    QWidget *currentPage() const;

    // Extension points for other features (device actions, reports): menus and the printers' context menu.
    // A feature with a menu of its own adds it with menuBar()->insertMenu(helpMenu()->menuAction(), ...).
    QMenu *printersMenu() const { return m_printersMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    // Adds `action` to the Printers menu and to the printers table's context menu.
    void addPrinterAction(QAction *action);

    // Window geometry, dock/toolbar state and the printers header, under the group "MainWindow".
    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

public Q_SLOTS:
    void setActivity(const Printwatch::Core::PollerActivity &activity);
    void showBanner(const QString &text);
    void showTransientMessage(const QString &text, int timeoutMs = 5000);

Q_SIGNALS:
    void discoverRequested();
    void pollNowRequested();
    void openWebPageRequested(const QString &address);
    // Double-click or Enter on a printer in any table.
    void deviceActivated(qint64 deviceId);

private:
    void createMenus();
    void showAbout();

    QTabWidget *m_pages = nullptr;
    DashboardStrip *m_dashboard = nullptr;
    QMenu *m_printersMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    PrintersPage *m_printersPage = nullptr;
    Banner *m_banner = nullptr;
    PollerStatusWidget *m_pollerStatus = nullptr;
};

} // namespace Printwatch::Views
