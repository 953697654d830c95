// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/snmpcredential.h"
#include "snmp/pducodec.h"
#include "snmp/usmusers.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <netinet/in.h>

class QSocketNotifier;
class QTimer;

namespace Printwatch::Snmp {

// Where and how to send one request.
struct Target
{
    QHostAddress address;
    QString host; // as given, for messages when `address` is not a valid address
    quint16 port = 161;
    Core::SnmpCredential credential;

    QString label() const; // "127.1.0.9:16161", for error messages
    static Target fromPollTarget(const Core::PollTarget &target);
};

enum class ResponseStatus : quint8 {
    Ok,          // an answer arrived (it may still carry an SNMP error-status)
    Timeout,     // no answer after all tries
    SendFailed,  // the socket refused the datagram
    EncodeFailed,
    SecurityError, // SNMPv3: the agent refused the credential (a report), or went silent after discovery
};

// Why a request failed, for messages a person can act on. Each has its own text (errorKindText).
enum class ErrorKind : quint8 {
    None,
    NoAnswer,             // nothing at all came back, not even to engine discovery
    UnknownUser,          // usmStatsUnknownUserNames
    WrongDigest,          // usmStatsWrongDigests: the authentication password (or protocol) is wrong
    DiscoveredThenSilent, // discovery answered, the request did not: privacy password, protocol or AES variant
    NotInTimeWindow,      // usmStatsNotInTimeWindows even after a resynchronisation
    WrongSecurityLevel,   // usmStatsUnsupportedSecLevels
    DecryptionError,      // usmStatsDecryptionErrors
    UnknownContext,       // snmpUnknownContexts / snmpUnavailableContexts
    UnknownEngineId,      // usmStatsUnknownEngineIDs after a fresh discovery
    OtherReport,
    Local,                // could not encode or send
};
QString errorKindKey(ErrorKind kind); // "no-answer", "unknown-user", ... (stable, for scripts and tests)

struct Response
{
    ResponseStatus status = ResponseStatus::Ok;
    QString error; // readable, names the device: "no answer from 127.0.0.1:161 after 2 tries"
    int errorStatus = 0;
    int errorIndex = 0;
    QList<VarBind> varBinds;
    int tries = 0;
    ErrorKind kind = ErrorKind::None;
    bool resynchronised = false; // SNMPv3: the agent's clock was re-learnt on the way (not an outage)

    bool ok() const { return status == ResponseStatus::Ok && errorStatus == 0; }
};

struct WalkOptions
{
    int maxRows = 10000;
    int maxTimeMs = 60000;
    int maxRepetitions = 25; // the starting value; halved on tooBig and remembered per device
    int maxVarBinds = 64;    // walkMany: repeaters x max-repetitions per request
};

struct WalkResult
{
    QList<VarBind> rows; // in the order received, every OID inside the root and increasing
    QString error;       // empty when the walk reached the end of the subtree
    bool timedOut = false;  // no answer at all (for the caller's reachability decision)
    bool truncated = false; // a cap (rows or time) or a non-increasing OID stopped it
};

// What walkMany() read: the scalars in the order asked (NoSuchInstance where the agent has none)
// and one walk per root in the order asked.
struct MultiWalkResult
{
    QList<VarBind> scalars;
    QList<WalkResult> walks;
    ResponseStatus status = ResponseStatus::Ok; // Timeout etc.: the first request went unanswered
    QString error;                              // of a failed request, names the device
    int errorStatus = 0; // an SNMP error-status (not tooBig) stopped it: the caller may fall back to walk()
};

using ResponseCallback = std::function<void(const Response &)>;
using WalkCallback = std::function<void(const WalkResult &)>;
// Called with the result to keep: a callback taking `MultiWalkResult &&` may move the rows out.
using MultiWalkCallback = std::function<void(MultiWalkResult &&)>;

// One non-blocking UDP socket for every device, a window of requests in flight, per-request
// timeout and retries, replies matched by request id and sender. Lives on one thread (the
// poller's); callbacks run on that thread. A callback whose `context` object has been destroyed
// or cancelled with cancel(context) is never called.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    // False (with the reason in openError()) when no socket could be opened.
    bool isOpen() const { return m_fd >= 0; }
    QString openError() const { return m_openError; }
    quint16 localPort() const { return m_localPort; }

