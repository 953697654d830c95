// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/poller.h"

#include "snmp/engine.h"
#include "snmp/metatypes.h"
#include "snmp/printerreader.h"

#include <QTimer>

namespace Printwatch::Snmp {

namespace {
constexpr int ActivityIntervalMs = 200;
}

Poller::Poller(QObject *parent)
    : QObject(parent)
    , m_engine(new Engine(this))
    , m_timer(new QTimer(this))
{
    registerMetaTypes();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Poller::beginRound);
}

Poller::~Poller()
{
    stop();
}

void Poller::setTargets(const QList<Core::PollTarget> &targets)
{
    m_targets = targets;
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
    m_roundTargets = m_targets;
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
    while (m_roundActive && m_readers.size() < m_maxConcurrent && m_nextTarget < m_roundTargets.size()) {
        auto *reader = new PrinterReader(m_engine, m_roundTargets.at(m_nextTarget++), this);
        m_readers.insert(reader);
        connect(reader, &PrinterReader::finished, this,
                [this, reader](const Core::PollResult &result) { deviceDone(reader, result); });
        reader->start();
    }
}

void Poller::deviceDone(PrinterReader *reader, const Core::PollResult &result)
{
    if (!m_readers.remove(reader))
        return;
    reader->deleteLater();
    ++m_activity.devicesDone;
    if (!result.reachable)
        ++m_activity.devicesFailed;
    emit resultReady(result);
    startMore();
    if (m_readers.isEmpty() && m_nextTarget >= m_roundTargets.size()) {
        endRound();
        return;
    }
    reportActivity(false);
}

void Poller::endRound()
{
    m_roundActive = false;
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
