// SPDX-License-Identifier: GPL-3.0-or-later
// Engine::walkMany: a printer's whole read in two or three GETBULKs instead of one request per
// table. Round trips, not bytes, are what a poll of thousands of devices pays for.
#include "snmp/engine.h"

#include <QCoreApplication>

#include <algorithm>

namespace Printwatch::Snmp {

namespace {
constexpr int TooBig = 1;
} // namespace

// How walkMany asks one pair of lists: the same for every printer read with them (a poll reads
// thousands of printers with the few lists PrinterReader shares), so built once, not per read.
struct Engine::MultiWalkPlan
{
    // Held: while the plan lives, a list sharing their data has their elements (QList detaches
    // before any change), so data pointer and size identify the lists without comparing OIDs.
    QList<Oid> scalars;
    QList<Oid> roots;
    std::vector<quint32> rootHashes; // keys of the row hints
    QList<Oid> folded;               // scalars asked as non-repeaters (their parent OIDs)
    QList<qsizetype> foldedAt;       // index of each folded scalar in the scalars
    QList<Oid> plain;                // not a .0 instance: a GETNEXT of the parent would not find it exactly
    QList<qsizetype> plainAt;
    QList<VarBind> unanswered; // the scalars as NoSuchInstance: a result starts as a shared copy

    static bool same(const QList<Oid> &a, const QList<Oid> &b)
    {
        return a.size() == b.size() && (a.isEmpty() || a.constData() == b.constData());
    }
    bool isFor(const QList<Oid> &otherScalars, const QList<Oid> &otherRoots) const
    {
        return same(scalars, otherScalars) && same(roots, otherRoots);
    }
};

struct Engine::MultiWalkState
{
    Target target;
    QPointer<QObject> context;
    bool hasContext = false;
    MultiWalkCallback callback;
    WalkOptions options;
    MultiWalkResult result;
    QList<Oid> roots;
    std::shared_ptr<const MultiWalkPlan> plan;
    std::vector<bool> active;    // per root: still walking
    std::vector<int> sentRoots;  // the roots of the request in flight, in repeater order
    std::vector<int> sentProbes; // roots asked as non-repeaters in the request in flight (see multiWalkStep)
    std::vector<bool> probed;    // per root: asked once as a non-repeater, a repeater from then on
    bool foldedSent = false;     // the non-repeaters ride in the first request only
    QElapsedTimer clock;
    int maxRepetitions = 64;
    bool learntLimit = false; // maxRepetitions comes from a tooBig
    quint64 device = 0;       // deviceKey, 0 when not IPv4 (no hints then)
    // The device's entry in m_rowHints, found once per read (at 10,000 devices each find is a
    // cache miss); null without a device. Stable: m_rowHints only grows and outlives every read.
    std::vector<RowHint> *hints = nullptr;
    int pending = 0;
    bool delivered = false;

