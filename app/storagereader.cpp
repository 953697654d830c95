// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storagereader.h"

#include "storage/database.h"
#include "storage/polllogrepository.h"
#include "storage/printerrepository.h"

#include <QDateTime>

namespace Printwatch::App {

StorageReader::StorageReader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
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
    Q_EMIT summariesLoaded(summaries.value());
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

void StorageReader::loadFleet(const QList<qint64> &deviceIds)
{
    if (!ensureOpen())
        return;
    const Storage::FleetQueries queries(*m_db);
    const auto supplies = queries.latestSupplies(deviceIds);
    if (!supplies) {
        Q_EMIT error(supplies.error());
        return;
    }
    if (auto changes = m_supplies.update(deviceIds, supplies.value()); !changes.changed.isEmpty() || !changes.removed.isEmpty())
        Q_EMIT suppliesChanged(changes);
    // Cleared alerts stay visible for a week, so a problem that came and went overnight is seen.
    const auto alerts = queries.alerts(QDateTime::currentDateTimeUtc().addDays(-7), deviceIds);
    if (!alerts) {
        Q_EMIT error(alerts.error());
        return;
    }
    if (auto changes = m_alerts.update(deviceIds, alerts.value()); !changes.changed.isEmpty() || !changes.removed.isEmpty())
        Q_EMIT alertsChanged(changes);
    const auto counters = queries.latestCounters(deviceIds);
    if (!counters) {
        Q_EMIT error(counters.error());
        return;
    }
    if (auto changes = m_counters.update(deviceIds, counters.value()); !changes.changed.isEmpty() || !changes.removed.isEmpty())
        Q_EMIT countersChanged(changes);
}

void StorageReader::loadDetail(qint64 deviceId)
{
    if (!ensureOpen())
        return;
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
    Q_EMIT pollLogLoaded(entries.value());
}

} // namespace Printwatch::App