    void setWindow(int requestsInFlight); // default 512
    int window() const { return m_window; }
    int effectiveWindow() const { return m_effectiveWindow; } // adaptive: <= window()
    void setRateLimit(int packetsPerSecond); // 0 = unlimited
    int inFlight() const { return int(m_inFlight.size()); }
    int queued() const { return int(m_queue.size()); }

    void get(const Target &target, const QList<Oid> &oids, QObject *context, ResponseCallback callback);
    void getNext(const Target &target, const QList<Oid> &oids, QObject *context, ResponseCallback callback);
    void getBulk(const Target &target, const QList<Oid> &oids, int nonRepeaters, int maxRepetitions,
                 QObject *context, ResponseCallback callback);
    void send(const Target &target, const RequestSpec &spec, QObject *context, ResponseCallback callback);

    // GETBULK for v2c, GETNEXT for v1; stops at the end of the subtree, endOfMibView, a
    // non-increasing OID, or the caps in `options`.
    void walk(const Target &target, const Oid &root, QObject *context, WalkCallback callback,
              const WalkOptions &options = {});

    // Several walks and scalar GETs in as few GETBULKs as possible (v2c/v3 only): each root is one
    // repeater advancing on its own, kept in the next request only while it is unfinished; the
    // scalars ending in .0 ride in the first request as non-repeaters (a GETNEXT of the parent is
    // the instance or nothing), and up to 16 others too (a GETNEXT of the OID with its last part
    // one less is the instance, or past it: none; a GET asks again where it lands on a row under
    // that OID); more go in GETs alongside.
    // max-repetitions is options.maxVarBinds shared among the unfinished roots, capped by what
    // tooBig taught. Once a device has been read, the next read sizes it from the row counts found
    // and may start its longest root at rows found then, in segments (see multiWalkStep).
    void walkMany(const Target &target, const QList<Oid> &scalars, const QList<Oid> &roots, QObject *context,
                  MultiWalkCallback callback, const WalkOptions &options = {});

    // Drops every queued and in-flight request of `context`; their callbacks are not called,
    // late replies are ignored.
    void cancel(QObject *context);

    // What the engine learnt about a device: GETBULK max-repetitions after tooBig.
    int learntMaxRepetitions(const Target &target) const;
    // SNMPv3: the device's engine ID once discovered (empty before).
    QByteArray engineId(const Target &target) const;
    // Engine IDs that more than one address answered with (cloned printers), with the addresses.
    QHash<QByteArray, QStringList> sharedEngineIds() const;
    // The SNMPv3 engine cache of one device (engine ID, boots, time now), e.g. to keep it across
    // runs; restoring a stale one is harmless: the first request resynchronises.
    struct EngineClock
    {
        QByteArray engineId;
        quint32 boots = 0;
        quint32 time = 0;
    };
    std::optional<EngineClock> engineClock(const Target &target) const;
    void restoreEngineClock(const Target &target, const EngineClock &clock);
    int knownDevices() const { return int(m_devices.size()); }
    // Per-device state is bounded (docs/snmpv3.md, "Per device between rounds"):
    // retainDevices forgets every device not in `keep` (IPv4 address in host order, port), as the
    // poller does when its targets change; a device with a request pending keeps its state. Returns
    // how many devices were forgotten. A forgotten device's next read costs one extra request.
    int retainDevices(const std::vector<std::pair<quint32, quint16>> &keep);
    // Engines without a poller (a discovery with an engine of its own) stay under a hard cap: past `cap`
    // devices, down to cap / 2. 16,384 is above the fleets the poller is benchmarked with (10,000)
    // and keeps the state under about 8 MiB (see deviceStateBytes and the row hints).
    static constexpr std::size_t MaxRememberedDevices = 16384;
    int enforceDeviceCap(std::size_t cap = MaxRememberedDevices);
    // After a device's credential changed (a new password, user or protocol) or its engine ID did,
    // frees the localised users and the copies of credentials no device uses any more, so an old
    // password's keys do not stay in memory until the device goes. A no-op unless one changed; the
    // poller calls it after every round. Not inside an encode or a decode (usmscope.h).
    void forgetReplacedUsers();
    int rememberedCredentials() const { return int(m_credentials.size()); } // v3 credentials devices use
    int hintedDevices() const { return int(m_rowHints.size()); } // devices with walkMany row hints
    int knownEngineIds() const { return int(m_engineIds.size()); }
    static constexpr std::size_t deviceStateBytes(); // sizeof the per-device record, for the memory budget
    const UsmUsers &usmUsers() const { return m_usm; }

