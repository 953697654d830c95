// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/printerreader.h"

#include "snmp/printerdecoder.h"
#include "snmp/printermib.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace Printwatch::Snmp {

namespace {
// net-snmp agents and snmpsim answer GETs of up to this many OIDs comfortably.
constexpr int kGetChunk = 16;

// Built once: every read of every printer asks for them.
const QList<Oid> &systemOids()
{
    using namespace PrinterMib;
    static const QList<Oid> oids{Oids::sysDescr,   Oids::sysObjectId, Oids::sysUpTime,
                                 Oids::sysContact, Oids::sysName,     Oids::sysLocation};
    return oids;
}

const QList<Oid> &walkRoots()
{
    static const QList<Oid> roots = standardWalkRoots();
    return roots;
}

// The scalars a read asks after the system group: the standard ones, then the profile's, each
// once. Profiles name sysDescr for their model patterns (the system group has it already) and
// may name an OID for two fields: an OID asked twice costs the printer a varbind and its answer
// for nothing, since the decoders look rows up by OID.
QList<Oid> readScalars(const VendorProfile *profile)
{
    QList<Oid> scalars = standardScalarOids();
    if (!profile)
        return scalars;
    for (const Oid &oid : profile->scalarOids()) {
        if (!systemOids().contains(oid) && !scalars.contains(oid))
            scalars.append(oid);
    }
    return scalars;
}

// The second request of every read of one model asks the same OIDs: the standard scalars with the
// profile's scalars, and the profile's walks. Built once per profile (per thread, for the profile
// set the reader holds, which keeps the profiles alive) instead of once per printer.
struct ProfileReads
{
    QList<Oid> scalars;
    QList<Oid> roots;
    // The first request with the profile expected: the system group and the standard walks first.
    QList<Oid> firstScalars;
    QList<Oid> firstRoots;
};

const ProfileReads &profileReads(const std::shared_ptr<const ProfileSet> &profiles, const VendorProfile *profile)
{
    struct Cache
    {
        std::shared_ptr<const ProfileSet> profiles;
        QHash<const VendorProfile *, ProfileReads> reads;
    };
    static thread_local Cache cache;
    if (cache.profiles != profiles) {
        cache.profiles = profiles;
        cache.reads.clear();
    }
    auto it = cache.reads.find(profile);
    if (it == cache.reads.end()) {
        ProfileReads reads{readScalars(profile), {}};
        if (profile)
            reads.roots = profile->walkRoots();
        reads.firstScalars = systemOids() + reads.scalars;
        reads.firstRoots = walkRoots() + reads.roots;
        it = cache.reads.insert(profile, std::move(reads));
    }
    return it.value();
}
} // namespace

std::shared_ptr<const ProfileSet> PrinterReader::defaultProfiles()
{
    static QMutex mutex;
    static std::shared_ptr<const ProfileSet> profiles;
    const QMutexLocker lock(&mutex);
    if (!profiles) {
        QStringList dirs{ProfileSet::defaultUserDir()};
        const QString extra = qEnvironmentVariable("PRINTWATCH_PROFILES");
        if (!extra.isEmpty())
            dirs.append(extra);
        profiles = std::make_shared<const ProfileSet>(ProfileSet::load(dirs));
    }
    return profiles;
}

QList<Oid> PrinterReader::scalarsFor(const VendorProfile *profile)
{
    return readScalars(profile);
}

QList<Oid> PrinterReader::walkRootsFor(const VendorProfile *profile)
{
    return profile ? walkRoots() + profile->walkRoots() : walkRoots();
}