    // Per root: the last OID received, the root before any. The rows are only ever appended by
    // multiWalkReply, so this is their last OID, with no copy kept per varbind.
    const Oid &last(qsizetype root) const
    {
        const QList<VarBind> &rows = result.walks.at(root).rows;
        return rows.isEmpty() ? roots.at(root) : rows.constLast().oid;
    }
};

std::shared_ptr<const Engine::MultiWalkPlan> Engine::multiWalkPlan(const QList<Oid> &scalars,
                                                                  const QList<Oid> &roots)
{
    for (const auto &plan : m_multiWalkPlans) {
        if (plan->isFor(scalars, roots))
            return plan;
    }
    auto plan = std::make_shared<MultiWalkPlan>();
    plan->scalars = scalars;
    plan->roots = roots;
    plan->rootHashes.reserve(std::size_t(roots.size()));
    for (const Oid &root : roots)
        plan->rootHashes.push_back(quint32(qHash(root)));
    plan->folded.reserve(scalars.size()); // nearly every scalar is a .0 instance
    plan->foldedAt.reserve(scalars.size());
    plan->unanswered.reserve(scalars.size());
    for (qsizetype at = 0; at < scalars.size(); ++at) {
        const Oid &scalar = scalars.at(at);
        VarBind &unanswered = plan->unanswered.emplaceBack();
        unanswered.oid = scalar;
        unanswered.type = ValueType::NoSuchInstance;
        if (scalar.size() > 1 && scalar.last() == 0) {
            plan->folded.append(scalar.first(scalar.size() - 1));
            plan->foldedAt.append(at);
        } else {
            plan->plain.append(scalar);
            plan->plainAt.append(at);
        }
    }
    // A few: a fleet's reads use the lists of a few models (lists made per read never match again).
    constexpr std::size_t MaxPlans = 16;
    if (m_multiWalkPlans.size() < MaxPlans) {
        m_multiWalkPlans.push_back(plan);
    } else {
        m_multiWalkPlans[m_nextPlan] = plan;
        m_nextPlan = (m_nextPlan + 1) % MaxPlans;
    }
    return plan;
}

int Engine::rowHint(const std::vector<RowHint> &hints, quint32 root)
{
    for (const RowHint &hint : hints) {
        if (hint.root == root)
            return hint.rows;
    }
    return -1;
}

void Engine::setRowHint(std::vector<RowHint> &hints, quint32 root, int rows)
{
    for (RowHint &hint : hints) {
        if (hint.root == root) {
            hint.rows = quint16(qMin(rows, 0xFFFF));
            return;
        }
    }
    hints.push_back(RowHint{root, quint16(qMin(rows, 0xFFFF))});
}

void Engine::walkMany(const Target &target, const QList<Oid> &scalars, const QList<Oid> &roots, QObject *context,
                      MultiWalkCallback callback, const WalkOptions &options)
{
    auto state = std::make_shared<MultiWalkState>();
    state->target = target;
    state->context = context;
    state->hasContext = context != nullptr;
    state->callback = std::move(callback);
    state->options = options;
    state->plan = multiWalkPlan(scalars, roots);
    const MultiWalkPlan &plan = *state->plan;
    state->roots = plan.roots;
    state->active.assign(std::size_t(roots.size()), true);
    state->probed.assign(std::size_t(roots.size()), false);
    state->result.walks.resize(roots.size());
    state->clock.start();
    state->pending = 1; // held until every request is sent, so no answer can deliver early
    const int learnt = learntMaxRepetitions(target);
    state->maxRepetitions = qMax(1, learnt > 0 ? qMin(learnt, options.maxVarBinds) : options.maxVarBinds);
    state->learntLimit = learnt > 0;
    if (target.address.protocol() == QAbstractSocket::IPv4Protocol)
        state->device = deviceKey(target.address.toIPv4Address(), target.port);
    // What the last poll found: the rows arrive a few per answer, so size each list once.
    if (state->device != 0) {
        state->hints = &m_rowHints[state->device];
        for (qsizetype i = 0; i < roots.size(); ++i) {
            if (const int hint = rowHint(*state->hints, plan.rootHashes[std::size_t(i)]); hint > 0)
                state->result.walks[i].rows.reserve(hint);
        }
    }

    state->result.scalars = plan.unanswered; // shared: the first answer's write copies it once
    const QList<Oid> &plain = plan.plain;
    const QList<qsizetype> &plainAt = plan.plainAt;
    // Agents (snmpsim among them) answer GETs of up to this many OIDs comfortably.
    constexpr qsizetype GetChunk = 16;
    for (qsizetype from = 0; from < plain.size(); from += GetChunk) {
        const QList<Oid> chunk = plain.mid(from, GetChunk);
        const QList<qsizetype> chunkAt = plainAt.mid(from, GetChunk);
        ++state->pending;
        get(target, chunk, context, [this, state, chunk, chunkAt](const Response &response) {
            if (response.status != ResponseStatus::Ok) {
                if (state->result.status == ResponseStatus::Ok) {
                    state->result.status = response.status;
                    state->result.error = response.error;
                }
            } else if (response.errorStatus != 0) {
                state->result.errorStatus = response.errorStatus;
                state->result.error = response.error;
            } else {
                for (qsizetype i = 0; i < chunk.size() && i < response.varBinds.size(); ++i) {
                    if (response.varBinds.at(i).oid == chunk.at(i))
                        state->result.scalars[chunkAt.at(i)] = response.varBinds.at(i);
                }
            }
            multiWalkDone(state);
        });
    }
    if (!plan.folded.isEmpty() || !roots.isEmpty()) {
        ++state->pending;
        multiWalkStep(state);
    }
    multiWalkDone(state); // the hold taken above
}

void Engine::multiWalkStep(const std::shared_ptr<MultiWalkState> &state)
{
    QObject *context = state->hasContext ? state->context.data() : nullptr;
    if (state->hasContext && !context)
        return;
    QList<Oid> oids;
    const MultiWalkPlan &plan = *state->plan;
    oids.reserve((state->foldedSent ? 0 : plan.folded.size()) + qsizetype(state->active.size()));
    int nonRepeaters = 0;
    if (!state->foldedSent) {
        oids.append(plan.folded);
        nonRepeaters = int(oids.size());
    }
    state->sentRoots.clear();
    state->sentProbes.clear();
    const std::vector<RowHint> *hints = state->hints;
    const auto hintOf = [hints](quint32 root) { return hints ? rowHint(*hints, root) : -1; };
    // A root the last poll found empty is asked as a non-repeater: one GETNEXT answers "still
    // empty" in one varbind, where as a repeater it would take M varbinds from past its end (at
    // 10,000 printers a third of what the agent sent back was such rows). Once only: a root that
    // has rows again is walked as a repeater.
    if (state->device != 0) {
        for (std::size_t i = 0; i < state->active.size(); ++i) {
            if (state->active[i] && !state->probed[i] && state->result.walks.at(qsizetype(i)).rows.isEmpty()
                && hintOf(state->plan->rootHashes[i]) == 0) {
                state->probed[i] = true;
                state->sentProbes.push_back(int(i));
                oids.append(state->last(qsizetype(i)));
            }
        }
        nonRepeaters += int(state->sentProbes.size());
    }
    // The probes were taken in root order: one cursor tells them apart (no search per root).
    std::size_t nextProbe = 0;
    for (std::size_t i = 0; i < state->active.size(); ++i) {
        const bool probe = nextProbe < state->sentProbes.size() && state->sentProbes[nextProbe] == int(i);
        if (probe)
            ++nextProbe;
        if (state->active[i] && !probe) {
            state->sentRoots.push_back(int(i));
            oids.append(state->last(qsizetype(i)));
        }
    }
    const int repeaters = int(state->sentRoots.size());
    // Agents cap a GETBULK answer at a number of varbinds (snmpsim and printwatch-sim at 64), the
    // non-repeaters included: share what is left among the repeaters.
    const int budget = qMax(repeaters, state->options.maxVarBinds - nonRepeaters);
    int repetitions = repeaters == 0 ? 0 : qMax(1, qMin(state->maxRepetitions, budget / repeaters));
    // With what the last poll found, M is the rows the second-longest root still needs (plus one
    // to see its end): every short table ends in this request with nothing read past its end, and
    // the longest, alone next time, gets exactly its remainder. M grows towards the even share only
    // where that spares the longest a continuation request (an answer holds about maxVarBinds).
    // Unknown roots, and roots with more rows than last time, keep the even share of maxVarBinds.
    if (state->device != 0 && repeaters > 0) {
        int longest = 0;
        int second = 0;
        bool known = true;
        for (int root : state->sentRoots) {
            const int hint = hintOf(state->plan->rootHashes[std::size_t(root)]);
            const int have = int(state->result.walks.at(root).rows.size());
            if (hint < 0 || have > hint) {
                known = false;
                break;
            }
            const int need = hint - have + 1;
            if (need > longest) {
                second = longest;
                longest = need;
            } else if (need > second) {
                second = need;
            }
        }
        if (known) {
            int wanted = longest;
            if (repeaters > 1) {
                const int perAnswer = qMax(1, state->learntLimit ? state->maxRepetitions : state->options.maxVarBinds);
                const int continuations = (longest - second + perAnswer - 1) / perAnswer;
                const int fewer = longest - (continuations - 1) * perAnswer; // one continuation less
                wanted = continuations > 0 && fewer <= budget / repeaters ? qMax(second, fewer) : second;
            }
            repetitions = qMax(1, qMin(wanted, state->learntLimit ? state->maxRepetitions : 4 * state->options.maxVarBinds));
        }
    }
    sendTaking(state->target, RequestSpec{PduType::GetBulk, std::move(oids), nonRepeaters, repetitions}, context,
               [this, state](Response &response) { multiWalkReply(state, response); });
}

void Engine::multiWalkReply(const std::shared_ptr<MultiWalkState> &state, Response &response)
{
    MultiWalkResult &result = state->result;
    const auto stopAll = [&state](const QString &error, bool timedOut) {
        for (std::size_t i = 0; i < state->active.size(); ++i) {
            if (state->active[i]) {
                state->active[i] = false;
                state->result.walks[qsizetype(i)].error = error;
                state->result.walks[qsizetype(i)].timedOut = timedOut;
            }
        }
    };
    if (response.status != ResponseStatus::Ok) {
        if (!state->foldedSent) { // nothing came back at all: the device is unreachable
            result.status = response.status;
            result.error = response.error;
        }
        stopAll(response.error, response.status == ResponseStatus::Timeout);
        multiWalkDone(state);
        return;
    }
    if (response.errorStatus == TooBig && state->maxRepetitions > 1) {
        state->maxRepetitions = qMax(1, state->maxRepetitions / 2);
        state->learntLimit = true; // the row hints must not ask for more again
        if (state->target.address.protocol() == QAbstractSocket::IPv4Protocol)
            m_devices[deviceKey(state->target.address.toIPv4Address(), state->target.port)].maxRepetitions =
                quint16(state->maxRepetitions);
        multiWalkStep(state);
        return;
    }
    if (response.errorStatus != 0) {
        result.errorStatus = response.errorStatus;
        result.error = response.error;
        stopAll(response.error, false);
        multiWalkDone(state);
        return;
    }

    qsizetype at = 0;
    if (!state->foldedSent) {
        state->foldedSent = true;
        const MultiWalkPlan &plan = *state->plan;
        for (qsizetype k = 0; k < plan.folded.size() && at < response.varBinds.size(); ++k, ++at) {
            VarBind &bind = response.varBinds[at];
            VarBind &slot = result.scalars[plan.foldedAt.at(k)];
            if (!bind.isException() && bind.oid == slot.oid)
                slot = std::move(bind);
        }
    }
    const qsizetype repeaters = qsizetype(state->sentRoots.size());
    const bool progressed = response.varBinds.size() > at;
    if (repeaters == 1) { // the usual tail: one long table left, its rows in one block
        // Not when the list was sized from the last poll's row count: the answer runs past the
        // table's end, and QList::reserve beyond the capacity copies every row already there.
        const int root = state->sentRoots.front();
        QList<VarBind> &rows = result.walks[root].rows;
        const qsizetype wanted = rows.size() + response.varBinds.size() - at;
        const int hint = state->hints ? rowHint(*state->hints, state->plan->rootHashes[std::size_t(root)]) : -1;
        if (rows.capacity() < wanted && (hint <= 0 || rows.capacity() < hint))
            rows.reserve(wanted);
    }
    // Per varbind: the repeater cycles without a division, and the lists are reached through
    // their data once (no detach check per row).
    VarBind *const binds = response.varBinds.data();
    WalkResult *const walks = result.walks.data();
    const qsizetype count = response.varBinds.size();
    // One varbind of an active root: its next row, or its end.
    const auto take = [&](int root, VarBind &bind) {
        WalkResult &walk = walks[root];
        const Oid &rootOid = state->roots.at(root);
        const Oid &last = walk.rows.isEmpty() ? rootOid : walk.rows.constLast().oid;
        const Oid::WalkStep step = bind.isException() ? Oid::WalkStep::Outside : Oid::walkStep(rootOid, last, bind.oid);
        if (step == Oid::WalkStep::Outside) {
            state->active[std::size_t(root)] = false;
            return;
        }
        if (step == Oid::WalkStep::NotAfter) {
            state->active[std::size_t(root)] = false;
            walk.truncated = true;
            walk.error = tr("walk of %1 on %2 stopped: the agent returned %3 after %4 (OIDs must increase)")
                             .arg(rootOid.toString(), state->target.label(), bind.oid.toString(), last.toString());
            return;
        }
        walk.rows.append(std::move(bind)); // the answer is ours: its strings and OIDs move, not copy

        if (walk.rows.size() >= state->options.maxRows) {
            state->active[std::size_t(root)] = false;
            walk.truncated = true;
            walk.error = tr("walk of %1 on %2 stopped after %3 rows")
                             .arg(rootOid.toString(), state->target.label())
                             .arg(walk.rows.size());
        }
    };
    // The probes (non-repeaters after the folded scalars): one varbind each. A probe the answer
    // left out stays active and is walked as a repeater next time.
    for (const int root : state->sentProbes) {
        if (at >= count)
            break;
        take(root, binds[at++]);
    }
    std::size_t repeater = 0;
    for (; repeaters > 0 && at < count; ++at) {
        const int root = state->sentRoots[repeater];
        if (++repeater == std::size_t(repeaters))
            repeater = 0;
        if (state->active[std::size_t(root)])
            take(root, binds[at]);
    }
    if (!progressed) // an empty answer ends every walk, as it ends a single one
        stopAll(QString(), false);
    if (state->hints) {
        for (const std::vector<int> *sent : {&state->sentRoots, &state->sentProbes}) {
            for (const int root : *sent) {
                const WalkResult &walk = result.walks.at(root);
                if (!state->active[std::size_t(root)] && walk.error.isEmpty())
                    setRowHint(*state->hints, state->plan->rootHashes[std::size_t(root)], int(walk.rows.size()));
            }
        }
    }
    const bool anyActive = std::find(state->active.cbegin(), state->active.cend(), true) != state->active.cend();
    if (anyActive && state->clock.elapsed() > state->options.maxTimeMs) {
        for (std::size_t i = 0; i < state->active.size(); ++i) {
            if (state->active[i]) {
                state->active[i] = false;
                result.walks[qsizetype(i)].truncated = true;
                result.walks[qsizetype(i)].error = tr("walk of %1 on %2 stopped after %3 ms")
                                                       .arg(state->roots.at(qsizetype(i)).toString(),
                                                            state->target.label())
                                                       .arg(state->clock.elapsed());
            }
        }
    } else if (anyActive) {
        multiWalkStep(state);
        return;
    }
    multiWalkDone(state);
}

void Engine::multiWalkDone(const std::shared_ptr<MultiWalkState> &state)
{
    // Called when the GETBULK chain ends (pending counts it once) or the plain GET answers.
    if (state->delivered || --state->pending > 0)
        return;
    state->delivered = true;
    if (state->hasContext && state->context.isNull())
        return;
    if (state->callback)
        state->callback(std::move(state->result));
}

} // namespace Printwatch::Snmp