    struct Stats
    {
        quint64 sent = 0;
        quint64 retries = 0;
        quint64 received = 0;
        quint64 dropped = 0;  // unknown request id, late, wrong sender, undecodable
        quint64 timeouts = 0;
        quint64 engineDiscoveries = 0; // SNMPv3 engine ID probes sent
        quint64 resyncs = 0;           // SNMPv3 notInTimeWindow reports answered by a resend
        quint64 reports = 0;           // SNMPv3 reports that ended a request
    };
    Stats stats() const { return m_stats; }

signals:
    // A second (third, ...) address answered engine discovery with an engine ID already seen:
    // cloned printers. They are still polled correctly (each keeps its own boots and time).
    void engineIdShared(const QByteArray &engineId, const QStringList &addresses);

private:
    struct Request;
    struct WalkState;
    struct MultiWalkState;
    struct MultiWalkPlan;

    // Everything the engine remembers per device, kept small: an index into m_engineIds instead of
    // the ID itself, the engine clock as boots + time at a second of m_clock.
    struct DeviceState
    {
        usmUser *user = nullptr; // the last user localised for this device (a credential check guards it)
        const Core::SnmpCredential *userCredential = nullptr; // points into m_credentials
        qint32 engine = -1; // index into m_engineIds, -1 before discovery
        quint32 boots = 0;
        quint32 time = 0;
        qint32 timeAtSecond = 0;
        quint16 maxRepetitions = 0; // learnt after tooBig, 0 = not learnt
        quint8 flags = 0;
    };
    enum DeviceFlag : quint8 { Discovering = 1, Verified = 2 };
    static quint64 deviceKey(quint32 ipv4, quint16 port) { return (quint64(ipv4) << 16) | port; }

    // v3 (enginev3.cpp)
    bool prepareV3(std::unique_ptr<Request> &request); // false: parked until discovery answers
    void startEngineDiscovery(const Request &like, quint64 key);
    void discoveryDone(quint64 key, const Pdu *answer, const Response &failure);
    Core::Result<QByteArray> encodeV3(Request &request);
    bool handleV3Datagram(const QByteArray &datagram, quint32 fromAddress, quint16 fromPort);
    void handleV3Report(Request &request, const Pdu &pdu);
    Response v3Timeout(const Request &request);
    void noteEngineOwner(qint32 engine, quint64 key);
    // pruning (engineprune.cpp)
    void forgetEngineOwners(const std::unordered_set<quint64> &dropped);
    void compactEngineIds();
    void forgetUnusedUsers(); // frees the USM users and credential copies no device points at
    void noteUserDropped(const DeviceState &device) { m_usersReplaced |= device.user != nullptr; }

