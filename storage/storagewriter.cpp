// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storagewriter.h"

#include "storage/database.h"
#include "storage/devicerepository.h"
#include "storage/polllogrepository.h"
#include "storage/printerrepository.h"
#include "storage/readingrepository.h"

#include <QTimer>

namespace Printwatch::Storage {

StorageWriter::StorageWriter(QObject *parent)
    : QObject(parent), m_timer(new QTimer(this)) // a child, so moveToThread() takes it along
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultFlushIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &StorageWriter::flush);
}

StorageWriter::~StorageWriter()
{
    close();
}

void StorageWriter::setFlushInterval(int ms)
{
    m_timer->setInterval(qMax(0, ms));
}

void StorageWriter::setBatchLimit(int results)
{
    m_batchLimit = qMax(1, results);
}

void StorageWriter::open(const QString &path)
{
    close();
    auto db = Database::open(path);
    if (!db) {
        Q_EMIT error(db.error());
        return;
    }
    m_db = std::make_unique<Database>(std::move(db).value());
    Q_EMIT opened(m_db->path(), m_db->schemaVersion());
}

void StorageWriter::close()
{
    if (m_db)
        flush();
    m_timer->stop();
    m_db.reset();
}

void StorageWriter::writePollResult(const Core::PollResult &result)
{
    enqueue({result, std::nullopt});
}

void StorageWriter::writePollResults(const QList<Core::PollResult> &results)
{
    for (const Core::PollResult &result : results)
        m_queue.append({result, std::nullopt});
    enqueue({});
}

void StorageWriter::addDiscovered(const QList<Core::PollResult> &results, const Core::SnmpCredential &credential)
{
    for (const Core::PollResult &result : results)
        m_queue.append({result, credential});
    enqueue({});
}

void StorageWriter::enqueue(Pending pending)
{
    if (!pending.result.address.isEmpty())
        m_queue.append(std::move(pending));
    if (m_queue.size() >= m_batchLimit)
        flush();
    else if (!m_queue.isEmpty() && !m_timer->isActive())
        m_timer->start();
}

void StorageWriter::flush()
{
    m_timer->stop();
    if (m_queue.isEmpty())
        return;
    const QList<Pending> batch = std::exchange(m_queue, {});
    const int batchSize = static_cast<int>(batch.size());
    if (!m_db) {
        Q_EMIT error(tr("Cannot store %n poll result(s): the database is not open.", nullptr, batchSize));
        return;
    }

    DeviceRepository devices(*m_db);
    ReadingRepository readings(*m_db);
    PollLogRepository log(*m_db);
    QList<qint64> changed;

    const auto writeOne = [&](const Pending &pending) -> Core::Result<void> {
        const Core::PollResult &result = pending.result;
        if (!result.reachable) {
            // Nobody answered: the device that claims this address (if any) is marked unreachable;
            // no device is created from silence.
            auto device = devices.deviceAt(result.address, result.port);
            if (!device)
                return Core::Error{device.error()};
            if (*device) {
                if (auto done = readings.storeUnreachable(**device, result); !done)
                    return done;
                changed.append(**device);
            }
            return log.append(result, *device);
        }
        auto resolution = devices.resolve(result);
        if (!resolution)
            return Core::Error{resolution.error()};
        if (auto done = readings.store(resolution->deviceId, result); !done)
            return done;
        if (pending.manageWith) {
            if (auto done = devices.setManaged(resolution->deviceId, true, pending.manageWith->version); !done)
                return done;
        }
        changed.append(resolution->deviceId);
        return log.append(result, resolution->deviceId);
    };

    const auto fail = [&](const QString &cause) {
        m_db->rollback();
        Q_EMIT error(tr("Could not store %n poll result(s); the batch was rolled back and nothing of it was "
                        "written. %1",
                        nullptr, batchSize)
                         .arg(cause));
    };

    if (auto begun = m_db->beginWrite(); !begun) {
        fail(begun.error());
        return;
    }
    for (const Pending &pending : batch) {
        if (auto done = writeOne(pending); !done) {
            fail(tr("While storing the poll of %1: %2").arg(pending.result.address, done.error()));
            return;
        }
    }
    if (auto done = m_db->commit(); !done) {
        fail(done.error());
        return;
    }
    ++m_commits;
    m_written += batchSize;
    Q_EMIT committed(batchSize);

    auto summaries = PrinterRepository(*m_db).summaries(changed);
    if (!summaries) {
        Q_EMIT error(summaries.error());
        return;
    }
    if (!summaries->isEmpty())
        Q_EMIT summariesChanged(*summaries);
}

void StorageWriter::setScope(const QList<qint64> &deviceIds, bool managed, Core::SnmpVersion version)
{
    if (!m_db) {
        Q_EMIT error(tr("Cannot change which printers are polled: the database is not open."));
        return;
    }
    flush(); // results queued before the change are written first
    DeviceRepository devices(*m_db);
    if (auto begun = m_db->beginWrite(); !begun) {
        Q_EMIT error(begun.error());
        return;
    }
    for (const qint64 id : deviceIds) {
        if (auto done = devices.setManaged(id, managed, version); !done) {
            m_db->rollback();
            Q_EMIT error(tr("Could not change whether printer %1 is polled: %2").arg(id).arg(done.error()));
            return;
        }
    }
    if (auto done = m_db->commit(); !done) {
        m_db->rollback();
        Q_EMIT error(done.error());
        return;
    }
    Q_EMIT scopeChanged(deviceIds, managed);
}

} // namespace Printwatch::Storage
