// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/poller.h"

#include "snmp/decodequeue.h"
#include "snmp/engine.h"
#include "snmp/metatypes.h"
#include "snmp/printerreader.h"

#include <QTimer>

#include <algorithm>
#include <utility>

namespace Printwatch::Snmp {

namespace {
constexpr int ActivityIntervalMs = 200;
// Reads waiting for the decoder hold their varbinds: if decoding falls behind, start fewer new
// devices rather than pile them up.
constexpr int MaxDecodeBacklogFactor = 2;
}

Poller::Poller(QObject *parent)
    : QObject(parent)
    , m_engine(new Engine(this))
    , m_timer(new QTimer(this))
{
    // Called on the decode thread: one queued call per batch brings the results here.
    m_decoder = std::make_unique<DecodeQueue>(
        [this] { QMetaObject::invokeMethod(this, &Poller::takeDecoded, Qt::QueuedConnection); });
    registerMetaTypes();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Poller::beginRound);
}

Poller::~Poller()
{
    // The readers have no parent (see startMore): the ones still reading go now, with the
    // spent ones, instead of by deleteLater() from stop().
    const auto readers = m_readers;
    m_readers.clear();
    for (PrinterReader *reader : readers) {
        reader->cancel();
        delete reader;
    }
    stop();
    deleteSpentReaders();
    m_decoder.reset(); // joins the decode thread while this object can still take its call
}

void Poller::setTargets(const QList<Core::PollTarget> &targets)
{
    m_targets = targets;
    // A fleet changes (DHCP, ranges added, printers removed): the engine forgets what it learnt
    // about devices no longer polled, so months of changes cannot grow it. A round in progress
    // still reads its own targets: they keep their state until the next change.
    std::vector<std::pair<quint32, quint16>> keep;
    keep.reserve(std::size_t(targets.size() + (m_roundActive ? m_roundTargets.size() : 0)));
    const auto add = [&keep](const QList<Core::PollTarget> &list) {
        for (const Core::PollTarget &pollTarget : list) {
            const Target target = Target::fromPollTarget(pollTarget);
            if (target.address.protocol() == QAbstractSocket::IPv4Protocol)
                keep.emplace_back(target.address.toIPv4Address(), target.port);
        }
    };
    add(targets);
    if (m_roundActive)
        add(m_roundTargets);
    m_engine->retainDevices(keep);
}

void Poller::setInterval(int milliseconds)
{
    m_intervalMs = qMax(100, milliseconds);
    if (m_running && !m_roundActive && m_timer->isActive())
        m_timer->start(m_intervalMs);
}

void Poller::setMaxConcurrentDevices(int devices)
{
    m_maxConcurrent = qMax(1, devices);
}

void Poller::start()
{
    m_running = true;
    if (!m_roundActive) {
        m_timer->stop();
        beginRound();
    }
}

void Poller::stop()
{
    m_running = false;
    m_pollAgain = false;
    m_timer->stop();
    const auto readers = m_readers;
    m_readers.clear();
    for (PrinterReader *reader : readers) {
        reader->cancel();
        reader->deleteLater();
    }
    ++m_generation;
    m_decoding = 0;
    if (m_roundActive) {
        m_roundActive = false;
        m_activity.polling = false;
        m_activity.requestsInFlight = 0;
    }
}

void Poller::pollNow()
{
    if (m_roundActive) {
        m_pollAgain = true;
        return;
    }
    m_timer->stop();
    beginRound();
}

void Poller::beginRound()
{
    m_roundActive = true;
    const QList<Core::PollTarget> previous = std::exchange(m_roundTargets, m_targets);
    // setTargets() hands a new list; the same one (shared data) keeps every index.
    if (previous.constData() != m_roundTargets.constData()
        || m_lastProfiles.size() != std::size_t(m_roundTargets.size()))
        carryLastProfiles(previous);
    m_nextTarget = 0;
    m_activity.polling = true;
    m_activity.devicesTotal = int(m_roundTargets.size());
    m_activity.devicesDone = 0;
    m_activity.devicesFailed = 0;
    m_roundClock.start();
    m_activityClock.start();
    reportActivity(true);
    if (m_roundTargets.isEmpty()) {
        endRound();
        return;
    }
    startMore();
}