    // The engine's own walks take the varbinds out of an answer instead of copying them.
    using TakingCallback = std::function<void(Response &)>;
    void sendTaking(const Target &target, const RequestSpec &spec, QObject *context, TakingCallback callback);
    static void deliver(Request &request, Response &response);
    void enqueue(std::unique_ptr<Request> request);
    void pump();
    bool transmit(Request &request, bool batched = false);
    void flushSends();
    void readPending();
    void handleDatagram(char *data, qsizetype size, quint32 fromAddress, quint16 fromPort);
    void onTimer();
    void armTimer();
    void finish(qint32 requestId, Response &response);
    qint32 nextRequestId();
    void walkStep(const std::shared_ptr<WalkState> &state);
    void walkReply(const std::shared_ptr<WalkState> &state, const Response &response);
    void multiWalkGet(const std::shared_ptr<MultiWalkState> &state, const QList<Oid> &oids,
                      const QList<qsizetype> &oidsAt);
    void multiWalkStep(const std::shared_ptr<MultiWalkState> &state);
    void multiWalkReply(const std::shared_ptr<MultiWalkState> &state, Response &response);
    void multiWalkDone(const std::shared_ptr<MultiWalkState> &state);
    void multiWalkStopRoot(MultiWalkState &state, int root);
    void multiWalkKeepCuts(MultiWalkState &state);
    std::shared_ptr<const MultiWalkPlan> multiWalkPlan(const QList<Oid> &scalars, const QList<Oid> &roots);

    int m_fd = -1;
    quint16 m_localPort = 0;
    QString m_openError;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;

    struct PendingSend
    {
        QByteArray packet;
        sockaddr_in to;
        qint32 requestId;
    };
    std::vector<PendingSend> m_sendBatch;
    QByteArray m_recvBuffer; // RecvBatch datagrams of up to 64 KiB, allocated on first use
    bool m_pumpPosted = false;
    qint64 m_armedFor = 0; // when m_timer fires, on m_clock
    int m_window = 512;
    int m_effectiveWindow = 512; // halved when the send buffer fills, grows back with answers
    int m_rateLimit = 0;
    double m_tokens = 0;
    qint64 m_tokensAt = 0;

    qint32 m_lastRequestId = 0;
    std::deque<std::unique_ptr<Request>> m_queue;
    std::map<qint32, std::unique_ptr<Request>> m_inFlight;
    std::multimap<qint64, qint32> m_deadlines; // ms on m_clock -> request id
    std::unordered_map<quint64, DeviceState> m_devices;
    std::unordered_map<quint64, std::vector<std::unique_ptr<Request>>> m_awaitingDiscovery;
    // walkMany: how many rows each root of a device had last time (a hint, keyed by a hash of the
    // root: a collision costs one request at most), so the next poll sizes max-repetitions to
    // finish every short table in the first request and the long one in the second.
    struct RowHint
    {
        quint32 root = 0;
        quint16 rows = 0;
    };
    static int rowHint(const std::vector<RowHint> &hints, quint32 root); // -1 when unknown
    static void setRowHint(std::vector<RowHint> &hints, quint32 root, int rows);
    // What a device's next read needs to take its longest root in segments (see multiWalkStep): a
    // few of that root's row OIDs from the last read, `stride` rows apart, stored after the root's
    // prefix as a length and the parts (a 100-row Printer-MIB walk keeps three cuts of about 7 parts).
    struct DeviceHints
    {
        std::vector<RowHint> rows;
        quint32 cutRoot = 0; // hash of the root the cuts are in, as RowHint::root
        quint16 cutStride = 0;
        std::vector<quint32> cuts;
    };
    std::unordered_map<quint64, DeviceHints> m_rowHints;
    // walkMany: what every read of the same lists asks the same way (see multiWalkPlan), a few
    // recent ones, replaced in turn.
    std::vector<std::shared_ptr<const MultiWalkPlan>> m_multiWalkPlans;
    std::size_t m_nextPlan = 0;
    QList<QByteArray> m_engineIds;
    QHash<QByteArray, qint32> m_engineIndex;
    QHash<qint32, quint64> m_engineFirstOwner;    // engine index -> the first address that answered with it
    QHash<qint32, QList<quint64>> m_engineOwners; // only engines seen from more than one address grow here
    // One copy per v3 credential in use, at a stable address for DeviceState::userCredential.
    std::vector<std::unique_ptr<const Core::SnmpCredential>> m_credentials;
    bool m_usersReplaced = false; // a device's user was reset or replaced since the last forgetUnusedUsers
    UsmUsers m_usm;
    Stats m_stats;
};

constexpr std::size_t Engine::deviceStateBytes()
{
    return sizeof(DeviceState);
}

} // namespace Printwatch::Snmp
