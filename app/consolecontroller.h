// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds the console's pages around the main window and keeps them fed: fleet tables (counters,
// supplies, alerts) reloaded on the storage thread for the devices a write changed and merged into
// their models, the dashboard totals, the printer detail page, the event log. Only value types
// cross threads; no SQL runs here.

#include "core/printer.h"
#include "core/snmpcredential.h"
#include "models/statusevents.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace Printwatch::Models {
class AlertTableModel;
class CounterTableModel;
class EventLog;
class EventLogModel;
class PrinterTableModel;
class SupplyTableModel;
} // namespace Printwatch::Models
namespace Printwatch::Storage {
class StorageWriter;
}
namespace Printwatch::Views {
class ActivityPage;
class AlertsPage;
class CountersPage;
class DiscoveryPage;
class MainWindow;
class PrinterDetailPage;
class SettingsPage;
class SuppliesPage;
} // namespace Printwatch::Views

namespace Printwatch::App {

class StorageReader;

class ConsoleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleController)

public:
    ConsoleController(Views::MainWindow *window, Models::PrinterTableModel *printers, StorageReader *reader,
                      Storage::StorageWriter *writer, QObject *parent = nullptr);
    ~ConsoleController() override;

    Models::EventLog *eventLog() const { return m_eventLog; }
    Views::DiscoveryPage *discoveryPage() const { return m_discoveryPage; }
    Views::SettingsPage *settingsPage() const { return m_settingsPage; }
    Views::PrinterDetailPage *detailPage() const { return m_detailPage; }

    // "printers", "counters", "supplies", "alerts", "discovery", "activity", "details", "settings".
    static QStringList pageNames();
    QWidget *page(const QString &name) const;

    // First loads: the whole fleet and the recent poll log.
    void loadAll();

public Q_SLOTS:
    void showDevice(qint64 deviceId);
    void logPollRound(const Printwatch::Core::PollerActivity &round);

private:
    void createPages();
    void wire();
    void summariesChanged(const QList<Core::PrinterSummary> &summaries);
    void reloadChanged();
    void updateDashboard();
    void scheduleDashboard();

    Views::MainWindow *m_window;
    Models::PrinterTableModel *m_printers;
    StorageReader *m_reader;
    Storage::StorageWriter *m_writer;

    Models::SupplyTableModel *m_supplies = nullptr;
    Models::AlertTableModel *m_alerts = nullptr;
    Models::CounterTableModel *m_counters = nullptr;
    Models::EventLog *m_eventLog = nullptr;
    Models::EventLogModel *m_events = nullptr;

    Views::CountersPage *m_countersPage = nullptr;
    Views::SuppliesPage *m_suppliesPage = nullptr;
    Views::AlertsPage *m_alertsPage = nullptr;
    Views::DiscoveryPage *m_discoveryPage = nullptr;
    Views::ActivityPage *m_activityPage = nullptr;
    Views::PrinterDetailPage *m_detailPage = nullptr;
    Views::SettingsPage *m_settingsPage = nullptr;

    QHash<qint64, Models::StatusMark> m_lastStatus;
    qsizetype m_visibleCount = -1; // printers the session may see; -1 = the whole fleet
    QSet<qint64> m_changed;
    QTimer *m_reloadTimer = nullptr;
    QTimer *m_dashboardTimer = nullptr;
};

} // namespace Printwatch::App