PrinterReader::PrinterReader(Engine *engine, const Core::PollTarget &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_profiles(defaultProfiles())
{
    m_sources.push_back(std::make_unique<EngineWalkSource>(engine, Target::fromPollTarget(target)));
    m_rows.resize(1);
    // A printer's read comes as the scalars and one list per walked root of two or three
    // answers: room for them at once, where growing one by one took five allocations a read.
    m_rows.front().reserve(32);
}

PrinterReader::PrinterReader(std::vector<std::unique_ptr<WalkSource>> sources, const Core::PollTarget &target,
                             std::shared_ptr<const ProfileSet> profiles, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
    , m_target(target)
    , m_profiles(profiles ? std::move(profiles) : defaultProfiles())
{
    m_rows.resize(m_sources.size());
}

PrinterReader::~PrinterReader()
{
    // A finished read has nothing outstanding (m_pending counts every request), and cancelling
    // walks the engine's whole in-flight list: thousands of readers a round make that show.
    if (m_done && m_pending == 0)
        return;
    for (const auto &source : m_sources)
        source->cancel(this);
}

void PrinterReader::setExpectedProfile(const std::shared_ptr<const ProfileSet> &profiles,
                                       const VendorProfile *profile)
{
    m_expecting = profiles == m_profiles && m_sources.size() == 1
                  && m_target.credential.version != Core::SnmpVersion::V1;
    m_expected = m_expecting ? profile : nullptr;
}

void PrinterReader::start()
{
    m_polledAt = QDateTime::currentDateTimeUtc();
    if (m_sources.empty())
        return;
    // The system group rides in the first request: if it does not answer, the device is
    // unreachable and nothing else is sent. With the profile expected, its reads (and the
    // standard scalars) ride along: one request a printer fewer when the model has not changed.
    ++m_pending;
    if (m_expecting) {
        const ProfileReads &reads = profileReads(m_profiles, m_expected);
        m_sources.front()->walkMany(reads.firstScalars, reads.firstRoots, this,
                                    [this](MultiWalkResult &&first) { onFirst(std::move(first)); });
        return;
    }
    m_sources.front()->walkMany(systemOids(), walkRoots(), this,
                                [this](MultiWalkResult &&first) { onFirst(std::move(first)); });
}

void PrinterReader::startLegacy()
{
    ++m_pending;
    m_sources.front()->get(systemOids(), this, [this](const Response &response) { onSystem(response); });
}

void PrinterReader::onFirst(MultiWalkResult &&first)
{
    --m_pending;
    if (m_done)
        return;
    if (first.status != ResponseStatus::Ok) {
        m_reachable = false;
        m_error = first.error;
        complete();
        return;
    }
    if (first.errorStatus != 0 && m_expecting) {
        m_expecting = false; // refused with the profile's reads: ask as without them
        start();
        return;
    }
    if (first.errorStatus != 0) {
        startLegacy(); // an agent that refuses the combined request still answers simple ones
        return;
    }
    m_reachable = true;
    matchProfile(first.scalars);
    if (m_expecting) {
        if (m_profile == m_expected) { // everything is read
            addRows(0, std::move(first.scalars));
            addWalks(0, first);
            ++m_pending;
            done();
            return;
        }
        // Another model now: the expected profile's rows are not this one's reads.
        first.scalars.resize(systemOids().size());
        first.walks.resize(walkRoots().size());
    }
    addRows(0, std::move(first.scalars));
    addWalks(0, first);

    // The standard scalars go with the profile's reads: the first request is full with the
    // system group and eight repeaters (agents answer a GETBULK with at most about 64 varbinds).
    const ProfileReads &reads = profileReads(m_profiles, m_profile);
    const QList<Oid> roots = reads.roots;     // shared copies: the lambda below keeps them
    const QList<Oid> scalars = reads.scalars;
    ++m_pending; // held until every read below is sent, so a quick answer cannot complete early
    ++m_pending;
    m_sources.front()->walkMany(scalars, roots, this, [this, scalars, roots](MultiWalkResult &&reads) {
        onProfileReads(scalars, roots, std::move(reads));
    });
    const QList<Oid> allRoots = walkRoots() + roots;
    for (std::size_t i = 1; i < m_sources.size(); ++i) {
        ++m_pending;
        m_sources.at(i)->walkMany({}, allRoots, this, [this, i](MultiWalkResult &&reads) {
            if (m_done)
                return;
            addWalks(i, reads);
            done();
        });
    }
    done();
}

void PrinterReader::onProfileReads(const QList<Oid> &scalars, const QList<Oid> &roots, MultiWalkResult &&reads)
{
    if (m_done)
        return;
    if (reads.errorStatus != 0) {
        // SNMPv1 fails a whole GET on one missing OID: the profile's reads one by one. Under
        // SNMPv1 the failed request was that GET (there is no GETBULK), so up to a chunk's worth
        // the scalars go singly at once: the same GET again would fail the same way.
        legacyReads(0, roots, {});
        const bool failedAsOneGet =
            m_target.credential.version == Core::SnmpVersion::V1 && scalars.size() <= kGetChunk;
        const qsizetype chunk = failedAsOneGet ? 1 : kGetChunk;
        for (qsizetype at = 0; at < scalars.size(); at += chunk)
            requestProfileScalars(scalars.mid(at, chunk));
    } else {
        addRows(0, std::move(reads.scalars));
        addWalks(0, reads);
        if (reads.status != ResponseStatus::Ok)
            m_partialErrors.append(reads.error);
    }
    done();
}

void PrinterReader::addWalks(std::size_t source, MultiWalkResult &reads)
{
    for (WalkResult &walk : reads.walks) {
        addRows(source, std::move(walk.rows));
        if (!walk.error.isEmpty())
            m_partialErrors.append(walk.error);
    }
}

void PrinterReader::addRows(std::size_t source, QList<VarBind> &&rows)
{
    // The reads are ours to keep: moved as whole lists, joined on the decode thread.
    if (!rows.isEmpty())
        m_rows.at(source).push_back(std::move(rows));
}

void PrinterReader::legacyReads(std::size_t source, const QList<Oid> &roots, const QList<Oid> &scalars)
{
    for (const Oid &root : roots) {
        ++m_pending;
        m_sources.at(source)->walk(root, this, [this, source](const WalkResult &walk) {
            if (m_done)
                return;
            addRows(source, QList<VarBind>(walk.rows));
            if (!walk.error.isEmpty())
                m_partialErrors.append(walk.error);
            done();
        });
    }
    for (qsizetype at = 0; at < scalars.size(); at += kGetChunk)
        requestProfileScalars(scalars.mid(at, kGetChunk));
}

void PrinterReader::cancel()
{
    m_done = true;
    for (const auto &source : m_sources)
        source->cancel(this);
}

void PrinterReader::onSystem(const Response &response)
{
    --m_pending;
    if (m_done)
        return;
    if (response.status != ResponseStatus::Ok) {
        m_reachable = false;
        m_error = response.error;
        complete();
        return;
    }
    m_reachable = true;
    if (response.errorStatus != 0)
        m_partialErrors.append(response.error);
    else
        addRows(0, QList<VarBind>(response.varBinds));
    matchProfile(response.varBinds);

    QList<Oid> roots = standardWalkRoots();
    const QList<Oid> scalars = readScalars(m_profile);
    if (m_profile)
        roots += m_profile->walkRoots();
    ++m_pending;
    for (std::size_t i = 0; i < m_sources.size(); ++i)
        legacyReads(i, roots, i == 0 ? scalars : QList<Oid>());
    done();
}

void PrinterReader::matchProfile(const QList<VarBind> &system)
{
    const VarBind *objectIdBind = nullptr;
    const VarBind *descrBind = nullptr;
    for (const VarBind &bind : system) {
        if (bind.oid == PrinterMib::Oids::sysObjectId && bind.type == ValueType::ObjectId)
            objectIdBind = &bind;
        if (bind.oid == PrinterMib::Oids::sysDescr && !bind.isException())
            descrBind = &bind;
    }
    // A fleet has a few models and a poll reads thousands of printers: matching runs every
    // profile's regular expressions, so remember the answer per (sysObjectID, sysDescr) for this
    // profile set (kept alive by the cache, so the pointers stay valid). Per thread: pollers
    // live on their own threads.
    struct MatchCache
    {
        std::shared_ptr<const ProfileSet> profiles;
        QHash<QByteArray, const VendorProfile *> matches;
    };
    static thread_local MatchCache cache;
    if (cache.profiles != m_profiles || cache.matches.size() > 4096) {
        cache.profiles = m_profiles;
        cache.matches.clear();
    }
    // Keyed by the raw answer, so a hit decodes no text at all.
    QByteArray key;
    key.reserve((objectIdBind ? objectIdBind->oidValue.size() * qsizetype(sizeof(quint32)) : 0)
                + (descrBind ? descrBind->bytes.size() : 0) + 2);
    if (objectIdBind)
        key.append(reinterpret_cast<const char *>(objectIdBind->oidValue.constData()),
                   objectIdBind->oidValue.size() * qsizetype(sizeof(quint32)));
    key += '\n';
    if (descrBind && descrBind->type == ValueType::OctetString) {
        key += 'S'; // the usual sysDescr: its bytes are the whole key, no number formatting
        key += descrBind->bytes;
    } else if (descrBind) {
        key += QByteArray::number(int(descrBind->type)) + ':' + descrBind->bytes + ':'
               + QByteArray::number(descrBind->integer) + ':' + descrBind->oidValue.toString().toLatin1();
    }
    const auto hit = cache.matches.constFind(key);
    if (hit != cache.matches.cend()) {
        m_profile = hit.value();
        return;
    }
    const QString sysObjectId = objectIdBind ? objectIdBind->oidValue.toString() : QString();
    const QString sysDescr = descrBind ? descrBind->toText() : QString();
    m_profile = m_profiles->match(sysObjectId, sysDescr);
    cache.matches.insert(key, m_profile);
}

void PrinterReader::requestProfileScalars(const QList<Oid> &oids)
{
    ++m_pending;
    m_sources.front()->get(oids, this, [this, oids](const Response &response) {
        if (m_done)
            return;
        if (response.ok()) {
            addRows(0, QList<VarBind>(response.varBinds));
        } else if (response.status == ResponseStatus::Ok && oids.size() > 1) {
            // SNMPv1 fails the whole PDU on one missing OID (noSuchName): ask one by one.
            for (const Oid &oid : oids)
                requestProfileScalars({oid});
        }
        done();
    });
}

void PrinterReader::done()
{
    --m_pending;
    if (m_pending == 0)
        complete();
}

void PrinterReader::complete()
{
    if (m_done)
        return;
    m_done = true;
    Outcome outcome = takeOutcome();
    if (m_handOff) {
        m_handOff(std::move(outcome)); // may delete this reader later: nothing after
        return;
    }
    const Core::PollResult result = decode(outcome);
    emit finished(result);
}

PrinterReader::Outcome PrinterReader::takeOutcome()
{
    Outcome outcome;
    outcome.address = m_target.address;
    outcome.port = m_target.port;
    outcome.polledAt = m_polledAt;
    outcome.reachable = m_reachable;
    outcome.error = std::move(m_error);
    if (m_reachable) {
        if (m_rows.size() == 1) { // a live read: its one source's answers as they are, no copy
            outcome.chunks = std::move(m_rows.front());
        } else {
            for (auto &source : m_rows)
                std::move(source.begin(), source.end(), std::back_inserter(outcome.chunks));
        }
        outcome.profile = m_profile;
        outcome.profiles = m_profiles;
        // Asked here, on the engine's thread: the sources talk to the engine.
        for (const auto &source : m_sources) {
            if (QString engineId = source->engineId(); !engineId.isEmpty()) {
                outcome.engineId = std::move(engineId);
                break;
            }
        }
        outcome.partialErrors = std::move(m_partialErrors);
    }
    m_rows.clear();
    return outcome;
}

Core::PollResult PrinterReader::decode(Outcome &outcome)
{
    Core::PollResult result;
    result.address = outcome.address;
    result.port = outcome.port;
    result.polledAt = outcome.polledAt;
    result.reachable = outcome.reachable;
    if (!result.reachable) {
        result.status = Core::DeviceStatus::Unreachable;
        result.error = std::move(outcome.error);
        return result;
    }
    // Indexed where they lie: the answers are never joined into one list.
    decodePrinter(RowIndex(outcome.chunks), outcome.profile, outcome.address, result);
    // outcome.chunks stay: the caller frees them where they were allocated (see DecodeQueue).
    // The engine ID USM discovered is authoritative over an snmpEngineID the agent reported.
    if (!outcome.engineId.isEmpty()) {
        result.identity.engineId = outcome.engineId;
        result.identity.sources.insert(QStringLiteral("engineId"), QStringLiteral("usm"));
    }
    if (!outcome.partialErrors.isEmpty())
        result.error = tr("partly read: %1").arg(outcome.partialErrors.join(QStringLiteral("; ")));
    return result;
}

} // namespace Printwatch::Snmp
