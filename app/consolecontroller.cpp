// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/consolecontroller.h"

#include "app/storagereader.h"
#include "models/alerttablemodel.h"
#include "models/countertablemodel.h"
#include "models/eventlog.h"
#include "models/eventlogmodel.h"
#include "models/fleettotals.h"
#include "models/printertablemodel.h"
#include "models/statusevents.h"
#include "models/supplytablemodel.h"
#include "models/textformat.h"
#include "storage/storagewriter.h"
#include "views/activitypage.h"
#include "views/alertspage.h"
#include "views/counterspage.h"
#include "views/dashboardstrip.h"
#include "views/discoverypage.h"
#include "views/mainwindow.h"
#include "views/printerdetailpage.h"
#include "views/printerspage.h"
#include "views/settingspage.h"
#include "views/suppliespage.h"

#include <QIcon>
#include <QLocale>
#include <QTimer>

namespace Printwatch::App {

namespace {

void registerMetaTypes()
{
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<Models::SupplyTableModel::Changes>();
    qRegisterMetaType<Models::AlertTableModel::Changes>();
    qRegisterMetaType<Models::CounterTableModel::Changes>();
    qRegisterMetaType<Storage::FleetSupplyRow>();
    qRegisterMetaType<QList<Storage::FleetSupplyRow>>();
    qRegisterMetaType<Storage::FleetAlertRow>();
    qRegisterMetaType<QList<Storage::FleetAlertRow>>();
    qRegisterMetaType<Storage::FleetCounterRow>();
    qRegisterMetaType<QList<Storage::FleetCounterRow>>();
    qRegisterMetaType<Storage::PrinterDetail>();
    qRegisterMetaType<Storage::PollLogEntry>();
    qRegisterMetaType<QList<Storage::PollLogEntry>>();
    qRegisterMetaType<Models::EventEntry>();
    qRegisterMetaType<QList<Models::EventEntry>>();
}

QString printerLabel(const Core::PrinterSummary &summary)
{
    const QString name = Models::singleLine(summary.name);
    const QString address = Models::displayAddress(summary.address, summary.port);
    return name.isEmpty() ? address : ConsoleController::tr("%1 (%2)").arg(name, address);
}

} // namespace

ConsoleController::ConsoleController(Views::MainWindow *window, Models::PrinterTableModel *printers,
                                     StorageReader *reader, Storage::StorageWriter *writer, QObject *parent)
    : QObject(parent), m_window(window), m_printers(printers), m_reader(reader), m_writer(writer),
      m_supplies(new Models::SupplyTableModel(this)), m_alerts(new Models::AlertTableModel(this)),
      m_counters(new Models::CounterTableModel(this)), m_eventLog(new Models::EventLog(this)),
      m_events(new Models::EventLogModel(this)), m_reloadTimer(new QTimer(this)), m_dashboardTimer(new QTimer(this))
{
    registerMetaTypes();
    // A poll round is written in many batches; their changes are gathered and reloaded together.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &ConsoleController::reloadChanged);
    m_dashboardTimer->setSingleShot(true);
    m_dashboardTimer->setInterval(250);
    connect(m_dashboardTimer, &QTimer::timeout, this, &ConsoleController::updateDashboard);
    createPages();
    wire();
}

ConsoleController::~ConsoleController() = default;

QStringList ConsoleController::pageNames()
{
    return {QStringLiteral("printers"), QStringLiteral("counters"),  QStringLiteral("supplies"),
            QStringLiteral("alerts"),   QStringLiteral("discovery"), QStringLiteral("activity"),
            QStringLiteral("details"),  QStringLiteral("settings")};
}

QWidget *ConsoleController::page(const QString &name) const
{
    const QList<QWidget *> pages = {m_window->printersPage(), m_countersPage, m_suppliesPage, m_alertsPage,
                                    m_discoveryPage,          m_activityPage, m_detailPage,   m_settingsPage};
    const qsizetype at = pageNames().indexOf(name);
    return at < 0 ? nullptr : pages.at(at);
}

void ConsoleController::createPages()
{
    m_countersPage = new Views::CountersPage(m_counters);
    m_suppliesPage = new Views::SuppliesPage(m_supplies);
    m_alertsPage = new Views::AlertsPage(m_alerts);
    m_discoveryPage = new Views::DiscoveryPage;
    m_activityPage = new Views::ActivityPage(m_events);
    m_detailPage = new Views::PrinterDetailPage;
    m_settingsPage = new Views::SettingsPage;
    const auto icon = [](const char *name) { return QIcon::fromTheme(QLatin1String(name)); };
    m_window->addPage(m_countersPage, tr("Counters"), icon("accessories-calculator"));
    m_window->addPage(m_suppliesPage, tr("Supplies"), icon("printer-toner"));
    m_window->addPage(m_alertsPage, tr("Alerts"), icon("dialog-warning"));
    m_window->addPage(m_discoveryPage, tr("Discovery"), icon("edit-find"));
    m_window->addPage(m_activityPage, tr("Activity"), icon("view-list-details"));
    m_window->addPage(m_detailPage, tr("Printer"), icon("document-properties"));
    m_window->addPage(m_settingsPage, tr("Settings"), icon("preferences-system"));
}

void ConsoleController::wire()
{
    connect(m_eventLog, &Models::EventLog::entriesAdded, m_events, &Models::EventLogModel::append);

    // The writer's changes pass the reader's device-group filter on the storage thread first.
    connect(m_writer, &Storage::StorageWriter::summariesChanged, m_reader, &StorageReader::relaySummaries);
    connect(m_reader, &StorageReader::summariesMerged, this, &ConsoleController::summariesChanged);
    // What the user may see changed (login, logout, a group change): a hidden printer leaves the
    // detail page, and the activity log starts again from the visible printers' poll log.
    connect(m_reader, &StorageReader::visibilityChanged, this, [this](const Models::DeviceVisibility &visibility) {
        m_visibleCount = visibility.count();
        if (m_detailPage->deviceId() != 0 && !visibility.contains(m_detailPage->deviceId()))
            m_detailPage->showDevice(0);
        m_events->clear();
        QMetaObject::invokeMethod(m_reader, [reader = m_reader] { reader->loadPollLog(500); });
    });
    connect(m_writer, &Storage::StorageWriter::error, this, [this](const QString &message) {
        m_eventLog->log(Models::EventSeverity::Error, tr("Storage"), message);
    });
    connect(m_reader, &StorageReader::error, this, [this](const QString &message) {
        m_eventLog->log(Models::EventSeverity::Error, tr("Storage"), message);
    });
    connect(m_reader, &StorageReader::summariesLoaded, this, [this](const QList<Core::PrinterSummary> &summaries) {
        for (const auto &summary : summaries)
            m_lastStatus.insert(summary.deviceId, Models::StatusMark::after(std::nullopt, summary));
    });

    connect(m_reader, &StorageReader::suppliesChanged, this, [this](const Models::SupplyTableModel::Changes &changes) {
        m_supplies->applyChanges(changes.changed, changes.removed);
    });
    connect(m_reader, &StorageReader::alertsChanged, this, [this](const Models::AlertTableModel::Changes &changes) {
        m_alerts->applyChanges(changes.changed, changes.removed);
    });
    connect(m_reader, &StorageReader::countersChanged, this, [this](const Models::CounterTableModel::Changes &changes) {
        m_counters->applyChanges(changes.changed, changes.removed);
    });
    connect(m_reader, &StorageReader::pollLogLoaded, this, [this](const QList<Storage::PollLogEntry> &entries) {
        QList<Models::EventEntry> events;
        events.reserve(entries.size());
        // The repository answers newest first; the log model keeps arrival order.
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            Models::EventEntry event;
            event.time = it->polledAt;
            event.severity = it->ok ? Models::EventSeverity::Info : Models::EventSeverity::Warning;
            event.source = tr("Poll");
            event.deviceId = it->deviceId.value_or(0);
            event.printer = Models::displayAddress(it->address, it->port);
            event.message = it->ok ? (it->durationMs ? tr("Answered in %1 ms").arg(*it->durationMs) : tr("Answered"))
                                   : it->error;
            events.append(event);
        }
        m_events->append(events);
    });

