// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storagereader.h"

#include "auth/authorizer.h"
#include "storage/database.h"
#include "storage/polllogrepository.h"
#include "storage/printerrepository.h"

#include <QDateTime>

namespace Printwatch::App {

StorageReader::StorageReader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    qRegisterMetaType<Models::DeviceVisibility>();
    qRegisterMetaType<Auth::Session>();
}

StorageReader::~StorageReader() = default;

bool StorageReader::ensureOpen()
{
    if (m_db)
        return true;
    auto db = Storage::Database::open(m_path);
    if (!db) {
        Q_EMIT error(db.error());
        return false;
    }
    m_db = std::make_unique<Storage::Database>(std::move(db).value());
    return true;
}

void StorageReader::loadSummaries()
{
    if (!ensureOpen())
        return;
    const auto summaries = Storage::PrinterRepository(*m_db).summaries();
    if (!summaries) {
        Q_EMIT error(summaries.error());
        return;
    }
    Q_EMIT summariesLoaded(m_visibility.filter(summaries.value(), [](const Core::PrinterSummary &s) { return s.deviceId; }));
}

void StorageReader::setSessionRequired(bool required)
{
    m_sessionRequired = required;
    refreshVisibility();
}

void StorageReader::setSession(const Auth::Session &session)
{
    m_session = session;
    refreshVisibility();
}

bool StorageReader::updateVisibility()
{
    m_visibilityCheckedMs = QDateTime::currentMSecsSinceEpoch();
    Models::DeviceVisibility next;
    if (!m_session.valid()) {
        next = m_sessionRequired ? Models::DeviceVisibility::none() : Models::DeviceVisibility::all();
    } else if (ensureOpen()) {
        auto ids = Auth::Authorizer(*m_db).visibleDevices(m_session);
        if (!ids) {
            // Fail closed: a session whose groups cannot be read sees nothing.
            Q_EMIT error(ids.error());
            next = Models::DeviceVisibility::none();
        } else {
            next = Models::DeviceVisibility::fromIds(ids.value());
        }
    } else {
        next = Models::DeviceVisibility::none();
    }
    if (next == m_visibility)
        return false;
    m_visibility = next;
    Q_EMIT visibilityChanged(m_visibility);
    return true;
}

void StorageReader::refreshVisibility()
{
    if (!updateVisibility())
        return;
    loadSummaries();
    loadFleet({});
}

void StorageReader::relaySummaries(const QList<Core::PrinterSummary> &summaries)
{
    // A group change made by printwatch-cli or another Printwatch reaches this reader only
    // through the database; a few seconds' delay is fine, a query per write batch is not.
    if (m_session.valid() && QDateTime::currentMSecsSinceEpoch() - m_visibilityCheckedMs > 5000)
        refreshVisibility();
    const QList<Core::PrinterSummary> visible =
        m_visibility.filter(summaries, [](const Core::PrinterSummary &s) { return s.deviceId; });
    if (!visible.isEmpty())
        Q_EMIT summariesMerged(visible);
}

void StorageReader::loadTargets(const Core::SnmpCredential &credential)
{
    if (!ensureOpen())
        return;
    const auto targets = Storage::PrinterRepository(*m_db).managedTargets(credential);
    if (!targets) {
        Q_EMIT error(targets.error());
        return;
    }
    Q_EMIT targetsLoaded(targets.value());
}

void StorageReader::loadFleet(const QList<qint64> &requested)
{
    if (!ensureOpen())
        return;
    const std::optional<QList<qint64>> narrowed = m_visibility.narrow(requested);
    if (!narrowed)
        return; // only hidden printers changed
    const QList<qint64> &deviceIds = *narrowed;
    const auto ofPrinter = [](const auto &row) { return row.printer.deviceId; };
    const Storage::FleetQueries queries(*m_db);
    auto supplies = queries.latestSupplies(deviceIds);
    if (!supplies) {
        Q_EMIT error(supplies.error());
        return;
    }
    if (auto changes = m_supplies.update(deviceIds, m_visibility.filter(supplies.value(), ofPrinter)); !changes.changed.isEmpty() || !changes.removed.isEmpty())
        Q_EMIT suppliesChanged(changes);
    // Cleared alerts stay visible for a week, so a problem that came and went overnight is seen.
    const auto alerts = queries.alerts(QDateTime::currentDateTimeUtc().addDays(-7), deviceIds);
    if (!alerts) {
        Q_EMIT error(alerts.error());
        return;
    }
    if (auto changes = m_alerts.update(deviceIds, m_visibility.filter(alerts.value(), ofPrinter)); !changes.changed.isEmpty() || !changes.removed.isEmpty())
        Q_EMIT alertsChanged(changes);
    const auto counters = queries.latestCounters(deviceIds);
    if (!counters) {
        Q_EMIT error(counters.error());
        return;
    }
    if (auto changes = m_counters.update(deviceIds, m_visibility.filter(counters.value(), ofPrinter)); !changes.changed.isEmpty() || !changes.removed.isEmpty())
        Q_EMIT countersChanged(changes);
}

void StorageReader::loadDetail(qint64 deviceId)
{
    if (!ensureOpen())
        return;
    if (!m_visibility.contains(deviceId)) {
        Q_EMIT error(tr("Printer %1 is not in your device groups.").arg(deviceId));
        return;
    }
    // A month of history is what the charts show; older readings stay in the database for reports.
    const auto detail = Storage::FleetQueries(*m_db).detail(deviceId, QDateTime::currentDateTimeUtc().addDays(-31));
    if (!detail) {
        Q_EMIT error(detail.error());
        return;
    }
    Q_EMIT detailLoaded(detail.value());
}

void StorageReader::loadPollLog(int limit)
{
    if (!ensureOpen())
        return;
    const auto entries = Storage::PollLogRepository(*m_db).entries(limit);
    if (!entries) {
        Q_EMIT error(entries.error());
        return;
    }
    Q_EMIT pollLogLoaded(m_visibility.isAll()
                             ? entries.value()
                             : m_visibility.filter(entries.value(), [](const Storage::PollLogEntry &e) {
                                   return e.deviceId.value_or(0);
                               }));
}

} // namespace Printwatch::App
