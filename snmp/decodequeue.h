// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snmp/printerreader.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Printwatch::Snmp {

// The poller's second core: finished reads are decoded into PollResults on one worker thread
// while the engine's thread goes on sending and receiving. Reads go in and results come out in
// the same order, in batches: the worker takes everything queued at once, and `wake` is called
// (from the worker) only when the finished list goes from empty to non-empty, so the owner's
// thread gets one event per batch, not one per printer.
class DecodeQueue final
{
    Q_DISABLE_COPY_MOVE(DecodeQueue)

public:
    explicit DecodeQueue(std::function<void()> wake);
    ~DecodeQueue(); // waits for the batch being decoded, drops the rest

    struct Decoded
    {
        quint64 tag = 0; // as submitted (the poller's round generation)
        Core::PollResult result;
        // The read's answers, handed back so that the thread that allocated them (the engine's)
        // frees them: glibc's malloc locks the owning arena for a free from another thread, and
        // the two threads contending for it cost more than the frees themselves.
        std::vector<QList<VarBind>> rows;
    };

    void submit(quint64 tag, PrinterReader::Outcome &&outcome);
    std::vector<Decoded> takeDecoded();
    // Results the owner has emitted: freed on the worker (a PollResult is many small strings and
    // lists, allocated there), not on the engine's thread. Clear `rows` first (see Decoded).
    void recycle(std::vector<Decoded> &&spent);
    int backlog() const; // submitted and not yet taken

    static constexpr std::size_t BatchSize = 16; // reads gathered before the worker starts
    static constexpr int BatchWaitMs = 2;        // at most this long (the last reads of a round)

private:
    struct Job
    {
        Job(quint64 tag, PrinterReader::Outcome &&outcome) : tag(tag), outcome(std::move(outcome)) {}
        quint64 tag = 0;
        PrinterReader::Outcome outcome;
    };
    void run();

    std::function<void()> m_wake;
    mutable std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::vector<Job> m_jobs;
    std::vector<Decoded> m_decoded;
    std::vector<Decoded> m_spent;
    int m_backlog = 0;
    bool m_workerWaiting = false;
    bool m_quit = false;
    std::thread m_thread; // started on the first submit
};

} // namespace Printwatch::Snmp