    connect(m_window, &Views::MainWindow::deviceActivated, this, &ConsoleController::showDevice);
    for (Views::TablePage *page : {static_cast<Views::TablePage *>(m_countersPage),
                                   static_cast<Views::TablePage *>(m_suppliesPage),
                                   static_cast<Views::TablePage *>(m_alertsPage),
                                   static_cast<Views::TablePage *>(m_activityPage)}) {
        connect(page, &Views::TablePage::deviceActivated, this, &ConsoleController::showDevice);
    }
    connect(m_detailPage, &Views::PrinterDetailPage::detailRequested, m_reader,
            [reader = m_reader](qint64 id) { reader->loadDetail(id); });
    connect(m_reader, &StorageReader::detailLoaded, m_detailPage, &Views::PrinterDetailPage::setDetail);
    connect(m_detailPage, &Views::PrinterDetailPage::openWebPageRequested, m_window,
            &Views::MainWindow::openWebPageRequested);

    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_printers),
                                      static_cast<QAbstractItemModel *>(m_alerts),
                                      static_cast<QAbstractItemModel *>(m_supplies)}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &ConsoleController::scheduleDashboard);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ConsoleController::scheduleDashboard);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ConsoleController::scheduleDashboard);
        connect(model, &QAbstractItemModel::modelReset, this, &ConsoleController::scheduleDashboard);
    }

    using Tile = Views::DashboardStrip::Tile;
    connect(m_window->dashboard(), &Views::DashboardStrip::tileActivated, this, [this](Tile tile) {
        switch (tile) {
        case Tile::Printers:
        case Tile::Up:
        case Tile::Asleep:
        case Tile::Down:
        case Tile::Offline: {
            const int preset = tile == Tile::Printers ? 0
                               : tile == Tile::Offline ? 2
                               : tile == Tile::Down    ? 1
                                                       : 3;
            m_window->printersPage()->setStatusPreset(preset);
            m_window->showPage(m_window->printersPage());
            break;
        }
        case Tile::AlertsCritical:
        case Tile::AlertsWarning:
            m_alertsPage->setPreset(tile == Tile::AlertsCritical ? 1 : 0);
            m_window->showPage(m_alertsPage);
            break;
        case Tile::SuppliesLow:
        case Tile::SuppliesEmpty:
            m_suppliesPage->setStatePreset(1);
            m_window->showPage(m_suppliesPage);
            break;
        }
    });
}

