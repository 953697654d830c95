// SPDX-License-Identifier: GPL-3.0-or-later
// Engine::walkMany: a printer's whole read in two or three GETBULKs instead of one request per
// table. Round trips, not bytes, are what a poll of thousands of devices pays for.
#include "snmp/engine.h"
#include "snmp/multiwalkstate.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

namespace Printwatch::Snmp {

namespace {
constexpr int TooBig = 1;
} // namespace

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
    state->upper.assign(std::size_t(roots.size()), -1);
    state->rootRows.assign(std::size_t(roots.size()), 0);
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
            if (const int hint = rowHint(state->hints->rows, plan.rootHashes[std::size_t(i)]); hint > 0)
                state->result.walks[i].rows.reserve(hint);
        }
    }

    state->result.scalars = plan.unanswered; // shared: the first answer's write copies it once
    multiWalkGet(state, plan.plain, plan.plainAt);
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
    oids.reserve((state->foldedSent ? 0 : plan.folded.size()) + qsizetype(state->active.size()) + 4);
    int nonRepeaters = 0;
    if (!state->foldedSent) {
        oids.append(plan.folded);
        nonRepeaters = int(oids.size());
    }
    state->sentRoots.clear();
    state->sentProbes.clear();
    const DeviceHints *hints = state->hints;
    const auto hintOf = [hints](quint32 root) { return hints ? rowHint(hints->rows, root) : -1; };
    const int rootCount = state->rootCount();
    // A root the last poll found empty is asked as a non-repeater: one GETNEXT answers "still
    // empty" in one varbind, where as a repeater it would take M varbinds from past its end (at
    // 10,000 printers a third of what the agent sent back was such rows). Once only: a root that
    // has rows again is walked as a repeater.
    if (state->device != 0) {
        for (int i = 0; i < rootCount; ++i) {
            if (state->active[std::size_t(i)] && !state->probed[std::size_t(i)] && state->result.walks.at(i).rows.isEmpty()
                && hintOf(state->plan->rootHashes[std::size_t(i)]) == 0) {
                state->probed[std::size_t(i)] = true;
                state->sentProbes.push_back(i);
                oids.append(state->last(i));
            }
        }
        nonRepeaters += int(state->sentProbes.size());
    }
    // The probes were taken in root order: one cursor tells them apart (no search per root).
    std::size_t nextProbe = 0;
    for (int i = 0; i < int(state->active.size()); ++i) {
        const bool probe = nextProbe < state->sentProbes.size() && state->sentProbes[nextProbe] == i;
        if (probe)
            ++nextProbe;
        if (state->active[std::size_t(i)] && !probe) {
            state->sentRoots.push_back(i);
            oids.append(state->last(i));
        }
    }
    int repeaters = int(state->sentRoots.size());
    // Agents cap a GETBULK answer at a number of varbinds (snmpsim and printwatch-sim at 64), the
    // non-repeaters included: share what is left among the repeaters.
    const int budget = qMax(repeaters, state->options.maxVarBinds - nonRepeaters);
    int repetitions = repeaters == 0 ? 0 : qMax(1, qMin(state->maxRepetitions, budget / repeaters));
    // With what the last poll found, M is the rows the second-longest root still needs (plus one
    // to see its end): every short table ends in this request with nothing read past its end, and
    // the longest, alone next time, gets exactly its remainder. M grows towards the even share only
    // where that spares the longest a continuation request (an answer holds about maxVarBinds).
    // Unknown roots, and roots with more rows than last time, keep the even share of maxVarBinds.
    // Segments (walkMany's first request, a known read): the longest root also starts at rows
    // the last read found M apart, as extra repeaters that fill the answer, when that spares the
    // read a request. Each ends where the next starts, so a read in segments asks no varbind more.
    if (state->device != 0 && repeaters > 0) {
        int longest = 0;
        int longestCursor = -1;
        int second = 0;
        bool known = true;
        for (int cursor : state->sentRoots) {
            const int root = state->rootOf(cursor);
            const int hint = hintOf(state->plan->rootHashes[std::size_t(root)]);
            const int have = state->rootRows[std::size_t(root)];
            // A segment short of the next one's start: its root grew there since the last read.
            if (hint < 0 || have > hint || state->upper[std::size_t(cursor)] >= 0) {
                known = false;
                break;
            }
            const int need = hint - have + 1;
            if (need > longest) {
                second = longest;
                longest = need;
                longestCursor = cursor;
            } else if (need > second) {
                second = need;
            }
        }
        if (known) {
            const int perAnswer = qMax(1, state->learntLimit ? state->maxRepetitions : state->options.maxVarBinds);
            int wanted = longest;
            if (repeaters > 1) {
                const int continuations = (longest - second + perAnswer - 1) / perAnswer;
                const int fewer = longest - (continuations - 1) * perAnswer; // one continuation less
                wanted = continuations > 0 && fewer <= budget / repeaters ? qMax(second, fewer) : second;
            }
            repetitions = qMax(1, qMin(wanted, state->learntLimit ? state->maxRepetitions : 4 * state->options.maxVarBinds));
            const int segments = repeaters > 1 && !state->learntLimit && hints && second > 0 && state->segments.empty()
                                         && longestCursor < rootCount && hints->cutStride == second
                                         && state->result.walks.at(longestCursor).rows.isEmpty()
                                         && hints->cutRoot == state->plan->rootHashes[std::size_t(longestCursor)]
                                     ? qMin(budget / second - (repeaters - 1), int(hints->cuts.size()) + 1)
                                     : 0;
            const auto continuationsAfter = [&](int rows) { return (qMax(0, longest - rows) + perAnswer - 1) / perAnswer; };
            if (segments >= 2 && continuationsAfter(segments * second) < continuationsAfter(repetitions)) {
                // The cuts are stored as [length, parts after the root's prefix...], in order.
                const Oid &root = state->roots.at(longestCursor);
                const quint32 *cut = hints->cuts.data();
                const quint32 *const end = cut + hints->cuts.size();
                int previous = longestCursor;
                for (int j = 1; j < segments && cut < end && cut + 1 + *cut <= end; ++j) {
                    MultiWalkState::Segment &segment = state->segments.emplace_back();
                    segment.root = longestCursor;
                    QVarLengthArray<quint32, 2 * Oid::InlineParts> parts(root.constData(), root.constData() + root.size());
                    parts.append(cut + 1, qsizetype(*cut));
                    segment.from = Oid(parts.constData(), parts.size());
                    cut += 1 + *cut;
                    segment.rows.reserve(second);
                    const int cursor = rootCount + int(state->segments.size()) - 1;
                    state->upper[std::size_t(previous)] = int(state->segments.size()) - 1;
                    state->upper.push_back(-1);
                    state->active.push_back(true);
                    state->sentRoots.push_back(cursor);
                    oids.append(segment.from);
                    previous = cursor;
                }
                repeaters = int(state->sentRoots.size());
                repetitions = second;
            }
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
                WalkResult &walk = state->result.walks[state->rootOf(int(i))];
                walk.error = error;
                walk.timedOut = timedOut;
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
        QList<Oid> again; // instances a GETNEXT did not land on: asked with a GET, as before
        QList<qsizetype> againAt;
        for (qsizetype k = 0; k < plan.folded.size() && at < response.varBinds.size(); ++k, ++at) {
            VarBind &bind = response.varBinds[at];
            VarBind &slot = result.scalars[plan.foldedAt.at(k)];
            if (!bind.isException() && bind.oid == slot.oid) {
                slot = std::move(bind);
            } else if (k >= plan.foldedZero && !bind.isException() && bind.oid < slot.oid) {
                // A row under the OID before it: the instance may still be there.
                again.append(slot.oid);
                againAt.append(plan.foldedAt.at(k));
            } // else nothing lies between the OID before and the answer: no such instance

        }
        multiWalkGet(state, again, againAt);
    }
    const int rootCount = state->rootCount();
    const qsizetype repeaters = qsizetype(state->sentRoots.size());
    const bool progressed = response.varBinds.size() > at;
    if (repeaters == 1) { // the usual tail: one long table left, its rows in one block
        // Not when the list was sized from the last poll's row count: the answer runs past the
        // table's end, and QList::reserve beyond the capacity copies every row already there.
        const int cursor = state->sentRoots.front();
        QList<VarBind> &rows = state->rowsOf(cursor);
        const qsizetype wanted = rows.size() + response.varBinds.size() - at;
        const int hint = state->hints && cursor < rootCount
                             ? rowHint(state->hints->rows, state->plan->rootHashes[std::size_t(cursor)])
                             : -1;
        if (rows.capacity() < wanted && (hint <= 0 || rows.capacity() < hint))
            rows.reserve(wanted);
    }
    // Per varbind: the repeater cycles without a division, and the lists are reached through
    // their data once (no detach check per row).
    VarBind *const binds = response.varBinds.data();
    WalkResult *const walks = result.walks.data();
    const qsizetype count = response.varBinds.size();
    // One varbind of an active cursor: its next row, or its end (the root's, or the next segment's start).
    const auto take = [&](int cursor, VarBind &bind) {
        const bool segment = cursor >= rootCount;
        const int root = segment ? state->segments[std::size_t(cursor - rootCount)].root : cursor;
        WalkResult &walk = walks[root];
        QList<VarBind> &rows = segment ? state->segments[std::size_t(cursor - rootCount)].rows : walk.rows;
        const Oid &rootOid = state->roots.at(root);
        const Oid &last = rows.isEmpty() ? (segment ? state->segments[std::size_t(cursor - rootCount)].from : rootOid)
                                         : rows.constLast().oid;
        const Oid::WalkStep step = bind.isException() ? Oid::WalkStep::Outside : Oid::walkStep(rootOid, last, bind.oid);
        if (step == Oid::WalkStep::Outside) {
            state->active[std::size_t(cursor)] = false;
            return;
        }
        if (step == Oid::WalkStep::NotAfter) {
            multiWalkStopRoot(*state, root);
            walk.truncated = true;
            walk.error = tr("walk of %1 on %2 stopped: the agent returned %3 after %4 (OIDs must increase)")
                             .arg(rootOid.toString(), state->target.label(), bind.oid.toString(), last.toString());
            return;
        }
        bool ends = false;
        if (const int upper = state->upper[std::size_t(cursor)]; upper >= 0) {
            const std::strong_ordering order = bind.oid <=> state->segments[std::size_t(upper)].from;
            if (order > 0) { // the next segment's row, or past it: that segment reads it
                state->active[std::size_t(cursor)] = false;
                return;
            }
            ends = order == 0;
        }
        rows.append(std::move(bind)); // the answer is ours: its strings and OIDs move, not copy
        if (ends)
            state->active[std::size_t(cursor)] = false;

        if (++state->rootRows[std::size_t(root)] >= state->options.maxRows) {
            multiWalkStopRoot(*state, root);
            walk.truncated = true;
            walk.error = tr("walk of %1 on %2 stopped after %3 rows")
                             .arg(rootOid.toString(), state->target.label())
                             .arg(state->rootRows[std::size_t(root)]);
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
        const int cursor = state->sentRoots[repeater];
        if (++repeater == std::size_t(repeaters))
            repeater = 0;
        if (state->active[std::size_t(cursor)])
            take(cursor, binds[at]);
    }
    if (!progressed) // an empty answer ends every walk, as it ends a single one
        stopAll(QString(), false);
    if (state->hints) {
        const auto rootActive = [&state](int root) {
            if (state->active[std::size_t(root)])
                return true;
            for (std::size_t j = 0; j < state->segments.size(); ++j) {
                if (state->segments[j].root == root && state->active[std::size_t(state->rootCount()) + j])
                    return true;
            }
            return false;
        };
        for (const std::vector<int> *sent : {&state->sentRoots, &state->sentProbes}) {
            for (const int cursor : *sent) {
                const int root = state->rootOf(cursor);
                if (result.walks.at(root).error.isEmpty() && !rootActive(root))
                    setRowHint(state->hints->rows, state->plan->rootHashes[std::size_t(root)],
                               state->rootRows[std::size_t(root)]);
            }
        }
    }
    const bool anyActive = std::find(state->active.cbegin(), state->active.cend(), true) != state->active.cend();
    if (anyActive && state->clock.elapsed() > state->options.maxTimeMs) {
        for (std::size_t i = 0; i < state->active.size(); ++i) {
            if (state->active[i]) {
                state->active[i] = false;
                const int root = state->rootOf(int(i));
                result.walks[root].truncated = true;
                result.walks[root].error = tr("walk of %1 on %2 stopped after %3 ms")
                                               .arg(state->roots.at(root).toString(), state->target.label())
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
    // The root read in segments (one a read): its rows in order, the segments were taken in order.
    for (MultiWalkState::Segment &segment : state->segments)
        state->result.walks[segment.root].rows.append(std::move(segment.rows));
    if (state->hints && !state->learntLimit && state->result.status == ResponseStatus::Ok
        && state->result.errorStatus == 0)
        multiWalkKeepCuts(*state);
    if (state->callback)
        state->callback(std::move(state->result));
}

} // namespace Printwatch::Snmp
