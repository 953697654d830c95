// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads the app needs from the database, done on the storage thread with a connection of its own,
// so the GUI thread never runs SQL. Results come back through queued signals.

#include "core/printer.h"
#include "core/snmpcredential.h"
#include "models/alerttablemodel.h"
#include "models/countertablemodel.h"
#include "models/devicevisibility.h"
#include "auth/access.h"
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

    // Device groups: what the logged-in user may see. Every load and every merge below passes
    // through m_visibility, so no model ever holds a hidden printer (see Models::DeviceVisibility).
    // `required`: until a session arrives (and after logout) nothing is visible; off in the demo
    // and for screenshots, which show the fleet without a login.
    void setSessionRequired(bool required);
    void setSession(const Printwatch::Auth::Session &session);
    // Reads the session's groups again (an Administrator changed them, here or from the CLI) and,
    // when what is visible changed, reloads the Printers table and the fleet tables.
    void refreshVisibility();
    // The storage writer's changed summaries, narrowed to what is visible; re-reads the groups now
    // and then so a change made by another process shows up within seconds.
    void relaySummaries(const QList<Printwatch::Core::PrinterSummary> &summaries);

Q_SIGNALS:
    void summariesLoaded(const QList<Printwatch::Core::PrinterSummary> &summaries);
    // What relaySummaries let through: merge these into the Printers table.
    void summariesMerged(const QList<Printwatch::Core::PrinterSummary> &summaries);
    void visibilityChanged(const Printwatch::Models::DeviceVisibility &visibility);
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
    // Recomputes m_visibility; true when it changed.
    bool updateVisibility();

    QString m_path;
    std::unique_ptr<Storage::Database> m_db;
    Models::SupplyTableModel::Delta m_supplies = Models::SupplyTableModel::makeDelta();
    Models::AlertTableModel::Delta m_alerts = Models::AlertTableModel::makeDelta();
    Models::CounterTableModel::Delta m_counters = Models::CounterTableModel::makeDelta();
    Models::DeviceVisibility m_visibility;
    bool m_sessionRequired = false;
    Auth::Session m_session;
    qint64 m_visibilityCheckedMs = 0;
};

} // namespace Printwatch::App