void ConsoleController::loadAll()
{
    QMetaObject::invokeMethod(m_reader, [reader = m_reader] {
        reader->loadFleet({});
        reader->loadPollLog(500);
    });
}

void ConsoleController::showDevice(qint64 deviceId)
{
    if (deviceId == 0)
        return;
    m_detailPage->showDevice(deviceId);
    m_window->showPage(m_detailPage);
}

void ConsoleController::summariesChanged(const QList<Core::PrinterSummary> &summaries)
{
    for (const auto &summary : summaries) {
        m_changed.insert(summary.deviceId);
        // Transitions, not every poll: an offline printer is one line when it goes and one when it is back.
        const auto found = m_lastStatus.constFind(summary.deviceId);
        const std::optional<Models::StatusMark> previous =
            found == m_lastStatus.constEnd() ? std::nullopt : std::optional<Models::StatusMark>(*found);
        for (const Models::StatusEvent &event : Models::statusEvents(previous, summary))
            m_eventLog->log(event.severity, event.source, event.message, printerLabel(summary), summary.deviceId);
        m_lastStatus.insert(summary.deviceId, Models::StatusMark::after(previous, summary));
    }
    if (!m_reloadTimer->isActive())
        m_reloadTimer->start();
}

void ConsoleController::reloadChanged()
{
    if (m_changed.isEmpty())
        return;
    const QList<qint64> ids(m_changed.cbegin(), m_changed.cend());
    m_changed.clear();
    QMetaObject::invokeMethod(m_reader, [reader = m_reader, ids] { reader->loadFleet(ids); });
    if (m_detailPage->deviceId() != 0 && ids.contains(m_detailPage->deviceId()) && m_detailPage->isVisible())
        m_detailPage->refresh();
}

void ConsoleController::logPollRound(const Core::PollerActivity &round)
{
    const QString seconds = Models::roundSecondsText(round.lastRoundMs); // as the status bar has it
    // The poller's totals are fleet-wide: a user limited to device groups is told about the
    // printers they may see only, and not how many others exist or fail (the Printers table
    // shows which of theirs do not answer).
    if (m_visibleCount >= 0) {
        if (m_visibleCount > 0)
            m_eventLog->log(Models::EventSeverity::Info, tr("Poll"),
                            tr("Poll round: your %n printer(s) in %1 s", nullptr, int(m_visibleCount)).arg(seconds));
        return;
    }
    QString message = tr("Poll round: %n printer(s) in %1 s", nullptr, round.devicesTotal).arg(seconds);
    if (round.devicesFailed > 0)
        message += tr(", %n not answering", nullptr, round.devicesFailed);
    m_eventLog->log(round.devicesFailed > 0 ? Models::EventSeverity::Warning : Models::EventSeverity::Info,
                    tr("Poll"), message);
}

void ConsoleController::scheduleDashboard()
{
    if (!m_dashboardTimer->isActive())
        m_dashboardTimer->start();
}

void ConsoleController::updateDashboard()
{
    m_window->dashboard()->setTotals(Models::countFleet(m_printers, m_alerts, m_supplies));
}

} // namespace Printwatch::App
