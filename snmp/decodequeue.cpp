// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/decodequeue.h"

#include <chrono>

namespace Printwatch::Snmp {

DecodeQueue::DecodeQueue(std::function<void()> wake)
    : m_wake(std::move(wake))
{
}

DecodeQueue::~DecodeQueue()
{
    {
        const std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_workAvailable.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void DecodeQueue::submit(quint64 tag, PrinterReader::Outcome &&outcome)
{
    bool notify = false;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
        m_jobs.emplace_back(tag, std::move(outcome));
        ++m_backlog;
        // A worker that is busy takes this with its next batch: no wake-up call needed. A waiting
        // one is woken by the first read and again when a batch is full (see run()).
        notify = m_workerWaiting && (m_jobs.size() == 1 || m_jobs.size() == BatchSize);
    }
    if (notify)
        m_workAvailable.notify_one();
}

std::vector<DecodeQueue::Decoded> DecodeQueue::takeDecoded()
{
    std::vector<Decoded> decoded;
    const std::lock_guard lock(m_mutex);
    decoded.swap(m_decoded);
    m_backlog -= int(decoded.size());
    return decoded;
}

void DecodeQueue::recycle(std::vector<Decoded> &&spent)
{
    const std::lock_guard lock(m_mutex);
    if (!m_thread.joinable())
        return; // no worker: freed here by the caller's vector
    if (m_spent.empty())
        m_spent.swap(spent);
    else
        std::move(spent.begin(), spent.end(), std::back_inserter(m_spent));
    // Not worth a wake-up of its own: freed with the next batch.
}

int DecodeQueue::backlog() const
{
    const std::lock_guard lock(m_mutex);
    return m_backlog;
}

void DecodeQueue::run()
{
    std::vector<Job> batch;
    std::vector<Decoded> done;
    std::vector<Decoded> spent;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_workerWaiting = true;
            m_workAvailable.wait(lock, [this] { return m_quit || !m_jobs.empty(); });
            // In a busy round a read finishes every few microseconds and the decode is quicker:
            // woken per read, this thread would sleep and wake (two futex calls, a context
            // switch, a queued call back) once per printer. Gather a batch first, for at most
            // BatchWaitMs, so one wake-up serves many.
            if (!m_quit && m_jobs.size() < BatchSize)
                m_workAvailable.wait_for(lock, std::chrono::milliseconds(BatchWaitMs),
                                         [this] { return m_quit || m_jobs.size() >= BatchSize; });
            m_workerWaiting = false;
            if (m_quit)
                return;
            batch.swap(m_jobs);
            spent.swap(m_spent);
        }
        spent.clear();
        done.reserve(batch.size());
        for (Job &job : batch) {
            done.push_back(Decoded{job.tag, PrinterReader::decode(job.outcome), std::move(job.outcome.chunks)});
        }
        batch.clear();
        bool wake = false;
        {
            const std::lock_guard lock(m_mutex);
            wake = m_decoded.empty();
            std::move(done.begin(), done.end(), std::back_inserter(m_decoded));
        }
        done.clear();
        if (wake && m_wake)
            m_wake();
    }
}

} // namespace Printwatch::Snmp
