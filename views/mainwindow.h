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

    // Adds a page (a tab); returns its index. The window takes ownership.
    int addPage(QWidget *page, const QString &title, const QIcon &icon = {});
    void showPage(QWidget *page);

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

private:
    void createMenus();
    void showAbout();

    QTabWidget *m_pages = nullptr;
    PrintersPage *m_printersPage = nullptr;
    Banner *m_banner = nullptr;
    PollerStatusWidget *m_pollerStatus = nullptr;
};

} // namespace Printwatch::Views
