// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The only writer of poll data. Lives on its own QThread with its own connection (the app creates
// it, moves it to the thread, then invokes open()). Results are queued and written in batches, one
// transaction per batch: a short timer or a full batch triggers the flush. A failed batch is
// rolled back whole and reported through error(); nothing is half-written.
// Shutdown: invoke close() (BlockingQueuedConnection) or quit the thread with finished -> deleteLater;
// either flushes what the writer has received. Invocations still in the thread's event queue when
// the loop stops are not delivered, so close() first when the last results matter.

#include "core/printer.h"
#include "core/snmpcredential.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace Printwatch::Storage {

class Database;

class StorageWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageWriter)

public:
    static constexpr int DefaultFlushIntervalMs = 200;
    static constexpr int DefaultBatchLimit = 256;

    explicit StorageWriter(QObject *parent = nullptr);
    ~StorageWriter() override; // flushes what is queued

    void setFlushInterval(int ms);
    void setBatchLimit(int results);

    // Thread-safe counters, for tests and the status bar.
    int commitCount() const { return m_commits.load(); }
    int writtenCount() const { return m_written.load(); }

public Q_SLOTS:
    void open(const QString &path);
    void close(); // flushes, then closes the connection

    void writePollResult(const Printwatch::Core::PollResult &result);
    void writePollResults(const QList<Printwatch::Core::PollResult> &results);
    // Stores what discovery found and marks those devices managed with the credential's version and
    // port (the community itself is a secret and is not stored).
    void addDiscovered(const QList<Printwatch::Core::PollResult> &results,
                       const Printwatch::Core::SnmpCredential &credential);

    void flush();

    // Marks devices managed (polled) or out of scope, in one transaction; emits scopeChanged on success.
    void setScope(const QList<qint64> &deviceIds, bool managed, Printwatch::Core::SnmpVersion version);

Q_SIGNALS:
    void scopeChanged(const QList<qint64> &deviceIds, bool managed);
    void opened(const QString &path, int schemaVersion);
    // After each commit: the rows of the devices that batch changed, for the GUI to merge.
    void summariesChanged(const QList<Printwatch::Core::PrinterSummary> &summaries);
    // After each commit: how many poll results it held.
    void committed(int results);
    void error(const QString &message);

private:
    struct Pending
    {
        Core::PollResult result;
        std::optional<Core::SnmpCredential> manageWith;
    };

    void enqueue(Pending pending);

    std::unique_ptr<Database> m_db;
    QList<Pending> m_queue;
    QTimer *m_timer = nullptr;
    int m_batchLimit = DefaultBatchLimit;
    std::atomic<int> m_commits{0};
    std::atomic<int> m_written{0};
};

} // namespace Printwatch::Storage
