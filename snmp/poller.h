// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printer.h"
#include "core/snmpcredential.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

class QTimer;

namespace Printwatch::Snmp {

class DecodeQueue;
class Engine;
class PrinterReader;
class ProfileSet;
struct VendorProfile;

// Polls a list of devices in rounds, on the thread it lives on (the app moves it to its own
// QThread). A round reads every target concurrently through one engine; the next round is
// scheduled only when the current one has finished, so rounds never overlap. Finished reads are
// decoded on a worker thread (DecodeQueue) and come back here, so resultReady and every other
// signal are still emitted on the poller's thread, each device's result before roundFinished.
class Poller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)

public:
    explicit Poller(QObject *parent = nullptr);
    ~Poller() override;

    Engine *engine() const { return m_engine; }
    QList<Core::PollTarget> targets() const { return m_targets; }
    int interval() const { return m_intervalMs; }
    bool isRunning() const { return m_running; }
    bool isPolling() const { return m_roundActive; }

public slots:
    void setTargets(const QList<Printwatch::Core::PollTarget> &targets); // takes effect next round
    void setInterval(int milliseconds);                                   // between rounds, default 60 s
    void setMaxConcurrentDevices(int devices);                            // default 256
    void start();   // first round now, then every interval
    void stop();    // cancels the round in progress; no further signals
    void pollNow(); // a round now (or right after the current one)

signals:
    void resultReady(const Printwatch::Core::PollResult &result);
    void activity(const Printwatch::Core::PollerActivity &activity);
    void roundFinished(const Printwatch::Core::PollerActivity &summary);

private:
    void beginRound();
    void carryLastProfiles(const QList<Core::PollTarget> &previous);
    void startMore();
    void deviceRead(PrinterReader *reader);
    void deleteSpentReaders();
    void takeDecoded();
    void endRoundWhenDone();
    void endRound();
    void reportActivity(bool force);

    Engine *m_engine;
    std::unique_ptr<DecodeQueue> m_decoder;
    quint64 m_generation = 0; // bumped by stop(): decodes of a cancelled round are dropped
    int m_decoding = 0;       // reads of this round handed to the decoder and not yet back
    QTimer *m_timer;
    QList<Core::PollTarget> m_targets;
    QList<Core::PollTarget> m_roundTargets;
    qsizetype m_nextTarget = 0;
    QSet<PrinterReader *> m_readers;
    // Per target of the round (same index as m_roundTargets): the vendor profile its last read
    // matched, so the next read asks the profile's OIDs in its first request
    // (PrinterReader::setExpectedProfile). By position, not by address: a QHash<QString> cost
    // two hashes of the address text a read (a lookup and an insert) on the engine's thread.
    // Carried over by address and port when the targets change (carryLastProfiles).
    struct LastProfile
    {
        const VendorProfile *profile = nullptr; // nullptr: the read matched none
        bool known = false;                     // a read of this target matched (or not)
    };
    std::vector<LastProfile> m_lastProfiles;
    std::shared_ptr<const ProfileSet> m_lastProfileSet; // keeps the pointers above valid
    std::vector<PrinterReader *> m_spentReaders; // finished, deleted together by deleteSpentReaders()
    int m_intervalMs = 60000;
    int m_maxConcurrent = 256;
    bool m_running = false;
    bool m_roundActive = false;
    bool m_pollAgain = false;
    Core::PollerActivity m_activity;
    QElapsedTimer m_roundClock;
    QElapsedTimer m_activityClock;
};

} // namespace Printwatch::Snmp