void Poller::startMore()
{
    while (m_roundActive && m_readers.size() < m_maxConcurrent && m_nextTarget < m_roundTargets.size()
           && m_decoding < MaxDecodeBacklogFactor * m_maxConcurrent) {
        const qsizetype index = m_nextTarget++;
        // No parent: a child is announced to its parent and, when deleted, searched for in the
        // parent's list of children (hundreds of readers long) and removed from it, on the
        // engine's thread, for every read. The poller deletes its readers itself.
        auto *reader = new PrinterReader(m_engine, m_roundTargets.at(index));
        m_readers.insert(reader);
        if (const LastProfile &last = m_lastProfiles[std::size_t(index)]; last.known)
            reader->setExpectedProfile(m_lastProfileSet, last.profile);
        const quint64 generation = m_generation;
        reader->setHandOff([this, reader, generation, index](PrinterReader::Outcome &&outcome) {
            if (generation != m_generation || !m_readers.contains(reader))
                return;
            if (outcome.reachable && outcome.profiles) {
                if (outcome.profiles != m_lastProfileSet) {
                    std::fill(m_lastProfiles.begin(), m_lastProfiles.end(), LastProfile{});
                    m_lastProfileSet = outcome.profiles;
                }
                m_lastProfiles[std::size_t(index)] = LastProfile{outcome.profile, true};
            }
            ++m_decoding;
            m_decoder->submit(generation, std::move(outcome));
            deviceRead(reader);
        });
        reader->start();
    }
}

void Poller::carryLastProfiles(const QList<Core::PollTarget> &previous)
{
    // Once per change of the target list: the profiles of targets still polled (same address
    // and port) move to their new positions; the others are forgotten.
    std::vector<LastProfile> carried(std::size_t(m_roundTargets.size()));
    if (m_lastProfiles.size() == std::size_t(previous.size())) {
        QHash<std::pair<QString, quint16>, LastProfile> byAddress;
        for (qsizetype i = 0; i < previous.size(); ++i) {
            if (m_lastProfiles[std::size_t(i)].known)
                byAddress.insert({previous.at(i).address, previous.at(i).port}, m_lastProfiles[std::size_t(i)]);
        }
        if (!byAddress.isEmpty()) {
            for (qsizetype i = 0; i < m_roundTargets.size(); ++i)
                carried[std::size_t(i)] = byAddress.value({m_roundTargets.at(i).address, m_roundTargets.at(i).port});
        }
    }
    m_lastProfiles = std::move(carried);
}

void Poller::deviceRead(PrinterReader *reader)
{
    m_readers.remove(reader);
    // Deleted in batches, not with a deleteLater each: every posted event wakes the event loop
    // with a system call, 10,000 a round for 10,000 printers. The reader is still on the stack
    // here (its callback called us), so not now.
    m_spentReaders.push_back(reader);
    if (m_spentReaders.size() == 1)
        QMetaObject::invokeMethod(this, &Poller::deleteSpentReaders, Qt::QueuedConnection);
    startMore();
}

void Poller::deleteSpentReaders()
{
    std::vector<PrinterReader *> spent;
    spent.swap(m_spentReaders);
    for (PrinterReader *reader : spent)
        delete reader;
}

void Poller::takeDecoded()
{
    std::vector<DecodeQueue::Decoded> decoded = m_decoder->takeDecoded();
    for (DecodeQueue::Decoded &done : decoded) {
        done.rows.clear(); // allocated on this thread, freed on it (see DecodeQueue::Decoded)
        if (done.tag != m_generation || !m_roundActive)
            continue; // a round stop() cancelled
        --m_decoding;
        ++m_activity.devicesDone;
        if (!done.result.reachable)
            ++m_activity.devicesFailed;
        emit resultReady(done.result);
        if (done.tag != m_generation)
            return; // a receiver stopped the poller
    }
    m_decoder->recycle(std::move(decoded));
    startMore();
    endRoundWhenDone();
}

void Poller::endRoundWhenDone()
{
    if (!m_roundActive)
        return;
    if (m_readers.isEmpty() && m_nextTarget >= m_roundTargets.size() && m_decoding == 0) {
        endRound();
        return;
    }
    reportActivity(false);
}

void Poller::endRound()
{
    m_roundActive = false;
    // A credential changed during the round: the old password's keys go now, not with the device.
    m_engine->forgetReplacedUsers();
    m_activity.polling = false;
    m_activity.lastRoundMs = m_roundClock.elapsed();
    m_activity.requestsInFlight = 0;
    emit activity(m_activity);
    emit roundFinished(m_activity);
    if (!m_running && !m_pollAgain)
        return;
    // Re-armed only now, so a slow round delays the next one instead of overlapping it.
    if (m_pollAgain) {
        m_pollAgain = false;
        m_timer->start(0);
    } else {
        m_timer->start(m_intervalMs);
    }
}

void Poller::reportActivity(bool force)
{
    if (!force && m_activityClock.elapsed() < ActivityIntervalMs)
        return;
    m_activityClock.restart();
    m_activity.requestsInFlight = m_engine->inFlight() + m_engine->queued();
    emit activity(m_activity);
}

} // namespace Printwatch::Snmp
