// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads the app needs from the database, done on the storage thread with a connection of its own,
// so the GUI thread never runs SQL. Results come back through queued signals.

#include "core/printer.h"
#include "core/snmpcredential.h"
#include "models/alerttablemodel.h"
#include "models/countertablemodel.h"
#include "models/supplytablemodel.h"
#include "storage/fleetqueries.h"
#include "storage/records.h"

#include <QObject>

#include <memory>

namespace Printwatch::Storage {
class Database;
}

namespace Printwatch::App {

class StorageReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageReader)

public:
    explicit StorageReader(QString databasePath, QObject *parent = nullptr);
    ~StorageReader() override;

public Q_SLOTS:
    void loadSummaries();
    // The managed devices, each with `credential` (the community is a setting, not stored).
    void loadTargets(const Printwatch::Core::SnmpCredential &credential);
    // Supplies, alerts and counters of these devices (empty: the whole fleet), for the fleet tables.
    void loadFleet(const QList<qint64> &deviceIds);
    void loadDetail(qint64 deviceId);
    void loadPollLog(int limit);

Q_SIGNALS:
    void summariesLoaded(const QList<Printwatch::Core::PrinterSummary> &summaries);
    void targetsLoaded(const QList<Printwatch::Core::PollTarget> &targets);
    // Only what differs from the previous load (worked out here, off the GUI thread); not emitted when
    // nothing did.
    void suppliesChanged(const Printwatch::Models::SupplyTableModel::Changes &changes);
    void alertsChanged(const Printwatch::Models::AlertTableModel::Changes &changes);
    void countersChanged(const Printwatch::Models::CounterTableModel::Changes &changes);
    void detailLoaded(const Printwatch::Storage::PrinterDetail &detail);
    void pollLogLoaded(const QList<Printwatch::Storage::PollLogEntry> &entries);
    void error(const QString &message);

private:
    bool ensureOpen();

    QString m_path;
    std::unique_ptr<Storage::Database> m_db;
    Models::SupplyTableModel::Delta m_supplies = Models::SupplyTableModel::makeDelta();
    Models::AlertTableModel::Delta m_alerts = Models::AlertTableModel::makeDelta();
    Models::CounterTableModel::Delta m_counters = Models::CounterTableModel::makeDelta();
};

} // namespace Printwatch::App
