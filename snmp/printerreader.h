// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printer.h"
#include "core/snmpcredential.h"
#include "snmp/engine.h"
#include "snmp/vendorprofile.h"
#include "snmp/walksource.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace Printwatch::Snmp {

// Reads one printer from a WalkSource (a live device through the engine, or a saved walk): the
// system group and the walks of the Host Resources, MIB-II address, Printer-MIB and PWG subtrees
// together (WalkSource::walkMany: GETBULKs with several repeaters on a live v2c/v3 device), then,
// with the vendor profile that matches, the standard scalars with the profile's walks and scalars.
// An agent that answers the combined request with an error is read the old way: a GET of the
// system group, then one walk per subtree. Decoding is printerdecoder's, so a file and a live printer decode alike.
// Emits finished() exactly once (unless cancelled); the owner deletes it afterwards.
class PrinterReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterReader)

public:
    // Live read through `engine`, with the built-in vendor profiles.
    PrinterReader(Engine *engine, const Core::PollTarget &target, QObject *parent = nullptr);
    // Any sources: the first answers the system group; the others (e.g. an SNMP context such as
    // HP's "community@Jetdirect") fill in rows the first lacks.
    PrinterReader(std::vector<std::unique_ptr<WalkSource>> sources, const Core::PollTarget &target,
                  std::shared_ptr<const ProfileSet> profiles, QObject *parent = nullptr);
    ~PrinterReader() override;

    const Core::PollTarget &target() const { return m_target; }

    // A finished read before its decode, for decoding on another thread (the poller's decode
    // thread): everything decode() needs, nothing that refers back to the reader or the engine.
    // No PollResult here: it is about a kilobyte of strings and lists, and building, moving and
    // destroying it on the engine's thread (three moves a read on the way to the decoder) cost
    // more than everything else a read hands over. decode() builds it on the decode thread.
    struct Outcome
    {
        QString address; // the result's, and the decoder's for the address it matches
        quint16 port = 161;
        QDateTime polledAt;
        bool reachable = false;
        QString error; // why not reachable
        // The rows as they came (per source, in source order): joined by decode(), off the engine's thread.
        std::vector<QList<VarBind>> chunks;
        const VendorProfile *profile = nullptr;
        std::shared_ptr<const ProfileSet> profiles; // keeps `profile` alive
        QString engineId; // USM's, authoritative over the agent's snmpEngineID
        QStringList partialErrors;
    };
    using HandOff = std::function<void(Outcome &&outcome)>;
    // With a hand-off set, a finished read calls it instead of decoding and emitting finished().
    void setHandOff(HandOff handOff) { m_handOff = std::move(handOff); }
    // The read's result, decoded from the rows (pure, thread-safe: profiles are read-only).
    // The rows stay in `outcome` for the caller to free.
    static Core::PollResult decode(Outcome &outcome);

    // The profile the last read of this printer matched (nullptr: none), from `profiles`: its
    // reads ride in the first request instead of a second one after it (v2c/v3, one source).
    // A hint: a printer that now matches another profile is read as without it. Before start().
    void setExpectedProfile(const std::shared_ptr<const ProfileSet> &profiles, const VendorProfile *profile);
    void start();
    void cancel(); // drops outstanding requests; finished() is not emitted

    // The built-in profiles plus the user's folder, loaded once per process.
    static std::shared_ptr<const ProfileSet> defaultProfiles();
    // What a read of a printer that matches `profile` (nullptr: none) asks after the system
    // group: these scalars, and these subtrees walked. For a peer that must ask the same (the
    // benchmark's reference client and command-line tools).
    static QList<Oid> scalarsFor(const VendorProfile *profile);
    static QList<Oid> walkRootsFor(const VendorProfile *profile);

signals:
    void finished(const Core::PollResult &result);

private:
    void onFirst(MultiWalkResult &&first);
    void onProfileReads(const QList<Oid> &scalars, const QList<Oid> &roots, MultiWalkResult &&reads);
    void addWalks(std::size_t source, MultiWalkResult &reads);
    void addRows(std::size_t source, QList<VarBind> &&rows);
    void legacyReads(std::size_t source, const QList<Oid> &roots, const QList<Oid> &scalars);
    void startLegacy();
    void onSystem(const Response &response);
    void matchProfile(const QList<VarBind> &system);
    void requestProfileScalars(const QList<Oid> &oids);
    void done();
    void complete();
    Outcome takeOutcome();

    std::vector<std::unique_ptr<WalkSource>> m_sources;
    Core::PollTarget m_target;
    std::shared_ptr<const ProfileSet> m_profiles;
    const VendorProfile *m_profile = nullptr;
    const VendorProfile *m_expected = nullptr;
    bool m_expecting = false; // m_expected's reads are in the first request
    QDateTime m_polledAt;
    QString m_error; // why not reachable
    bool m_reachable = false;
    std::vector<std::vector<QList<VarBind>>> m_rows; // per source, the answers' rows as they came
    QStringList m_partialErrors;
    HandOff m_handOff;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace Printwatch::Snmp
